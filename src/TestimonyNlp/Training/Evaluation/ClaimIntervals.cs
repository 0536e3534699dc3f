using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// How far the claim figures could move with another draw of testimonies of the same kind: 95% percentile intervals
/// of a bootstrap over testimonies (the testimonies scored, drawn with replacement, as many as there are, each draw
/// scored as a whole). Testimonies and not claims are drawn because the claims of one testimony stand or fall
/// together (one speaker, one writer, one style). Null bounds where a draw had no score (no gold and no prediction).
/// </summary>
/// <param name="Resamples">Draws made.</param>
/// <param name="Testimonies">Testimonies drawn from.</param>
/// <param name="ClaimF1">Micro F1 over all harms.</param>
/// <param name="HarmMacroF1">Mean F1 over the harms with a gold or predicted claim in the draw.</param>
/// <param name="Fields">Per field, in <see cref="ClaimField"/> order: the share of matched pairs that agree.</param>
public sealed record ClaimIntervals(
    int Resamples,
    int Testimonies,
    ScoreInterval ClaimF1,
    ScoreInterval HarmMacroF1,
    ImmutableArray<(ClaimField Field, ScoreInterval Interval)> Fields)
{
    /// <summary>
    /// The intervals of the testimonies' counts, or null when there are fewer than two testimonies (one testimony
    /// drawn again and again says nothing of the spread).
    /// </summary>
    public static ClaimIntervals? Bootstrap(IReadOnlyList<TestimonyClaimCounts> testimonies)
    {
        ArgumentNullException.ThrowIfNull(testimonies);
        if (testimonies.Count < 2)
        {
            return null;
        }

        var harmCount = testimonies[0].ByHarm.Length;
        var fieldCount = testimonies[0].FieldEqual.Length;
        const int resamples = TestimonyDraws.Defaults.Resamples;
        var claimF1 = new List<double>(resamples);
        var macroF1 = new List<double>(resamples);
        var fields = Enumerable.Range(0, fieldCount).Select(_ => new List<double>(resamples)).ToArray();
        var byHarm = new MatchCounts[harmCount];
        var fieldEqual = new int[fieldCount];
        foreach (var taken in TestimonyDraws.Of(testimonies.Count, resamples))
        {
            Array.Clear(byHarm);
            Array.Clear(fieldEqual);
            var matched = 0;
            for (var t = 0; t < taken.Length; t++)
            {
                var times = taken[t];
                if (times == 0)
                {
                    continue;
                }

                var testimony = testimonies[t];
                for (var h = 0; h < harmCount; h++)
                {
                    var counts = testimony.ByHarm[h];
                    byHarm[h] += new MatchCounts(times * counts.TruePositives, times * counts.FalsePositives, times * counts.FalseNegatives);
                }

                for (var f = 0; f < fieldCount; f++)
                {
                    fieldEqual[f] += times * testimony.FieldEqual[f];
                }

                matched += times * testimony.Matched;
            }

            var overall = byHarm.Aggregate(default(MatchCounts), (sum, counts) => sum + counts);
            AddScore(claimF1, overall.F1);
            AddScore(macroF1, ClaimScores.MacroF1(byHarm));
            for (var f = 0; f < fieldCount; f++)
            {
                AddScore(fields[f], new Share(fieldEqual[f], matched).Value);
            }
        }

        return new ClaimIntervals(
            resamples,
            testimonies.Count,
            ScoreInterval.Of(claimF1),
            ScoreInterval.Of(macroF1),
            [.. Enum.GetValues<ClaimField>().Take(fieldCount).Select(f => (f, ScoreInterval.Of(fields[(int)f])))]);
    }

    /// <summary>Writes the intervals as one line under the claim tables.</summary>
    public void WriteText(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var parts = new List<string> { "claim F1 " + ClaimF1, "harm macro-F1 " + HarmMacroF1 };
        parts.AddRange(Fields.Select(f => f.Field.ToWire() + " " + f.Interval));
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"95% intervals (bootstrap over the {TextTable.Number(Testimonies)} testimonies, {TextTable.Number(Resamples)} draws): {string.Join(", ", parts)}\n"));
    }

    /// <summary>Writes the intervals as a JSON object: each figure as a two-number array, low then high.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("resamples", Resamples);
        writer.WriteNumber("testimonies", Testimonies);
        ClaimF1.WriteJson(writer, "claim_f1");
        HarmMacroF1.WriteJson(writer, "harm_macro_f1");
        writer.WriteStartObject("fields");
        foreach (var (field, interval) in Fields)
        {
            interval.WriteJson(writer, field.ToWire());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void AddScore(List<double> scores, double? score)
    {
        if (score is { } value)
        {
            scores.Add(value);
        }
    }
}
