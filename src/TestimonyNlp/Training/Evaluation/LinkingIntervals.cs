namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// How far the pairwise and B-cubed linking F1 could move with another draw of testimonies of the same kind: the 95%
/// percentile intervals of a bootstrap over testimonies. A testimony drawn k times brings k copies of its items; a
/// pair of items of two testimonies drawn k and m times counts k * m times, a pair within one testimony k times, and
/// the copies of one testimony are never paired with each other nor put in one cluster.
/// </summary>
internal static class LinkingIntervals
{
    /// <summary>One scored pair of items: their testimonies (indexes) and whether gold, the prediction or both put
    /// the two in one incident.</summary>
    public readonly record struct ScoredPair(int First, int Second, bool Gold, bool Predicted);

    /// <summary>One item as B-cubed sees it: its testimony, its gold incident and its predicted incident (indexes).</summary>
    public readonly record struct ClusteredItem(int Testimony, int Gold, int Predicted);

    /// <summary>The pairs of two testimonies (indexes; the same one twice for pairs within it) and their counts.</summary>
    public readonly record struct CountedPairs(int First, int Second, MatchCounts Counts);

    /// <summary>The interval of pairwise F1 over <paramref name="testimonies"/> testimonies, or null for fewer than
    /// two.</summary>
    public static ScoreInterval? PairwiseF1(int testimonies, IReadOnlyList<ScoredPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (testimonies < 2)
        {
            return null;
        }

        var counted = Count(pairs);
        var scores = new List<double>(TestimonyDraws.Defaults.Resamples);
        foreach (var drawn in TestimonyDraws.Of(testimonies))
        {
            if (PairwiseF1(counted, drawn) is { } f1)
            {
                scores.Add(f1);
            }
        }

        return ScoreInterval.Of(scores);
    }

    /// <summary>The pairwise F1 of one draw, or null when it holds no pair gold or the prediction puts together.</summary>
    public static double? PairwiseF1(IReadOnlyList<CountedPairs> pairs, int[] drawn)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(drawn);
        long both = 0, predictedOnly = 0, goldOnly = 0;
        foreach (var (first, second, counts) in pairs)
        {
            long weight = first == second ? drawn[first] : (long)drawn[first] * drawn[second];
            both += weight * counts.TruePositives;
            predictedOnly += weight * counts.FalsePositives;
            goldOnly += weight * counts.FalseNegatives;
        }

        var denominator = (2 * both) + goldOnly + predictedOnly;
        return denominator == 0 ? null : 2.0 * both / denominator;
    }

    /// <summary>The scored pairs summed per two testimonies, in the order of the testimonies.</summary>
    public static List<CountedPairs> Count(IReadOnlyList<ScoredPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = new SortedDictionary<(int, int), MatchCounts>();
        foreach (var pair in pairs)
        {
            var key = (Math.Min(pair.First, pair.Second), Math.Max(pair.First, pair.Second));
            var one = new MatchCounts(
                pair.Gold && pair.Predicted ? 1 : 0,
                pair.Predicted && !pair.Gold ? 1 : 0,
                pair.Gold && !pair.Predicted ? 1 : 0);
            counts[key] = counts.GetValueOrDefault(key) + one;
        }

        return [.. counts.Select(c => new CountedPairs(c.Key.Item1, c.Key.Item2, c.Value))];
    }

    /// <summary>The interval of B-cubed F1 over <paramref name="testimonies"/> testimonies, or null for fewer than
    /// two.</summary>
    public static ScoreInterval? BCubedF1(int testimonies, IReadOnlyList<ClusteredItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (testimonies < 2)
        {
            return null;
        }

        var cellIndex = new Dictionary<(int, int), int>();
        var gold = new Clusters(testimonies, items.Count);
        var predicted = new Clusters(testimonies, items.Count);
        var cells = new Clusters(testimonies, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!cellIndex.TryGetValue((item.Gold, item.Predicted), out var cell))
            {
                cellIndex[(item.Gold, item.Predicted)] = cell = cellIndex.Count;
            }

            gold.Add(i, item.Testimony, item.Gold);
            predicted.Add(i, item.Testimony, item.Predicted);
            cells.Add(i, item.Testimony, cell);
        }

        var scores = new List<double>(TestimonyDraws.Defaults.Resamples);
        foreach (var drawn in TestimonyDraws.Of(testimonies))
        {
            gold.Tally(drawn);
            predicted.Tally(drawn);
            cells.Tally(drawn);
            double precision = 0, recall = 0;
            long weight = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var times = drawn[items[i].Testimony];
                if (times == 0)
                {
                    continue;
                }

                double together = cells.SizeAround(i, drawn);
                precision += times * together / predicted.SizeAround(i, drawn);
                recall += times * together / gold.SizeAround(i, drawn);
                weight += times;
            }

            if (weight > 0 && precision + recall > 0)
            {
                precision /= weight;
                recall /= weight;
                scores.Add(2 * precision * recall / (precision + recall));
            }
        }

        return ScoreInterval.Of(scores);
    }

    /// <summary>
    /// One clustering of the items, kept as how many items of each testimony each cluster holds, so that the size of
    /// an item's cluster in a draw is read without copying items: every copy of the other testimonies' members, and
    /// the members of the item's own copy of its testimony.
    /// </summary>
    private sealed class Clusters(int testimonies, int items)
    {
        private readonly Dictionary<(int Cluster, int Testimony), int> _groupIndex = [];
        private readonly List<(int Cluster, int Testimony)> _groups = [];
        private readonly List<int> _groupSize = [];
        private readonly int[] _groupOf = new int[items];
        private readonly Dictionary<int, long> _drawnSize = [];
        private readonly int _testimonies = testimonies;

        public void Add(int item, int testimony, int cluster)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(testimony, _testimonies);
            if (!_groupIndex.TryGetValue((cluster, testimony), out var group))
            {
                _groupIndex[(cluster, testimony)] = group = _groups.Count;
                _groups.Add((cluster, testimony));
                _groupSize.Add(0);
            }

            _groupSize[group]++;
            _groupOf[item] = group;
        }

        public void Tally(int[] drawn)
        {
            _drawnSize.Clear();
            for (var g = 0; g < _groups.Count; g++)
            {
                var (cluster, testimony) = _groups[g];
                _drawnSize[cluster] = _drawnSize.GetValueOrDefault(cluster) + ((long)drawn[testimony] * _groupSize[g]);
            }
        }

        public long SizeAround(int item, int[] drawn)
        {
            var group = _groupOf[item];
            var (cluster, testimony) = _groups[group];
            return _drawnSize[cluster] - ((long)(drawn[testimony] - 1) * _groupSize[group]);
        }
    }
}
