using System.Collections.Immutable;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Scores incident linking against gold incident keys (<see cref="LinkingScores"/>).</summary>
public static class LinkingScorer
{
    /// <summary>Scores <paramref name="items"/>; an item listed twice (same testimony and gold incident) counts
    /// once, with its first predicted incident.</summary>
    public static LinkingScores Score(IEnumerable<LinkingItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var distinct = new List<LinkingItem>();
        var seen = new HashSet<(string, string)>();
        foreach (var item in items)
        {
            if (seen.Add((item.TestimonyId, item.GoldIncident)))
            {
                distinct.Add(item);
            }
        }

        // An item without a predicted incident stands alone: it gets a label no other item has.
        var predicted = new string[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            predicted[i] = distinct[i].PredictedIncident is { } label ? "p:" + label : "u:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var cellSize = new Dictionary<(string, string), int>();
        var testimonySize = new Dictionary<(string, string), int>();
        for (var i = 0; i < distinct.Count; i++)
        {
            var gold = distinct[i].GoldIncident;
            goldSize[gold] = goldSize.GetValueOrDefault(gold) + 1;
            predictedSize[predicted[i]] = predictedSize.GetValueOrDefault(predicted[i]) + 1;
            cellSize[(gold, predicted[i])] = cellSize.GetValueOrDefault((gold, predicted[i])) + 1;
            testimonySize[(distinct[i].TestimonyId, predicted[i])] = testimonySize.GetValueOrDefault((distinct[i].TestimonyId, predicted[i])) + 1;
        }

        long goldPairs = goldSize.Values.Sum(Pairs);
        long predictedPairs = predictedSize.Values.Sum(Pairs);
        long bothPairs = cellSize.Values.Sum(Pairs);

        double precisionSum = 0, recallSum = 0;
        for (var i = 0; i < distinct.Count; i++)
        {
            var gold = distinct[i].GoldIncident;
            double cell = cellSize[(gold, predicted[i])];
            precisionSum += cell / predictedSize[predicted[i]];
            recallSum += cell / goldSize[gold];
        }

        var testimonyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in distinct)
        {
            testimonyIndex.TryAdd(item.TestimonyId, testimonyIndex.Count);
        }

        var scoredPairs = ScoredPairs(distinct, predicted, testimonyIndex);
        var multi = distinct
            .GroupBy(i => i.GoldIncident, StringComparer.Ordinal)
            .Count(g => g.Select(i => i.TestimonyId).Distinct(StringComparer.Ordinal).Count() >= 2);
        return new LinkingScores
        {
            Pairwise = new MatchCounts(
                checked((int)bothPairs),
                checked((int)(predictedPairs - bothPairs)),
                checked((int)(goldPairs - bothPairs))),
            BCubedPrecision = distinct.Count == 0 ? null : precisionSum / distinct.Count,
            BCubedRecall = distinct.Count == 0 ? null : recallSum / distinct.Count,
            ItemCount = distinct.Count,
            MultiTestimonyIncidents = multi,

            // Items are distinct per testimony and gold incident, so two items of one testimony in one predicted
            // incident are always a false pair: two events the testimony tells put in one incident.
            SameTestimonyFalsePairs = checked((int)testimonySize.Values.Sum(Pairs)),
            PairwiseF1Interval = LinkingIntervals.PairwiseF1(testimonyIndex.Count, scoredPairs),
            BCubedF1Interval = LinkingIntervals.BCubedF1(testimonyIndex.Count, ClusteredItems(distinct, predicted, testimonyIndex)),
            ByTestimonyPair = ByTestimonyPair(scoredPairs, [.. testimonyIndex.Keys]),
            Testimonies = [.. testimonyIndex.Keys],
        };
    }

    // The pairs gold or the prediction puts in one incident; every other pair counts towards no figure.
    private static List<LinkingIntervals.ScoredPair> ScoredPairs(
        List<LinkingItem> items,
        string[] predicted,
        Dictionary<string, int> testimonyIndex)
    {
        var pairs = new List<LinkingIntervals.ScoredPair>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var gold = string.Equals(items[i].GoldIncident, items[j].GoldIncident, StringComparison.Ordinal);
                var together = string.Equals(predicted[i], predicted[j], StringComparison.Ordinal);
                if (gold || together)
                {
                    pairs.Add(new LinkingIntervals.ScoredPair(
                        testimonyIndex[items[i].TestimonyId], testimonyIndex[items[j].TestimonyId], gold, together));
                }
            }
        }

        return pairs;
    }

    private static ImmutableArray<TestimonyPairCounts> ByTestimonyPair(List<LinkingIntervals.ScoredPair> pairs, string[] testimonies) =>
        [.. LinkingIntervals.Count(pairs).Select(p => new TestimonyPairCounts(testimonies[p.First], testimonies[p.Second], p.Counts))];

    private static List<LinkingIntervals.ClusteredItem> ClusteredItems(
        List<LinkingItem> items,
        string[] predicted,
        Dictionary<string, int> testimonyIndex)
    {
        var goldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var clustered = new List<LinkingIntervals.ClusteredItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (!goldIndex.TryGetValue(items[i].GoldIncident, out var gold))
            {
                goldIndex[items[i].GoldIncident] = gold = goldIndex.Count;
            }

            if (!predictedIndex.TryGetValue(predicted[i], out var cluster))
            {
                predictedIndex[predicted[i]] = cluster = predictedIndex.Count;
            }

            clustered.Add(new LinkingIntervals.ClusteredItem(testimonyIndex[items[i].TestimonyId], gold, cluster));
        }

        return clustered;
    }

    private static long Pairs(int size) => (long)size * (size - 1) / 2;
}
