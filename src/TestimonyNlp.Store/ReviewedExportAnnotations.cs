using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Store;

/// <summary>
/// Writes reviewed testimonies as training data in the corpus annotation format: one line of
/// <c>reviewed.jsonl</c> per current testimony with at least one entity or claim a reviewer accepted, corrected
/// or rejected, written by <see cref="GoldJson"/>, and its text as <c>transcripts/&lt;id&gt;.txt</c> beside it.
/// </summary>
/// <remarks>
/// Values are the reviewed ones (corrections live in the entity and claim rows). Rejected entities and claims are
/// left out of the gold fields, and so are references to rejected entities (a named victim, a site, an actor). The
/// gold shape is extended, never changed: each entity and claim also has <c>"review_status"</c> (<c>ACCEPTED</c>,
/// <c>CORRECTED</c> or <c>UNREVIEWED</c>), and each line has <c>"rejected"</c> (<see cref="ReviewedRejections"/>:
/// the rejected entities' spans and types, the rejected claims' harms and evidence spans), so that training learns
/// from a rejection; <see cref="GoldJson.Parse"/> ignores both. A claim whose actor a reviewer gave in their own
/// words (not an entity id of the testimony) has no canonical actor, so its gold <c>actor</c> is null and the words
/// go into <c>"actor_text"</c> beside it, which <see cref="GoldJson.Parse"/> ignores too. The transcript is the
/// store's decoded text in UTF-8, so the offsets point into what the plain-text reader gives back; the line's
/// <c>source</c> names it relative to the export folder, <c>content_sha256</c> is the hash of its bytes, and the
/// testimony's own <c>testimony_id</c> and metadata are kept. Each testimony is its own witness (its id), since the
/// store does not know who spoke. A claim's incident key is its current incident id in the store, or empty when it
/// has none: a claim whose link a reviewer rejected sits in an incident of its own (or, after linking again, in
/// another incident), which is where it is now, so it gets that id.
/// </remarks>
public sealed class ReviewedAnnotationExport
{
    private static readonly JsonSerializerOptions LineOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Writes the export into <paramref name="directory"/>, creating it when missing and replacing
    /// <c>reviewed.jsonl</c> and the transcripts of an earlier export.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="directory">The output folder.</param>
    /// <exception cref="IOException">A file could not be written.</exception>
    public AnnotationExportSummary Export(ITestimonyStore store, string directory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        var entities = store.ReadEntities().ToLookup(e => e.TestimonyRowId);
        var claims = store.ReadClaims().ToLookup(c => c.TestimonyRowId);
        var testimonies = store.ReadTestimonies()
            .Where(t => t.Status != TestimonyStatus.Superseded)
            .Where(t => entities[t.RowId].Any(e => IsReviewed(e.ReviewStatus))
                || claims[t.RowId].Any(c => IsReviewed(c.ReviewStatus)))
            .ToList();

        Directory.CreateDirectory(Path.Combine(directory, CorpusFiles.TranscriptsFolder));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = new StringBuilder();
        var counts = new Counts();
        foreach (var testimony in testimonies)
        {
            var content = store.ReadContent(testimony.RowId) ?? string.Empty;
            var id = UniqueId(testimony.TestimonyId, ids);
            var transcript = $"{CorpusFiles.TranscriptsFolder}/{id}.txt";
            var bytes = new UTF8Encoding(false).GetBytes(content);
            CorpusFiles.WriteAtomically(CorpusFiles.Full(directory, transcript), bytes);

            var (gold, statuses, rejections) = Build(
                testimony, id, transcript, Convert.ToHexStringLower(SHA256.HashData(bytes)), entities[testimony.RowId], claims[testimony.RowId], counts);
            lines.Append(WithReviewStatus(gold, statuses, rejections)).Append('\n');
        }

        var path = Path.Combine(directory, Defaults.FileName);
        CorpusFiles.WriteAtomically(path, new UTF8Encoding(false).GetBytes(lines.ToString()));
        return new AnnotationExportSummary(
            path, testimonies.Count, counts.Entities, counts.Claims, counts.Reviewed, counts.Incomplete, counts.Rejected);
    }

