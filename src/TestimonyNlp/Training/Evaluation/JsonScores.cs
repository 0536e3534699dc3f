using System.Text.Json;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>How evaluation sections write a score in their JSON.</summary>
internal static class JsonScores
{
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
