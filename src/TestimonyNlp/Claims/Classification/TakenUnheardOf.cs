using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives MISSING in place of DETAINED to a sentence that tells a taking and, in the same sentence, that nothing has
/// been known of the person since: "men of the militia took him from his boat, and until today nobody knows
/// anything", "they took him in a truck, and he has not appeared", "more than thirty men were taken and not returned".
/// The DETAINED model fires on the taking; gold tells such a sentence as the disappearance it opens. Not when a word
/// of a holding or a return is in the sentence (prison, held, kept, released, came back ...), which tells a detention
/// whatever else is unknown, nor when the classifiers gave MISSING already (then the detention beside it is theirs to
/// keep). A witness sentence the classifiers gave no harm that tells the same is given MISSING. Out of fold the rule
/// gave 6 right disappearances more and one false one more, and took 3 false detentions away (models/README.md,
/// "Claim classifiers", detentions and disappearances, the early blocks). Run after
/// <see cref="ThingsTakenNotDetained"/>. Matched on the token spans.
/// </summary>
internal static class TakenUnheardOf
{
    /// <summary>The forms of a taking.</summary>
    private static readonly string[] Taking = ["took", "taken", "take", "abducted", "kidnapped"];

    /// <summary>Nothing known of the person since: "nobody knows", "has not appeared", "never came back", "no news",
    /// "not returned", "the last time".</summary>
    private static readonly string[][][] Unheard =
    [
        [["nobody", "no"], ["knows", "one"]],
        [["not", "n't", "don't", "doesn't", "didn't"], ["know"], ["where"]],
        [["no"], ["news"]],
        [["not", "never"], ["appeared", "returned", "heard"]],
        [["not", "never"], ["come", "came"], ["back"]],
        [["never"], ["saw", "seen", "heard"]],
        [["last"], ["time"]],
    ];

    /// <summary>Words of a holding or a return: with one of them the sentence tells a detention.</summary>
    private static readonly string[] HoldingParts =
    [
        "arrest", "prison", "jail", "detain", "detention", "custody", "kept", "held", "release", "cell", "escaped",
    ];

    /// <summary>A return that ends a holding ("came back after a week").</summary>
    private static readonly string[][][] Returned =
    [
        [["came", "come", "comes"], ["back", "out", "home"]],
        [["let"], ["him", "her", "them", "us", "me"], ["go"]],
    ];

    /// <summary>How sure a disappearance given to a sentence the classifiers gave no harm is.</summary>
    public const float HarmConfidence = 0.8f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), MISSING
    /// in place of DETAINED to each sentence given DETAINED and not MISSING that tells a taking unheard of since.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if ((harms & HarmSet.Detained) == HarmSet.None || (harms & HarmSet.Missing) != HarmSet.None)
            {
                continue;
            }

            if (Tells(document, sentences[s]))
            {
                assessments[s] = assessments[s] with { Harms = (harms & ~HarmSet.Detained) | HarmSet.Missing };
            }
        }

        NoHarmSentences.Give(document, assessments, HarmSet.Missing, HarmConfidence, Tells);
    }

    private static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        // Most sentences this sees are witness sentences of no harm: a cheap look for a taking first spares them the
        // part and phrase searches, which cannot make a sentence without one tell anything.
        if (!WordSequence.HasWord(document, sentence, Taking))
        {
            return false;
        }

        bool taking = false, unheard = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.HasAnyPart(word, HoldingParts) || WordSequence.MatchAt(tokens, text, t, end, Returned) > 0)
            {
                return false;
            }

            taking |= WordList.Contains(word, Taking);
            unheard |= taking && WordSequence.MatchAt(tokens, text, t, end, Unheard) > 0;
        }

        return unheard;
    }
}
