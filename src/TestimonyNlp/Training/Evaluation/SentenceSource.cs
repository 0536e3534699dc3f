using System.Collections.Immutable;
using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Where the sentence assessments that claims are built from come from during an evaluation.</summary>
public enum SentenceSource
{
    /// <summary>The pipeline's own classifiers (the claims the claim stage made).</summary>
    Model,

    /// <summary>The gold claims (an oracle): every sentence takes the harms and basis of the gold evidence it
    /// overlaps, so the claim builder is scored apart from the classifier.</summary>
    Gold,
}

/// <summary>Wire names and the gold assessments of <see cref="SentenceSource"/>.</summary>
public static class SentenceSources
{
    /// <summary>The wire name: <c>model</c> or <c>gold</c>.</summary>
    public static string ToWire(this SentenceSource source) => source switch
    {
        SentenceSource.Model => "model",
        SentenceSource.Gold => "gold",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    /// <summary>Parses a wire name (case-sensitive); false for anything else.</summary>
    public static bool TryParse(string? wire, out SentenceSource source)
    {
        switch (wire)
        {
            case "model":
                source = SentenceSource.Model;
                return true;
            case "gold":
                source = SentenceSource.Gold;
                return true;
            default:
                source = default;
                return false;
        }
    }

    /// <summary>One assessment per sentence of <paramref name="document"/> from the gold claims
    /// (<see cref="ClaimLabeler.Derive"/>), every answer with confidence 1.</summary>
    public static SentenceAssessment[] GoldAssessments(Document document, ImmutableArray<GoldClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = ClaimLabeler.Derive(document, claims);
        var assessments = new SentenceAssessment[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            assessments[i] = ToAssessment(labels[i]);
        }

        return assessments;
    }

    /// <summary>The assessment a gold label stands for: its harms and basis, surely; no harm gives no basis.</summary>
    public static SentenceAssessment ToAssessment(SentenceLabel label) =>
        label.Harms == HarmSet.None ? SentenceAssessment.NoHarm : new SentenceAssessment(label.Harms, label.Basis, 1f, 1f);
}
