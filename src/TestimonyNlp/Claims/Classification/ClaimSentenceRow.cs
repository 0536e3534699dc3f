using Microsoft.ML.Data;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// One sentence as the claim classifiers see it: its text, its hand-made features and, for training, its labels.
/// Public only because ML.NET binds rows by reflection.
/// </summary>
public sealed class ClaimSentenceRow
{
    /// <summary>The sentence text (the classifiers' word and character n-grams come from it).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The hand-made features (<see cref="SentenceFeatures"/>).</summary>
    [VectorType(SentenceFeatures.Count)]
    public float[] Hand { get; set; } = new float[SentenceFeatures.Count];

    /// <summary>The harm label: <see cref="ClaimLabelCodes.Harm"/> of the sentence's <see cref="HarmSet"/>.</summary>
    public string Harm { get; set; } = ClaimLabelCodes.NoHarm;

    /// <summary>The basis label (<c>WITNESSED</c>, ...), or empty when the sentence asserts no harm.</summary>
    public string Basis { get; set; } = string.Empty;
}

/// <summary>What the harm model says about one row. Public only because ML.NET binds rows by reflection.</summary>
public sealed class HarmPrediction
{
    /// <summary>The predicted harm code.</summary>
    public string PredictedHarm { get; set; } = ClaimLabelCodes.NoHarm;

    /// <summary>Per-class scores (probabilities for the maximum-entropy trainers).</summary>
    public float[] Score { get; set; } = [];
}

/// <summary>What the basis model says about one row. Public only because ML.NET binds rows by reflection.</summary>
public sealed class BasisPrediction
{
    /// <summary>The predicted basis name.</summary>
    public string PredictedBasis { get; set; } = string.Empty;

    /// <summary>Per-class scores.</summary>
    public float[] Score { get; set; } = [];
}
