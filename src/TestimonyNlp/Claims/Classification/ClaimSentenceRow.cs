using Microsoft.ML.Data;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// One sentence as the claim classifiers see it: its text, the text before it in the same turn, its hand-made
/// features and, for training, its labels. Public only because ML.NET binds rows by reflection.
/// </summary>
public sealed class ClaimSentenceRow
{
    /// <summary>The sentence text (the classifiers' word and character n-grams come from it).</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The previous sentence of the same speaker turn, or empty.</summary>
    public string Context { get; set; } = string.Empty;

    /// <summary>The hand-made features (<see cref="SentenceFeatures"/>).</summary>
    [VectorType(SentenceFeatures.Count)]
    public float[] Hand { get; set; } = new float[SentenceFeatures.Count];

    /// <summary>Label: the sentence asserts a killing.</summary>
    public bool Killed { get; set; }

    /// <summary>Label: the sentence asserts an injury.</summary>
    public bool Injured { get; set; }

    /// <summary>Label: the sentence asserts a disappearance.</summary>
    public bool Missing { get; set; }

    /// <summary>Label: the sentence asserts a detention.</summary>
    public bool Detained { get; set; }

    /// <summary>Label: the sentence asserts a displacement.</summary>
    public bool Displaced { get; set; }

    /// <summary>Label: the sentence asserts damage to property.</summary>
    public bool PropertyDamage { get; set; }

    /// <summary>The basis label (<c>WITNESSED</c>, ...), or empty when the sentence asserts no harm.</summary>
    public string Basis { get; set; } = string.Empty;

    /// <summary>The harm labels as a set (not a column).</summary>
    [NoColumn]
    public HarmSet Harms
    {
        get => (Killed ? HarmSet.Killed : 0) | (Injured ? HarmSet.Injured : 0) | (Missing ? HarmSet.Missing : 0)
            | (Detained ? HarmSet.Detained : 0) | (Displaced ? HarmSet.Displaced : 0) | (PropertyDamage ? HarmSet.PropertyDamage : 0);
        set
        {
            Killed = value.Contains(Harm.Killed);
            Injured = value.Contains(Harm.Injured);
            Missing = value.Contains(Harm.Missing);
            Detained = value.Contains(Harm.Detained);
            Displaced = value.Contains(Harm.Displaced);
            PropertyDamage = value.Contains(Harm.PropertyDamage);
        }
    }

    /// <summary>The label column of each harm, in <see cref="Harm"/> order.</summary>
    public static IReadOnlyList<string> HarmColumns { get; } =
        [nameof(Killed), nameof(Injured), nameof(Missing), nameof(Detained), nameof(Displaced), nameof(PropertyDamage)];
}

/// <summary>What the harm models say about one row: the probability of each harm. Public only because ML.NET
/// binds rows by reflection.</summary>
public sealed class HarmPrediction
{
    /// <summary>Probability that the sentence asserts a killing.</summary>
    public float KilledProbability { get; set; }

    /// <summary>Probability of an injury.</summary>
    public float InjuredProbability { get; set; }

    /// <summary>Probability of a disappearance.</summary>
    public float MissingProbability { get; set; }

    /// <summary>Probability of a detention.</summary>
    public float DetainedProbability { get; set; }

    /// <summary>Probability of a displacement.</summary>
    public float DisplacedProbability { get; set; }

    /// <summary>Probability of damage to property.</summary>
    public float PropertyDamageProbability { get; set; }

    /// <summary>The probability of <paramref name="harm"/>.</summary>
    public float Probability(Harm harm) => harm switch
    {
        Harm.Killed => KilledProbability,
        Harm.Injured => InjuredProbability,
        Harm.Missing => MissingProbability,
        Harm.Detained => DetainedProbability,
        Harm.Displaced => DisplacedProbability,
        _ => PropertyDamageProbability,
    };

    /// <summary>
    /// The harms whose probability reaches <paramref name="threshold"/>, and the probability that the whole set is
    /// right (each harm's answer taken as independent).
    /// </summary>
    public (HarmSet Harms, float Confidence) Decide(float threshold)
    {
        var set = HarmSet.None;
        var confidence = 1f;
        foreach (var harm in Enum.GetValues<Harm>())
        {
            var p = Math.Clamp(Probability(harm), 0f, 1f);
            if (p >= threshold)
            {
                set |= HarmSets.Of(harm);
                confidence *= p;
            }
            else
            {
                confidence *= 1f - p;
            }
        }

        return (set, confidence);
    }
}

/// <summary>What the basis model says about one row. Public only because ML.NET binds rows by reflection.</summary>
public sealed class BasisPrediction
{
    /// <summary>The predicted basis name.</summary>
    public string PredictedBasis { get; set; } = string.Empty;

    /// <summary>Per-class scores.</summary>
    public float[] Score { get; set; } = [];
}
