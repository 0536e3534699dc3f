namespace TestimonyNlp.Store;

/// <summary>
/// The review side of the store: users, the queue of items to review, leases, and versioned corrections written
/// with an audit log. It works on the same database as <see cref="ITestimonyStore"/>, and the corrections it writes
/// are what <see cref="ITestimonyStore.ReadEntities()"/> and <see cref="ITestimonyStore.ReadClaims()"/> give after.
/// </summary>
/// <remarks>
/// An instance is one connection and is not thread-safe; open one per request or thread. Any number of instances
/// on one file may work at once: every change is one transaction guarded by the item's version.
/// </remarks>
public interface IReviewStore : IDisposable
{
    /// <summary>Adds an account.</summary>
    /// <param name="name">The login name; unique regardless of ASCII letter case, not blank, at most
    /// <see cref="ReviewLimits.MaxUserNameLength"/> characters.</param>
    /// <param name="role">What the user may do.</param>
    /// <param name="passwordHash">The hash of the password (never the password itself).</param>
    /// <exception cref="ArgumentException">The name is blank or too long, or the hash is blank.</exception>
    /// <exception cref="StoreException">A user with this name exists already (the message says so and names
    /// the user), or the database refused the write.</exception>
    ReviewUser AddUser(string name, ReviewRole role, string passwordHash);

    /// <summary>The user with this name (regardless of ASCII letter case), or null.</summary>
    ReviewUser? FindUser(string name);

    /// <summary>All users, in the order they were created.</summary>
    IReadOnlyList<ReviewUser> ReadUsers();

    /// <summary>Gives the user another role; false when there is no user with this name.</summary>
    bool SetUserRole(string name, ReviewRole role);

    /// <summary>Replaces the user's password hash (a new password, or a rehash the hasher asked for); false when
    /// there is no user with this name.</summary>
    /// <exception cref="ArgumentException">The hash is blank.</exception>
    bool SetPasswordHash(string name, string passwordHash);

    /// <summary>
    /// A page of the queue: unreviewed items first, then (with <see cref="ReviewQueueFilter.IncludeReviewed"/>)
    /// reviewed ones; within each, lowest confidence band first (floor(confidence * 10)), within a band
    /// <see cref="ReviewItem.Disputed"/> entities first, then lowest confidence first; ties by row id, then entities
    /// before claims before incident links. Only items of current (not superseded) testimonies; sites are not in it.
    /// </summary>
    /// <param name="filter">Which items.</param>
    /// <param name="offset">How many items of the ordered queue to skip (0 or more).</param>
    /// <param name="limit">At most this many items (0 or more).</param>
    IReadOnlyList<ReviewItem> ReadQueue(ReviewQueueFilter filter, int offset, int limit);

    /// <summary>How many items <see cref="ReadQueue"/> would give for <paramref name="filter"/> without paging.</summary>
    int CountQueue(ReviewQueueFilter filter);

    /// <summary>The item as it is now, with its unexpired lease; null when there is no such item or its testimony
    /// is superseded.</summary>
    ReviewItem? ReadItem(ReviewItemRef item);

    /// <summary>
    /// Leases the item to <paramref name="reviewer"/> until <paramref name="now"/> + <paramref name="duration"/>:
    /// <see cref="ReviewOutcomeKind.Applied"/> when the item had no lease, an expired one, or one of the same
    /// reviewer (which is renewed); <see cref="ReviewOutcomeKind.LeasedToOther"/> (naming the holder) when another
    /// reviewer's lease has not expired; <see cref="ReviewOutcomeKind.NotFound"/> when there is no such item.
    /// </summary>
    ReviewOutcome TryLease(ReviewItemRef item, string reviewer, DateTimeOffset now, TimeSpan duration);

    /// <summary>Ends <paramref name="reviewer"/>'s lease on the item; true when there was one.</summary>
    bool ReleaseLease(ReviewItemRef item, string reviewer);

