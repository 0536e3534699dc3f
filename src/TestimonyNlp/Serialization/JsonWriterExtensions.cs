using System.Text.Json;

namespace TestimonyNlp.Serialization;

/// <summary>The writes every JSON format of the project needs for values that may be unknown (null).</summary>
public static class JsonWriterExtensions
{
    /// <summary>Writes <paramref name="value"/>, or null.</summary>
    public static void WriteOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes <paramref name="value"/>, or null.</summary>
    public static void WriteOrNull(this Utf8JsonWriter writer, string name, int? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
