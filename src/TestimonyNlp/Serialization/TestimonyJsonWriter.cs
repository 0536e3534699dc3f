using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Serialization;

/// <summary>
/// Writes a <see cref="TestimonyResult"/> as the testimony JSON of CONTRACT.md (one object, no line breaks),
/// extended with the testimony's format, content hash, warnings, segments and decoded content.
/// </summary>
public static class TestimonyJsonWriter
{
    /// <summary>Writer options for JSON Lines: compact, and non-ASCII letters kept as they are.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one testimony object.</summary>
    public static void Write(Utf8JsonWriter writer, TestimonyResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var testimony = result.Testimony;

        writer.WriteStartObject();
        writer.WriteString("source", testimony.Source);
        writer.WriteString("testimony_id", testimony.TestimonyId);
        WriteMetadata(writer, testimony.Metadata);

        writer.WriteStartArray("entities");
        foreach (var entity in result.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("claims");
        foreach (var claim in result.Claims)
        {
            WriteClaim(writer, claim);
        }

        writer.WriteEndArray();

        writer.WriteString("format", testimony.Format);
        writer.WriteString("content_sha256", testimony.ContentSha256);
        writer.WriteNumber("words", result.Words);
        writer.WriteStartArray("warnings");
        foreach (var warning in testimony.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("segments");
        foreach (var segment in testimony.Segments)
        {
            WriteSegment(writer, segment);
        }

        writer.WriteEndArray();
        writer.WriteString("content", testimony.Content);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>metadata</c> object of CONTRACT.md (also the gold corpus's).</summary>
    internal static void WriteMetadata(Utf8JsonWriter writer, TestimonyMetadata metadata)
    {
        writer.WriteStartObject("metadata");
        writer.WriteOrNull("interview_id", metadata.InterviewId);
        writer.WriteOrNull("interview_date", FormatDate(metadata.InterviewDate));
        writer.WriteOrNull("place", metadata.Place);
        writer.WriteOrNull("language", metadata.Language);
        writer.WriteOrNull("interviewer", metadata.Interviewer);
        writer.WriteOrNull("interpreter", metadata.Interpreter);
        writer.WriteOrNull("speaker", metadata.Speaker);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, EntityMention entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("type", entity.Type.ToWire());
        writer.WriteString("text", entity.Text);
        writer.WriteNumber("start", entity.Start);
        writer.WriteNumber("end", entity.End);
        writer.WriteOrNull("normalized", entity.Normalized);
        if (entity.Type == EntityType.Weapon)
        {
            writer.WriteOrNull("category", entity.Category?.ToWire());
        }

        if (entity.Type == EntityType.Place)
        {
            if (entity.Geo is { } geo)
            {
                writer.WriteStartObject("geo");
                writer.WriteNumber("lat", geo.Lat);
                writer.WriteNumber("lon", geo.Lon);
                writer.WriteOrNull("country", geo.Country);
                writer.WriteString("precision", geo.Precision.ToWire());
                if (geo.GeonamesId is { } geonamesId)
                {
                    writer.WriteNumber("geonames_id", geonamesId);
                }
                else
                {
                    writer.WriteNull("geonames_id");
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("geo");
            }
        }

        writer.WriteNumber("confidence", Math.Round(entity.Confidence, 4));
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WriteString("id", claim.Id);
        writer.WriteOrNull("event", claim.Event);
        writer.WriteString("harm", claim.Harm.ToWire());
        WriteVictims(writer, claim.Victims);
        writer.WriteOrNull("weapon", claim.Weapon?.ToWire());
        writer.WriteOrNull("actor", claim.Actor);
        writer.WriteOrNull("site", claim.Site);
        if (claim.Date is { } date)
        {
            WriteDate(writer, date.Text, date.From, date.To);
        }
        else
        {
            writer.WriteNull("date");
        }

        writer.WriteOrNull("basis", claim.Basis?.ToWire());
        if (claim.Evidence.IsDefaultOrEmpty)
        {
            writer.WriteNull("evidence");
        }
        else
        {
            WriteEvidenceSpans(writer, claim.Evidence);
        }

        writer.WriteNumber("confidence", Math.Round(claim.Confidence, 4));
        writer.WriteEndObject();
    }

    /// <summary>Writes a claim's <c>victims</c> object of CONTRACT.md (also the gold corpus's).</summary>
    internal static void WriteVictims(Utf8JsonWriter writer, VictimCount victims)
    {
        writer.WriteStartObject("victims");
        writer.WriteOrNull("min", victims.Min);
        writer.WriteOrNull("max", victims.Max);
        writer.WriteStartArray("named");
        foreach (var id in victims.Named)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a claim's <c>date</c> object of CONTRACT.md (also the gold corpus's, whose text may be null).</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string? text, DateOnly? from, DateOnly? to)
    {
        writer.WriteStartObject("date");
        writer.WriteOrNull("text", text);
        writer.WriteOrNull("from", FormatDate(from));
        writer.WriteOrNull("to", FormatDate(to));
        writer.WriteEndObject();
    }

    /// <summary>Writes a claim's <c>evidence</c> (the first span) and <c>evidence_spans</c> (all of them, at least
    /// one) of CONTRACT.md (also the gold corpus's).</summary>
    internal static void WriteEvidenceSpans(Utf8JsonWriter writer, ImmutableArray<Evidence> spans)
    {
        writer.WritePropertyName("evidence");
        WriteEvidence(writer, spans[0]);
        writer.WriteStartArray("evidence_spans");
        foreach (var evidence in spans)
        {
            WriteEvidence(writer, evidence);
        }

        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", evidence.Start);
        writer.WriteNumber("end", evidence.End);
        writer.WriteString("quote", evidence.Quote);
        writer.WriteEndObject();
    }

    private static void WriteSegment(Utf8JsonWriter writer, Segment segment)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", segment.Start);
        writer.WriteNumber("end", segment.End);
        writer.WriteString("role", segment.Role.ToWire());
        writer.WriteOrNull("speaker", segment.Speaker);
        writer.WriteNumber("turn", segment.Turn);
        writer.WriteOrNull("time_start", FormatTime(segment.TimeStart));
        writer.WriteOrNull("time_end", FormatTime(segment.TimeEnd));
        writer.WriteEndObject();
    }

    /// <summary>Formats a date as ISO <c>yyyy-MM-dd</c>, or null.</summary>
    public static string? FormatDate(DateOnly? date) =>
        IsoDate.ToText(date);

    /// <summary>Formats a timestamp as <c>hh:mm:ss.fff</c>, or null.</summary>
    public static string? FormatTime(TimeSpan? time) =>
        time is { } value
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"{(int)value.TotalHours:00}:{value.Minutes:00}:{value.Seconds:00}.{value.Milliseconds:000}")
            : null;
}
