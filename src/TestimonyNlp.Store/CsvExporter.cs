using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>
/// Writes the files of CONTRACT.md from a store: five CSV files (RFC 4180, UTF-8 without byte order mark, CRLF,
/// header row) and <c>sites.geojson</c>.
/// </summary>
/// <remarks>
/// Rows are streamed from the store; only the incident ids and tolls per site are held in memory, for the
/// GeoJSON. Each file is written under a temporary name in the target folder and then moved over the old file,
/// so a crash leaves either the old file or the new one, never half a file. Null values are empty cells;
/// numbers use the invariant culture; dates are <c>yyyy-MM-dd</c>; list cells (aliases, testimonies,
/// previous_ids, conflicts) are joined with <c>;</c>. Superseded testimonies are listed in <c>testimonies.csv</c> with that
/// status, but their entities and claims are not exported. Claims a reviewer rejected are left out of
/// <c>claims.csv</c> (the linker keeps them out of every incident, so they count in no toll); rejected entities
/// stay in <c>entities.csv</c> with <c>review_status</c> <c>REJECTED</c>; <c>testimonies.csv</c> counts every stored
/// entity and claim. Two columns extend claims.csv, <c>review_status</c> (of the claim) and
/// <c>link_review_status</c> (of its incident link), and one extends incidents.csv, <c>review_status</c>:
/// <c>CORRECTED</c> when a reviewer moved any of its claims' links (a merge or split), else <c>ACCEPTED</c> when a
/// reviewer accepted every link, else <c>UNREVIEWED</c>.
/// </remarks>
public sealed class CsvExporter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Keeps names in any script readable instead of \u escapes; HTML-sensitive characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// Writes <c>testimonies.csv</c>, <c>entities.csv</c>, <c>claims.csv</c>, <c>incidents.csv</c>,
    /// <c>sites.csv</c> and <c>sites.geojson</c> into <paramref name="directory"/>, creating it when missing and
    /// replacing files of an earlier export.
    /// </summary>
    /// <remarks>
    /// <c>sites.geojson</c> is a FeatureCollection with one Point feature per site that has coordinates
    /// (<c>[lon, lat]</c>, in that order), in site order; its <c>id</c> and <c>properties.site_id</c> are the site
    /// id, and the properties also hold <c>name</c>, <c>precision</c>, <c>geonames_id</c>, <c>incidents</c> (the
    /// ids of the incidents at the site, in incident order) and <c>toll</c>, an object with the sums over those
    /// incidents: <c>victims_min</c> adds the minimums the incidents give (null when none gives one), and
    /// <c>victims_max</c> adds their maximums, null when any incident has no maximum (its toll is open-ended) or
    /// when there are no incidents.
    /// </remarks>
    /// <param name="store">The store to read.</param>
    /// <param name="directory">The output folder.</param>
    /// <returns>The number of rows written to each file.</returns>
    /// <exception cref="IOException">A file could not be written; files already replaced stay replaced and the
    /// others keep their earlier content.</exception>
    public ExportSummary Export(ITestimonyStore store, string directory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        Directory.CreateDirectory(directory);
        var testimonies = CsvFiles.WriteAtomically(directory, FileNames.Testimonies, stream => WriteTestimonies(store, stream));
        var entities = CsvFiles.WriteAtomically(directory, FileNames.Entities, stream => WriteEntities(store, stream));
        var incidentReviews = new Dictionary<string, IncidentReview>(StringComparer.Ordinal);
        var claims = CsvFiles.WriteAtomically(
            directory, FileNames.Claims, stream => WriteClaims(store, stream, incidentReviews));

        var incidentsBySite = new Dictionary<string, SiteIncidents>(StringComparer.Ordinal);
        var incidents = CsvFiles.WriteAtomically(
            directory, FileNames.Incidents, stream => WriteIncidents(store, stream, incidentReviews, incidentsBySite));
        var sites = CsvFiles.WriteAtomically(directory, FileNames.Sites, stream => WriteSites(store, stream));
        var mapped = CsvFiles.WriteAtomically(
            directory, FileNames.SitesGeoJson, stream => WriteGeoJson(store, stream, incidentsBySite));

        return new ExportSummary(directory, testimonies, entities, claims, incidents, sites, mapped);
    }

    private static long WriteTestimonies(ITestimonyStore store, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(Headers.Testimonies);
        long rows = 0;
        foreach (var testimony in store.ReadTestimonies())
        {
            CsvFiles.WriteTestimony(csv, testimony, testimony.EntityCount, testimony.ClaimCount);
            rows++;
        }

        return rows;
    }

    private static long WriteEntities(ITestimonyStore store, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(Headers.Entities);
        long rows = 0;
        foreach (var stored in store.ReadEntities())
        {
            var entity = stored.Mention;
            csv.WriteField(entity.Id);
            csv.WriteField(stored.TestimonyId);
            csv.WriteField(stored.Source);
            csv.WriteField(entity.Type.ToWire());
            csv.WriteField(entity.Text);
            CsvFiles.WriteNumber(csv, entity.Start);
            CsvFiles.WriteNumber(csv, entity.End);
            csv.WriteField(entity.Normalized);
            csv.WriteField(entity.Category?.ToWire());
            WriteConfidence(csv, entity.Confidence);
            csv.WriteField(stored.ReviewStatus);
            csv.EndRecord();
            rows++;
        }

        return rows;
    }

    private static long WriteClaims(
        ITestimonyStore store, Stream stream, Dictionary<string, IncidentReview> incidentReviews)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(Headers.Claims);
        long rows = 0;
        // A claim a reviewer rejected is kept in the store, marked, but is no evidence: it is not written.
        foreach (var stored in store.ReadClaims().Where(c => c.ReviewStatus != StoreVocabulary.Rejected))
        {
            CsvFiles.WriteClaim(csv, stored, stored.IncidentId, CsvFiles.QuoteOf(stored.Claim));
            csv.EndRecord();
            rows++;
            if (stored.IncidentId is { } incidentId)
            {
                ref var review = ref CollectionsMarshal.GetValueRefOrAddDefault(incidentReviews, incidentId, out _);
                review = review.With(stored.LinkReviewStatus);
            }
        }

        return rows;
    }

    private static long WriteIncidents(
        ITestimonyStore store,
        Stream stream,
        Dictionary<string, IncidentReview> incidentReviews,
        Dictionary<string, SiteIncidents> incidentsBySite)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(Headers.Incidents);
        long rows = 0;
        foreach (var incident in store.ReadIncidents())
        {
            CsvFiles.WriteIncident(csv, incident, incidentReviews.GetValueOrDefault(incident.IncidentId).Status);
            rows++;

            if (incident.SiteId is { } siteId)
            {
                if (!incidentsBySite.TryGetValue(siteId, out var atSite))
                {
                    atSite = new SiteIncidents();
                    incidentsBySite.Add(siteId, atSite);
                }

                atSite.Add(incident);
            }
        }

        return rows;
    }

    private static long WriteSites(ITestimonyStore store, Stream stream)
    {
        using var csv = CsvWriter.Create(stream, CsvFiles.Options, leaveOpen: true);
        csv.WriteHeader(Headers.Sites);
        long rows = 0;
        foreach (var site in store.ReadSites())
        {
            csv.WriteField(site.SiteId);
            csv.WriteField(site.Name);
            csv.WriteField(CsvFiles.Join(site.Aliases));
            csv.WriteField(site.ParentSiteId);
            WriteCoordinate(csv, site.Lat);
            WriteCoordinate(csv, site.Lon);
            csv.WriteField(site.Precision?.ToWire());
            CsvFiles.WriteNumber(csv, site.GeonamesId);
            csv.EndRecord();
            rows++;
        }

        return rows;
    }

    private static long WriteGeoJson(
        ITestimonyStore store, Stream stream, Dictionary<string, SiteIncidents> incidentsBySite)
    {
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long features = 0;
        foreach (var site in store.ReadSites())
        {
            if (site.Lat is not { } lat || site.Lon is not { } lon || !double.IsFinite(lat) || !double.IsFinite(lon))
            {
                continue;
            }

            incidentsBySite.TryGetValue(site.SiteId, out var atSite);
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", site.SiteId);

            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("properties");
            json.WriteString("site_id", site.SiteId);
            json.WriteString("name", site.Name);
            WriteStringOrNull(json, "precision", site.Precision?.ToWire());
            WriteNumberOrNull(json, "geonames_id", site.GeonamesId);
            json.WriteStartArray("incidents");
            if (atSite is not null)
            {
                foreach (var id in atSite.Ids)
                {
                    json.WriteStringValue(id);
                }
            }

            json.WriteEndArray();
            json.WriteStartObject("toll");
            WriteNumberOrNull(json, "victims_min", atSite?.VictimsMin);
            WriteNumberOrNull(json, "victims_max", atSite?.VictimsMax);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteEndObject();
            features++;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return features;
    }

    private static void WriteCoordinate(CsvWriter csv, double? value)
    {
        if (value is { } v)
        {
            // Without a format the writer gives the shortest text that round-trips.
            csv.WriteField(v, default);
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }

    private static void WriteConfidence(CsvWriter csv, double value) =>
        csv.WriteField(value, Defaults.ConfidenceFormat);

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The names of the files an export writes (CONTRACT.md).</summary>
    public static class FileNames
    {
        /// <summary>One row per stored testimony.</summary>
        public const string Testimonies = "testimonies.csv";

        /// <summary>One row per entity of a current testimony.</summary>
        public const string Entities = "entities.csv";

        /// <summary>One row per claim of a current testimony.</summary>
        public const string Claims = "claims.csv";

        /// <summary>One row per incident.</summary>
        public const string Incidents = "incidents.csv";

        /// <summary>One row per site.</summary>
        public const string Sites = "sites.csv";

        /// <summary>One feature per site with coordinates.</summary>
        public const string SitesGeoJson = "sites.geojson";
    }

    /// <summary>Defaults of the export.</summary>
    public static class Defaults
    {
        /// <summary>Confidence is written with up to four decimals.</summary>
        public const string ConfidenceFormat = "0.####";

        /// <summary>Dates are ISO 8601 calendar dates.</summary>
        public const string DateFormat = IsoDate.Format;
    }

    /// <summary>The header rows, in the column order of CONTRACT.md.</summary>
    internal static class Headers
    {
        public static readonly string[] Testimonies =
            ["testimony_id", "source", "content_sha256", "interview_date", "language", "words", "entities", "claims",
             "status"];

        public static readonly string[] Entities =
            ["entity_id", "testimony_id", "source", "type", "text", "start", "end", "normalized", "category",
             "confidence", "review_status"];

        public static readonly string[] Claims =
            ["claim_id", "testimony_id", "source", "incident_id", "site_id", "event", "harm", "victims_min",
             "victims_max", "weapon", "actor", "date_from", "date_to", "basis", "confidence", "quote", "review_status",
             "link_review_status"];

        public static readonly string[] Incidents =
            ["incident_id", "site_id", "date_from", "date_to", "weapon", "actor", "victims_min", "victims_max",
             "testimonies", "independent_sources", "grade", "previous_ids", "conflicts", "review_status"];

        public static readonly string[] Sites =
            ["site_id", "name", "aliases", "parent_site_id", "lat", "lon", "precision", "geonames_id"];
    }

    /// <summary>What reviewers said of one incident's links, gathered claim by claim.</summary>
    internal readonly record struct IncidentReview(int Links, int Accepted, int Corrected)
    {
        /// <summary>The incident's review status (see the class remarks).</summary>
        public string Status =>
            Corrected > 0 ? StoreVocabulary.Corrected
            : Links > 0 && Accepted == Links ? StoreVocabulary.Accepted
            : StoreVocabulary.Unreviewed;

        /// <summary>This with one more link of the given review status.</summary>
        public IncidentReview With(string linkReviewStatus) => new(
            Links + 1,
            Accepted + (linkReviewStatus == StoreVocabulary.Accepted ? 1 : 0),
            Corrected + (linkReviewStatus == StoreVocabulary.Corrected ? 1 : 0));
    }

    /// <summary>The incidents at one site, for its GeoJSON feature.</summary>
    private sealed class SiteIncidents
    {
        private long? _maxSum;
        private bool _maxOpen;

        public List<string> Ids { get; } = [];

        public long? VictimsMin { get; private set; }

        public long? VictimsMax => _maxOpen ? null : _maxSum;

        public void Add(StoredIncident incident)
        {
            Ids.Add(incident.IncidentId);
            if (incident.VictimsMin is { } min)
            {
                VictimsMin = (VictimsMin ?? 0) + min;
            }

            if (incident.VictimsMax is { } max)
            {
                _maxSum = (_maxSum ?? 0) + max;
            }
            else
            {
                _maxOpen = true;
            }
        }
    }
}
