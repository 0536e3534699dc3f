using System.Collections.Immutable;
using System.Text;
using TestimonyNlp.Model;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Generates a long, deterministic, testimony-like transcript for benchmarks: speaker-labelled turns with
/// transliterated names, numbers, dates, times, notes, quotes and abbreviations. The people are fictional.
/// </summary>
internal static class TestimonyText
{
    private static readonly string[] Turns =
    [
        "Q: Can you tell me where you were on the morning of 14.10.2016?",
        "A: I was at home in al-Rashidiya, near the al-Nouri mosque. My brother Sa'ad and Umm-Khalid's children were with us. At 6.30am we heard the planes... [crying] Then the first barrel bomb fell on {NAME}'s house, maybe {N} metres from us.",
        "Q: How many people were killed?",
        "A: Seven, I think. Dr. Karim Haddad counted them -- no, sorry, he said {N} were injured and 7 died. The U.S. Army was not there; it was the helicopters. My neighbour shouted \"Run! Go to the basement!\" and we ran.",
        "INTERPRETER: The witness says the basement was under the bakery on al-Quwatli St. [inaudible 00:12:30]",
        "A: We stayed there 10-15 hours. On 2019-04-02 I went back to Deir ez-Zor… the street was gone. “They hit it again at 10:30pm,” my cousin {NAME} told me. F-16s? No, I don't know the type; people said Su-24 or MiG-23.",
        "Q: Did anyone else see it?",
        "A: Yes. Mr. Darwish, the teacher from W-042 school, and his wife. They lost 1,200.50 dollars of goods, e.g. flour, sugar, etc. and the shop. On 4/11/2016 there was another strike near Ma'arrat al-Nu'man, in حلب province they said.",
        "A: [inaudible] ... I cannot say more about that day. The 12th was worse?! We buried {N} people at 1pm, near the 3rd checkpoint.",
    ];

    private static readonly string[] Names = ["Hussein", "Layla", "Abu Yasser", "Nour", "Mohammed al-Hamwi", "Fatima", "Karim"];

    /// <summary>Builds a transcript of exactly <paramref name="length"/> characters, one turn per line.</summary>
    public static string Build(int length)
    {
        var random = new Random(2016);
        var builder = new StringBuilder(length + 1024);
        var turn = 0;
        while (builder.Length < length)
        {
            var line = Turns[turn++ % Turns.Length];
            var hole = line.IndexOf('{');
            while (hole >= 0)
            {
                var close = line.IndexOf('}', hole);
                var value = line[(hole + 1)..close] == "NAME"
                    ? Names[random.Next(Names.Length)]
                    : random.Next(2, 400).ToString(System.Globalization.CultureInfo.InvariantCulture);
                line = string.Concat(line.AsSpan(0, hole), value, line.AsSpan(close + 1));
                hole = line.IndexOf('{');
            }

            builder.Append(line).Append('\n');
        }

        builder.Length = length;
        return builder.ToString();
    }

    /// <summary>One segment per line, starting after the speaker label; each line its own turn.</summary>
    public static ImmutableArray<Segment> Segments(string text)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var colon = text.IndexOf(": ", lineStart, lineEnd - lineStart, StringComparison.Ordinal);
            var start = colon < 0 ? lineStart : colon + 2;
            segments.Add(new Segment(start, lineEnd, SpeakerRole.Unknown, null, segments.Count));
            lineStart = lineEnd + 1;
        }

        return segments.ToImmutable();
    }
}
