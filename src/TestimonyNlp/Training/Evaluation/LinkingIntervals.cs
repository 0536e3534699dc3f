namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// How far the pairwise linking F1 could move with another draw of testimonies of the same kind: the 95% percentile
/// interval of a bootstrap over testimonies. A testimony drawn k times brings k copies of its items; a pair of items of
/// two testimonies drawn k and m times counts k * m times, a pair within one testimony k times, and the copies of
/// one testimony are never paired with each other.
/// </summary>
internal static class LinkingIntervals
{
    /// <summary>One scored pair of items: their testimonies (indexes) and whether gold, the prediction or both put
    /// the two in one incident.</summary>
    public readonly record struct ScoredPair(int First, int Second, bool Gold, bool Predicted);

    /// <summary>The interval of pairwise F1 over <paramref name="testimonies"/> testimonies, or null for fewer than
    /// two.</summary>
    public static ScoreInterval? PairwiseF1(int testimonies, IReadOnlyList<ScoredPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (testimonies < 2)
        {
            return null;
        }

        var scores = new List<double>(TestimonyDraws.Defaults.Resamples);
        foreach (var drawn in TestimonyDraws.Of(testimonies))
        {
            long both = 0, goldOnly = 0, predictedOnly = 0;
            foreach (var pair in pairs)
            {
                long weight = pair.First == pair.Second
                    ? drawn[pair.First]
                    : (long)drawn[pair.First] * drawn[pair.Second];
                if (pair.Gold && pair.Predicted)
                {
                    both += weight;
                }
                else if (pair.Gold)
                {
                    goldOnly += weight;
                }
                else
                {
                    predictedOnly += weight;
                }
            }

            var denominator = 2 * both + goldOnly + predictedOnly;
            if (denominator > 0)
            {
                scores.Add(2.0 * both / denominator);
            }
        }

        return ScoreInterval.Of(scores);
    }
}
