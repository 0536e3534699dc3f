using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>The JSON texts the store keeps in list columns: arrays of strings, and the evidence arrays the claim
/// reader aggregates as <c>[[start, end, quote], ...]</c>.</summary>
internal static class StoredJson
{
    /// <summary>The JSON text of an empty list.</summary>
    public const string EmptyArray = "[]";

    /// <summary>Writes strings as a JSON array.</summary>
    public static string WriteStrings(ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return EmptyArray;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a JSON array of strings; false when the text is not one.</summary>
    public static bool TryReadStrings(string? json, out ImmutableArray<string> values) =>
        TryReadArray(json, ReadString, out values);

    /// <summary>Reads <c>[[start, end, quote], ...]</c>; false when the text is not that.</summary>
    public static bool TryReadEvidence(string? json, out ImmutableArray<Evidence> evidence) =>
        TryReadArray(json, ReadEvidence, out evidence);

    // Reads one item whose first token the reader is on; false when it is not one.
    private delegate bool ItemReader<T>(ref Utf8JsonReader reader, out T item);

    // A list column's text: a JSON array of items, and nothing else.
    private static bool TryReadArray<T>(string? json, ItemReader<T> readItem, out ImmutableArray<T> items)
    {
        items = [];
        if (json is null)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            var builder = ImmutableArray.CreateBuilder<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (!readItem(ref reader, out var item))
                {
                    return false;
                }

                builder.Add(item);
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }

            items = builder.ToImmutable();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool ReadString(ref Utf8JsonReader reader, out string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = string.Empty;
            return false;
        }

        value = reader.GetString()!;
        return true;
    }

    // [start, end, quote]
    private static bool ReadEvidence(ref Utf8JsonReader reader, out Evidence evidence)
    {
        evidence = new Evidence(0, 0, string.Empty);
        if (reader.TokenType != JsonTokenType.StartArray
            || !ReadInt(ref reader, out var start) || !ReadInt(ref reader, out var end)
            || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        var quote = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            return false;
        }

        evidence = new Evidence(start, end, quote);
        return true;
    }

    private static bool ReadInt(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }
}
