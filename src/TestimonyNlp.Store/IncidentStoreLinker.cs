using System.Collections.Immutable;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Entities;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>What one incident linking run did.</summary>
/// <param name="Claims">Claims read from the store.</param>
/// <param name="Witnesses">Distinct witnesses among the current testimonies (two interviews of one person count
/// once).</param>
/// <param name="Incidents">Incidents saved.</param>
/// <param name="Corroborated">Of those, how many are <see cref="IncidentGrade.Corroborated"/>.</param>
/// <param name="Contested">Of those, how many are <see cref="IncidentGrade.Contested"/>.</param>
/// <param name="Retired">Incidents of earlier runs deleted (merged into others or left without claims).</param>
public sealed record IncidentLinkSummary(int Claims, int Witnesses, int Incidents, int Corroborated, int Contested, int Retired);

/// <summary>
/// Links the claims of all current testimonies in a store into incidents and saves them
/// (<see cref="ITestimonyStore.SaveIncidents"/>): reads each claim with its site (set by <see cref="SiteLinker"/>,
/// which must run first), the sites enclosing it, its actor's canonical name, its named victims and the incident it
/// belonged to before; resolves who is speaking in each testimony (<see cref="WitnessKeys"/>); and lets
/// <see cref="IncidentLinker"/> cluster them, keeping the ids of earlier runs.
/// </summary>
public sealed class IncidentStoreLinker
{
    private readonly IncidentLinker _linker;

    /// <summary>Creates a linker that clusters with <paramref name="linker"/>, or with the default options.</summary>
    public IncidentStoreLinker(IncidentLinker? linker = null)
    {
        _linker = linker ?? new IncidentLinker();
    }

