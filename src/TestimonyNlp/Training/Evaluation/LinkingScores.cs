using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>One item linking is scored on: a testimony's account of one gold incident, and the incident linking
/// put it in.</summary>
/// <param name="TestimonyId">The testimony.</param>
/// <param name="GoldIncident">The gold incident key.</param>
/// <param name="PredictedIncident">The predicted incident, or null when linking put it in none (then it stands
/// alone).</param>
public sealed record LinkingItem(string TestimonyId, string GoldIncident, string? PredictedIncident);

/// <summary>The item pairs of two testimonies (or of one, when both are the same) that gold or the prediction puts in
/// one incident: true positives are pairs in both, false positives pairs only predicted, false negatives pairs only in
/// gold.</summary>
/// <param name="First">The first testimony, in the order the items came.</param>
/// <param name="Second">The second testimony, or the first again.</param>
/// <param name="Counts">The pairs.</param>
public sealed record TestimonyPairCounts(string First, string Second, MatchCounts Counts);

/// <summary>Incident linking quality: pairwise "same incident" precision, recall and F1 over all pairs of items,
/// and B-cubed precision, recall and F1. The <c>linking</c> section of a report.</summary>
public sealed record LinkingScores : IEvaluationSection
{
    /// <summary>What an item is, as printed and written to JSON.</summary>
    public const string Items = "(testimony, gold incident) pairs, each with the predicted incident holding most of its claims";

    /// <summary>Item pairs: gold = pairs in one gold incident, predicted = pairs in one predicted incident, true
    /// positives = pairs in both.</summary>
    public required MatchCounts Pairwise { get; init; }

    /// <summary>Mean over items of the share of its predicted incident's items that share its gold incident, or
    /// null when there is no item.</summary>
    public required double? BCubedPrecision { get; init; }

    /// <summary>Mean over items of the share of its gold incident's items that share its predicted incident, or
    /// null when there is no item.</summary>
    public required double? BCubedRecall { get; init; }

    /// <summary>The harmonic mean of B-cubed precision and recall, or null when either is missing or both are 0.</summary>
    public double? BCubedF1 => BCubedPrecision is { } p && BCubedRecall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    /// <summary>Number of items scored.</summary>
    public required int ItemCount { get; init; }

    /// <summary>Gold incidents told by two or more testimonies.</summary>
    public required int MultiTestimonyIncidents { get; init; }

    /// <summary>False pairs of two items of one testimony: two events it tells put in one predicted incident (most
    /// often by one claim whose evidence runs over both).</summary>
    public int SameTestimonyFalsePairs { get; init; }

    /// <summary>The 95% interval of the pairwise F1 over draws of the testimonies scored
    /// (<see cref="LinkingIntervals"/>); null for fewer than two testimonies.</summary>
    public ScoreInterval? PairwiseF1Interval { get; init; }

    /// <summary>The 95% interval of the B-cubed F1 over draws of the testimonies scored
    /// (<see cref="LinkingIntervals"/>); null for fewer than two testimonies.</summary>
    public ScoreInterval? BCubedF1Interval { get; init; }

    /// <summary>The pairwise counts per two testimonies, from which a bootstrap over testimonies can be drawn again
    /// (<c>corpus/tools/out_of_fold.py</c> pools them over folds and compares two runs).</summary>
    public ImmutableArray<TestimonyPairCounts> ByTestimonyPair { get; init; } = [];

    /// <summary>The testimonies with an item, in the order the items came: the ones a bootstrap draws from.</summary>
    public ImmutableArray<string> Testimonies { get; init; } = [];

    /// <summary>Item pairs in one gold incident.</summary>
    public int GoldPositivePairs => Pairwise.Gold;

    /// <summary>Which claims were linked: <c>model</c> (the pipeline's, the figure that counts) or <c>gold</c> (the
    /// gold claims, scoring the linker alone).</summary>
    public string Claims { get; init; } = "model";

    /// <summary>The claim fields taken from the matched gold claims before linking (<c>date,site</c>; see
    /// <see cref="GoldClaimFields"/>), or null when the claims were linked as made.</summary>
    public string? GoldFields { get; init; }

    /// <inheritdoc />
    public string Name => Claims == "model" ? "linking" : "linking_" + Claims + "_claims";

    /// <inheritdoc />
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("linking of " + Claims + " claims (items: " + Items + (GoldFields is null ? string.Empty : "; fields from the matched gold claims: " + GoldFields) + ")\n");
        new TextTable("measure", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1")
            .Add(TextTable.CountsRow("pairwise", Pairwise))
            .Add("b-cubed", "-", "-", "-", "-", "-", TextTable.Score(BCubedPrecision), TextTable.Score(BCubedRecall), TextTable.Score(BCubedF1))
            .Write(writer);
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"items {ItemCount}, gold incidents with 2+ testimonies {MultiTestimonyIncidents}, gold positive pairs {GoldPositivePairs}, false pairs within one testimony {SameTestimonyFalsePairs}\n"));
        if (PairwiseF1Interval is { } interval)
        {
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"pairwise F1 95% interval (bootstrap over the testimonies, {TestimonyDraws.Defaults.Resamples} draws): {interval}\n"));
        }

        if (BCubedF1Interval is { } bCubed)
        {
            writer.Write("b-cubed F1 95% interval (the same draws): " + bCubed + "\n");
        }
    }

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("claims", Claims);
        writer.WriteString("items_are", Items);
        if (GoldFields is not null)
        {
            writer.WriteString("gold_fields", GoldFields);
        }

        JsonScores.WriteCounts(writer, "pairwise", Pairwise);
        writer.WriteStartObject("b_cubed");
        JsonScores.Write(writer, "precision", BCubedPrecision);
        JsonScores.Write(writer, "recall", BCubedRecall);
        JsonScores.Write(writer, "f1", BCubedF1);
        writer.WriteEndObject();
        writer.WriteNumber("items", ItemCount);
        writer.WriteNumber("multi_testimony_incidents", MultiTestimonyIncidents);
        writer.WriteNumber("gold_positive_pairs", GoldPositivePairs);
        writer.WriteNumber("same_testimony_false_pairs", SameTestimonyFalsePairs);
        if (PairwiseF1Interval is { } interval)
        {
            interval.WriteJson(writer, "pairwise_f1_interval");
        }

        if (BCubedF1Interval is { } bCubed)
        {
            bCubed.WriteJson(writer, "b_cubed_f1_interval");
        }

        writer.WriteStartArray("by_testimony_pair");
        foreach (var pair in ByTestimonyPair)
        {
            writer.WriteStartObject();
            writer.WriteString("first", pair.First);
            writer.WriteString("second", pair.Second);
            writer.WriteNumber("tp", pair.Counts.TruePositives);
            writer.WriteNumber("fp", pair.Counts.FalsePositives);
            writer.WriteNumber("fn", pair.Counts.FalseNegatives);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteEndObject();
    }
}
