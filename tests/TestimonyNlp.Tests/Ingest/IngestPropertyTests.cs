using System.Text;
using FsCheck.Xunit;
using TestimonyNlp.Ingest;

namespace TestimonyNlp.Tests.Ingest;

/// <summary>
/// Every reader and the decoder must survive any byte sequence: no exception, every outcome a success or an
/// error, and every success's segments in range, ordered and non-overlapping. Fed random bytes (FsCheck), token
/// soups built from the syntax the parsers look for, and mutated valid samples (seeded, so failures repeat).
/// </summary>
public sealed class IngestPropertyTests
{
    private const int MutationsPerSample = 400;
    private const int SoupCases = 1500;

    private static readonly ITranscriptReader[] Readers = [.. TranscriptReaders.Default.Readers];

    private static readonly string TextSample =
        "Interview ID: PR-1\nDate: 2 April 2019\nPlace: Homs\nInterviewer: Sam Carter\n\n" +
        "[00:00:05] Q: Where were you?\n[00:00:09] A: At home with Layla.\n[crying]\n" +
        "A: The second strike hit the clinic.\n\nIt was near the clock tower.\n" +
        "INTERPRETER: She means the old one.\nSam: And after?\nLayla: We left for Tartus.\n";

    private static readonly string SubRipSample =
        "1\r\n00:00:01,000 --> 00:00:03,500\r\nINTERVIEWER: <i>Where</i> were you?\r\n\r\n" +
        "2\r\n00:00:04,000 --> 00:00:06,250\r\n{\\an8}WITNESS: In Daraa,\r\nnear the school.\r\n\r\n" +
        "00:00:07.000 --> 00:00:08.000\r\n- Who fired?\r\n- I do not know.\r\n";

    private static readonly string WebVttSample =
        "WEBVTT\n\nNOTE hand typed\n\nSTYLE\n::cue { color: red }\n\nc1\n00:00:01.000 --> 00:00:02.000 align:start\n" +
        "<v Interviewer>Who was there?</v>\n\n00:02.000 --> 00:04.000\n<v.loud Amal>My cousins &amp; <c.x>their</c> children.\n\n" +
        "00:00:04.000 --> 00:00:05.000\n<00:00:04.500>Q: And then?\n";

    private static readonly string JsonLinesSample =
        "{\"id\":\"a\",\"text\":\"Q: Where?\\nA: Taiz.\",\"date\":\"2018-03-02\"}\n" +
        "{\"id\":2,\"text\":\"Interview ID: B\\n\\nWe walked to Marib.\",\"interviewer\":\"Noor\"}\n" +
        "\n{\"text\":\"Noor: Why?\\nAdel: The shelling.\\nNoor: When?\\nAdel: At night.\"}\n";

    private static readonly string[] SoupTokens =
    [
        "Q:", "A:", "INT:", "RESP:", "INTERVIEWER:", "WITNESS:", "INTERPRETER:", "NOTE:", "Layla:", "Abu Yasser:",
        "Dr. Amina:", "Speaker 2:", "Interview ID:", "Date:", "Place:", "Interviewer:", "Witness:", "2 April 2019",
        "[00:01:02]", "(00:12:05)", "01:12:05", "[12:05]", "[crying]", "(pause)", "[inaudible 00:12:30]", "[", "]",
        "(", ")", ":", "?", ".", " ", " ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", "\u00A0", "\uFEFF", "\u2028", "word",
        "Raqqa", "he said:", "WEBVTT", "-->", "00:00:01,000", "00:00:02.500", "1", "2", "<i>", "</i>", "<v Sam>",
        "<c.x>", "<00:00:01.000>", "{\\an8}", "{\\", "&amp;", "&", "<", ">", "- ", "\u061F", "\"", "\u0644\u064A\u0644\u0649",
        "\uD83D\uDE00", "\uD800", "\0", "NOTE", "STYLE",
    ];

    [Property(MaxTest = 300)]
    public void Decode_RandomBytes_SuccessOrError(byte[] bytes)
    {
        var result = TranscriptDecoder.Decode(bytes);

        Assert.True(result.Success ? result.Text!.Length > 0 && result.EncodingName is not null : result.Error!.Length > 0);
    }

    [Property(MaxTest = 300)]
    public void Readers_RandomBytes_OutcomesWellFormed(byte[] bytes)
    {
        foreach (var reader in Readers)
        {
            ReadAll(reader, bytes);
        }
    }

    [Property(MaxTest = 300)]
    public void Parse_RandomString_SegmentsWellFormed(string? text)
    {
        var content = text ?? string.Empty;

        var parsed = PlainTextParser.Parse(content);

        IngestAssert.WellFormed(content, parsed.Segments);
    }

    [Fact]
    public void Parsers_TokenSoup_SegmentsWellFormed()
    {
        var random = new Random(20190402);
        var builder = new StringBuilder();
        for (var n = 0; n < SoupCases; n++)
        {
            builder.Clear();
            if (n % 3 == 1)
            {
                builder.Append("WEBVTT\n\n");
            }

            var count = random.Next(1, 60);
            for (var k = 0; k < count; k++)
            {
                builder.Append(SoupTokens[random.Next(SoupTokens.Length)]);
            }

            var content = builder.ToString();
            IngestAssert.WellFormed(content, PlainTextParser.Parse(content).Segments);
            CheckSubtitle(SubtitleParser.Parse(content, SubtitleDialect.SubRip));
            CheckSubtitle(SubtitleParser.Parse(content, SubtitleDialect.WebVtt));
            var bytes = Encoding.UTF8.GetBytes(content);
            foreach (var reader in Readers)
            {
                ReadAll(reader, bytes);
            }
        }
    }

