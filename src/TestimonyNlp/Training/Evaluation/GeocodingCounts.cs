namespace TestimonyNlp.Training.Evaluation;

/// <summary>Gold gazetteer places and what became of them.</summary>
/// <param name="Correct">Geocoded within the distance allowed of the gold entry.</param>
/// <param name="Wrong">Geocoded elsewhere.</param>
/// <param name="NotGeocoded">Found as a PLACE without coordinates.</param>
/// <param name="Missed">Not found as a PLACE.</param>
public readonly record struct GeocodingCounts(int Correct, int Wrong, int NotGeocoded, int Missed)
{
    /// <summary>Gold places with a gazetteer entry in their testimony's country.</summary>
    public int Places => Correct + Wrong + NotGeocoded + Missed;

    /// <summary>Correct / Places, or null when there is no gazetteer place.</summary>
    public double? Accuracy => Places == 0 ? null : (double)Correct / Places;

    /// <summary>The counts with one more place of <paramref name="outcome"/>.</summary>
    public GeocodingCounts With(GeocodingOutcome outcome) => outcome switch
    {
        GeocodingOutcome.Correct => this with { Correct = Correct + 1 },
        GeocodingOutcome.Wrong => this with { Wrong = Wrong + 1 },
        GeocodingOutcome.NotGeocoded => this with { NotGeocoded = NotGeocoded + 1 },
        GeocodingOutcome.MissedEntity => this with { Missed = Missed + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The sum of two counts.</summary>
    public static GeocodingCounts operator +(GeocodingCounts left, GeocodingCounts right) => new(
        left.Correct + right.Correct,
        left.Wrong + right.Wrong,
        left.NotGeocoded + right.NotGeocoded,
        left.Missed + right.Missed);
}