    /// <summary>Links every claim in <paramref name="store"/> to its incident and saves the result.</summary>
    /// <exception cref="StoreException">The store could not be read or written.</exception>
    public IncidentLinkSummary Link(ITestimonyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var claims = store.ReadClaims().ToList();

        // A rejected claim is linked into no incident; the others carry the reviewers' verdicts on their links.
        var rejectedLinks = store.ReadRejectedLinks();
        var storedByRow = claims.ToDictionary(c => c.RowId);
        var linkClaims = ReadLinkClaims(
                store, claims.Where(c => c.ReviewStatus != StoreVocabulary.Rejected).ToList(), out var witnessKeys, null, null, cancellationToken)
            .Select(c => WithVerdicts(c, storedByRow, rejectedLinks))
            .ToList();
        var prior = store.ReadIncidents()
            .Select(i => new PriorIncident(i.IncidentId, i.PreviousIds.IsDefault ? [] : i.PreviousIds))
            .ToList();
        var storedIds = prior.Select(p => p.IncidentId).ToHashSet(StringComparer.Ordinal);

        // Deleted incidents take part as prior incidents without claims: the linker then numbers new incidents
        // past them instead of giving a new event the id an old one had.
        var tombstones = store.ReadRetiredIncidentIds()
            .Where(id => !storedIds.Contains(id))
            .Select(id => new PriorIncident(id, []));
        var result = _linker.Link(linkClaims, [.. prior, .. tombstones], cancellationToken);

        var incidentOf = new Dictionary<long, string>();
        var incidents = new List<StoredIncident>(result.Incidents.Length);
        foreach (var incident in result.Incidents)
        {
            incidents.Add(ToStored(incident));
            foreach (var key in incident.ClaimKeys)
            {
                incidentOf[key] = incident.IncidentId;
            }
        }

        // Every earlier id that names no incident now goes, whether or not the linker listed it, so that no row
        // outlives its claims.
        var kept = incidents.Select(i => i.IncidentId).ToHashSet(StringComparer.Ordinal);
        var retired = result.RetiredIds
            .Concat(storedIds)
            .Where(id => !kept.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var claimIncidents = claims
            .Select(c => new ClaimIncident(c.RowId, incidentOf.GetValueOrDefault(c.RowId)))
            .ToList();
        store.SaveIncidents(incidents, claimIncidents, retired);

        return new IncidentLinkSummary(
            claims.Count,
            witnessKeys.Values.Distinct(StringComparer.Ordinal).Count(),
            incidents.Count,
            incidents.Count(i => i.Grade == IncidentGrade.Corroborated),
            incidents.Count(i => i.Grade == IncidentGrade.Contested),
            retired.Count(storedIds.Contains));
    }

    /// <summary>
    /// Sums up incidents a reviewer changed by hand, as a linking run would: each of <paramref name="incidents"/>
    /// is an id, the row ids of its claims and the ids merged into it; <paramref name="testimonyRowIds"/> are the
    /// row ids of the testimonies of those claims, the only ones read. Witnesses are resolved over those testimonies.
    /// </summary>
    /// <exception cref="ArgumentException">An incident has no claims, or names a claim that is not a current one.</exception>
    /// <exception cref="StoreException">The store could not be read.</exception>
    public static IReadOnlyList<StoredIncident> Summarize(
        ITestimonyStore store,
        IReadOnlyCollection<long> testimonyRowIds,
        IReadOnlyList<(string IncidentId, IReadOnlyList<long> ClaimRowIds, ImmutableArray<string> PreviousIds)> incidents)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(testimonyRowIds);
        ArgumentNullException.ThrowIfNull(incidents);
        var wanted = incidents.SelectMany(i => i.ClaimRowIds).ToHashSet();
        var claims = store.ReadClaims(testimonyRowIds).Where(c => wanted.Contains(c.RowId)).ToList();
        var testimonies = claims.Select(c => c.TestimonyId).ToHashSet(StringComparer.Ordinal);
        var byKey = ReadLinkClaims(store, claims, out _, testimonies, testimonyRowIds, CancellationToken.None).ToDictionary(c => c.Key);
        var summaries = new List<StoredIncident>(incidents.Count);
        foreach (var (incidentId, rowIds, previousIds) in incidents)
        {
            var members = rowIds
                .Select(id => byKey.TryGetValue(id, out var claim)
                    ? claim
                    : throw new ArgumentException("An incident names a claim that is not current.", nameof(incidents)))
                .ToList();
            summaries.Add(ToStored(IncidentLinker.Summarize(incidentId, members, previousIds)));
        }

        return summaries;
    }

    /// <summary>The claims of <paramref name="store"/> that a linking run links, as the linker sees them, without
    /// the reviewers' verdicts (diagnostics).</summary>
    /// <exception cref="StoreException">The store could not be read.</exception>
    public static IReadOnlyList<LinkClaim> ReadLinkClaims(ITestimonyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var claims = store.ReadClaims().Where(c => c.ReviewStatus != StoreVocabulary.Rejected).ToList();
        return ReadLinkClaims(store, claims, out _, null, null, cancellationToken);
    }

    /// <summary><paramref name="claims"/> as the linker sees them, with the witness key of every testimony.</summary>
    private static List<LinkClaim> ReadLinkClaims(
        ITestimonyStore store,
        List<StoredClaim> claims,
        out IReadOnlyDictionary<string, string> witnessKeys,
        IReadOnlySet<string>? only,
        IReadOnlyCollection<long>? testimonyRowIds,
        CancellationToken cancellationToken)
    {
        witnessKeys = ResolveWitnesses(store, only, cancellationToken);
        var sites = store.ReadSites().ToList();
        var ancestors = SiteAncestors(sites);
        var placed = PlacedSites(sites);
        var siteNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            siteNames[site.SiteId] = site.Name;
        }

