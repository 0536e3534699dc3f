using System.Numerics;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Phrases that state the basis outright: "I saw", "with my own eyes" (witnessed); "I was wounded", "they arrested
/// me", "we fled", "our house was destroyed" (experienced); "on the news", "the list" (reported); "told me",
/// "people say" (hearsay). The basis model reads the words one by one and can miss such a phrase among the
/// sentence's other words; a phrase found in a harm sentence settles its basis. Matched on the token spans, without
/// copying them.
/// </summary>
internal static class BasisCues
{
    private static readonly string[] FirstPerson = ["i", "we"];
    private static readonly string[] Be = ["was", "were"];
    private static readonly string[] Harmed =
        ["wounded", "injured", "hurt", "arrested", "detained", "hit", "burned", "taken", "held", "beaten", "displaced", "shot", "kidnapped", "abducted", "tortured"];
    private static readonly string[] HarmedUs =
        ["arrested", "detained", "took", "wounded", "injured", "shot", "beat", "held", "released", "kidnapped", "abducted", "tortured", "displaced"];
    private static readonly string[] Us = ["me", "us"];
    private static readonly string[] Left = ["fled", "left", "escaped", "walked"];
    private static readonly string[] Ours = ["my", "our"];
    private static readonly string[] Property = ["house", "home", "shop", "car", "farm", "store", "roof", "building", "flat", "apartment"];
    private static readonly string[] Damaged = ["destroyed", "damaged", "burned", "burnt", "hit", "collapsed", "flattened", "looted"];
    private static readonly string[] Saw = ["saw", "watched"];

    private static readonly string[] Media = ["news", "television", "tv", "radio", "facebook", "telegram", "whatsapp", "internet"];
    private static readonly string[] Told = ["told", "tell"];
    private static readonly string[] Say = ["say", "said", "says"];

    private static readonly (Basis Basis, string[][] Words)[] Patterns =
    [
        (Basis.Reported, [FirstPerson, ["saw", "heard", "read", "watched", "learned", "learnt"], ["on", "in"], ["the"], Media]),
        (Basis.Reported, [FirstPerson, ["saw", "heard", "read", "watched", "learned", "learnt"], ["on", "in"], Media]),
        (Basis.Reported, [["on", "in", "from"], ["the"], Media]),
        (Basis.Reported, [["on", "from"], Media]),
        (Basis.Hearsay, [Told, Us]),
        (Basis.Hearsay, [["they", "people", "neighbours", "neighbors", "others"], Say]),
        (Basis.Hearsay, [FirstPerson, ["heard"], ["that", "from"]]),
        (Basis.Witnessed, [FirstPerson, Saw]),
        (Basis.Witnessed, [["with"], ["my", "our"], ["own"], ["eyes"]]),
        (Basis.Witnessed, [["in"], ["front"], ["of"], Us]),
        (Basis.Experienced, [FirstPerson, Be, Harmed]),
        (Basis.Experienced, [FirstPerson, Be, ["badly", "also", "too", "seriously", "lightly"], Harmed]),
        (Basis.Experienced, [HarmedUs, Us]),
        (Basis.Experienced, [FirstPerson, Left]),
        (Basis.Experienced, [Ours, Property, Be, Damaged]),
        (Basis.Experienced, [Ours, Property, Damaged]),
    ];

    /// <summary>The first words of each pattern, pattern k as bit k: a token that is none of them starts no pattern,
    /// so the patterns are not walked for it (most tokens of a sentence).</summary>
    private static readonly WordTable Openers = new(Patterns.Select(pattern => pattern.Words[0]).ToArray());

    /// <summary>The basis a phrase of <paramref name="sentence"/> states outright, or null.</summary>
    public static Basis? Stated(Document document, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var text = document.Text;
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, tokens.Count);
        for (var t = sentence.FirstToken; t < last; t++)
        {
            // The patterns whose first word the token is, in the patterns' order.
            for (var starts = Openers.Of(tokens[t].Span(text)); starts != 0; starts &= starts - 1)
            {
                var (basis, words) = Patterns[BitOperations.TrailingZeroCount(starts)];
                if (WordSequence.StartsAt(tokens, text, t, last, words))
                {
                    return basis;
                }
            }
        }

        return null;
    }
}
