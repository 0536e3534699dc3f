using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>
/// Writes the reviewed data of a store as CSV (the columns of CONTRACT.md, as <see cref="CsvExporter"/> writes
/// them): <c>testimonies.csv</c>, <c>entities.csv</c>, <c>claims.csv</c> and <c>incidents.csv</c>, optionally with
/// every person name replaced by a stable pseudonym, for sharing outside the team.
/// </summary>
/// <remarks>
/// Only current (not superseded) testimonies and their entities and claims are written; rejected entities and
/// claims are left out; values are the reviewed ones, and <c>review_status</c> says which rows a reviewer
/// accepted or corrected (the same columns as <see cref="CsvExporter"/> writes); a claim whose incident link a reviewer
/// rejected gives the incident it is in now (its own, or another one after linking again). In <c>testimonies.csv</c> the
/// entity and claim counts are those of the rows written. With a <see cref="Pseudonymiser"/>, a PERSON entity's
/// text and normalised name become the pseudonym of its normalised name (else its text), and every surface of a
/// person named anywhere in the store is replaced inside claim quotes; testimony ids, sources and all other
/// values are kept. Each file is written under a temporary name and then moved over the old one.
/// </remarks>
public sealed class ReviewedCsvExport
{
    /// <summary>Writes the four files into <paramref name="directory"/>, creating it when missing.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="pseudonymiser">Replaces person names when given; null keeps them.</param>
    /// <exception cref="IOException">A file could not be written.</exception>
    public ReviewedCsvSummary Export(
        ITestimonyStore store, string directory, Pseudonymiser? pseudonymiser = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        var entities = store.ReadEntities().Where(e => e.ReviewStatus != StoreVocabulary.Rejected).ToList();
        var claims = store.ReadClaims().Where(c => c.ReviewStatus != StoreVocabulary.Rejected).ToList();
        var persons = entities.Where(e => e.Mention.Type == EntityType.Person).ToList();
        var names = pseudonymiser is null
            ? null
            : PseudonymNames.Collect(persons.Select(e => (e.Mention.Text, e.Mention.Normalized)), pseudonymiser);
        var pseudonyms = pseudonymiser is null
            ? 0
            : persons.Select(e => pseudonymiser.For(PseudonymNames.PersonKey(e.Mention.Text, e.Mention.Normalized)))
                .Distinct(StringComparer.Ordinal).Count();

        Directory.CreateDirectory(directory);
        var entityCounts = entities.CountBy(e => e.TestimonyRowId).ToDictionary();
        var claimCounts = claims.CountBy(c => c.TestimonyRowId).ToDictionary();
        var testimonies = CsvFiles.WriteAtomically(directory, CsvExporter.FileNames.Testimonies, stream =>
            WriteTestimonies(store, stream, entityCounts, claimCounts));
        var entityRows = CsvFiles.WriteAtomically(directory, CsvExporter.FileNames.Entities, stream =>
            WriteEntities(entities, stream, pseudonymiser));
        var claimRows = CsvFiles.WriteAtomically(directory, CsvExporter.FileNames.Claims, stream =>
            WriteClaims(claims, stream, names));
        var incidents = CsvFiles.WriteAtomically(directory, CsvExporter.FileNames.Incidents, stream =>
            WriteIncidents(store, stream, claims));
        return new ReviewedCsvSummary(directory, testimonies, entityRows, claimRows, incidents, pseudonyms);
    }

    private static long WriteTestimonies(
        ITestimonyStore store, Stream stream, Dictionary<long, int> entityCounts, Dictionary<long, int> claimCounts)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(CsvExporter.Headers.Testimonies);
        long rows = 0;
        foreach (var testimony in store.ReadTestimonies().Where(t => t.Status != TestimonyStatus.Superseded))
        {
            CsvFiles.WriteTestimony(
                csv, testimony, entityCounts.GetValueOrDefault(testimony.RowId), claimCounts.GetValueOrDefault(testimony.RowId));
            rows++;
        }

        return rows;
    }

    private static long WriteEntities(List<StoredEntity> entities, Stream stream, Pseudonymiser? pseudonymiser)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(CsvExporter.Headers.Entities);
        foreach (var stored in entities)
        {
            var entity = stored.Mention;
            var text = entity.Text;
            var normalized = entity.Normalized;
            if (pseudonymiser is not null && entity.Type == EntityType.Person)
            {
                text = pseudonymiser.For(PseudonymNames.PersonKey(entity.Text, entity.Normalized));
                normalized = normalized is null ? null : text;
            }

            csv.WriteField(entity.Id);
            csv.WriteField(stored.TestimonyId);
            csv.WriteField(stored.Source);
            csv.WriteField(entity.Type.ToWire());
            csv.WriteField(text);
            CsvFiles.WriteNumber(csv, entity.Start);
            CsvFiles.WriteNumber(csv, entity.End);
            csv.WriteField(normalized);
            csv.WriteField(entity.Category?.ToWire());
            csv.WriteField(entity.Confidence, CsvExporter.Defaults.ConfidenceFormat);
            csv.WriteField(stored.ReviewStatus);
            csv.EndRecord();
        }

        return entities.Count;
    }

    private static long WriteClaims(
        List<StoredClaim> claims, Stream stream, PseudonymNames? names)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(CsvExporter.Headers.Claims);
        foreach (var stored in claims)
        {
            var quote = CsvFiles.QuoteOf(stored.Claim);
            CsvFiles.WriteClaim(
                csv,
                stored,
                stored.IncidentId,
                names is null ? quote : names.Replace(quote));
            csv.EndRecord();
        }

        return claims.Count;
    }

    private static long WriteIncidents(ITestimonyStore store, Stream stream, List<StoredClaim> claims)
    {
        var reviews = new Dictionary<string, CsvExporter.IncidentReview>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.IncidentId is { } incidentId)
            {
                reviews[incidentId] = reviews.GetValueOrDefault(incidentId).With(claim.LinkReviewStatus);
            }
        }

        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(CsvExporter.Headers.Incidents);
        long rows = 0;
        foreach (var incident in store.ReadIncidents())
        {
            CsvFiles.WriteIncident(csv, incident, reviews.GetValueOrDefault(incident.IncidentId).Status);
            rows++;
        }

        return rows;
    }

}
