using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Claim quality: claims matched per harm, the harm macro-F1, and per-field agreement on matched pairs.
/// The <c>claims</c> section of a report.</summary>
public sealed record ClaimScores : IEvaluationSection
{
    /// <summary>How claims are matched, as printed and written to JSON.</summary>
    public const string Matching =
        "same harm and overlapping evidence, one to one, greedy by overlap size";

    /// <summary>Matched, spurious and missed claims per harm, in <see cref="Harm"/> order.</summary>
    public required ImmutableArray<(Harm Harm, MatchCounts Counts)> ByHarm { get; init; }

    /// <summary>Micro total over all harms.</summary>
    public MatchCounts Overall => ByHarm.Aggregate(default(MatchCounts), (sum, h) => sum + h.Counts);

    /// <summary>Harms with a gold or a predicted claim: those the macro-F1 averages over.</summary>
    public int ScoredHarms => ByHarm.Count(h => h.Counts.F1 is not null);

    /// <summary>Mean F1 over the harms with a gold or a predicted claim, or null when there is none.</summary>
    public double? HarmMacroF1 => MacroF1(ByHarm.Select(h => h.Counts));

    /// <summary>Mean F1 over the counts with a gold or a predicted claim, or null when none has one: the harm
    /// macro-F1 of a report, and of each draw of <see cref="ClaimIntervals"/>.</summary>
    internal static double? MacroF1(IEnumerable<MatchCounts> byHarm)
    {
        double sum = 0;
        var scored = 0;
        foreach (var counts in byHarm)
        {
            if (counts.F1 is { } f1)
            {
                sum += f1;
                scored++;
            }
        }

        return scored == 0 ? null : sum / scored;
    }

    /// <summary>Per field, in <see cref="ClaimField"/> order: matched pairs that agree on it, out of all matched
    /// pairs.</summary>
    public required ImmutableArray<(ClaimField Field, Share Agreement)> Fields { get; init; }

    /// <summary>Matched pairs by how the predicted date stands to the gold one, in <see cref="ClaimDateKinds.All"/>
    /// order; empty when not counted.</summary>
    public ImmutableArray<(ClaimDateKind Kind, int Count)> DateKinds { get; init; } = [];

    /// <summary>The first error examples, by testimony id and offset; empty unless asked for.</summary>
    public ImmutableArray<ClaimErrorExample> Errors { get; init; } = [];

    /// <summary>The 95% intervals of the claim figures over the testimonies scored; null for fewer than two.</summary>
    public ClaimIntervals? Intervals { get; init; }

    /// <summary>Each testimony's counts, in the order scored, written to JSON so that scores of folds or of two builds
    /// can be pooled or compared testimony by testimony (<c>corpus/tools/out_of_fold.py</c>); empty unless the
    /// scorer was asked for intervals.</summary>
    public ImmutableArray<TestimonyClaimCounts> ByTestimony { get; init; } = [];

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("claims (match: " + Matching + ")\n");
        var harms = new TextTable("harm", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1");
        foreach (var (harm, counts) in ByHarm)
        {
            harms.Add(TextTable.CountsRow(harm.ToWire(), counts));
        }

        harms.Add(TextTable.CountsRow("all", Overall)).Write(writer);
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"harm macro-F1 over the {ScoredHarms} of {ByHarm.Length} harms with gold or predicted claims: {TextTable.Score(HarmMacroF1)}\n"));

        writer.Write("\nclaim fields (matched pairs; null = null counts as equal, dates match when their ranges share a day)\n");
        var fields = new TextTable("field", "equal", "matched", "share");
        foreach (var (field, share) in Fields)
        {
            fields.Add(field.ToWire(), TextTable.Number(share.Count), TextTable.Number(share.Total), TextTable.Score(share.Value));
        }

        fields.Write(writer);
        Intervals?.WriteText(writer);
        if (!DateKinds.IsDefaultOrEmpty && DateKinds.Any(d => d.Count > 0))
        {
            writer.Write("claim dates by kind (matched pairs): "
                + string.Join(", ", DateKinds.Select(d => d.Kind.ToWire() + " " + TextTable.Number(d.Count))) + "\n");
        }

        TextTable.WriteExamples(writer, "\nclaim error examples (id start-end gold/predicted: disagreeing fields gold/predicted)\n", Errors);
    }

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("matching", Matching);
        writer.WriteStartObject("by_harm");
        foreach (var (harm, counts) in ByHarm)
        {
            JsonScores.WriteCounts(writer, harm.ToWire(), counts);
        }

        writer.WriteEndObject();
        JsonScores.WriteCounts(writer, "overall", Overall);
        JsonScores.Write(writer, "harm_macro_f1", HarmMacroF1);
        writer.WriteNumber("harm_macro_f1_harms", ScoredHarms);
        writer.WriteStartObject("fields");
        foreach (var (field, share) in Fields)
        {
            writer.WriteStartObject(field.ToWire());
            writer.WriteNumber("equal", share.Count);
            writer.WriteNumber("matched", share.Total);
            JsonScores.Write(writer, "share", share.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (!DateKinds.IsDefaultOrEmpty)
        {
            writer.WriteStartObject("date_kinds");
            foreach (var (kind, count) in DateKinds)
            {
                writer.WriteNumber(kind.ToWire(), count);
            }

            writer.WriteEndObject();
        }

        if (Intervals is { } intervals)
        {
            writer.WritePropertyName("intervals");
            intervals.WriteJson(writer);
        }

        if (!ByTestimony.IsDefaultOrEmpty)
        {
            WriteByTestimony(writer);
        }

        writer.WriteEndObject();
    }

    // One object per testimony: its id, tp/fp/fn per harm as three-number arrays, matched pairs and agreeing fields.
    private void WriteByTestimony(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("by_testimony");
        foreach (var testimony in ByTestimony)
        {
            writer.WriteStartObject();
            writer.WriteString("id", testimony.TestimonyId);
            writer.WriteStartObject("by_harm");
            for (var h = 0; h < ByHarm.Length; h++)
            {
                var counts = testimony.ByHarm[h];
                writer.WriteStartArray(ByHarm[h].Harm.ToWire());
                writer.WriteNumberValue(counts.TruePositives);
                writer.WriteNumberValue(counts.FalsePositives);
                writer.WriteNumberValue(counts.FalseNegatives);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteNumber("matched", testimony.Matched);
            writer.WriteStartObject("fields_equal");
            for (var f = 0; f < Fields.Length; f++)
            {
                writer.WriteNumber(Fields[f].Field.ToWire(), testimony.FieldEqual[f]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