    [Fact]
    public void PlainTextReader_MutatedSample_OutcomesWellFormed() =>
        Mutate(new PlainTextReader(), Encoding.UTF8.GetBytes(TextSample), seed: 1);

    [Fact]
    public void SubRipReader_MutatedSample_OutcomesWellFormed() =>
        Mutate(new SubRipReader(), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SubRipSample)], seed: 2);

    [Fact]
    public void WebVttReader_MutatedSample_OutcomesWellFormed() =>
        Mutate(new WebVttReader(), Encoding.UTF8.GetBytes(WebVttSample), seed: 3);

    [Fact]
    public void JsonLinesReader_MutatedSample_OutcomesWellFormedAndStreamAgrees() =>
        Mutate(new JsonLinesReader(), Encoding.UTF8.GetBytes(JsonLinesSample), seed: 4, compareStream: true);

    [Fact]
    public void WordDocumentReader_MutatedSample_OutcomesWellFormed()
    {
        var bytes = WordDocumentReaderTests.BuildDocx(
            WordDocumentReaderTests.Para("Interview ID: D-1"),
            WordDocumentReaderTests.Para(string.Empty),
            WordDocumentReaderTests.Para("Q: Where?"),
            WordDocumentReaderTests.Para("A: Kobani, by the grain silo."));

        Mutate(new WordDocumentReader(), bytes, seed: 5);
    }

    [Fact]
    public void PlainTextParser_LongPathologicalLines_Completes()
    {
        string[] inputs =
        [
            string.Concat(Enumerable.Repeat("[", 200_000)),
            string.Concat(Enumerable.Repeat("A:\n", 100_000)),
            string.Concat(Enumerable.Repeat("Layla: ok?\n", 50_000)),
            string.Concat(Enumerable.Repeat("[a] ", 100_000)),
        ];

        foreach (var input in inputs)
        {
            IngestAssert.WellFormed(input, PlainTextParser.Parse(input).Segments);
        }

        var subtitle = "1\n00:00:01,000 --> 00:00:02,000\n" + string.Concat(Enumerable.Repeat("{\\<", 100_000)) + "\n";
        CheckSubtitle(SubtitleParser.Parse(subtitle, SubtitleDialect.SubRip));
    }

    private static void CheckSubtitle(SubtitleTranscript parsed)
    {
        if (parsed.Error is null)
        {
            Assert.NotNull(parsed.Content);
            IngestAssert.WellFormed(parsed.Content, parsed.Segments);
        }
        else
        {
            Assert.Null(parsed.Content);
        }
    }

    private static List<IngestOutcome> ReadAll(ITranscriptReader reader, byte[] bytes)
    {
        var outcomes = reader.Read("fuzz" + reader.Extensions[0], bytes, CancellationToken.None).ToList();
        foreach (var outcome in outcomes)
        {
            IngestAssert.WellFormed(outcome);
        }

        if (reader is not JsonLinesReader)
        {
            Assert.Single(outcomes);
        }

        return outcomes;
    }

    private static void Mutate(ITranscriptReader reader, byte[] sample, int seed, bool compareStream = false)
    {
        Assert.True(ReadAll(reader, sample).All(o => o.Success), "the unmutated sample must read cleanly");
        var random = new Random(seed);
        for (var n = 0; n < MutationsPerSample; n++)
        {
            var bytes = sample;
            var steps = random.Next(1, 4);
            for (var s = 0; s < steps; s++)
            {
                bytes = MutateOnce(bytes, random);
            }

            var outcomes = ReadAll(reader, bytes);
            if (compareStream && reader is JsonLinesReader jsonLines)
            {
                var streamed = jsonLines.Read("fuzz.jsonl", new JsonLinesReaderTests.TrickleStream(bytes), CancellationToken.None).ToList();
                Assert.Equal(outcomes.Select(Describe), streamed.Select(Describe));
            }
        }
    }

    private static string Describe(IngestOutcome outcome) =>
        outcome.Success
            ? $"{outcome.Testimony.TestimonyId}|{outcome.Testimony.ContentSha256}|{outcome.Testimony.Segments.Length}"
            : outcome.Error.ToString();

    private static byte[] MutateOnce(byte[] bytes, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
            {
                var copy = (byte[])bytes.Clone();
                for (var flips = random.Next(1, 9); flips > 0 && copy.Length > 0; flips--)
                {
                    copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                }

                return copy;
            }

            case 1:
                return bytes[..random.Next(bytes.Length + 1)];

            case 2:
            {
                var insert = new byte[random.Next(1, 17)];
                random.NextBytes(insert);
                var at = random.Next(bytes.Length + 1);
                return [.. bytes[..at], .. insert, .. bytes[at..]];
            }

            case 3:
            {
                if (bytes.Length == 0)
                {
                    return bytes;
                }

                var start = random.Next(bytes.Length);
                var end = Math.Min(bytes.Length, start + random.Next(1, 64));
                return [.. bytes[..start], .. bytes[end..]];
            }

            default:
            {
                // Duplicate one line.
                var lineStarts = new List<int> { 0 };
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] == (byte)'\n')
                    {
                        lineStarts.Add(i + 1);
                    }
                }

                var which = random.Next(lineStarts.Count);
                var from = lineStarts[which];
                var to = which + 1 < lineStarts.Count ? lineStarts[which + 1] : bytes.Length;
                return [.. bytes[..to], .. bytes[from..to], .. bytes[to..]];
            }
        }
    }
}