    /// <summary>
    /// Applies one change in one transaction: refused as <see cref="ReviewOutcomeKind.Stale"/> (with the current
    /// version) when the item's version is not <see cref="ReviewChange.ExpectedVersion"/>, as
    /// <see cref="ReviewOutcomeKind.LeasedToOther"/> when another reviewer holds an unexpired lease, as
    /// <see cref="ReviewOutcomeKind.Invalid"/> when the change does not fit the item; otherwise writes it, bumps
    /// the version by one, sets the review status and appends an <see cref="AuditEntry"/> with the state before
    /// and after. A refused change writes nothing.
    /// </summary>
    /// <param name="change">The change.</param>
    /// <param name="reviewer">Who makes it (the logged-in user's name); the caller checks the role.</param>
    /// <param name="now">When; recorded in the audit log and compared with leases.</param>
    ReviewOutcome Apply(ReviewChange change, string reviewer, DateTimeOffset now);

    /// <summary>The audit entries of the item, oldest first.</summary>
    IReadOnlyList<AuditEntry> ReadHistory(ReviewItemRef item);

    /// <summary>The audit entries of all items with an id above <paramref name="afterId"/>, oldest first, at most
    /// <paramref name="limit"/> of them: pass the last id read to read on.</summary>
    IReadOnlyList<AuditEntry> ReadAudit(long afterId, int limit);

    /// <summary>A page of the incidents, by id number, only those of <paramref name="grade"/> when given.</summary>
    /// <param name="grade">Which grade, or null for all.</param>
    /// <param name="offset">How many to skip (0 or more).</param>
    /// <param name="limit">At most this many (0 or more).</param>
    IReadOnlyList<StoredIncident> ReadIncidents(Model.IncidentGrade? grade, int offset, int limit);

    /// <summary>How many incidents <see cref="ReadIncidents"/> would give without paging.</summary>
    int CountIncidents(Model.IncidentGrade? grade);

    /// <summary>The incident with its claims and their links' review state, or null when there is no such incident.</summary>
    ReviewIncident? ReadIncident(string incidentId);

    /// <summary>
    /// Merges <see cref="IncidentMerge.SourceId"/> into <see cref="IncidentMerge.TargetId"/> in one transaction:
    /// refused as <see cref="ReviewOutcomeKind.Stale"/> when either incident's version is not the one given, as
    /// <see cref="ReviewOutcomeKind.NotFound"/> or <see cref="ReviewOutcomeKind.Invalid"/>; otherwise every claim
    /// of the source moves to the target, its link marked <see cref="StoreVocabulary.Corrected"/> (so that linking
    /// again keeps it there) with one audit entry each, the unreviewed links of the target's own claims are
    /// accepted (one audit entry each: they stay pinned too), the source's id (and its previous ids) go to the target's
    /// previous ids, the source is retired, and the target is summed up again with a new version. Refused as
    /// <see cref="ReviewOutcomeKind.LeasedToOther"/> (naming the holder) when another reviewer holds an unexpired
    /// lease on the incident link of a claim it would move or accept. A refused merge writes nothing.
    /// </summary>
    IncidentOutcome MergeIncidents(IncidentMerge merge, string reviewer, DateTimeOffset now);

    /// <summary>
    /// Moves claims of <see cref="IncidentSplit.IncidentId"/> into a new incident (numbered past every id ever
    /// used) or into <see cref="IncidentSplit.TargetId"/>, in one transaction, guarded by the versions as
    /// <see cref="MergeIncidents"/> is; each moved link is marked <see cref="StoreVocabulary.Corrected"/> with one
    /// audit entry; the unreviewed links of the claims that stay in either incident are accepted (one audit entry
    /// each); both incidents are summed up again. Refused as <see cref="ReviewOutcomeKind.Invalid"/> when a
    /// claim is not in the incident, none is chosen or none would stay, and as
    /// <see cref="ReviewOutcomeKind.LeasedToOther"/> as <see cref="MergeIncidents"/> is. A refused split writes nothing.
    /// </summary>
    IncidentOutcome SplitIncident(IncidentSplit split, string reviewer, DateTimeOffset now);

    /// <summary>
    /// Gives the user another role unless that would leave no admin, in one transaction that holds the write lock
    /// while it counts the admins: of two admins demoting each other at once, one is demoted and the other is told
    /// <see cref="UserRoleOutcome.LastAdmin"/>. <see cref="UserRoleOutcome.NotFound"/> when there is no user with this
    /// name (regardless of ASCII letter case); nothing is changed unless <see cref="UserRoleOutcome.Applied"/>.
    /// </summary>
    /// <exception cref="StoreException">The database refused the write.</exception>
    UserRoleOutcome SetUserRoleKeepingAdmin(string name, ReviewRole role);
}
