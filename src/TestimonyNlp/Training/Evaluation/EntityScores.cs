using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Entity extraction quality: exact span match per type, weapon categories, type confusion, partial
/// overlaps, normalisation and confidence calibration. The <c>entities</c> section of a report.</summary>
public sealed record EntityScores : IEvaluationSection
{
    /// <summary>Exact match (same start, end and type) per type, in <see cref="EntityType"/> order.</summary>
    public required ImmutableArray<(EntityType Type, MatchCounts Counts)> ByType { get; init; }

    /// <summary>Micro total over all types.</summary>
    public MatchCounts Overall => ByType.Aggregate(default(MatchCounts), (sum, t) => sum + t.Counts);

    /// <summary>WEAPON mentions matched on span and category, per category, in <see cref="WeaponCategory"/> order
    /// (categories with neither gold nor prediction left out).</summary>
    public required ImmutableArray<(WeaponCategory Category, MatchCounts Counts)> ByWeaponCategory { get; init; }

    /// <summary>WEAPON mentions matched on span and category, over all categories.</summary>
    public required MatchCounts WeaponCategories { get; init; }

    /// <summary>Among exactly matched WEAPON mentions, those with the gold category.</summary>
    public required Share CategoryAccuracy { get; init; }

    /// <summary>Type confusion with missed and spurious mentions.</summary>
    public required TypeConfusion Confusion { get; init; }

    /// <summary>Per predicted type, predictions without an exact match that overlap a gold mention of their type with
    /// other offsets.</summary>
    public required ImmutableArray<(EntityType Type, int Count)> PartialOverlaps { get; init; }

    /// <summary>Among exactly matched ACTOR mentions with a gold canonical name, those normalised to it.</summary>
    public required Share ActorNormalization { get; init; }

    /// <summary>Among exactly matched PLACE mentions with a gold normalised name, those normalised to it.</summary>
    public required Share PlaceNormalization { get; init; }

    /// <summary>Among exactly matched DATE mentions with a gold ISO day or range, those resolved to it.</summary>
    public Share DateNormalization { get; init; }

    /// <summary>Predictions per confidence range, highest first.</summary>
    public required ImmutableArray<ConfidenceBin> Calibration { get; init; }

    /// <summary>The 95% interval of the overall F1 over draws of the testimonies scored (<see cref="TestimonyDraws"/>);
    /// null unless the scorer was asked for intervals, or for fewer than two testimonies.</summary>
    public ScoreInterval? F1Interval { get; init; }

    /// <summary>Each testimony's overall counts, in the order added, when the scorer was asked for intervals (so that
    /// two evaluations can be compared testimony by testimony, <see cref="ComparisonIntervals"/>); else empty.</summary>
    public ImmutableArray<(string TestimonyId, MatchCounts Counts)> ByTestimony { get; init; } = [];

