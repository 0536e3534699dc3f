namespace TestimonyNlp.Entities.Tagger;

/// <summary>How a tagger model was trained; stored in the model file for provenance.</summary>
/// <param name="Bits">The weight table has 2^Bits buckets.</param>
/// <param name="Epochs">The epochs run.</param>
/// <param name="BestEpoch">The epoch whose averaged weights were kept (best dev F1), 1-based.</param>
/// <param name="Seed">The shuffling seed.</param>
public sealed record TaggerSettings(int Bits, int Epochs, int BestEpoch, int Seed);

/// <summary>Platt scaling of a span's score margin to a probability: p = 1 / (1 + exp(A × margin + B)).</summary>
public readonly record struct PlattScaling(double A, double B)
{
    /// <summary>A scaling that maps every margin to 0.5; used before calibration.</summary>
    public static PlattScaling Uncalibrated => new(-1, 0);

    /// <summary>The probability of a span with score margin <paramref name="margin"/>.</summary>
    public double Probability(double margin) => 1 / (1 + Math.Exp((A * margin) + B));
}
