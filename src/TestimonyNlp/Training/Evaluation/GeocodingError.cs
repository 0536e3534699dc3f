using System.Globalization;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>One gold gazetteer place the pipeline did not geocode correctly, for debugging on the project's
/// fictional corpus (place names are real, people are not).</summary>
/// <param name="TestimonyId">The corpus id.</param>
/// <param name="Start">Offset of the gold span's first character.</param>
/// <param name="End">Offset just past the gold span.</param>
/// <param name="Outcome">What went wrong.</param>
/// <param name="GoldName">The gold normalised name.</param>
/// <param name="GoldEntry">The gazetteer name of the gold entry.</param>
/// <param name="GoldCountry">The gold country.</param>
/// <param name="PredictedName">The predicted normalised name (else its text), or null when no PLACE was predicted.</param>
/// <param name="PredictedCountry">The predicted country, or null.</param>
/// <param name="DistanceKm">Kilometres between the predicted and the gold point, or null when not geocoded.</param>
public sealed record GeocodingError(
    string TestimonyId,
    int Start,
    int End,
    GeocodingOutcome Outcome,
    string GoldName,
    string GoldEntry,
    string GoldCountry,
    string? PredictedName,
    string? PredictedCountry,
    double? DistanceKm)
{
    /// <summary>The printed line: <c>id start-end outcome "gold" (entry/CC) -&gt; "predicted"/CC km</c>.</summary>
    public override string ToString()
    {
        var predicted = PredictedName is null ? "-" : $"\"{PredictedName}\"/{PredictedCountry ?? "-"}";
        var distance = DistanceKm is { } km ? km.ToString(" 0.0 'km'", CultureInfo.InvariantCulture) : string.Empty;
        return FormattableString.Invariant($"{TestimonyId} {Start}-{End} {Outcome} \"{GoldName}\" ({GoldEntry}/{GoldCountry}) -> {predicted}{distance}");
    }
}
