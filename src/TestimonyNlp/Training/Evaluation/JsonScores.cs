using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>How evaluation sections write scores and match counts in their JSON.</summary>
internal static class JsonScores
{
    /// <summary>Writes match counts as an object: gold, predicted, tp, fp, fn, precision, recall and F1.</summary>
    public static void WriteCounts(Utf8JsonWriter writer, string name, MatchCounts counts)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("gold", counts.Gold);
        writer.WriteNumber("predicted", counts.Predicted);
        writer.WriteNumber("tp", counts.TruePositives);
        writer.WriteNumber("fp", counts.FalsePositives);
        writer.WriteNumber("fn", counts.FalseNegatives);
        Write(writer, "precision", counts.Precision);
        Write(writer, "recall", counts.Recall);
        Write(writer, "f1", counts.F1);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="value"/> rounded to six places, or null when there is no score.</summary>
    public static void Write(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
