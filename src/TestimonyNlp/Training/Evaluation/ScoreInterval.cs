using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>The 2.5th and 97.5th percentiles of a figure over bootstrap draws; null bounds when no draw had it.</summary>
/// <param name="Low">The 2.5th percentile.</param>
/// <param name="High">The 97.5th percentile.</param>
public readonly record struct ScoreInterval(double? Low, double? High)
{
    /// <summary>The percentiles of <paramref name="scores"/> (nearest rank; the list is sorted in place).</summary>
    public static ScoreInterval Of(List<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return new ScoreInterval(null, null);
        }

        scores.Sort();
        return new ScoreInterval(scores[Rank(scores.Count, 0.025)], scores[Rank(scores.Count, 0.975)]);
    }

    /// <summary><c>0.780-0.841</c>, or <c>-</c> when there is no score.</summary>
    public override string ToString() => Low is null ? "-" : TextTable.Score(Low) + "-" + TextTable.Score(High);

    /// <summary>Writes the interval as <c>"name": [low, high]</c>, or null.</summary>
    public void WriteJson(Utf8JsonWriter writer, string name)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Low is not { } low || High is not { } high)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        writer.WriteNumberValue(Math.Round(low, 6));
        writer.WriteNumberValue(Math.Round(high, 6));
        writer.WriteEndArray();
    }

    // Nearest rank: the smallest value with at least the share p of the draws at or below it.
    private static int Rank(int count, double p) => Math.Clamp((int)Math.Ceiling(p * count) - 1, 0, count - 1);
}
