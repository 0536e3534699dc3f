using System.Globalization;
using Microsoft.Data.Sqlite;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>
/// The review side of the SQLite store, on the same file as <see cref="SqliteTestimonyStore"/>. Opening it applies
/// pending schema migrations. One instance is one connection; open one per request or thread (WAL and a busy
/// timeout let them work at once).
/// </summary>
public sealed partial class SqliteReviewStore : IReviewStore
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly SqliteFailures _sqlite;
    private readonly TimeProvider _time;
    private bool _disposed;

    private SqliteReviewStore(SqliteConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        _path = path;
        _sqlite = new SqliteFailures(path);
        _time = time;
    }

    /// <summary>
    /// Opens the store at <paramref name="path"/> as <see cref="SqliteTestimonyStore.Open(string)"/> does (creating
    /// the file on first use and migrating an older one).
    /// </summary>
    /// <param name="path">The database file, as the user gave it (it names the file in error messages).</param>
    /// <param name="time">The clock for account creation times and for which leases have expired when reading;
    /// the system clock by default. Changes and leases take their time as an argument.</param>
    /// <exception cref="StoreException">The file is not a testimony store, is of a newer schema, or cannot be
    /// opened.</exception>
    public static SqliteReviewStore Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = SqliteTestimonyStore.OpenConnection(path, out _);
        return new SqliteReviewStore(connection, path, time ?? TimeProvider.System);
    }

    /// <inheritdoc/>
    public ReviewUser AddUser(string name, ReviewRole role, string passwordHash)
    {
        CheckUserName(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }

        var createdAt = Truncate(_time.GetUtcNow());
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO users (name, role, password_hash, created_at)
            VALUES ($name, $role, $password_hash, $created_at)
            RETURNING id
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$role", role.ToWire());
        command.Parameters.AddWithValue("$password_hash", passwordHash);
        command.Parameters.AddWithValue("$created_at", Timestamp(createdAt));
        try
        {
            var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            return new ReviewUser(id, name, role, passwordHash, createdAt);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteErrorCodes.ConstraintUnique)
        {
            throw new StoreException($"{_path}: a user named {name} already exists", exception);
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write("the user was not added", exception);
        }
    }

    /// <inheritdoc/>
    public ReviewUser? FindUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadUsersWhere("WHERE name = $name", name).SingleOrDefault();
    }

    /// <inheritdoc/>
    public IReadOnlyList<ReviewUser> ReadUsers()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadUsersWhere(string.Empty, null);
    }

    /// <inheritdoc/>
    public bool SetUserRole(string name, ReviewRole role)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }

        return UpdateUser("role", role.ToWire(), name);
    }

    /// <inheritdoc/>
    public bool SetPasswordHash(string name, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return UpdateUser("password_hash", passwordHash, name);
    }

    /// <inheritdoc/>
    public IReadOnlyList<ReviewItem> ReadQueue(ReviewQueueFilter filter, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ObjectDisposedException.ThrowIf(_disposed, this);

        // The page is cut from the compound itself, ordered as the queue indexes are, so that SQLite merges the
        // legs in index order and stops after the page; only then are the leases of the page looked up.
        using var command = QueueCommand(filter,
            """
            SELECT q.kind, q.row_id, q.testimony_row_id, q.testimony_id, q.label, q.start, q."end", q.confidence,
                q.review_status, q.version, q.normalized, q.category, q.incident_id, l.reviewer, l.expires_at,
                q.disputed, q.entity_id, q.actor
            FROM (
                {queue}
                ORDER BY reviewed, queue_rank, confidence, row_id, kind_order
                LIMIT $limit OFFSET $offset
            ) q
            LEFT JOIN leases l ON l.item_kind = q.kind AND l.item_row_id = q.row_id AND l.expires_at > $now
            ORDER BY q.reviewed, q.queue_rank, q.confidence, q.row_id, q.kind_order
            """);
        if (command is null)
        {
            return [];
        }

        command.Parameters.AddWithValue("$now", Timestamp(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        var items = new List<ReviewItem>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            items.Add(ReadQueueItem(reader));
        }

        return items;
    }

    /// <inheritdoc/>
    public int CountQueue(ReviewQueueFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = QueueCommand(filter, "SELECT count(*) FROM (\n{queue}\n)", countOnly: true);
        if (command is null)
        {
            return 0;
        }

        using var reader = _sqlite.ExecuteReader(command);
        _sqlite.ReadRow(reader);
        return reader.GetInt32(0);
    }

    /// <inheritdoc/>
    public ReviewItem? ReadItem(ReviewItemRef item)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: true);
            var state = ReadState(item, transaction);
            if (state is null)
            {
                return null;
            }

            var lease = ReadLease(item, _time.GetUtcNow(), transaction);
            var site = ReadSiteOf(state, transaction);
            transaction.Commit();
            return ToItem(state, lease) with { Site = site };
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Read(exception);
        }
    }

    /// <inheritdoc/>
    public ReviewOutcome TryLease(ReviewItemRef item, string reviewer, DateTimeOffset now, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ObjectDisposedException.ThrowIf(_disposed, this);

        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var state = ReadState(item, transaction);
            if (state is null)
            {
                return NotFound(item);
            }

            var lease = ReadLease(item, now, transaction);
            if (lease is { } held && held.Reviewer != reviewer)
            {
                return LeasedToOther(item, state.Version, held);
            }

            using var command = NewCommand(transaction,
                """
                INSERT INTO leases (item_kind, item_row_id, reviewer, expires_at)
                VALUES ($kind, $row_id, $reviewer, $expires_at)
                ON CONFLICT (item_kind, item_row_id) DO UPDATE SET
                    reviewer = excluded.reviewer, expires_at = excluded.expires_at
                """);
            command.Parameters.AddWithValue("$kind", KindWire(item.Kind));
            command.Parameters.AddWithValue("$row_id", item.RowId);
            command.Parameters.AddWithValue("$reviewer", reviewer);
            command.Parameters.AddWithValue("$expires_at", Timestamp(now + duration));
            command.ExecuteNonQuery();
            transaction.Commit();
            return new ReviewOutcome(ReviewOutcomeKind.Applied, state.Version, null);
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"the lease on {item} was not taken", exception);
        }
    }

    /// <inheritdoc/>
    public bool ReleaseLease(ReviewItemRef item, string reviewer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText =
            "DELETE FROM leases WHERE item_kind = $kind AND item_row_id = $row_id AND reviewer = $reviewer";
        command.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        command.Parameters.AddWithValue("$row_id", item.RowId);
        command.Parameters.AddWithValue("$reviewer", reviewer);
        try
        {
            return command.ExecuteNonQuery() > 0;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"the lease on {item} was not released", exception);
        }
    }

    /// <inheritdoc/>
    public ReviewOutcome Apply(ReviewChange change, string reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ObjectDisposedException.ThrowIf(_disposed, this);

        try
        {
            // IMMEDIATE: the write lock is taken before the item is read, so that no other connection can change
            // it between the checks and the write. Disposing without Commit rolls back, so a refusal writes nothing.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var outcome = ApplyInTransaction(change, reviewer, now, transaction);
            if (outcome.Success)
            {
                transaction.Commit();
            }

            return outcome;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"the change to {change.Ref} was not applied", exception);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<AuditEntry> ReadHistory(ReviewItemRef item)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT id, item_kind, item_row_id, reviewer, at, action, before, after, version_after, reverts
            FROM audit_log
            WHERE item_kind = $kind AND item_row_id = $row_id
            ORDER BY id
            """;
        command.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        command.Parameters.AddWithValue("$row_id", item.RowId);
        return ReadAuditEntries(command);
    }

    /// <inheritdoc/>
    public IReadOnlyList<AuditEntry> ReadAudit(long afterId, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT id, item_kind, item_row_id, reviewer, at, action, before, after, version_after, reverts
            FROM audit_log
            WHERE id > $after
            ORDER BY id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", afterId);
        command.Parameters.AddWithValue("$limit", limit);
        return ReadAuditEntries(command);
    }

    /// <summary>Closes the database connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Dispose();
    }

    private ReviewOutcome ApplyInTransaction(
        ReviewChange change, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        var item = change.Ref;
        var state = ReadState(item, transaction);
        if (state is null)
        {
            return NotFound(item);
        }

        if (state.Version != change.ExpectedVersion)
        {
            return Stale(item, state.Version);
        }

        if (ReadLease(item, now, transaction) is { } lease && lease.Reviewer != reviewer)
        {
            return LeasedToOther(item, state.Version, lease);
        }

        long? reverts = null;
        ReviewSnapshot after;
        string? error;
        if (change.Action == ReviewAction.Undo)
        {
            (after, reverts, error) = FindUndo(item, transaction);
            if (error is null && after.ActorUnrecorded)
            {
                after = after with { Actor = state.Snapshot.Actor, ActorUnrecorded = false };
            }
        }
        else
        {
            (after, error) = Validate(change, state, transaction);
        }

        if (error is not null)
        {
            return new ReviewOutcome(ReviewOutcomeKind.Invalid, state.Version, $"{item}: {error}");
        }

        if (!Write(state, after, change.ExpectedVersion, transaction))
        {
            // Not reached while the transaction holds the write lock; kept so that a lost update can never pass.
            return Stale(item, ReadState(item, transaction)?.Version ?? 0);
        }

        // Verdicts on incident links and claims move claims between incidents (SqliteReviewStore.Incidents.cs).
        (after, var refused) = AfterWrite(state, after, reviewer, now, transaction);
        if (refused is not null)
        {
            return new ReviewOutcome(ReviewOutcomeKind.Invalid, state.Version, $"{item}: {refused}");
        }

        var versionAfter = state.Version + 1;
        using var audit = NewCommand(transaction,
            """
            INSERT INTO audit_log (item_kind, item_row_id, reviewer, at, action, before, after, version_after, reverts)
            VALUES ($kind, $row_id, $reviewer, $at, $action, $before, $after, $version_after, $reverts)
            """);
        audit.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        audit.Parameters.AddWithValue("$row_id", item.RowId);
        audit.Parameters.AddWithValue("$reviewer", reviewer);
        audit.Parameters.AddWithValue("$at", Timestamp(now));
        audit.Parameters.AddWithValue("$action", change.Action.ToWire());
        audit.Parameters.AddWithValue("$before", state.Snapshot.ToJson(item.Kind));
        audit.Parameters.AddWithValue("$after", after.ToJson(item.Kind));
        audit.Parameters.AddWithValue("$version_after", versionAfter);
        audit.Parameters.AddWithValue("$reverts", reverts is { } r ? r : DBNull.Value);
        audit.ExecuteNonQuery();
        return new ReviewOutcome(ReviewOutcomeKind.Applied, versionAfter, null);
    }

    /// <summary>The state after <paramref name="change"/>, or why the change does not fit the item.</summary>
    private (ReviewSnapshot After, string? Error) Validate(
        ReviewChange change, ReviewItemState state, SqliteTransaction transaction)
    {
        var before = state.Snapshot;
        var kind = change.Ref.Kind;
        switch (change.Action)
        {
            case ReviewAction.Accept:
                return (before with { ReviewStatus = StoreVocabulary.Accepted }, null);

            case ReviewAction.Reject when kind != ReviewItemKind.Site:
                return (before with { ReviewStatus = StoreVocabulary.Rejected }, null);

            case ReviewAction.ChangeType when kind == ReviewItemKind.Entity:
                if (!Vocabulary.TryParseEntityType(change.NewType, out var type))
                {
                    return (before, "the new type is not an entity type (PERSON, PLACE, WEAPON, ACTOR, DATE)");
                }

                // A category belongs to weapons only.
                return (before with
                {
                    Type = type.ToWire(),
                    Category = type == EntityType.Weapon ? before.Category : null,
                    ReviewStatus = StoreVocabulary.Corrected,
                }, null);

            case ReviewAction.ChangeType when kind == ReviewItemKind.Claim:
                if (!Vocabulary.TryParseHarm(change.NewType, out var harm))
                {
                    return (before, "the new type is not a claim harm");
                }

                return (before with { Type = harm.ToWire(), ReviewStatus = StoreVocabulary.Corrected }, null);

            case ReviewAction.AdjustSpan when kind is ReviewItemKind.Entity or ReviewItemKind.Claim:
                if (!state.HasSpan)
                {
                    return (before, "the claim has no evidence span to adjust");
                }

                if (change.NewStart is not { } start || change.NewEnd is not { } end)
                {
                    return (before, "a span needs a start and an end");
                }

                var content = ReadContent(state.TestimonyRowId, transaction);
                if (start < 0 || end <= start || end > content.Length)
                {
                    return (before, string.Create(CultureInfo.InvariantCulture,
                        $"the span {start}..{end} is not a non-empty span inside the text (0..{content.Length})"));
                }

                // Offsets are UTF-16 code units; a span must not cut a character written as a surrogate pair.
                if (char.IsLowSurrogate(content[start]) || (end < content.Length && char.IsLowSurrogate(content[end])))
                {
                    return (before, string.Create(CultureInfo.InvariantCulture,
                        $"the span {start}..{end} cuts a character in two"));
                }

                return (before with { Start = start, End = end, ReviewStatus = StoreVocabulary.Corrected }, null);

            case ReviewAction.EditNormalized when kind == ReviewItemKind.Entity:
                if (change.NewNormalized is not { } normalized)
                {
                    return (before, "no normalised form was given");
                }

                normalized = normalized.Trim();
                if (normalized.Length > ReviewLimits.MaxNormalizedLength)
                {
                    return (before, string.Create(CultureInfo.InvariantCulture,
                        $"the normalised form is longer than {ReviewLimits.MaxNormalizedLength} characters"));
                }

                return (before with
                {
                    Normalized = normalized.Length == 0 ? null : normalized,
                    ReviewStatus = StoreVocabulary.Corrected,
                }, null);

            case ReviewAction.EditCategory when kind is ReviewItemKind.Entity or ReviewItemKind.Claim:
                if (kind == ReviewItemKind.Entity && before.Type != EntityType.Weapon.ToWire())
                {
                    return (before, "only a WEAPON entity has a weapon category");
                }

                if (!Vocabulary.TryParseWeaponCategory(change.NewCategory, out var category))
                {
                    return (before, "the new category is not a weapon category");
                }

                return (before with { Category = category.ToWire(), ReviewStatus = StoreVocabulary.Corrected }, null);

            case ReviewAction.EditActor when kind == ReviewItemKind.Claim:
                return ValidateActor(change, state, transaction);

            case ReviewAction.EditGeocode when kind == ReviewItemKind.Site:
                return ValidateGeocode(change, before);

            default:
                return (before, $"{change.Action.ToWire()} does not apply to this kind of item");
        }
    }

    /// <summary>The state before the item's last change that no undo has reverted yet, and that change's id.</summary>
    private (ReviewSnapshot After, long? Reverts, string? Error) FindUndo(ReviewItemRef item, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            SELECT a.id, a.before
            FROM audit_log a
            WHERE a.item_kind = $kind AND a.item_row_id = $row_id AND a.action <> 'UNDO'
                AND NOT EXISTS (SELECT 1 FROM audit_log u WHERE u.reverts = a.id)
            ORDER BY a.id DESC
            LIMIT 1
            """);
        command.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        command.Parameters.AddWithValue("$row_id", item.RowId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return (null!, null, "there is no change left to undo");
        }

        var id = reader.GetInt64(0);
        if (!ReviewSnapshot.TryParse(reader.GetString(1), item.Kind, out var before))
        {
            throw _sqlite.Corrupt("audit_log", id, "before");
        }

        return (before, id, null);
    }

    /// <summary>Writes <paramref name="after"/> to the item and bumps its version, guarded by the expected version;
    /// false when the version did not match.</summary>
    private bool Write(ReviewItemState state, ReviewSnapshot after, int expectedVersion, SqliteTransaction transaction)
    {
        var item = state.Ref;
        var before = state.Snapshot;
        var spanChanged = before.Start != after.Start || before.End != after.End;
        switch (item.Kind)
        {
            case ReviewItemKind.Entity:
            {
                using var command = NewCommand(transaction,
                    """
                    UPDATE entities SET type = $type, start = $start, "end" = $end,
                        text = coalesce($text, text), normalized = $normalized, category = $category,
                        review_status = $review_status, version = version + 1
                    WHERE id = $id AND version = $expected
                    """);
                var text = spanChanged ? ReadText(state.TestimonyRowId, after.Start, after.End, transaction) : null;
                command.Parameters.AddWithValue("$type", after.Type);
                command.Parameters.AddWithValue("$start", after.Start);
                command.Parameters.AddWithValue("$end", after.End);
                command.Parameters.AddWithValue("$text", text is null ? DBNull.Value : text);
                command.Parameters.AddWithValue("$normalized", after.Normalized is null ? DBNull.Value : after.Normalized);
                command.Parameters.AddWithValue("$category", after.Category is null ? DBNull.Value : after.Category);
                command.Parameters.AddWithValue("$review_status", after.ReviewStatus);
                command.Parameters.AddWithValue("$id", item.RowId);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                return command.ExecuteNonQuery() == 1;
            }

            case ReviewItemKind.Claim:
            {
                using var command = NewCommand(transaction,
                    """
                    UPDATE claims SET harm = $harm, weapon = $weapon, actor = $actor, review_status = $review_status,
                        version = version + 1
                    WHERE id = $id AND version = $expected
                    """);
                command.Parameters.AddWithValue("$harm", after.Type);
                command.Parameters.AddWithValue("$actor", after.Actor is null ? DBNull.Value : after.Actor);
                command.Parameters.AddWithValue("$weapon", after.Category is null ? DBNull.Value : after.Category);
                command.Parameters.AddWithValue("$review_status", after.ReviewStatus);
                command.Parameters.AddWithValue("$id", item.RowId);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                if (command.ExecuteNonQuery() != 1)
                {
                    return false;
                }

                if (spanChanged)
                {
                    using var evidence = NewCommand(transaction,
                        """
                        UPDATE claim_evidence SET start = $start, "end" = $end, quote = $quote
                        WHERE claim_row_id = $id AND ordinal = 0
                        """);
                    evidence.Parameters.AddWithValue("$start", after.Start);
                    evidence.Parameters.AddWithValue("$end", after.End);
                    evidence.Parameters.AddWithValue("$quote",
                        ReadText(state.TestimonyRowId, after.Start, after.End, transaction));
                    evidence.Parameters.AddWithValue("$id", item.RowId);
                    evidence.ExecuteNonQuery();
                }

                return true;
            }

            case ReviewItemKind.IncidentLink:
            {
                // The incident itself is the linker's; the reviewer's verdict on it has its own status and version.
                using var command = NewCommand(transaction,
                    """
                    UPDATE claims SET link_review_status = $review_status, link_version = link_version + 1
                    WHERE id = $id AND link_version = $expected
                    """);
                command.Parameters.AddWithValue("$review_status", after.ReviewStatus);
                command.Parameters.AddWithValue("$id", item.RowId);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                return command.ExecuteNonQuery() == 1;
            }

            case ReviewItemKind.Site:
                return WriteSite(item.RowId, after, expectedVersion, transaction);

            default:
                throw new ArgumentOutOfRangeException(nameof(state));
        }
    }

    /// <summary>The item, or null when there is none or its testimony is superseded.</summary>
    private ReviewItemState? ReadState(ReviewItemRef item, SqliteTransaction transaction)
    {
        var sql = item.Kind switch
        {
            ReviewItemKind.Entity =>
                """
                SELECT e.testimony_row_id, t.testimony_id, e.confidence, e.version, 1, e.type, e.start, e."end",
                    e.normalized, e.category, NULL, e.review_status, NULL, NULL, NULL, NULL, e.disputed, e.entity_id
                FROM entities e JOIN testimonies t ON t.id = e.testimony_row_id
                WHERE e.id = $id AND t.status <> 'SUPERSEDED'
                """,
            ReviewItemKind.Claim =>
                """
                SELECT c.testimony_row_id, t.testimony_id, c.confidence, c.version, v.start IS NOT NULL, c.harm,
                    coalesce(v.start, 0), coalesce(v."end", 0), NULL, c.weapon, c.incident_id, c.review_status,
                    c.actor, NULL, NULL, NULL, 0, NULL
                FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
                LEFT JOIN claim_evidence v ON v.claim_row_id = c.id AND v.ordinal = 0
                WHERE c.id = $id AND t.status <> 'SUPERSEDED'
                """,
            ReviewItemKind.IncidentLink =>
                """
                SELECT c.testimony_row_id, t.testimony_id, c.confidence, c.link_version, v.start IS NOT NULL, c.harm,
                    coalesce(v.start, 0), coalesce(v."end", 0), NULL, NULL, c.incident_id, c.link_review_status,
                    NULL, NULL, NULL, NULL, 0, NULL
                FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
                LEFT JOIN claim_evidence v ON v.claim_row_id = c.id AND v.ordinal = 0
                WHERE c.id = $id AND t.status <> 'SUPERSEDED' AND c.incident_id IS NOT NULL
                """,
            ReviewItemKind.Site => SiteStateSql,
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        };
        using var command = NewCommand(transaction, sql);
        command.Parameters.AddWithValue("$id", item.RowId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var snapshot = new ReviewSnapshot(
            reader.GetString(5),
            reader.GetInt32(6),
            reader.GetInt32(7),
            NullableString(reader, 8),
            NullableString(reader, 9),
            NullableString(reader, 10),
            reader.GetString(11))
        {
            Actor = NullableString(reader, 12),
            Lat = reader.IsDBNull(13) ? null : reader.GetDouble(13),
            Lon = reader.IsDBNull(14) ? null : reader.GetDouble(14),
            Precision = NullableString(reader, 15),
        };
        return new ReviewItemState(
            item, reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt32(3),
            reader.GetInt64(4) == 1, snapshot)
        {
            Disputed = reader.GetInt64(16) != 0,
            EntityId = NullableString(reader, 17),
        };
    }

    private Lease? ReadLease(ReviewItemRef item, DateTimeOffset now, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            SELECT reviewer, expires_at FROM leases
            WHERE item_kind = $kind AND item_row_id = $row_id AND expires_at > $now
            """);
        command.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        command.Parameters.AddWithValue("$row_id", item.RowId);
        command.Parameters.AddWithValue("$now", Timestamp(now));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Lease(reader.GetString(0), ParseTimestamp(reader.GetString(1), "leases", item.RowId, "expires_at"))
            : null;
    }

    private string ReadText(long testimonyRowId, int start, int end, SqliteTransaction transaction) =>
        ReadContent(testimonyRowId, transaction)[start..end];

    private string ReadContent(long testimonyRowId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "SELECT content FROM testimonies WHERE id = $id");
        command.Parameters.AddWithValue("$id", testimonyRowId);
        return command.ExecuteScalar() as string ?? throw _sqlite.Corrupt("testimonies", testimonyRowId, "content");
    }

    private List<AuditEntry> ReadAuditEntries(SqliteCommand command)
    {
        var entries = new List<AuditEntry>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var id = reader.GetInt64(0);
            if (!TryParseKind(reader.GetString(1), out var kind))
            {
                throw _sqlite.Corrupt("audit_log", id, "item_kind");
            }

            if (!ReviewVocabulary.TryParseAction(reader.GetString(5), out var action))
            {
                throw _sqlite.Corrupt("audit_log", id, "action");
            }

            entries.Add(new AuditEntry(
                id,
                new ReviewItemRef(kind, reader.GetInt64(2)),
                reader.GetString(3),
                ParseTimestamp(reader.GetString(4), "audit_log", id, "at"),
                action,
                reader.GetString(6),
                reader.GetString(7),
                reader.GetInt32(8))
            {
                Reverts = reader.IsDBNull(9) ? null : reader.GetInt64(9),
            });
        }

        return entries;
    }

    private bool UpdateUser(string column, string value, string name)
    {
        using var command = _connection.CreateCommand();

        // The column is one of two names from this class, never user input.
        command.CommandText = $"UPDATE users SET {column} = $value WHERE name = $name";
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$name", name);
        try
        {
            return command.ExecuteNonQuery() == 1;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"the user {name} was not changed", exception);
        }
    }

    private List<ReviewUser> ReadUsersWhere(string where, string? name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id, name, role, password_hash, created_at FROM users {where} ORDER BY id";
        if (name is not null)
        {
            command.Parameters.AddWithValue("$name", name);
        }

        var users = new List<ReviewUser>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var id = reader.GetInt64(0);
            if (!ReviewVocabulary.TryParseRole(reader.GetString(2), out var role))
            {
                throw _sqlite.Corrupt("users", id, "role");
            }

            users.Add(new ReviewUser(
                id, reader.GetString(1), role, reader.GetString(3),
                ParseTimestamp(reader.GetString(4), "users", id, "created_at")));
        }

        return users;
    }

    /// <summary>A command that runs <paramref name="select"/> with <c>{queue}</c> replaced by the compound select of
    /// every item <paramref name="filter"/> keeps (with <see cref="QueueColumns"/>: among them a <c>reviewed</c>
    /// column, 0 or 1, a <c>kind_order</c> column, and a <c>queue_rank</c> column, the confidence band and the
    /// disputed flag in one; with <paramref name="countOnly"/>, one constant column); null when the filter keeps no
    /// kind of item.</summary>
    /// <remarks>The SQL is put together from fixed fragments, the values are parameters. Leaving out the legs and
    /// conditions a filter does not need (rather than <c>$x IS NULL OR ...</c>) lets SQLite walk the queue indexes
    /// in order, or find a testimony's items by its id, instead of sorting every item of the store.</remarks>
    private SqliteCommand? QueueCommand(ReviewQueueFilter filter, string select, bool countOnly = false)
    {
        var where = new System.Text.StringBuilder();
        if (filter.TestimonyId is not null)
        {
            where.Append(" AND t.testimony_id = $testimony_id");
        }

        // A count needs no columns, and no evidence span (a claim has at most one first span).
        var evidence = countOnly ? string.Empty : "\nLEFT JOIN claim_evidence v ON v.claim_row_id = c.id AND v.ordinal = 0";
        var legs = new List<string>(3);
        if (filter.Kind is null or ReviewItemKind.Entity && filter.IncidentId is null)
        {
            legs.Add(
                $"""
                SELECT {(countOnly ? "1" : QueueColumns.Entity)}
                FROM entities e JOIN testimonies t ON t.id = e.testimony_row_id
                WHERE t.status <> 'SUPERSEDED'{where}{(filter.IncludeReviewed ? "" : " AND e.review_status = 'UNREVIEWED'")}
                """);
        }

        var incident = filter.IncidentId is null ? string.Empty : " AND c.incident_id = $incident_id";
        if (filter.Kind is null or ReviewItemKind.Claim)
        {
            legs.Add(
                $"""
                SELECT {(countOnly ? "1" : QueueColumns.Claim)}
                FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id{evidence}
                WHERE t.status <> 'SUPERSEDED'{where}{incident}{(filter.IncludeReviewed ? "" : " AND c.review_status = 'UNREVIEWED'")}
                """);
        }

        if (filter.Kind is null or ReviewItemKind.IncidentLink)
        {
            legs.Add(
                $"""
                SELECT {(countOnly ? "1" : QueueColumns.Link)}
                FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id{evidence}
                WHERE t.status <> 'SUPERSEDED' AND c.incident_id IS NOT NULL{where}{incident}{(filter.IncludeReviewed ? "" : " AND c.link_review_status = 'UNREVIEWED'")}
                """);
        }

        if (legs.Count == 0)
        {
            return null;
        }

        var command = _connection.CreateCommand();
        command.CommandText = select.Replace("{queue}", string.Join("\nUNION ALL\n", legs), StringComparison.Ordinal);
        if (filter.TestimonyId is { } testimonyId)
        {
            command.Parameters.AddWithValue("$testimony_id", testimonyId);
        }

        if (filter.IncidentId is { } incidentId)
        {
            command.Parameters.AddWithValue("$incident_id", incidentId);
        }

        return command;
    }

    private ReviewItem ReadQueueItem(SqliteDataReader reader)
    {
        var rowId = reader.GetInt64(1);
        if (!TryParseKind(reader.GetString(0), out var kind))
        {
            throw new InvalidOperationException("the queue query gives only known kinds");
        }

        return new ReviewItem(
            new ReviewItemRef(kind, rowId),
            reader.GetString(3),
            reader.GetInt64(2),
            reader.IsDBNull(4) ? string.Empty : reader.GetString(4),
            reader.GetInt32(5),
            reader.GetInt32(6),
            reader.GetDouble(7),
            reader.GetString(8),
            reader.GetInt32(9),
            NullableString(reader, 13),
            reader.IsDBNull(14) ? null : ParseTimestamp(reader.GetString(14), "leases", rowId, "expires_at"))
        {
            Normalized = NullableString(reader, 10),
            Category = NullableString(reader, 11),
            IncidentId = NullableString(reader, 12),
            Disputed = reader.GetInt64(15) != 0,
            EntityId = NullableString(reader, 16),
            Actor = NullableString(reader, 17),
        };
    }

    private static ReviewItem ToItem(ReviewItemState state, Lease? lease)
    {
        var snapshot = state.Snapshot;
        var kind = state.Ref.Kind;
        return new ReviewItem(
            state.Ref,
            state.TestimonyId,
            state.TestimonyRowId,
            state.Label,
            snapshot.Start,
            snapshot.End,
            state.Confidence,
            snapshot.ReviewStatus,
            state.Version,
            lease?.Reviewer,
            lease?.Expires)
        {
            Normalized = kind == ReviewItemKind.Entity ? snapshot.Normalized : null,
            Category = kind is ReviewItemKind.Entity or ReviewItemKind.Claim ? snapshot.Category : null,
            IncidentId = kind is ReviewItemKind.Claim or ReviewItemKind.IncidentLink ? snapshot.IncidentId : null,
            Disputed = state.Disputed,
            EntityId = state.EntityId,
            Actor = kind == ReviewItemKind.Claim ? snapshot.Actor : null,
        };
    }

    private static ReviewOutcome NotFound(ReviewItemRef item) =>
        new(ReviewOutcomeKind.NotFound, 0, $"{item} does not exist");

    private static ReviewOutcome Stale(ReviewItemRef item, int currentVersion) =>
        new(ReviewOutcomeKind.Stale, currentVersion, string.Create(CultureInfo.InvariantCulture,
            $"{item} was changed by someone else meanwhile (it is at version {currentVersion}); reload it and try again"));

    private static ReviewOutcome LeasedToOther(ReviewItemRef item, int currentVersion, Lease lease) =>
        new(ReviewOutcomeKind.LeasedToOther, currentVersion,
            $"{item} is being reviewed by {lease.Reviewer} until {Timestamp(lease.Expires)}");

    private static void CheckUserName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > ReviewLimits.MaxUserNameLength)
        {
            throw new ArgumentException(
                $"a user name has at most {ReviewLimits.MaxUserNameLength} characters", nameof(name));
        }

        if (name.Trim().Length != name.Length || name.Any(char.IsControl))
        {
            throw new ArgumentException(
                "a user name neither starts nor ends with white space and has no control characters", nameof(name));
        }
    }

    private static string KindWire(ReviewItemKind kind) => kind switch
    {
        ReviewItemKind.Entity => "entity",
        ReviewItemKind.Claim => "claim",
        ReviewItemKind.IncidentLink => "link",
        ReviewItemKind.Site => "site",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static bool TryParseKind(string wire, out ReviewItemKind kind)
    {
        ReviewItemKind? parsed = wire switch
        {
            "entity" => ReviewItemKind.Entity,
            "claim" => ReviewItemKind.Claim,
            "link" => ReviewItemKind.IncidentLink,
            "site" => ReviewItemKind.Site,
            _ => null,
        };
        kind = parsed.GetValueOrDefault();
        return parsed is not null;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private DateTimeOffset ParseTimestamp(string text, string table, long rowId, string column) =>
        DateTimeOffset.TryParseExact(text, TimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw _sqlite.Corrupt(table, rowId, column);

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private SqliteCommand NewCommand(SqliteTransaction transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The columns of each leg of the queue, in the same order.</summary>
    private static class QueueColumns
    {
        public const string Entity =
            """
            'entity' AS kind, 0 AS kind_order, e.id AS row_id, e.testimony_row_id, t.testimony_id,
                e.type AS label, e.start, e."end", e.confidence, e.review_status, e.version,
                e.normalized, e.category, NULL AS incident_id, e.review_status <> 'UNREVIEWED' AS reviewed,
                CAST(e.confidence * 10 AS INTEGER) * 2 + (e.disputed = 0) AS queue_rank, e.disputed,
                e.entity_id, NULL AS actor
            """;

        public const string Claim =
            """
            'claim' AS kind, 1 AS kind_order, c.id AS row_id, c.testimony_row_id, t.testimony_id,
                c.harm AS label, coalesce(v.start, 0) AS start, coalesce(v."end", 0) AS "end", c.confidence,
                c.review_status, c.version, NULL AS normalized, c.weapon AS category, c.incident_id,
                c.review_status <> 'UNREVIEWED' AS reviewed,
                CAST(c.confidence * 10 AS INTEGER) * 2 + 1 AS queue_rank, 0 AS disputed, NULL AS entity_id, c.actor
            """;

        public const string Link =
            """
            'link' AS kind, 2 AS kind_order, c.id AS row_id, c.testimony_row_id, t.testimony_id,
                c.incident_id AS label, coalesce(v.start, 0) AS start, coalesce(v."end", 0) AS "end", c.confidence,
                c.link_review_status AS review_status, c.link_version AS version, NULL AS normalized,
                NULL AS category, c.incident_id, c.link_review_status <> 'UNREVIEWED' AS reviewed,
                CAST(c.confidence * 10 AS INTEGER) * 2 + 1 AS queue_rank, 0 AS disputed, NULL AS entity_id, NULL AS actor
            """;
    }

    /// <summary>An unexpired lease.</summary>
    private sealed record Lease(string Reviewer, DateTimeOffset Expires);

    /// <summary>The SQLite extended result codes the review store tells apart.</summary>
    private static class SqliteErrorCodes
    {
        public const int ConstraintUnique = 2067;
    }
}
