namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// The draws of a bootstrap over testimonies: each draw takes as many testimonies as there are, with replacement,
/// and is given as how many times each testimony was taken. One seed gives one sequence of draws, so every interval
/// of one evaluation is read off the same draws.
/// </summary>
internal static class TestimonyDraws
{
    /// <summary>Defaults of <see cref="Of"/>.</summary>
    public static class Defaults
    {
        /// <summary>Draws: enough for the 2.5th and 97.5th percentiles to settle in the third decimal.</summary>
        public const int Resamples = 1000;

        /// <summary>A fixed seed, so that one corpus and one set of predictions always print the same interval.</summary>
        public const int Seed = 20261204;
    }

    /// <summary>
    /// <paramref name="resamples"/> draws of <paramref name="testimonies"/> testimonies. The array yielded is reused
    /// from one draw to the next: read it before asking for the next.
    /// </summary>
    public static IEnumerable<int[]> Of(int testimonies, int resamples = Defaults.Resamples, int seed = Defaults.Seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(testimonies, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var random = new Random(seed);
        var taken = new int[testimonies];
        for (var r = 0; r < resamples; r++)
        {
            Array.Clear(taken);
            for (var i = 0; i < testimonies; i++)
            {
                taken[random.Next(testimonies)]++;
            }

            yield return taken;
        }
    }

    /// <summary>The interval of a share (such as geocoding accuracy) whose counts are kept per testimony, or null for
    /// fewer than two testimonies.</summary>
    public static ScoreInterval? Share(IReadOnlyList<Share> byTestimony)
    {
        ArgumentNullException.ThrowIfNull(byTestimony);
        if (byTestimony.Count < 2)
        {
            return null;
        }

        var scores = new List<double>(Defaults.Resamples);
        foreach (var taken in Of(byTestimony.Count))
        {
            if (Sum(byTestimony, taken).Value is { } share)
            {
                scores.Add(share);
            }
        }

        return ScoreInterval.Of(scores);
    }

    /// <summary>The interval of the micro F1 of counts kept per testimony (such as entity matches), or null for fewer
    /// than two testimonies.</summary>
    public static ScoreInterval? F1(IReadOnlyList<MatchCounts> byTestimony)
    {
        ArgumentNullException.ThrowIfNull(byTestimony);
        if (byTestimony.Count < 2)
        {
            return null;
        }

        var scores = new List<double>(Defaults.Resamples);
        foreach (var taken in Of(byTestimony.Count))
        {
            if (Sum(byTestimony, taken).F1 is { } f1)
            {
                scores.Add(f1);
            }
        }

        return ScoreInterval.Of(scores);
    }

    /// <summary>The counts of one draw: each testimony's counts as many times as it was taken.</summary>
    public static MatchCounts Sum(IReadOnlyList<MatchCounts> byTestimony, int[] taken)
    {
        ArgumentNullException.ThrowIfNull(byTestimony);
        ArgumentNullException.ThrowIfNull(taken);
        long matched = 0, spurious = 0, missed = 0;
        for (var t = 0; t < byTestimony.Count; t++)
        {
            matched += (long)taken[t] * byTestimony[t].TruePositives;
            spurious += (long)taken[t] * byTestimony[t].FalsePositives;
            missed += (long)taken[t] * byTestimony[t].FalseNegatives;
        }

        return new MatchCounts(checked((int)matched), checked((int)spurious), checked((int)missed));
    }

    /// <summary>The share of one draw: each testimony's counts as many times as it was taken.</summary>
    public static Share Sum(IReadOnlyList<Share> byTestimony, int[] taken)
    {
        ArgumentNullException.ThrowIfNull(byTestimony);
        ArgumentNullException.ThrowIfNull(taken);
        long count = 0, total = 0;
        for (var t = 0; t < byTestimony.Count; t++)
        {
            count += (long)taken[t] * byTestimony[t].Count;
            total += (long)taken[t] * byTestimony[t].Total;
        }

        return new Share(checked((int)count), checked((int)total));
    }
}