        var (names, places, people, dates, actors) = EntityNames(testimonyRowIds is null ? store.ReadEntities() : store.ReadEntities(testimonyRowIds));
        var linkClaims = new List<LinkClaim>(claims.Count);
        // Only the text of one testimony is held at a time (for the targets around each claim): claims come
        // grouped by testimony, so each text is read once.
        var contentRowId = long.MinValue;
        var content = string.Empty;
        foreach (var stored in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claim = ToLinkClaim(stored, witnessKeys, ancestors, names);
            if (stored.TestimonyRowId != contentRowId)
            {
                content = store.ReadContent(stored.TestimonyRowId) ?? string.Empty;
                contentRowId = stored.TestimonyRowId;
            }

            var testimonyPlaces = places.GetValueOrDefault(stored.TestimonyRowId) ?? [];
            var testimonyPeople = people.GetValueOrDefault(stored.TestimonyRowId) ?? [];
            var testimonyDates = dates.GetValueOrDefault(stored.TestimonyRowId) ?? [];
            var siteName = stored.Claim.Site is { } siteEntity
                ? testimonyPlaces.Find(p => string.Equals(p.Id, siteEntity, StringComparison.Ordinal)).Folded
                : null;
            (double Lat, double Lon)? point = claim.SiteId is { } siteId && placed.TryGetValue(siteId, out var placedPoint) ? placedPoint : null;
            linkClaims.Add(claim with
            {
                DateCarried = claim.DateFrom is { } from && claim.DateTo is { } to
                    && !ContextDates.Tells(testimonyDates, claim.EvidenceStart, claim.EvidenceEnd, from, to),
                ActorCarried = claim.Actor is not null && stored.Claim.Actor is { } actorId
                    && actors.TryGetValue((stored.TestimonyRowId, actorId), out var actorSpan)
                    && !Told(stored.Claim.Evidence, actorSpan.Start, actorSpan.End),
                ContextPlaces = PlaceNames.Around(
                    testimonyPlaces.Select(p => (p.Folded, p.Start, p.End)), claim.EvidenceStart, claim.EvidenceEnd, siteName, PlaceNames.Defaults.ContextChars),
                EvidencePlaces = PlaceNames.Around(
                    testimonyPlaces.Select(p => (p.Folded, p.Start, p.End)), claim.EvidenceStart, claim.EvidenceEnd, siteName, 0),
                ContextPeople = PlaceNames.Around(
                    testimonyPeople.Select(p => (p.Folded, p.Start, p.End)), claim.EvidenceStart, claim.EvidenceEnd, null, PlaceNames.Defaults.PeopleContextChars),
                ContextDates = ContextDates.Around(testimonyDates, claim.EvidenceStart, claim.EvidenceEnd),
                Targets = TargetLexicon.Around(content, claim.EvidenceStart, claim.EvidenceEnd),
                SiteName = claim.SiteId is { } namedSiteId ? siteNames.GetValueOrDefault(namedSiteId) : null,
                SiteLat = point?.Lat,
                SiteLon = point?.Lon,
            });
        }

