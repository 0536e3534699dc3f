using System.Collections.Immutable;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>How far the change of one headline figure between two evaluations could move with another draw of the
/// same kind of testimonies.</summary>
/// <param name="Figure">The figure, as the comparison names it (<c>all f1</c>, <c>harm macro-F1</c>).</param>
/// <param name="Testimonies">The testimonies both evaluations scored, the ones drawn.</param>
/// <param name="Delta">The 2.5th and 97.5th percentiles of after minus before over the draws.</param>
/// <param name="BetterShare">The share of draws in which the figure is higher after than before.</param>
public sealed record DeltaInterval(string Figure, int Testimonies, ScoreInterval Delta, double BetterShare);

/// <summary>
/// A paired bootstrap over the testimonies two evaluations of one split both scored: each draw takes the same
/// testimonies, as many times each, for the baseline and for the models evaluated, so that the change is read
/// testimony by testimony rather than as the difference of two independent spreads (<see cref="TestimonyDraws"/>).
/// It says whether a retraining moved a figure by more than the choice of testimonies could.
/// </summary>
public static class ComparisonIntervals
{
    /// <summary>The intervals of a section's headline changes, or none when the sections are of another kind, keep no
    /// per-testimony counts, or share fewer than two testimonies.</summary>
    public static ImmutableArray<DeltaInterval> Of(IEvaluationSection? before, IEvaluationSection? after) => (before, after) switch
    {
        (EntityScores b, EntityScores a) => Entities(b, a),
        (GeocodingScores b, GeocodingScores a) => Geocoding(b, a),
        (ClaimScores b, ClaimScores a) => Claims(b, a),
        (LinkingScores b, LinkingScores a) => Linking(b, a),
        _ => [],
    };

    private static ImmutableArray<DeltaInterval> Entities(EntityScores before, EntityScores after)
    {
        var common = Common(before.ByTestimony.Select(t => t.TestimonyId), after.ByTestimony.Select(t => t.TestimonyId));
        var b = Indexed(common, before.ByTestimony);
        var a = Indexed(common, after.ByTestimony);
        return Paired(common.Count, ["all f1"], drawn => [TestimonyDraws.Sum(b, drawn).F1], drawn => [TestimonyDraws.Sum(a, drawn).F1]);
    }

    private static ImmutableArray<DeltaInterval> Geocoding(GeocodingScores before, GeocodingScores after)
    {
        var common = Common(before.ByTestimony.Select(t => t.TestimonyId), after.ByTestimony.Select(t => t.TestimonyId));
        var b = Indexed(common, before.ByTestimony);
        var a = Indexed(common, after.ByTestimony);
        return Paired(common.Count, ["all accuracy"], drawn => [TestimonyDraws.Sum(b, drawn).Value], drawn => [TestimonyDraws.Sum(a, drawn).Value]);
    }

    private static ImmutableArray<DeltaInterval> Claims(ClaimScores before, ClaimScores after)
    {
        var common = Common(before.ByTestimony.Select(t => t.TestimonyId), after.ByTestimony.Select(t => t.TestimonyId));
        var b = Indexed(common, before.ByTestimony.Select(t => (t.TestimonyId, t.ByHarm)));
        var a = Indexed(common, after.ByTestimony.Select(t => (t.TestimonyId, t.ByHarm)));
        return Paired(common.Count, ["all f1", "harm macro-F1"], drawn => ClaimFigures(b, drawn), drawn => ClaimFigures(a, drawn));
    }

    private static ImmutableArray<DeltaInterval> Linking(LinkingScores before, LinkingScores after)
    {
        var common = Common(before.Testimonies, after.Testimonies);
        var index = common.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var b = Pairs(before, index);
        var a = Pairs(after, index);
        return Paired(common.Count, ["pairwise f1"], drawn => [LinkingIntervals.PairwiseF1(b, drawn)], drawn => [LinkingIntervals.PairwiseF1(a, drawn)]);
    }

    private static ImmutableArray<DeltaInterval> Paired(int testimonies, string[] names, Func<int[], double?[]> before, Func<int[], double?[]> after)
    {
        if (testimonies < 2)
        {
            return [];
        }

        var deltas = names.Select(_ => new List<double>(TestimonyDraws.Defaults.Resamples)).ToArray();
        var better = new int[names.Length];
        foreach (var drawn in TestimonyDraws.Of(testimonies))
        {
            var b = before(drawn);
            var a = after(drawn);
            for (var f = 0; f < names.Length; f++)
            {
                if (b[f] is { } then && a[f] is { } now)
                {
                    deltas[f].Add(now - then);
                    better[f] += now > then ? 1 : 0;
                }
            }
        }

        return [.. names.Select((name, f) => new DeltaInterval(
            name,
            testimonies,
            ScoreInterval.Of(deltas[f]),
            deltas[f].Count == 0 ? 0 : (double)better[f] / deltas[f].Count))];
    }

    // The ids both evaluations scored, in ordinal order, so that the draws do not depend on the order of scoring.
    private static List<string> Common(IEnumerable<string> before, IEnumerable<string> after)
    {
        var seen = new HashSet<string>(before, StringComparer.Ordinal);
        return [.. after.Distinct(StringComparer.Ordinal).Where(seen.Contains).Order(StringComparer.Ordinal)];
    }

    private static T[] Indexed<T>(List<string> common, IEnumerable<(string TestimonyId, T Value)> byTestimony)
    {
        var values = byTestimony.GroupBy(t => t.TestimonyId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return [.. common.Select(id => values[id])];
    }

    private static double?[] ClaimFigures(ImmutableArray<MatchCounts>[] byHarm, int[] drawn)
    {
        var harms = byHarm.Length == 0 ? 0 : byHarm[0].Length;
        var sums = new MatchCounts[harms];
        for (var h = 0; h < harms; h++)
        {
            sums[h] = TestimonyDraws.Sum([.. byHarm.Select(t => t[h])], drawn);
        }

        var overall = sums.Aggregate(default(MatchCounts), (sum, counts) => sum + counts);
        return [overall.F1, ClaimScores.MacroF1(sums)];
    }

    private static List<LinkingIntervals.CountedPairs> Pairs(LinkingScores scores, Dictionary<string, int> index) =>
        [.. scores.ByTestimonyPair
            .Where(p => index.ContainsKey(p.First) && index.ContainsKey(p.Second))
            .Select(p => new LinkingIntervals.CountedPairs(index[p.First], index[p.Second], p.Counts))];
}
