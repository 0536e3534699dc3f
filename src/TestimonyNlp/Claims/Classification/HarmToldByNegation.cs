using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives a harm to a witness sentence that tells it only by a negation, without a word of the harm: "Nobody has heard
/// from him since." (MISSING), "They did not get up again." (KILLED), "His hand, there is no hand now." (INJURED),
/// "The house was not a house, it was a hole." (PROPERTY_DAMAGE). The classifiers learn a negation as a sign of no
/// harm, and out of fold such sentences were among the gold claims over which nothing was built (models/README.md,
/// "Claim classifiers"). Only the phrases that lay on a gold claim of their harm nearly every time out of fold are
/// read, and only in sentences the classifiers gave no harm. Run after <see cref="CountAnswer"/> and before
/// <see cref="NoHarmTold"/>, which still takes every harm from a researcher's note, and before the bases are shared,
/// which gives the sentence its basis. Matched on the token spans: a hyphened word ("no-one") or a transcriber's
/// bracketed note is one token, not read inside.
/// </summary>
internal static class HarmToldByNegation
{
    /// <summary>Those not seen again.</summary>
    private static readonly string[] Them = ["him", "her", "them"];

    /// <summary>The auxiliary of a perfect ("nobody has heard from", "have not seen").</summary>
    private static readonly string[] Have = ["has", "have", "had"];

    /// <summary>A limb there is none of now.</summary>
    private static readonly string[] Limbs = ["hand", "foot", "leg", "arm", "eye", "finger", "fingers"];

    /// <summary>What one still cannot do.</summary>
    private static readonly string[] Senses = ["hear", "see", "walk"];

    /// <summary>The phrases, each list with the harm it tells (two more are read in <see cref="Tells"/>). Counted out
    /// of fold on the sentences the classifiers gave no harm, before the rule was written: 33 lay in a gold claim of
    /// the harm over which nothing was built, 3 in one already built, 1 in none ("She has not seen him again yet.") and
    /// 1 in a gold claim of another harm only (a house with no roof told as the cause of a flight). Wider forms counted
    /// then and left out: "did not come back" (also told of raids: "They did not come back to burn"), "never found"
    /// after "some" (the dead never recovered), "nobody knows" (who laid a mine), "could not walk" and "cannot see"
    /// (the old and the dark), "nothing there"; run and taken back: "were not moving" (split claims already built),
    /// "not one house standing" (a false linking pair).</summary>
    private static readonly (HarmSet Harms, string[][][] Phrases)[] Phrases =
    [
        (HarmSet.Missing,
        [
            [["nobody", "not", "never"], ["heard"], ["from"]],
            [["nobody", "not", "never"], Have, ["heard"], ["from"]],
            [["no"], ["one"], ["heard"], ["from"]],
            [["no"], ["one"], Have, ["heard"], ["from"]],
            [["no"], ["news", "word", "contact"], ["of", "from", "with", "about", "until", "since"]],
            [["never"], ["saw", "seen"], Them, ["again"]],
            [Have, ["not"], ["seen"], Them, ["again"]],
        ]),
        (HarmSet.Killed,
        [
            [["did"], ["not"], ["get", "got"], ["up"]],
            [["didn't", "never"], ["get", "got"], ["up"]],
        ]),
        (HarmSet.Injured,
        [
            [["there"], ["is"], ["no"], Limbs, ["now"]],
            [["still"], ["cannot", "can't"], Senses],
            [["still"], ["can"], ["not"], Senses],
            [["could"], ["not"], ["breathe"]],
        ]),
        (HarmSet.PropertyDamage,
        [
            [["was"], ["not"], ["a"], ["house", "home", "building"]],
            [["has", "had", "with"], ["no"], ["roof"]],
            [["no"], ["roof"], [","], ["no"]],
            [["nothing"], ["left"], ["of", "only"]],
            [["nothing"], ["was", "is"], ["left"], ["of", "only"]],
            [["nothing"], ["stands"]],
            [["nothing"], ["is", "was"], ["standing"]],
        ]),
    ];

    /// <summary>One never found (MISSING), unless "some" stands before it in the sentence: "some were never found" is
    /// told of the dead never recovered.</summary>
    private static readonly string[][][] NeverFound =
    [
        [["was", "were", "has", "have"], ["never"], ["found"]],
        [["was", "were", "has", "have"], ["never"], ["been"], ["found"]],
    ];

    /// <summary>Those who did not come out (KILLED), ending the sentence: "did not come out until the morning" is no
    /// death.</summary>
    private static readonly string[][][] NeverCameOut =
    [
        [["did"], ["not"], ["come", "came"], ["out"]],
        [["didn't", "never"], ["come", "came"], ["out"]],
    ];

    /// <summary>What may follow <see cref="NeverCameOut"/> at the end of the sentence.</summary>
    private static readonly string[] SentenceEnd = [".", "!"];

    /// <summary>The first words of every phrase above: a token that is none of them starts no phrase, so the phrase
    /// lists are not walked for it (most tokens of a sentence).</summary>
    private static readonly WordTable Openers = new(
        Phrases.SelectMany(told => told.Phrases).Concat(NeverFound).Concat(NeverCameOut)
            .SelectMany(phrase => phrase[0])
            .ToArray());

    /// <summary>How sure the harm of such a sentence is: out of fold, 36 of the 38 sentences of no harm the phrases
    /// read lay in a gold claim of the harm.</summary>
    public const float HarmConfidence = 0.95f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), the harms
    /// its phrases tell to each witness sentence the classifiers gave no harm.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
            {
                continue;
            }

            var harms = Tells(document, sentences[s]);
            if (harms != HarmSet.None)
            {
                assessments[s] = SentenceAssessment.GivenByRule(harms, HarmConfidence);
            }
        }
    }

    /// <summary>The harms the phrases of <paramref name="sentence"/> tell, in one pass over its tokens.</summary>
    private static HarmSet Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var harms = HarmSet.None;
        var some = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (Openers.Of(word) != 0)
            {
                foreach (var (told, phrases) in Phrases)
                {
                    if (WordSequence.MatchAt(tokens, text, t, end, phrases) > 0)
                    {
                        harms |= told;
                    }
                }

                if (!some && WordSequence.MatchAt(tokens, text, t, end, NeverFound) > 0)
                {
                    harms |= HarmSet.Missing;
                }

                if (WordSequence.MatchAt(tokens, text, t, end, NeverCameOut) is var length and > 0 && EndsSentence(tokens, text, t + length, end))
                {
                    harms |= HarmSet.Killed;
                }
            }

            some |= word.Equals("some", StringComparison.OrdinalIgnoreCase);
        }

        return harms;
    }

    /// <summary>Whether only a full stop or an exclamation mark, or nothing, stands from <paramref name="at"/> to
    /// <paramref name="end"/>.</summary>
    private static bool EndsSentence(List<Token> tokens, string text, int at, int end) =>
        at == end || (at + 1 == end && WordList.Contains(tokens[at].Span(text), SentenceEnd));
}