    private static (GoldTestimony Gold, Statuses Statuses, ReviewedRejections Rejections) Build(
        StoredTestimony testimony,
        string id,
        string transcript,
        string sha256,
        IEnumerable<StoredEntity> storedEntities,
        IEnumerable<StoredClaim> storedClaims,
        Counts counts)
    {
        var kept = new List<StoredEntity>();
        foreach (var stored in storedEntities.Where(e => e.ReviewStatus != StoreVocabulary.Rejected))
        {
            if (stored.Mention.Type == EntityType.Weapon && stored.Mention.Category is null)
            {
                counts.Incomplete++;
                continue;
            }

            kept.Add(stored);
        }

        kept.Sort((a, b) => (a.Mention.Start, a.Mention.End).CompareTo((b.Mention.Start, b.Mention.End)));
        var byId = kept.ToDictionary(e => e.Mention.Id, e => e.Mention, StringComparer.Ordinal);
        var allIds = storedEntities.Select(e => e.Mention.Id).ToHashSet(StringComparer.Ordinal);
        var goldEntities = kept.Select(e => new GoldEntity(
            e.Mention.Id,
            e.Mention.Type,
            e.Mention.Text,
            e.Mention.Start,
            e.Mention.End,
            e.Mention.Normalized,
            e.Mention.Type == EntityType.Weapon ? e.Mention.Category : null)).ToImmutableArray();

        var keptClaims = new List<(StoredClaim Stored, GoldClaim Gold)>();
        foreach (var stored in storedClaims.Where(c => c.ReviewStatus != StoreVocabulary.Rejected))
        {
            var claim = stored.Claim;
            if (claim.Basis is not { } basis || claim.Evidence.IsDefaultOrEmpty)
            {
                counts.Incomplete++;
                continue;
            }

            keptClaims.Add((stored, new GoldClaim
            {
                Id = claim.Id,
                Harm = claim.Harm,
                Victims = new VictimCount(
                    claim.Victims.Min,
                    claim.Victims.Max,
                    claim.Victims.Named.IsDefault ? [] : [.. claim.Victims.Named.Where(byId.ContainsKey)]),
                Weapon = claim.Weapon,
                Actor = claim.Actor is { } actor && byId.TryGetValue(actor, out var mention) && mention.Type == EntityType.Actor
                    ? mention.Normalized ?? mention.Text
                    : null,
                Site = claim.Site is { } site && byId.TryGetValue(site, out var place) && place.Type == EntityType.Place
                    ? site
                    : null,
                Date = claim.Date is { } date ? new GoldDate(date.Text, date.From, date.To) : null,
                Basis = basis,
                Evidence = claim.Evidence,
                Incident = stored.IncidentId ?? string.Empty,
            }));
        }

        keptClaims.Sort((a, b) => a.Gold.Evidence[0].Start.CompareTo(b.Gold.Evidence[0].Start));
        var gold = new GoldTestimony
        {
            Id = id,
            Source = transcript,
            TestimonyId = testimony.TestimonyId,
            Metadata = testimony.Metadata,
            Entities = goldEntities,
            Claims = [.. keptClaims.Select(c => c.Gold)],
            Incidents = [.. keptClaims.Select(c => c.Gold.Incident).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)],
            Witness = id,
            ContentSha256 = sha256,
        };

