using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>
/// Where processed testimonies, their entities and claims, and the sites and incidents linked across them are
/// kept. Writes are idempotent by content hash, so re-running on the same files does no duplicate work.
/// </summary>
/// <remarks>
/// Implementations are not thread-safe: one thread uses a store at a time (the command line saves from a single
/// writer thread). Enumerate a reader to its end, or dispose its enumerator, before the next call.
/// </remarks>
public interface ITestimonyStore : IDisposable
{
    /// <summary>
    /// True when a current (not superseded) testimony with this content hash is stored, so that saving it again
    /// would change nothing and the pipeline can be skipped. Content whose stored version was superseded gives
    /// false: saving it again restores that version.
    /// </summary>
    /// <param name="contentSha256">Lower-case hex SHA-256 of the source bytes.</param>
    bool ContainsContent(string contentSha256);

    /// <summary>
    /// Writes a testimony (content, metadata, segments, warnings), its entities and its claims (with evidence
    /// spans and named victims) all at once: on any failure nothing is written. A testimony whose content hash is
    /// already stored is not written again. A stored testimony with the same source and testimony id but other
    /// content (the transcript was edited) becomes <see cref="TestimonyStatus.Superseded"/>.
    /// </summary>
    /// <exception cref="StoreException">The database refused the write (for example two entities with the same
    /// id); nothing of the testimony was written.</exception>
    SaveOutcome Save(TestimonyResult result);

    /// <summary>Counts what the store holds.</summary>
    StoreCounts GetCounts();

    /// <summary>All testimonies, superseded ones included, in insertion order.</summary>
    IEnumerable<StoredTestimony> ReadTestimonies();

    /// <summary>The decoded text of the testimony with row id <paramref name="testimonyRowId"/>, or null when
    /// there is no such testimony.</summary>
    string? ReadContent(long testimonyRowId);

    /// <summary>The segments (speaker turns and cues) of the testimony with row id <paramref name="testimonyRowId"/>,
    /// in text order; empty when there is no such testimony.</summary>
    IReadOnlyList<Segment> ReadSegments(long testimonyRowId);

    /// <summary>The entities of testimonies that are not superseded, by testimony insertion order, then in the
    /// order they were written.</summary>
    IEnumerable<StoredEntity> ReadEntities();

    /// <summary>The claims of testimonies that are not superseded, by testimony insertion order, then in the order
    /// they were written.</summary>
    IEnumerable<StoredClaim> ReadClaims();

    /// <summary>The entities of the testimonies with these row ids that are not superseded, in the order of
    /// <see cref="ReadEntities()"/>.</summary>
    IEnumerable<StoredEntity> ReadEntities(IReadOnlyCollection<long> testimonyRowIds);

    /// <summary>The claims of the testimonies with these row ids that are not superseded, in the order of
    /// <see cref="ReadClaims()"/>.</summary>
    IEnumerable<StoredClaim> ReadClaims(IReadOnlyCollection<long> testimonyRowIds);

    /// <summary>All incidents, in the order they were created.</summary>
    IEnumerable<StoredIncident> ReadIncidents();

    /// <summary>Ids of the incidents <see cref="SaveIncidents"/> deleted and that were not saved again since, in
    /// ordinal order: a linker must not give them to new incidents.</summary>
    IReadOnlyList<string> ReadRetiredIncidentIds();

    /// <summary>For each claim a reviewer said is not part of an incident (its link rejected, and that rejection
    /// not undone), the ids of those incidents, ordinal order; keyed by the claim's row id. The incident linker
    /// never puts such a claim into one of them again.</summary>
    IReadOnlyDictionary<long, System.Collections.Immutable.ImmutableArray<string>> ReadRejectedLinks();

    /// <summary>All sites, in the order they were created.</summary>
    IEnumerable<StoredSite> ReadSites();

    /// <summary>
    /// Saves the result of site linking in one transaction: upserts <paramref name="sites"/> on their site id
    /// (an existing row keeps its row and id, takes the new name, coordinates, parent and precision, and keeps
    /// every spelling it had as an alias), then sets the site id of each claim in <paramref name="claimSites"/>.
    /// Sites that are not given are left as they are. On any failure nothing is written.
    /// </summary>
    /// <param name="sites">The sites; their <see cref="StoredSite.Version"/> is ignored. A parent must be among
    /// them or already stored; the order does not matter.</param>
    /// <param name="claimSites">The site of each claim to update.</param>
    /// <exception cref="StoreException">The database refused the write (for example a parent that is neither
    /// given nor stored); nothing was written.</exception>
    void SaveSites(IReadOnlyList<StoredSite> sites, IReadOnlyList<ClaimSite> claimSites);

    /// <summary>
    /// Saves the result of incident linking in one transaction: upserts <paramref name="incidents"/> on their
    /// incident id (a stored row's version goes up only when one of its values changes), sets the incident id of
    /// each claim in <paramref name="claimIncidents"/> (a claim moved into another incident gets link status
    /// <c>UNREVIEWED</c>, since a verdict on its link was about the incident it named), then deletes the incidents in <paramref name="retiredIds"/>
    /// (claims still pointing at one lose their incident id) and remembers their ids
    /// (<see cref="ReadRetiredIncidentIds"/>). Incidents that are neither given nor retired are left
    /// as they are. On any failure nothing is written.
    /// </summary>
    /// <param name="incidents">The incidents; their <see cref="StoredIncident.Version"/> is ignored.</param>
    /// <param name="claimIncidents">The incident of each claim to update.</param>
    /// <param name="retiredIds">Ids of incidents that no longer exist (merged into others or left without
    /// claims); ids that are not stored are ignored.</param>
    /// <exception cref="ArgumentException">An id is both given and retired.</exception>
    /// <exception cref="StoreException">The database refused the write (for example a site id that is not
    /// stored); nothing was written.</exception>
    void SaveIncidents(
        IReadOnlyList<StoredIncident> incidents,
        IReadOnlyList<ClaimIncident> claimIncidents,
        IReadOnlyList<string> retiredIds);
}
