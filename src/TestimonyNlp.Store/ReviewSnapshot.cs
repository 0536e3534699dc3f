using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TestimonyNlp.Store;

/// <summary>
/// The reviewable fields of one item, as the audit log keeps them before and after a change. Entities and claims
/// use type, span, normalised form and category (for a claim: harm, first evidence span, null, weapon); incident
/// links use the incident id.
/// </summary>
internal sealed record ReviewSnapshot(
    string? Type,
    int Start,
    int End,
    string? Normalized,
    string? Category,
    string? IncidentId,
    string ReviewStatus)
{
    // The log is read by people in the history view, so names in Arabic or Ukrainian stay readable; the page
    // escapes what it shows.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The compact JSON of the fields <paramref name="kind"/> has, in a fixed order.</summary>
    public string ToJson(ReviewItemKind kind)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (kind == ReviewItemKind.IncidentLink)
            {
                WriteNullable(writer, "incident_id", IncidentId);
            }
            else
            {
                WriteNullable(writer, "type", Type);
                writer.WriteNumber("start", Start);
                writer.WriteNumber("end", End);
                WriteNullable(writer, "normalized", Normalized);
                WriteNullable(writer, "category", Category);
            }

            writer.WriteString("review_status", ReviewStatus);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote; false when <paramref name="json"/> is not that.</summary>
    public static bool TryParse(string json, ReviewItemKind kind, out ReviewSnapshot snapshot)
    {
        snapshot = null!;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("review_status", out var status) || status.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            if (kind == ReviewItemKind.IncidentLink)
            {
                if (!TryGetNullableString(root, "incident_id", out var incidentId))
                {
                    return false;
                }

                snapshot = new ReviewSnapshot(null, 0, 0, null, null, incidentId, status.GetString()!);
                return true;
            }

            if (!TryGetNullableString(root, "type", out var type)
                || !root.TryGetProperty("start", out var start) || !start.TryGetInt32(out var startValue)
                || !root.TryGetProperty("end", out var end) || !end.TryGetInt32(out var endValue)
                || !TryGetNullableString(root, "normalized", out var normalized)
                || !TryGetNullableString(root, "category", out var category))
            {
                return false;
            }

            snapshot = new ReviewSnapshot(type, startValue, endValue, normalized, category, null, status.GetString()!);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static bool TryGetNullableString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element))
        {
            return false;
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString();
        return true;
    }
}
