using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TestimonyNlp.Store;

/// <summary>
/// The reviewable fields of one item, as the audit log keeps them before and after a change. Entities and claims
/// use type, span, normalised form and category (for a claim: harm, first evidence span, null, weapon), claims also
/// their actor; incident links use the incident id; sites their coordinates and precision (and the site name as
/// <see cref="Type"/>, which the log does not keep).
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
    /// <summary>A claim's actor: an entity id or a reviewer's name for it.</summary>
    public string? Actor { get; init; }

    /// <summary>True for a claim read from a log entry written before actors were kept: its actor is unknown, and an
    /// undo leaves the current one.</summary>
    public bool ActorUnrecorded { get; init; }

    /// <summary>A site's latitude.</summary>
    public double? Lat { get; init; }

    /// <summary>A site's longitude.</summary>
    public double? Lon { get; init; }

    /// <summary>A site's precision (wire name).</summary>
    public string? Precision { get; init; }

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
            else if (kind == ReviewItemKind.Site)
            {
                WriteNullable(writer, "lat", Lat);
                WriteNullable(writer, "lon", Lon);
                WriteNullable(writer, "precision", Precision);
            }
            else
            {
                WriteNullable(writer, "type", Type);
                writer.WriteNumber("start", Start);
                writer.WriteNumber("end", End);
                WriteNullable(writer, "normalized", Normalized);
                WriteNullable(writer, "category", Category);
                if (kind == ReviewItemKind.Claim)
                {
                    WriteNullable(writer, "actor", Actor);
                }
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

            if (kind == ReviewItemKind.Site)
            {
                if (!TryGetNullableDouble(root, "lat", out var lat)
                    || !TryGetNullableDouble(root, "lon", out var lon)
                    || !TryGetNullableString(root, "precision", out var precision))
                {
                    return false;
                }

                snapshot = new ReviewSnapshot(null, 0, 0, null, null, null, status.GetString()!)
                {
                    Lat = lat,
                    Lon = lon,
                    Precision = precision,
                };
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

            string? actor = null;
            var actorUnrecorded = kind == ReviewItemKind.Claim && !root.TryGetProperty("actor", out _);
            if (kind == ReviewItemKind.Claim && !actorUnrecorded && !TryGetNullableString(root, "actor", out actor))
            {
                return false;
            }

            snapshot = new ReviewSnapshot(type, startValue, endValue, normalized, category, null, status.GetString()!)
            {
                Actor = actor,
                ActorUnrecorded = actorUnrecorded,
            };
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

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static bool TryGetNullableDouble(JsonElement root, string name, out double? value)
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

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var number))
        {
            return false;
        }

        value = number;
        return true;
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
