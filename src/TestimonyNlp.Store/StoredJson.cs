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
    public static bool TryReadStrings(string? json, out ImmutableArray<string> values)
    {
        values = [];
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

            var builder = ImmutableArray.CreateBuilder<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                builder.Add(reader.GetString()!);
            }

            values = builder.ToImmutable();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads <c>[[start, end, quote], ...]</c>; false when the text is not that.</summary>
    public static bool TryReadEvidence(string? json, out ImmutableArray<Evidence> evidence)
    {
        evidence = [];
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

            var builder = ImmutableArray.CreateBuilder<Evidence>();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                if (!ReadInt(ref reader, out var start) || !ReadInt(ref reader, out var end)
                    || !reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                var quote = reader.GetString()!;
                if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
                {
                    return false;
                }

                builder.Add(new Evidence(start, end, quote));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }

            evidence = builder.ToImmutable();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool ReadInt(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }
}