        var statuses = new Statuses(
            [.. kept.Select(e => e.ReviewStatus)],
            [.. keptClaims.Select(c => c.Stored.ReviewStatus)],
            [.. keptClaims.Select(c => c.Stored.Claim.Actor is { } actor && !allIds.Contains(actor) ? actor : null)]);
        var rejections = Rejections(storedEntities, storedClaims);
        counts.Entities += kept.Count;
        counts.Claims += keptClaims.Count;
        counts.Reviewed += statuses.Entities.Count(IsReviewed) + statuses.Claims.Count(IsReviewed);
        counts.Rejected += rejections.Entities.Length + rejections.Claims.Length;
        return (gold, statuses, rejections);
    }

    /// <summary>The rejected entities and claims, in text order; a claim without evidence cannot be placed and is
    /// left out.</summary>
    private static ReviewedRejections Rejections(IEnumerable<StoredEntity> storedEntities, IEnumerable<StoredClaim> storedClaims)
    {
        var entities = storedEntities
            .Where(e => e.ReviewStatus == StoreVocabulary.Rejected)
            .Select(e => new RejectedEntity(e.Mention.Id, e.Mention.Type, e.Mention.Text, e.Mention.Start, e.Mention.End))
            .OrderBy(e => e.Start)
            .ThenBy(e => e.End);
        var claims = storedClaims
            .Where(c => c.ReviewStatus == StoreVocabulary.Rejected && !c.Claim.Evidence.IsDefaultOrEmpty)
            .Select(c => new RejectedClaim(c.Claim.Id, c.Claim.Harm, c.Claim.Evidence))
            .OrderBy(c => c.Evidence[0].Start);
        return new ReviewedRejections([.. entities], [.. claims]);
    }

    /// <summary>The project's gold line with <c>review_status</c> added to each entity and claim, in order,
    /// <c>actor_text</c> to each claim whose actor is a reviewer's own words, and the rejected items under
    /// <c>rejected</c>.</summary>
    private static string WithReviewStatus(GoldTestimony gold, Statuses statuses, ReviewedRejections rejections)
    {
        var line = JsonNode.Parse(GoldJson.Serialize(gold))!.AsObject();
        var entities = line["entities"]!.AsArray();
        for (var i = 0; i < entities.Count; i++)
        {
            entities[i]!.AsObject().Add(Defaults.ReviewStatusField, statuses.Entities[i]);
        }

        var claims = line["claims"]!.AsArray();
        for (var i = 0; i < claims.Count; i++)
        {
            claims[i]!.AsObject().Add(Defaults.ReviewStatusField, statuses.Claims[i]);
            if (statuses.ClaimActorTexts[i] is { } actorText)
            {
                claims[i]!.AsObject().Add(Defaults.ActorTextField, actorText);
            }
        }

        line.Add(ReviewedRejections.Defaults.Field, rejections.ToJson());
        return line.ToJsonString(LineOptions);
    }

    private static bool IsReviewed(string status) => status != StoreVocabulary.Unreviewed;

    /// <summary>
    /// A file-safe corpus id from a testimony id: lower-case ASCII letters and digits, other runs as one hyphen
    /// (<c>DZ-031</c> gives <c>dz-031</c>); a second testimony with the same id gets <c>-2</c>, and so on.
    /// </summary>
    internal static string UniqueId(string testimonyId, HashSet<string> taken)
    {
        var builder = new StringBuilder(testimonyId.Length);
        foreach (var c in testimonyId)
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var stem = builder.ToString().TrimEnd('-');
        if (stem.Length == 0)
        {
            stem = Defaults.FallbackId;
        }

        var id = stem;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return id;
    }

    /// <summary>Defaults of the export.</summary>
    public static class Defaults
    {
        /// <summary>The annotation file in the export folder.</summary>
        public const string FileName = "reviewed.jsonl";

        /// <summary>The field added to each entity and claim.</summary>
        public const string ReviewStatusField = "review_status";

        /// <summary>The field added to a claim whose actor a reviewer gave in their own words, not as an entity.</summary>
        public const string ActorTextField = "actor_text";

        /// <summary>The id of a testimony whose id has no letter or digit.</summary>
        public const string FallbackId = "testimony";
    }

    /// <summary>What the gold line gets beside each kept entity and claim, in their order.</summary>
    private sealed record Statuses(ImmutableArray<string> Entities, ImmutableArray<string> Claims, ImmutableArray<string?> ClaimActorTexts);

    private sealed class Counts
    {
        public int Entities { get; set; }

        public int Claims { get; set; }

        public int Reviewed { get; set; }

        public int Incomplete { get; set; }

        public int Rejected { get; set; }
    }
}
