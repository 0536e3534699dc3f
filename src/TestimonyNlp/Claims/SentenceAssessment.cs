using TestimonyNlp.Model;

namespace TestimonyNlp.Claims;

/// <summary>
/// What the classification stages say about one sentence of a testimony: the harms it asserts as having happened
/// (a negated or hypothetical harm, "there was no shelling that day", "they said they would bomb", asserts
/// none), how the speaker knows, and how sure each answer is.
/// </summary>
/// <param name="Harms">The harms the sentence asserts; <see cref="HarmSet.None"/> when it asserts none.</param>
/// <param name="Basis">How the speaker knows, when the sentence asserts a harm; else null.</param>
/// <param name="HarmConfidence">Probability that <paramref name="Harms"/> is right, in [0, 1].</param>
/// <param name="BasisConfidence">Probability that <paramref name="Basis"/> is right, in [0, 1].</param>
public readonly record struct SentenceAssessment(HarmSet Harms, Basis? Basis, float HarmConfidence, float BasisConfidence)
{
    /// <summary>A sentence that asserts no harm, surely.</summary>
    public static SentenceAssessment NoHarm => new(HarmSet.None, null, 1f, 1f);

    /// <summary>The harms a rule after the classifiers gives a sentence they gave none of them, with the rule's own
    /// confidence; the basis is left to the sentence's basis probabilities, which fill it when the bases are shared.</summary>
    public static SentenceAssessment GivenByRule(HarmSet harms, float harmConfidence) => new(harms, null, harmConfidence, 0f);

    /// <summary>This assessment without <paramref name="taken"/>: <see cref="NoHarm"/> when no harm is left.</summary>
    public SentenceAssessment Without(HarmSet taken)
    {
        var rest = Harms & ~taken;
        return rest == HarmSet.None ? NoHarm : this with { Harms = rest };
    }
}