        return linkClaims;
    }

    /// <summary>The claim with the reviewers' verdicts on its link: pinned to its incident when the link was
    /// accepted or corrected, kept from the incidents its link to which was rejected.</summary>
    private static LinkClaim WithVerdicts(
        LinkClaim claim, Dictionary<long, StoredClaim> claims, IReadOnlyDictionary<long, ImmutableArray<string>> rejectedLinks)
    {
        var stored = claims[claim.Key];
        var pinned = stored.IncidentId is not null
            && stored.LinkReviewStatus is StoreVocabulary.Accepted or StoreVocabulary.Corrected;
        var rejected = rejectedLinks.GetValueOrDefault(claim.Key, []);
        return pinned || !rejected.IsEmpty
            ? claim with { PinnedIncidentId = pinned ? stored.IncidentId : null, RejectedIncidentIds = rejected }
            : claim;
    }

    /// <summary>The witness key of every current testimony id (of those in <paramref name="only"/>, when given).</summary>
    private static IReadOnlyDictionary<string, string> ResolveWitnesses(
        ITestimonyStore store, IReadOnlySet<string>? only, CancellationToken cancellationToken)
    {
        var evidence = new List<WitnessEvidence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var testimony in store.ReadTestimonies().ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Two current files may carry one testimony id; the first read speaks for both.
            if (testimony.Status == TestimonyStatus.Superseded
                || (only is not null && !only.Contains(testimony.TestimonyId))
                || !seen.Add(testimony.TestimonyId))
            {
                continue;
            }

            var content = store.ReadContent(testimony.RowId) ?? string.Empty;
            var segments = store.ReadSegments(testimony.RowId);
            evidence.Add(WitnessEvidenceReader.Read(testimony.TestimonyId, testimony.Metadata, content, segments));
        }

        return WitnessKeys.Resolve(evidence);
    }

    /// <summary>The coordinates of each site they place within a town (a town's, a district's or a finer place's).</summary>
    private static Dictionary<string, (double Lat, double Lon)> PlacedSites(IEnumerable<StoredSite> sites)
    {
        var placed = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (site is { Lat: { } lat, Lon: { } lon, Precision: <= SitePrecision.District })
            {
                placed[site.SiteId] = (lat, lon);
            }
        }

        return placed;
    }

    /// <summary>The ids of the sites enclosing each site, nearest first.</summary>
    private static Dictionary<string, ImmutableArray<string>> SiteAncestors(IEnumerable<StoredSite> sites)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            parents[site.SiteId] = site.ParentSiteId;
        }

        var ancestors = new Dictionary<string, ImmutableArray<string>>(parents.Count, StringComparer.Ordinal);
        var chain = ImmutableArray.CreateBuilder<string>();
        foreach (var siteId in parents.Keys)
        {
            chain.Clear();
            var parent = parents[siteId];

            // A parent cycle cannot be written by the site linker, but a hand-edited store must not loop forever.
            while (parent is not null && chain.Count < parents.Count && !string.Equals(parent, siteId, StringComparison.Ordinal))
            {
                chain.Add(parent);
                parent = parents.GetValueOrDefault(parent);
            }

            ancestors.Add(siteId, chain.ToImmutable());
        }

        return ancestors;
    }

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) lies within one of the evidence spans:
    /// a mention told in the claim's evidence, not carried from the account around it.</summary>
    internal static bool Told(ImmutableArray<Evidence> evidence, int start, int end)
    {
        foreach (var span in evidence.IsDefault ? [] : evidence)
        {
            if (start >= span.Start && end <= span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical names of the PERSON and ACTOR entities, by testimony row and entity id; and the
    /// PLACE entities of each testimony row (normalised name, else text); and the DATE entities of each testimony row
    /// (their resolved range, from the normalised value); and where each ACTOR entity lies, by testimony row and
    /// entity id.</summary>
    private static (Dictionary<(long TestimonyRowId, string EntityId), string> Names,
        Dictionary<long, List<(string Id, string? Folded, int Start, int End)>> Places,
        Dictionary<long, List<(string Id, string? Folded, int Start, int End)>> People,
        Dictionary<long, List<(DateSpan? Span, int Start, int End)>> Dates,
        Dictionary<(long TestimonyRowId, string EntityId), (int Start, int End)> Actors) EntityNames(IEnumerable<StoredEntity> entities)
    {
        var actors = new Dictionary<(long, string), (int, int)>();
        var dates = new Dictionary<long, List<(DateSpan? Span, int Start, int End)>>();
        var names = new Dictionary<(long, string), string>();
        var places = new Dictionary<long, List<(string Id, string? Folded, int Start, int End)>>();
        var people = new Dictionary<long, List<(string Id, string? Folded, int Start, int End)>>();
        foreach (var entity in entities)
        {
            var mention = entity.Mention;
            if (mention.Type == EntityType.Date)
            {
                if (DateNormaliser.SpanOf(mention) is { } span)
                {
                    if (!dates.TryGetValue(entity.TestimonyRowId, out var spans))
                    {
                        spans = [];
                        dates.Add(entity.TestimonyRowId, spans);
                    }

                    spans.Add((span, mention.Start, mention.End));
                }

                continue;
            }

            if (mention.Type is EntityType.Place or EntityType.Person)
            {
                var byRow = mention.Type == EntityType.Place ? places : people;
                if (!byRow.TryGetValue(entity.TestimonyRowId, out var list))
                {
                    list = [];
                    byRow.Add(entity.TestimonyRowId, list);
                }

                list.Add((mention.Id, PlaceNames.Fold(mention.Normalized ?? mention.Text), mention.Start, mention.End));
                if (mention.Type == EntityType.Place)
                {
                    continue;
                }
            }

            var name = mention.Type switch
            {
                EntityType.Person => mention.Normalized ?? mention.Text,
                EntityType.Actor => mention.Normalized,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                names[(entity.TestimonyRowId, mention.Id)] = name;
            }

            if (mention.Type == EntityType.Actor)
            {
                actors[(entity.TestimonyRowId, mention.Id)] = (mention.Start, mention.End);
            }
        }

        return (names, places, people, dates, actors);
    }

    private static LinkClaim ToLinkClaim(
        StoredClaim stored,
        IReadOnlyDictionary<string, string> witnessKeys,
        Dictionary<string, ImmutableArray<string>> ancestors,
        Dictionary<(long TestimonyRowId, string EntityId), string> names)
    {
        var claim = stored.Claim;
        var victims = claim.Victims ?? new VictimCount(null, null, []);
        var victimNames = ImmutableArray<string>.Empty;
        if (!victims.Named.IsDefaultOrEmpty)
        {
            var named = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var entityId in victims.Named)
            {
                if (names.TryGetValue((stored.TestimonyRowId, entityId), out var name))
                {
                    named.Add(name);
                }
            }

            victimNames = [.. named];
        }

        string? actor = null;
        if (claim.Actor is { } actorId)
        {
            actor = names.GetValueOrDefault((stored.TestimonyRowId, actorId));
        }

        var evidenceStart = 0;
        var evidenceEnd = 0;
        if (!claim.Evidence.IsDefaultOrEmpty)
        {
            evidenceStart = claim.Evidence.Min(e => e.Start);
            evidenceEnd = claim.Evidence.Max(e => e.End);
        }

        return new LinkClaim(
            stored.RowId,
            stored.TestimonyId,
            witnessKeys.GetValueOrDefault(stored.TestimonyId, stored.TestimonyId),
            claim.Harm,
            stored.SiteId,
            stored.SiteId is { } siteId ? ancestors.GetValueOrDefault(siteId, []) : [],
            claim.Date?.From,
            claim.Date?.To,
            claim.Weapon,
            actor,
            victims.Min,
            victims.Max,
            victimNames,
            evidenceStart,
            evidenceEnd,
            stored.IncidentId)
        {
            YearDefaulted = DateYears.Defaulted(claim.Date?.Text, claim.Date?.From, claim.Date?.To),
            DateHourOnly = DateYears.HourOnly(claim.Date?.Text, claim.Date?.From, claim.Date?.To),
            Yearless = claim.Date is null && claim.YearlessDate is { From: { } yearlessFrom, To: { } yearlessTo } && yearlessFrom <= yearlessTo
                ? new DateSpan(yearlessFrom, yearlessTo)
                : null,
        };
    }

    private static StoredIncident ToStored(LinkedIncident incident) =>
        new(
            incident.IncidentId,
            incident.SiteId,
            incident.DateFrom,
            incident.DateTo,
            incident.Weapon,
            incident.Actor,
            incident.VictimsMin,
            incident.VictimsMax,
            incident.Testimonies,
            incident.IndependentSources,
            incident.Grade,
            incident.PreviousIds,
            0)
        {
            Conflicts = incident.Conflicts.IsDefault ? [] : incident.Conflicts,
        };
}