    /// <summary>The first error examples, by testimony id and offset; empty unless asked for.</summary>
    public ImmutableArray<ErrorExample> Errors { get; init; } = [];

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("entities (exact span match)\n");
        var types = new TextTable("type", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1");
        foreach (var (type, counts) in ByType)
        {
            types.Add(TextTable.CountsRow(type.ToWire(), counts));
        }

        types.Add(TextTable.CountsRow("all", Overall)).Write(writer);
        if (F1Interval is { } interval)
        {
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"F1 95% interval (bootstrap over the {TextTable.Number(ByTestimony.Length)} testimonies, {TextTable.Number(TestimonyDraws.Defaults.Resamples)} draws): {interval}\n"));
        }

        writer.Write("\nweapon categories (same span and category)\n");
        var categories = new TextTable("category", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1");
        foreach (var (category, counts) in ByWeaponCategory)
        {
            categories.Add(TextTable.CountsRow(category.ToWire(), counts));
        }

        categories.Add(TextTable.CountsRow("all", WeaponCategories)).Write(writer);
        writer.Write("category accuracy on span-matched weapons: " + ShareText(CategoryAccuracy) + "\n");

        writer.Write("\ntype confusion (rows gold, columns predicted)\n");
        var header = new List<string> { "gold\\pred" };
        header.AddRange(TypeConfusion.Types.Select(t => t.ToWire()));
        header.Add("missed");
        var confusion = new TextTable([.. header]);
        foreach (var gold in TypeConfusion.Types.Cast<EntityType?>().Append(null))
        {
            var row = new List<string> { gold?.ToWire() ?? "spurious" };
            row.AddRange(TypeConfusion.Types.Select(p => TextTable.Number(Confusion[gold, p])));
            row.Add(gold is null ? "-" : TextTable.Number(Confusion[gold, null]));
            confusion.Add([.. row]);
        }

        confusion.Write(writer);

        writer.Write("\npartial overlaps (same type, overlapping, not exact)\n");
        var partial = new TextTable("type", "predictions");
        foreach (var (type, count) in PartialOverlaps)
        {
            partial.Add(type.ToWire(), TextTable.Number(count));
        }

        partial.Write(writer);

        writer.Write("\nnormalisation (exact matches)\n");
        new TextTable("type", "equal", "matched", "share")
            .Add(ShareRow("ACTOR", ActorNormalization))
            .Add(ShareRow("PLACE", PlaceNormalization))
            .Add(ShareRow("DATE", DateNormalization))
            .Write(writer);

        writer.Write("\nconfidence calibration\n");
        var calibration = new TextTable("confidence", "predictions", "correct", "precision");
        foreach (var bin in Calibration)
        {
            calibration.Add(bin.Label, TextTable.Number(bin.Predictions.Total), TextTable.Number(bin.Predictions.Count), TextTable.Score(bin.Precision));
        }

        calibration.Write(writer);

        TextTable.WriteExamples(writer, "\nerror examples (id start-end gold/predicted \"text\")\n", Errors);
    }

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartObject("by_type");
        foreach (var (type, counts) in ByType)
        {
            JsonScores.WriteCounts(writer, type.ToWire(), counts);
        }

        writer.WriteEndObject();
        JsonScores.WriteCounts(writer, "overall", Overall);
        if (F1Interval is { } f1Interval)
        {
            f1Interval.WriteJson(writer, "f1_interval");
        }

        if (!ByTestimony.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("by_testimony");
            foreach (var (id, counts) in ByTestimony)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteNumber("tp", counts.TruePositives);
                writer.WriteNumber("fp", counts.FalsePositives);
                writer.WriteNumber("fn", counts.FalseNegatives);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("weapon_categories");
        foreach (var (category, counts) in ByWeaponCategory)
        {
            JsonScores.WriteCounts(writer, category.ToWire(), counts);
        }

        writer.WriteEndObject();
        JsonScores.WriteCounts(writer, "weapon_categories_overall", WeaponCategories);
        WriteShare(writer, "category_accuracy", CategoryAccuracy);

        writer.WriteStartObject("confusion");
        foreach (var gold in TypeConfusion.Types.Cast<EntityType?>().Append(null))
        {
            writer.WriteStartObject(gold?.ToWire() ?? "spurious");
            foreach (var predicted in TypeConfusion.Types.Cast<EntityType?>().Append(null))
            {
                if (gold is not null || predicted is not null)
                {
                    writer.WriteNumber(predicted?.ToWire() ?? "missed", Confusion[gold, predicted]);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WriteStartObject("partial_overlaps");
        foreach (var (type, count) in PartialOverlaps)
        {
            writer.WriteNumber(type.ToWire(), count);
        }

        writer.WriteEndObject();
        WriteShare(writer, "actor_normalization", ActorNormalization);
        WriteShare(writer, "place_normalization", PlaceNormalization);
        WriteShare(writer, "date_normalization", DateNormalization);

        writer.WriteStartArray("calibration");
        foreach (var bin in Calibration)
        {
            writer.WriteStartObject();
            writer.WriteString("bin", bin.Label);
            writer.WriteNumber("predictions", bin.Predictions.Total);
            writer.WriteNumber("correct", bin.Predictions.Count);
            JsonScores.Write(writer, "precision", bin.Precision);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string[] ShareRow(string label, Share share) =>
        [label, TextTable.Number(share.Count), TextTable.Number(share.Total), TextTable.Score(share.Value)];

    private static string ShareText(Share share) =>
        $"{TextTable.Number(share.Count)}/{TextTable.Number(share.Total)} = {TextTable.Score(share.Value)}";

    private static void WriteShare(Utf8JsonWriter writer, string name, Share share)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", share.Count);
        writer.WriteNumber("total", share.Total);
        JsonScores.Write(writer, "share", share.Value);
        writer.WriteEndObject();
    }
}
