using System.Collections.Immutable;
using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>The share of gold gazetteer places geocoded correctly (<see cref="GeocodingScorer"/>), overall and per
/// country. The <c>geocoding</c> section of a report.</summary>
public sealed record GeocodingScores : IEvaluationSection
{
    /// <summary>Counts per gold country (ISO code), in ordinal order of the code.</summary>
    public required ImmutableArray<(string Country, GeocodingCounts Counts)> ByCountry { get; init; }

    /// <summary>The first places not geocoded correctly, in the order added; empty unless asked for.</summary>
    public ImmutableArray<GeocodingError> Errors { get; init; } = [];

    /// <summary>Counts over every country.</summary>
    public GeocodingCounts Overall => ByCountry.Aggregate(default(GeocodingCounts), (sum, c) => sum + c.Counts);

    /// <summary>The 95% interval of the overall accuracy over draws of the testimonies scored (a bootstrap over
    /// testimonies, as <see cref="ClaimIntervals"/>); null for fewer than two.</summary>
    public ScoreInterval? AccuracyInterval { get; init; }

    /// <summary>Each testimony's gazetteer places and how many were placed right, in the order added (so that two
    /// evaluations can be compared testimony by testimony, <see cref="ComparisonIntervals"/>).</summary>
    public ImmutableArray<(string TestimonyId, Share Correct)> ByTestimony { get; init; } = [];

    /// <inheritdoc />
    public string Name => "geocoding";

    /// <inheritdoc />
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FormattableString.Invariant($"geocoding (gold gazetteer places; correct within {GeocodingScorer.Defaults.MaxDistanceKm:0} km)\n"));
        var table = new TextTable("country", "places", "correct", "wrong", "not_geocoded", "missed_entity", "accuracy");
        foreach (var (country, counts) in ByCountry)
        {
            table.Add(Row(country, counts));
        }

        table.Add(Row("all", Overall)).Write(writer);
        if (AccuracyInterval is { } interval)
        {
            writer.Write(FormattableString.Invariant(
                $"accuracy 95% interval (bootstrap over the testimonies, {TestimonyDraws.Defaults.Resamples} draws): {interval}\n"));
        }

        TextTable.WriteExamples(writer, "\ngeocoding errors (id start-end outcome \"gold\" (entry/country) -> \"predicted\"/country distance)\n", Errors);
    }

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteCounts(writer, "overall", Overall);
        if (AccuracyInterval is { } interval)
        {
            interval.WriteJson(writer, "accuracy_interval");
        }

        writer.WriteStartObject("by_country");
        foreach (var (country, counts) in ByCountry)
        {
            WriteCounts(writer, country, counts);
        }

        writer.WriteEndObject();
        if (!ByTestimony.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("by_testimony");
            foreach (var (id, correct) in ByTestimony)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteNumber("correct", correct.Count);
                writer.WriteNumber("gazetteer_places", correct.Total);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string[] Row(string label, GeocodingCounts counts) =>
    [
        label,
        TextTable.Number(counts.Places),
        TextTable.Number(counts.Correct),
        TextTable.Number(counts.Wrong),
        TextTable.Number(counts.NotGeocoded),
        TextTable.Number(counts.Missed),
        TextTable.Score(counts.Accuracy),
    ];

    private static void WriteCounts(Utf8JsonWriter writer, string name, GeocodingCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("gazetteer_places", counts.Places);
        writer.WriteNumber("correct", counts.Correct);
        writer.WriteNumber("wrong", counts.Wrong);
        writer.WriteNumber("not_geocoded", counts.NotGeocoded);
        writer.WriteNumber("missed_entity", counts.Missed);
        JsonScores.Write(writer, "accuracy", counts.Accuracy);
        writer.WriteEndObject();
    }
}
