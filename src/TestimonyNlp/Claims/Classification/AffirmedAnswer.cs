using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives the harm of an interviewer's question to the witness's answer that opens with a bare "yes" or "many": "Was
/// anyone hurt?" "Yes. ..." / "And the wounded?" "Many. Thirty, more." The answer's first sentence asserts the harm
/// the question names, though none of its own words name it, so the classifiers give it none; gold claims the answer
/// (the people it goes on to name or count are the claim's victims, read by the builder after the evidence). Only
/// deaths and wounds are asked about this way with a plain answer: "Was your house hit?" "Yes." asks as often about a
/// strike told long before, and "Were you taken?" "Yes." is followed by the taking in the witness's own words. Only the
/// first sentence of the answer is read, it must hold nothing but the affirmation (at most
/// <see cref="MaxWords"/> words, "Yes, many.", "Many, many."), and it takes the harm only when the classifiers gave it
/// none. Run with <see cref="CountAnswer"/>, before <see cref="NoHarmTold"/> and before the bases are shared.
/// </summary>
internal static class AffirmedAnswer
{
    /// <summary>Word starts that ask about a death or a wound in a question (in <see cref="Harm"/> order, the first two).</summary>
    private static readonly string[][] QuestionStems =
    [
        ["kill", "dead", "death"],
        ["injur", "wound", "hurt"],
    ];

    /// <summary>Whole words that ask about a death ("Did anyone die?"); as a word start, "die" would find names ("Dieudonné").</summary>
    private static readonly string[] DyingWords = ["die", "died", "dies"];

    /// <summary>Words an affirming answer may be made of alone: "Yes.", "Yes, many.", "Many, many.", "A lot.", "A little."</summary>
    private static readonly string[] AffirmingWords = ["yes", "many", "a", "lot", "lots", "little", "very", "so", "dozens", "hundreds"];

    /// <summary>Question openings that ask how, when, where, why, which or who, not whether.</summary>
    private static readonly string[] OtherQuestions = ["how", "when", "where", "why", "which", "who", "what", "so"];

    /// <summary>Most words of an affirming first sentence.</summary>
    public const int MaxWords = 3;

    /// <summary>How sure an affirmed answer's harm is.</summary>
    public const float HarmConfidence = 0.85f;

    /// <summary>
    /// Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), the death or wound
    /// a question asks about to the first sentence of the witness's answer when that sentence only affirms it ("Yes.",
    /// "Many.") and the classifiers gave it no harm.
    /// </summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 1; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None
                || document.RoleOf(sentences[s]) != SpeakerRole.Witness
                || document.RoleOf(sentences[s - 1]) != SpeakerRole.Interviewer
                || document.TurnOf(sentences[s - 1]) == document.TurnOf(sentences[s])
                || !OnlyAffirms(document, s))
            {
                continue;
            }

            var harms = AskedHarms(document, s - 1);
            if (harms != HarmSet.None)
            {
                assessments[s] = SentenceAssessment.GivenByRule(harms, HarmConfidence);
            }
        }
    }

    /// <summary>Whether sentence <paramref name="sentence"/> holds only words of an affirmation ("Yes.", "Yes, many.").</summary>
    private static bool OnlyAffirms(Document document, int sentence)
    {
        var text = document.Text;
        var words = 0;
        foreach (var token in document.SentenceTokens(sentence))
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (token.Kind != TokenKind.Word || !WordList.Contains(token.Span(text), AffirmingWords) || ++words > MaxWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>The deaths or wounds sentence <paramref name="question"/> asks whether there were: none when it is no
    /// question or asks how, when, where, why, which, who or what.</summary>
    private static HarmSet AskedHarms(Document document, int question)
    {
        var sentence = document.Sentences[question];
        var text = document.Text;
        if (!text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd().EndsWith("?"))
        {
            return HarmSet.None;
        }

        var harms = HarmSet.None;
        var first = true;
        foreach (var token in document.SentenceTokens(question))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.Span(text);
            if (first && WordList.Contains(word, OtherQuestions))
            {
                return HarmSet.None;
            }

            first = false;
            if (WordList.Contains(word, DyingWords))
            {
                harms |= HarmSet.Killed;
            }

            for (var h = 0; h < QuestionStems.Length; h++)
            {
                if (WordList.StartsWithAny(word, QuestionStems[h]))
                {
                    harms |= HarmSets.Of((Harm)h);
                }
            }
        }

        return harms;
    }
}
