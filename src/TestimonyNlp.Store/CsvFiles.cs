using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>What every CSV file the store writes shares: the dialect, how cells are written, the incident row, and
/// writing a file under a temporary name before moving it over the old one.</summary>
internal static class CsvFiles
{
    /// <summary>Joins the values of a list cell.</summary>
    public const string ListSeparator = ";";

    /// <summary>RFC 4180 with CRLF, UTF-8 without a byte order mark, invariant culture.</summary>
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes <paramref name="fileName"/> in <paramref name="directory"/> through a temporary file, so
    /// that a failure leaves the old file as it was.</summary>
    public static T WriteAtomically<T>(string directory, string fileName, Func<Stream, T> write)
    {
        var target = Path.Combine(directory, fileName);
        var temporary = Path.Combine(directory, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;

            // No FileStream buffer: the CSV and JSON writers buffer already.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0))
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            return result;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>One testimonies.csv row, in the column order of <c>CsvExporter.Headers.Testimonies</c>, with the entity
    /// and claim counts the export gives.</summary>
    public static void WriteTestimony(CsvWriter csv, StoredTestimony testimony, long entities, long claims)
    {
        csv.WriteField(testimony.TestimonyId);
        csv.WriteField(testimony.Source);
        csv.WriteField(testimony.ContentSha256);
        WriteDate(csv, testimony.Metadata.InterviewDate);
        csv.WriteField(testimony.Metadata.Language);
        WriteNumber(csv, testimony.Words);
        WriteNumber(csv, entities);
        WriteNumber(csv, claims);
        csv.WriteField(testimony.Status.ToWire());
        csv.EndRecord();
    }

    /// <summary>One incidents.csv row, in the column order of <c>CsvExporter.Headers.Incidents</c>;
    /// <paramref name="reviewStatus"/> is what reviewers said of its links.</summary>
    public static void WriteIncident(CsvWriter csv, StoredIncident incident, string reviewStatus)
    {
        csv.WriteField(incident.IncidentId);
        csv.WriteField(incident.SiteId);
        WriteDate(csv, incident.DateFrom);
        WriteDate(csv, incident.DateTo);
        csv.WriteField(incident.Weapon?.ToWire());
        csv.WriteField(incident.Actor);
        WriteNumber(csv, incident.VictimsMin);
        WriteNumber(csv, incident.VictimsMax);
        csv.WriteField(Join(incident.Testimonies));
        WriteNumber(csv, incident.IndependentSources);
        csv.WriteField(incident.Grade.ToWire());
        csv.WriteField(Join(incident.PreviousIds));
        csv.WriteField(Join(incident.Conflicts));
        csv.WriteField(reviewStatus);
        csv.EndRecord();
    }

    /// <summary>The columns of one claims.csv row (CONTRACT.md order, then the claim's and its link's review status),
    /// without ending the record, so that an export can add columns after them. <paramref name="incidentId"/> and <paramref name="quote"/> are written as given.</summary>
    public static void WriteClaim(CsvWriter csv, StoredClaim stored, string? incidentId, string? quote)
    {
        var claim = stored.Claim;
        csv.WriteField(claim.Id);
        csv.WriteField(stored.TestimonyId);
        csv.WriteField(stored.Source);
        csv.WriteField(incidentId);
        csv.WriteField(stored.SiteId);
        csv.WriteField(claim.Event);
        csv.WriteField(claim.Harm.ToWire());
        WriteNumber(csv, claim.Victims?.Min);
        WriteNumber(csv, claim.Victims?.Max);
        csv.WriteField(claim.Weapon?.ToWire());
        csv.WriteField(claim.Actor);
        WriteDate(csv, claim.Date?.From);
        WriteDate(csv, claim.Date?.To);
        csv.WriteField(claim.Basis?.ToWire());
        csv.WriteField(claim.Confidence, CsvExporter.Defaults.ConfidenceFormat);
        csv.WriteField(quote);
        csv.WriteField(stored.ReviewStatus);
        csv.WriteField(stored.LinkReviewStatus);
    }

    /// <summary>The quote of a claim's main evidence span, or null when it has none.</summary>
    public static string? QuoteOf(Claim claim) => claim.Evidence.IsDefaultOrEmpty ? null : claim.Evidence[0].Quote;

    /// <summary>A list cell: the values joined by <see cref="ListSeparator"/>, empty for none.</summary>
    public static string Join(ImmutableArray<string> values) =>
        values.IsDefaultOrEmpty ? string.Empty : string.Join(ListSeparator, values);

    /// <summary>A whole number, or an empty cell for null.</summary>
    public static void WriteNumber(CsvWriter csv, long? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, default);
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }

    /// <summary>An ISO 8601 calendar date, or an empty cell for null.</summary>
    public static void WriteDate(CsvWriter csv, DateOnly? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, CsvExporter.Defaults.DateFormat);
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The original failure matters more than a leftover temporary file.
        }
    }
}
