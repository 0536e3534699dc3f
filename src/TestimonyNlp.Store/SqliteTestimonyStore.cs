using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>
/// The default store: one SQLite file in WAL mode, its schema migrated to the newest version when opened.
/// </summary>
/// <remarks>
/// Not thread-safe. One thread uses an instance at a time: the command line saves from a single writer thread
/// while the pipeline runs on others. Other processes may read the file meanwhile (WAL).
/// </remarks>
public sealed class SqliteTestimonyStore : ITestimonyStore
{
    private const string DateFormat = IsoDate.Format;
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string Superseded = "SUPERSEDED";

    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly SqliteFailures _sqlite;
    private readonly TimeProvider _timeProvider;
    private bool _disposed;

    private SqliteTestimonyStore(SqliteConnection connection, string path, TimeProvider timeProvider, int migrationsApplied)
    {
        _connection = connection;
        _path = path;
        _sqlite = new SqliteFailures(path);
        _timeProvider = timeProvider;
        MigrationsApplied = migrationsApplied;
    }

    /// <summary>The schema version this build creates and reads.</summary>
    public static int SchemaVersion => SqliteSchema.LatestVersion;

    /// <summary>How many migration steps opening this store applied (0 when it was up to date).</summary>
    internal int MigrationsApplied { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file and any missing parent folder on first use,
    /// and applies pending schema migrations.
    /// </summary>
    /// <param name="path">The database file, as the user gave it (it names the file in error messages).</param>
    /// <exception cref="StoreException">The file is not a SQLite database, is a SQLite database of another
    /// program, has a newer schema than this build knows, or cannot be opened.</exception>
    public static SqliteTestimonyStore Open(string path) => Open(path, TimeProvider.System);

    /// <summary>Opens the store as <see cref="Open(string)"/> does, taking row timestamps from
    /// <paramref name="timeProvider"/>.</summary>
    public static SqliteTestimonyStore Open(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);

        var connection = OpenConnection(path, out var applied);
        return new SqliteTestimonyStore(connection, path, timeProvider, applied);
    }

    /// <summary>
    /// Opens a connection to the store at <paramref name="path"/> as <see cref="Open(string)"/> does (creating the
    /// file, checking it is a testimony store, WAL, busy timeout, foreign keys, pending migrations), for the stores
    /// that share the file.
    /// </summary>
    internal static SqliteConnection OpenConnection(string path, out int migrationsApplied)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: the folder for the database cannot be created", exception);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,

            // Pooling would keep the file open after Dispose, which stops callers from moving or deleting it.
            Pooling = false,
            DefaultTimeout = Defaults.CommandTimeoutSeconds,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, string.Create(
                CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {Defaults.BusyTimeoutMilliseconds}"));
            CheckIdentity(connection, path);
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = NORMAL");
            Execute(connection, "PRAGMA foreign_keys = ON");

            // An up-to-date file needs no write lock, which matters when a connection is opened per web request.
            migrationsApplied = SqliteSchema.ReadVersion(connection) == SqliteSchema.LatestVersion
                ? 0
                : SqliteSchema.Migrate(connection, path);
            return connection;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw OpenFailure(path, exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public bool ContainsContent(string contentSha256)
    {
        ArgumentNullException.ThrowIfNull(contentSha256);
        ObjectDisposedException.ThrowIf(_disposed, this);

        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT EXISTS (SELECT 1 FROM testimonies WHERE content_sha256 = $hash AND status <> 'SUPERSEDED')";
        command.Parameters.AddWithValue("$hash", contentSha256);
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Read(exception);
        }
    }

    /// <inheritdoc/>
    public SaveOutcome Save(TestimonyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(result.Testimony);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var testimony = result.Testimony;
        try
        {
            // Disposing an uncommitted transaction rolls it back, so a failure anywhere leaves no trace.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var outcome = SaveInTransaction(result, transaction);
            transaction.Commit();
            return outcome;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"testimony {testimony.TestimonyId} from {testimony.Source} was not saved", exception);
        }
    }

    /// <inheritdoc/>
    public StoreCounts GetCounts()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT
                (SELECT count(*) FROM testimonies),
                (SELECT count(*) FROM testimonies WHERE status = 'SUPERSEDED'),
                (SELECT count(*) FROM entities e JOIN testimonies t ON t.id = e.testimony_row_id
                    WHERE t.status <> 'SUPERSEDED'),
                (SELECT count(*) FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
                    WHERE t.status <> 'SUPERSEDED'),
                (SELECT count(*) FROM sites),
                (SELECT count(*) FROM incidents)
            """;
        using var reader = _sqlite.ExecuteReader(command);
        _sqlite.ReadRow(reader);
        return new StoreCounts(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
            reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <inheritdoc/>
    public IEnumerable<StoredTestimony> ReadTestimonies()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadTestimoniesCore();
    }

    /// <inheritdoc/>
    public string? ReadContent(long testimonyRowId)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT content FROM testimonies WHERE id = $id";
        command.Parameters.AddWithValue("$id", testimonyRowId);
        try
        {
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Read(exception);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Segment> ReadSegments(long testimonyRowId)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT start, "end", role, speaker, turn, time_start_ticks, time_end_ticks
            FROM segments
            WHERE testimony_row_id = $id
            ORDER BY ordinal
            """;
        command.Parameters.AddWithValue("$id", testimonyRowId);
        var segments = new List<Segment>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            if (!Vocabulary.TryParseSpeakerRole(reader.GetString(2), out var role))
            {
                throw _sqlite.Corrupt("segments", testimonyRowId, "role");
            }

            segments.Add(new Segment(
                reader.GetInt32(0),
                reader.GetInt32(1),
                role,
                NullableString(reader, 3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : TimeSpan.FromTicks(reader.GetInt64(5)),
                reader.IsDBNull(6) ? null : TimeSpan.FromTicks(reader.GetInt64(6))));
        }

        return segments;
    }

    /// <inheritdoc/>
    public IEnumerable<StoredEntity> ReadEntities()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadEntitiesCore();
    }

    /// <inheritdoc/>
    public IEnumerable<StoredClaim> ReadClaims()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadClaimsCore();
    }

    /// <inheritdoc/>
    public IEnumerable<StoredIncident> ReadIncidents()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadIncidentsCore();
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ReadRetiredIncidentIds()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT incident_id FROM retired_incidents ORDER BY incident_id";
        var ids = new List<string>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <inheritdoc/>
    public IEnumerable<StoredEntity> ReadEntities(IReadOnlyCollection<long> testimonyRowIds)
    {
        ArgumentNullException.ThrowIfNull(testimonyRowIds);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadEntitiesCore(testimonyRowIds);
    }

    /// <inheritdoc/>
    public IEnumerable<StoredClaim> ReadClaims(IReadOnlyCollection<long> testimonyRowIds)
    {
        ArgumentNullException.ThrowIfNull(testimonyRowIds);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadClaimsCore(testimonyRowIds);
    }

    /// <summary>The condition keeping only rows of <paramref name="testimonyRowIds"/> (none when null), with its
    /// parameter added to <paramref name="command"/>.</summary>
    private static string OfTestimonies(SqliteCommand command, string alias, IReadOnlyCollection<long>? testimonyRowIds)
    {
        if (testimonyRowIds is null)
        {
            return string.Empty;
        }

        command.Parameters.AddWithValue("$testimony_rows", "[" + string.Join(',', testimonyRowIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
        return $" AND {alias}.testimony_row_id IN (SELECT value FROM json_each($testimony_rows))";
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<long, ImmutableArray<string>> ReadRejectedLinks()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText = RejectedLinksSql;
        var rejected = new SortedDictionary<long, SortedSet<string>>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            if (reader.IsDBNull(1))
            {
                continue;
            }

            var claimRowId = reader.GetInt64(0);
            if (!rejected.TryGetValue(claimRowId, out var ids))
            {
                ids = new SortedSet<string>(StringComparer.Ordinal);
                rejected.Add(claimRowId, ids);
            }

            ids.Add(reader.GetString(1));
        }

        return rejected.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }

    /// <summary>(claim row id, incident id) of every rejection of an incident link that no undo reverted: the audit
    /// log keeps the incident the link named before the rejection.</summary>
    internal const string RejectedLinksSql =
        """
        SELECT a.item_row_id, json_extract(a.before, '$.incident_id')
        FROM audit_log a
        WHERE a.item_kind = 'link' AND a.action = 'REJECT'
            AND NOT EXISTS (SELECT 1 FROM audit_log u WHERE u.reverts = a.id)
        ORDER BY a.item_row_id, a.id
        """;

    private const string ClaimSiteSql =
        """
        UPDATE claims SET site_id = $site_id, version = version + 1
        WHERE id = $id AND site_id IS NOT $site_id
        """;

    // A reviewer's verdict on a link is about the incident it named: a claim that linking moves into another incident
    // is unreviewed there (its link's history keeps the verdict; a rejection keeps it out of the rejected incident
    // through that history, ReadRejectedLinks). Pinned claims never move, so this is about rejected links and claims
    // that had no incident.
    private const string ClaimIncidentSql =
        """
        UPDATE claims SET incident_id = $incident_id, version = version + 1,
            link_review_status = CASE WHEN $incident_id IS NULL THEN link_review_status ELSE 'UNREVIEWED' END,
            link_version = CASE WHEN $incident_id IS NULL OR link_review_status = 'UNREVIEWED' THEN link_version
                ELSE link_version + 1 END
        WHERE id = $id AND incident_id IS NOT $incident_id
        """;

    /// <inheritdoc/>
    public IEnumerable<StoredSite> ReadSites()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return ReadSitesCore();
    }

    /// <inheritdoc/>
    public void SaveSites(IReadOnlyList<StoredSite> sites, IReadOnlyList<ClaimSite> claimSites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(claimSites);
        ObjectDisposedException.ThrowIf(_disposed, this);

        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var existing = ReadSiteSpellings(transaction);
            var inserted = UpsertSites(sites, existing, transaction);
            SetParents(sites, inserted, transaction);
            SetClaimLinks(ClaimSiteSql, "$site_id", claimSites, static c => (c.ClaimRowId, c.SiteId), transaction);
            transaction.Commit();
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write("sites were not saved", exception);
        }
    }

    /// <inheritdoc/>
    public void SaveIncidents(
        IReadOnlyList<StoredIncident> incidents,
        IReadOnlyList<ClaimIncident> claimIncidents,
        IReadOnlyList<string> retiredIds)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(claimIncidents);
        ArgumentNullException.ThrowIfNull(retiredIds);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var retired = new HashSet<string>(retiredIds, StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            ArgumentNullException.ThrowIfNull(incident);
            if (retired.Contains(incident.IncidentId))
            {
                throw new ArgumentException(
                    $"incident {incident.IncidentId} is both saved and retired", nameof(retiredIds));
            }
        }

        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            UpsertIncidents(incidents, transaction);

            // Claims move to their new incidents before the retired rows go, so that none is left pointing at a
            // deleted id and cleared by the foreign key.
            SetClaimLinks(ClaimIncidentSql, "$incident_id", claimIncidents, static c => (c.ClaimRowId, c.IncidentId), transaction);
            DeleteIncidents(retired, transaction);
            transaction.Commit();
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write("incidents were not saved", exception);
        }
    }

    /// <summary>Reads a pragma of this store's own connection, such as <c>foreign_keys</c>.</summary>
    internal string ReadPragma(string name)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>Closes the database file.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Dispose();
    }

    private static void CheckIdentity(SqliteConnection connection, string path)
    {
        var applicationId = SqliteSchema.ReadApplicationId(connection);
        var version = SqliteSchema.ReadVersion(connection);
        if (applicationId != 0 && applicationId != SqliteSchema.ApplicationId)
        {
            throw NotAStore(path);
        }

        if (version > SqliteSchema.LatestVersion)
        {
            throw SqliteSchema.NewerVersion(path, version);
        }

        if (version == 0)
        {
            // A database this build never migrated must be empty; anything else belongs to another program.
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_schema";
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0)
            {
                throw NotAStore(path);
            }
        }
    }

    private static StoreException NotAStore(string path) =>
        new($"{path} is a SQLite database of another program, not a testimony store");

    private static StoreException OpenFailure(string path, SqliteException exception) =>
        exception.SqliteErrorCode switch
        {
            SqliteErrorCodes.NotADatabase => new($"{path} is not a SQLite database", exception),
            SqliteErrorCodes.Corrupt => new($"{path} is a corrupt SQLite database", exception),
            SqliteErrorCodes.CannotOpen => new($"{path} cannot be opened as a database file", exception),
            SqliteErrorCodes.Busy or SqliteErrorCodes.Locked =>
                new($"{path} is locked by another program", exception),
            SqliteErrorCodes.ReadOnly => new($"{path} cannot be written", exception),
            _ => new($"{path} cannot be used (SQLite error {exception.SqliteErrorCode})", exception),
        };

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SaveOutcome SaveInTransaction(TestimonyResult result, SqliteTransaction transaction)
    {
        var testimony = result.Testimony;

        using (var find = NewCommand(transaction,
            "SELECT id, status, source, testimony_id FROM testimonies WHERE content_sha256 = $hash",
            "$hash"))
        {
            find.Parameters[0].Value = testimony.ContentSha256;
            using var reader = find.ExecuteReader();
            if (reader.Read())
            {
                var rowId = reader.GetInt64(0);
                var isSuperseded = reader.GetString(1) == Superseded;
                var sameKey = reader.GetString(2) == testimony.Source && reader.GetString(3) == testimony.TestimonyId;
                reader.Close();
                if (!isSuperseded || !sameKey)
                {
                    return new SaveOutcome(SaveStatus.AlreadyStored, rowId, 0);
                }

                var displaced = SupersedeOthers(testimony, rowId, transaction);
                using var restore = NewCommand(transaction,
                    """
                    UPDATE testimonies
                    SET status = CASE warnings WHEN '[]' THEN 'PROCESSED' ELSE 'PROCESSED_WITH_WARNINGS' END
                    WHERE id = $id
                    """,
                    "$id");
                restore.Parameters[0].Value = rowId;
                restore.ExecuteNonQuery();
                return new SaveOutcome(SaveStatus.Restored, rowId, displaced);
            }
        }

        var superseded = SupersedeOthers(testimony, exceptRowId: null, transaction);
        var testimonyRowId = InsertTestimony(result, transaction);
        InsertSegments(testimony.Segments, testimonyRowId, transaction);
        InsertEntities(result.Entities, testimonyRowId, transaction);
        InsertClaims(result.Claims, testimonyRowId, transaction);
        return new SaveOutcome(SaveStatus.Stored, testimonyRowId, superseded);
    }

    private int SupersedeOthers(Testimony testimony, long? exceptRowId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            UPDATE testimonies SET status = 'SUPERSEDED'
            WHERE source = $source AND testimony_id = $testimony_id AND status <> 'SUPERSEDED'
                AND ($except IS NULL OR id <> $except)
            """,
            "$source", "$testimony_id", "$except");
        command.Parameters[0].Value = testimony.Source;
        command.Parameters[1].Value = testimony.TestimonyId;
        command.Parameters[2].Value = Db(exceptRowId);
        return command.ExecuteNonQuery();
    }

    private long InsertTestimony(TestimonyResult result, SqliteTransaction transaction)
    {
        var testimony = result.Testimony;
        var metadata = testimony.Metadata ?? TestimonyMetadata.Empty;
        var status = testimony.Warnings.IsDefaultOrEmpty
            ? TestimonyStatus.Processed
            : TestimonyStatus.ProcessedWithWarnings;

        using var command = NewCommand(transaction,
            """
            INSERT INTO testimonies (content_sha256, testimony_id, source, format, content, interview_id,
                interview_date, place, language, interviewer, interpreter, speaker, words, status, warnings,
                created_at)
            VALUES ($content_sha256, $testimony_id, $source, $format, $content, $interview_id,
                $interview_date, $place, $language, $interviewer, $interpreter, $speaker, $words, $status,
                $warnings, $created_at)
            RETURNING id
            """,
            "$content_sha256", "$testimony_id", "$source", "$format", "$content", "$interview_id",
            "$interview_date", "$place", "$language", "$interviewer", "$interpreter", "$speaker", "$words",
            "$status", "$warnings", "$created_at");
        var p = command.Parameters;
        p[0].Value = testimony.ContentSha256;
        p[1].Value = testimony.TestimonyId;
        p[2].Value = testimony.Source;
        p[3].Value = testimony.Format;
        p[4].Value = testimony.Content;
        p[5].Value = Db(metadata.InterviewId);
        p[6].Value = Db(metadata.InterviewDate);
        p[7].Value = Db(metadata.Place);
        p[8].Value = Db(metadata.Language);
        p[9].Value = Db(metadata.Interviewer);
        p[10].Value = Db(metadata.Interpreter);
        p[11].Value = Db(metadata.Speaker);
        p[12].Value = result.Words;
        p[13].Value = status.ToWire();
        p[14].Value = StoredJson.WriteStrings(testimony.Warnings);
        p[15].Value = _timeProvider.GetUtcNow().UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void InsertSegments(ImmutableArray<Segment> segments, long testimonyRowId, SqliteTransaction transaction)
    {
        if (segments.IsDefaultOrEmpty)
        {
            return;
        }

        using var command = NewCommand(transaction,
            """
            INSERT INTO segments (testimony_row_id, ordinal, start, "end", role, speaker, turn,
                time_start_ticks, time_end_ticks)
            VALUES ($testimony_row_id, $ordinal, $start, $end, $role, $speaker, $turn, $time_start, $time_end)
            """,
            "$testimony_row_id", "$ordinal", "$start", "$end", "$role", "$speaker", "$turn", "$time_start",
            "$time_end");
        var p = command.Parameters;
        p[0].Value = testimonyRowId;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            p[1].Value = i;
            p[2].Value = segment.Start;
            p[3].Value = segment.End;
            p[4].Value = segment.Role.ToWire();
            p[5].Value = Db(segment.Speaker);
            p[6].Value = segment.Turn;
            p[7].Value = Db(segment.TimeStart?.Ticks);
            p[8].Value = Db(segment.TimeEnd?.Ticks);
            command.ExecuteNonQuery();
        }
    }

    private void InsertEntities(IReadOnlyList<EntityMention> entities, long testimonyRowId, SqliteTransaction transaction)
    {
        if (entities is null || entities.Count == 0)
        {
            return;
        }

        using var command = NewCommand(transaction,
            """
            INSERT INTO entities (testimony_row_id, entity_id, type, text, start, "end", normalized, category,
                lat, lon, country, precision, geonames_id, confidence, disputed)
            VALUES ($testimony_row_id, $entity_id, $type, $text, $start, $end, $normalized, $category,
                $lat, $lon, $country, $precision, $geonames_id, $confidence, $disputed)
            """,
            "$testimony_row_id", "$entity_id", "$type", "$text", "$start", "$end", "$normalized", "$category",
            "$lat", "$lon", "$country", "$precision", "$geonames_id", "$confidence", "$disputed");
        var p = command.Parameters;
        p[0].Value = testimonyRowId;
        foreach (var entity in entities)
        {
            var geo = entity.Geo;
            p[1].Value = entity.Id;
            p[2].Value = entity.Type.ToWire();
            p[3].Value = entity.Text;
            p[4].Value = entity.Start;
            p[5].Value = entity.End;
            p[6].Value = Db(entity.Normalized);
            p[7].Value = Db(entity.Category?.ToWire());
            p[8].Value = Db(geo?.Lat);
            p[9].Value = Db(geo?.Lon);
            p[10].Value = Db(geo?.Country);
            p[11].Value = Db(geo?.Precision.ToWire());
            p[12].Value = Db(geo?.GeonamesId);
            p[13].Value = entity.Confidence;
            p[14].Value = entity.Disputed ? 1 : 0;
            command.ExecuteNonQuery();
        }
    }

    private void InsertClaims(IReadOnlyList<Claim> claims, long testimonyRowId, SqliteTransaction transaction)
    {
        if (claims is null || claims.Count == 0)
        {
            return;
        }

        using var claimCommand = NewCommand(transaction,
            """
            INSERT INTO claims (testimony_row_id, claim_id, event, harm, victims_min, victims_max, weapon, actor,
                site, date_text, date_from, date_to, basis, confidence, yearless_from, yearless_to)
            VALUES ($testimony_row_id, $claim_id, $event, $harm, $victims_min, $victims_max, $weapon, $actor,
                $site, $date_text, $date_from, $date_to, $basis, $confidence, $yearless_from, $yearless_to)
            RETURNING id
            """,
            "$testimony_row_id", "$claim_id", "$event", "$harm", "$victims_min", "$victims_max", "$weapon",
            "$actor", "$site", "$date_text", "$date_from", "$date_to", "$basis", "$confidence", "$yearless_from", "$yearless_to");
        using var evidenceCommand = NewCommand(transaction,
            """
            INSERT INTO claim_evidence (claim_row_id, ordinal, start, "end", quote)
            VALUES ($claim_row_id, $ordinal, $start, $end, $quote)
            """,
            "$claim_row_id", "$ordinal", "$start", "$end", "$quote");
        using var victimCommand = NewCommand(transaction,
            """
            INSERT INTO claim_named_victims (claim_row_id, ordinal, entity_id)
            VALUES ($claim_row_id, $ordinal, $entity_id)
            """,
            "$claim_row_id", "$ordinal", "$entity_id");

        var p = claimCommand.Parameters;
        p[0].Value = testimonyRowId;
        foreach (var claim in claims)
        {
            var victims = claim.Victims ?? new VictimCount(null, null, []);
            p[1].Value = claim.Id;
            p[2].Value = Db(claim.Event);
            p[3].Value = claim.Harm.ToWire();
            p[4].Value = Db(victims.Min);
            p[5].Value = Db(victims.Max);
            p[6].Value = Db(claim.Weapon?.ToWire());
            p[7].Value = Db(claim.Actor);
            p[8].Value = Db(claim.Site);
            p[9].Value = Db(claim.Date?.Text);
            p[10].Value = Db(claim.Date?.From);
            p[11].Value = Db(claim.Date?.To);
            p[12].Value = Db(claim.Basis?.ToWire());
            p[13].Value = claim.Confidence;
            p[14].Value = Db(claim.YearlessDate?.From);
            p[15].Value = Db(claim.YearlessDate?.To);
            var claimRowId = Convert.ToInt64(claimCommand.ExecuteScalar(), CultureInfo.InvariantCulture);

            if (!claim.Evidence.IsDefaultOrEmpty)
            {
                var e = evidenceCommand.Parameters;
                e[0].Value = claimRowId;
                for (var i = 0; i < claim.Evidence.Length; i++)
                {
                    var evidence = claim.Evidence[i];
                    e[1].Value = i;
                    e[2].Value = evidence.Start;
                    e[3].Value = evidence.End;
                    e[4].Value = evidence.Quote;
                    evidenceCommand.ExecuteNonQuery();
                }
            }

            if (!victims.Named.IsDefaultOrEmpty)
            {
                var v = victimCommand.Parameters;
                v[0].Value = claimRowId;
                for (var i = 0; i < victims.Named.Length; i++)
                {
                    v[1].Value = i;
                    v[2].Value = victims.Named[i];
                    victimCommand.ExecuteNonQuery();
                }
            }
        }
    }

    /// <summary>The name and aliases of every stored site, by site id.</summary>
    private Dictionary<string, (string Name, ImmutableArray<string> Aliases)> ReadSiteSpellings(SqliteTransaction transaction)
    {
        var spellings = new Dictionary<string, (string, ImmutableArray<string>)>(StringComparer.Ordinal);
        using var command = NewCommand(transaction, "SELECT id, site_id, name, aliases FROM sites");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!StoredJson.TryReadStrings(reader.GetString(3), out var aliases))
            {
                throw _sqlite.Corrupt("sites", reader.GetInt64(0), "aliases");
            }

            spellings[reader.GetString(1)] = (reader.GetString(2), aliases);
        }

        return spellings;
    }

    /// <summary>Inserts new sites and updates stored ones; returns the ids of those inserted.</summary>
    private HashSet<string> UpsertSites(
        IReadOnlyList<StoredSite> sites,
        Dictionary<string, (string Name, ImmutableArray<string> Aliases)> existing,
        SqliteTransaction transaction)
    {
        // Parents are set in a second pass, so the foreign key holds whatever order the sites come in.
        using var insert = NewCommand(transaction,
            """
            INSERT INTO sites (site_id, name, aliases, lat, lon, precision, geonames_id)
            VALUES ($site_id, $name, $aliases, $lat, $lon, $precision, $geonames_id)
            """,
            "$site_id", "$name", "$aliases", "$lat", "$lon", "$precision", "$geonames_id");
        using var update = NewCommand(transaction,
            """
            UPDATE sites SET name = $name, aliases = $aliases, lat = $lat, lon = $lon, precision = $precision,
                geonames_id = $geonames_id, version = version + 1
            WHERE site_id = $site_id
                AND (name IS NOT $name OR aliases IS NOT $aliases OR lat IS NOT $lat OR lon IS NOT $lon
                    OR precision IS NOT $precision OR geonames_id IS NOT $geonames_id)
            """,
            "$site_id", "$name", "$aliases", "$lat", "$lon", "$precision", "$geonames_id");
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            ArgumentNullException.ThrowIfNull(site);
            var aliases = site.Aliases.IsDefault ? [] : site.Aliases;
            var command = insert;
            if (existing.TryGetValue(site.SiteId, out var stored))
            {
                command = update;
                aliases = MergeAliases(site.Name, aliases, stored.Name, stored.Aliases);
            }
            else
            {
                aliases = MergeAliases(site.Name, aliases, site.Name, []);
                inserted.Add(site.SiteId);
            }

            var p = command.Parameters;
            p[0].Value = site.SiteId;
            p[1].Value = site.Name;
            p[2].Value = StoredJson.WriteStrings(aliases);
            p[3].Value = Db(site.Lat);
            p[4].Value = Db(site.Lon);
            p[5].Value = Db(site.Precision?.ToWire());
            p[6].Value = Db(site.GeonamesId);
            command.ExecuteNonQuery();
            existing[site.SiteId] = (site.Name, aliases);
        }

        return inserted;
    }

    /// <summary>Every spelling but <paramref name="name"/>, once each, in ordinal order.</summary>
    private static ImmutableArray<string> MergeAliases(
        string name, ImmutableArray<string> aliases, string storedName, ImmutableArray<string> storedAliases)
    {
        var all = new SortedSet<string>(StringComparer.Ordinal) { storedName };
        all.UnionWith(aliases);
        if (!storedAliases.IsDefault)
        {
            all.UnionWith(storedAliases);
        }

        all.Remove(name);
        return [.. all];
    }

    private void SetParents(IReadOnlyList<StoredSite> sites, HashSet<string> inserted, SqliteTransaction transaction)
    {
        // A row inserted by this save is still at its first version.
        using var command = NewCommand(transaction,
            """
            UPDATE sites SET parent_site_id = $parent, version = version + (CASE WHEN $inserted THEN 0 ELSE 1 END)
            WHERE site_id = $site_id AND parent_site_id IS NOT $parent
            """,
            "$site_id", "$parent", "$inserted");
        foreach (var site in sites)
        {
            command.Parameters[0].Value = site.SiteId;
            command.Parameters[1].Value = Db(site.ParentSiteId);
            command.Parameters[2].Value = inserted.Contains(site.SiteId) ? 1 : 0;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Points each claim at the site or incident <paramref name="read"/> gives it, with <paramref name="sql"/>
    /// (its parameters <c>$id</c>, the claim's row id, and <paramref name="idParameter"/>); a claim already there keeps
    /// its version.</summary>
    private void SetClaimLinks<TLink>(
        string sql, string idParameter, IReadOnlyList<TLink> links, Func<TLink, (long ClaimRowId, string? Id)> read, SqliteTransaction transaction)
        where TLink : class
    {
        using var command = NewCommand(transaction, sql, "$id", idParameter);
        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link);
            var (claimRowId, id) = read(link);
            command.Parameters[0].Value = claimRowId;
            command.Parameters[1].Value = Db(id);
            command.ExecuteNonQuery();
        }
    }

    private void UpsertIncidents(IReadOnlyList<StoredIncident> incidents, SqliteTransaction transaction)
    {
        const string Columns =
            "$incident_id, $site_id, $date_from, $date_to, $weapon, $actor, $victims_min, $victims_max, "
            + "$testimonies, $independent_sources, $grade, $previous_ids, $conflicts";
        using var command = NewCommand(transaction,
            $"""
            INSERT INTO incidents (incident_id, site_id, date_from, date_to, weapon, actor, victims_min, victims_max,
                testimonies, independent_sources, grade, previous_ids, conflicts)
            VALUES ({Columns})
            ON CONFLICT (incident_id) DO UPDATE SET
                site_id = excluded.site_id, date_from = excluded.date_from, date_to = excluded.date_to,
                weapon = excluded.weapon, actor = excluded.actor, victims_min = excluded.victims_min,
                victims_max = excluded.victims_max, testimonies = excluded.testimonies,
                independent_sources = excluded.independent_sources, grade = excluded.grade,
                previous_ids = excluded.previous_ids, conflicts = excluded.conflicts, version = version + 1
            WHERE site_id IS NOT excluded.site_id OR date_from IS NOT excluded.date_from
                OR date_to IS NOT excluded.date_to OR weapon IS NOT excluded.weapon OR actor IS NOT excluded.actor
                OR victims_min IS NOT excluded.victims_min OR victims_max IS NOT excluded.victims_max
                OR testimonies IS NOT excluded.testimonies
                OR independent_sources IS NOT excluded.independent_sources OR grade IS NOT excluded.grade
                OR previous_ids IS NOT excluded.previous_ids OR conflicts IS NOT excluded.conflicts
            """,
            "$incident_id", "$site_id", "$date_from", "$date_to", "$weapon", "$actor", "$victims_min",
            "$victims_max", "$testimonies", "$independent_sources", "$grade", "$previous_ids", "$conflicts");
        using var revive = NewCommand(transaction,
            "DELETE FROM retired_incidents WHERE incident_id = $incident_id", "$incident_id");
        var p = command.Parameters;
        foreach (var incident in incidents)
        {
            revive.Parameters[0].Value = incident.IncidentId;
            revive.ExecuteNonQuery();
            p[0].Value = incident.IncidentId;
            p[1].Value = Db(incident.SiteId);
            p[2].Value = Db(incident.DateFrom);
            p[3].Value = Db(incident.DateTo);
            p[4].Value = Db(incident.Weapon?.ToWire());
            p[5].Value = Db(incident.Actor);
            p[6].Value = Db(incident.VictimsMin);
            p[7].Value = Db(incident.VictimsMax);
            p[8].Value = StoredJson.WriteStrings(incident.Testimonies);
            p[9].Value = incident.IndependentSources;
            p[10].Value = incident.Grade.ToWire();
            p[11].Value = StoredJson.WriteStrings(incident.PreviousIds);
            p[12].Value = StoredJson.WriteStrings(incident.Conflicts);
            command.ExecuteNonQuery();
        }
    }

    private void DeleteIncidents(HashSet<string> retired, SqliteTransaction transaction)
    {
        if (retired.Count == 0)
        {
            return;
        }

        using var delete = NewCommand(transaction, "DELETE FROM incidents WHERE incident_id = $incident_id", "$incident_id");
        using var remember = NewCommand(transaction,
            "INSERT OR IGNORE INTO retired_incidents (incident_id) VALUES ($incident_id)", "$incident_id");
        foreach (var incidentId in retired)
        {
            delete.Parameters[0].Value = incidentId;
            delete.ExecuteNonQuery();
            remember.Parameters[0].Value = incidentId;
            remember.ExecuteNonQuery();
        }
    }

    private IEnumerable<StoredTestimony> ReadTestimoniesCore()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT t.id, t.testimony_id, t.source, t.content_sha256, t.format, t.interview_id, t.interview_date,
                t.place, t.language, t.interviewer, t.interpreter, t.speaker, t.words, t.status, t.warnings,
                t.created_at,
                (SELECT count(*) FROM entities e WHERE e.testimony_row_id = t.id),
                (SELECT count(*) FROM claims c WHERE c.testimony_row_id = t.id)
            FROM testimonies t
            ORDER BY t.id
            """;
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var rowId = reader.GetInt64(0);
            var metadata = new TestimonyMetadata
            {
                InterviewId = NullableString(reader, 5),
                InterviewDate = NullableDate(reader, 6, "testimonies", rowId),
                Place = NullableString(reader, 7),
                Language = NullableString(reader, 8),
                Interviewer = NullableString(reader, 9),
                Interpreter = NullableString(reader, 10),
                Speaker = NullableString(reader, 11),
            };
            if (!StoreVocabulary.TryParseTestimonyStatus(reader.GetString(13), out var status))
            {
                throw _sqlite.Corrupt("testimonies", rowId, "status");
            }

            if (!StoredJson.TryReadStrings(reader.GetString(14), out var warnings))
            {
                throw _sqlite.Corrupt("testimonies", rowId, "warnings");
            }

            if (!DateTimeOffset.TryParseExact(reader.GetString(15), TimestampFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var createdAt))
            {
                throw _sqlite.Corrupt("testimonies", rowId, "created_at");
            }

            yield return new StoredTestimony(
                rowId,
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                metadata,
                reader.GetInt32(12),
                reader.GetInt32(16),
                reader.GetInt32(17),
                status,
                warnings,
                createdAt);
        }
    }

    private IEnumerable<StoredEntity> ReadEntitiesCore(IReadOnlyCollection<long>? testimonyRowIds = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT e.id, e.testimony_row_id, t.testimony_id, t.source, e.entity_id, e.type, e.text, e.start,
                e."end", e.normalized, e.category, e.lat, e.lon, e.country, e.precision, e.geonames_id,
                e.confidence, e.review_status, e.version, e.disputed
            FROM entities e JOIN testimonies t ON t.id = e.testimony_row_id
            WHERE t.status <> 'SUPERSEDED'{OfTestimonies(command, "e", testimonyRowIds)}
            ORDER BY e.testimony_row_id, e.id
            """;
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var rowId = reader.GetInt64(0);
            if (!Vocabulary.TryParseEntityType(reader.GetString(5), out var type))
            {
                throw _sqlite.Corrupt("entities", rowId, "type");
            }

            var mention = new EntityMention(
                reader.GetString(4),
                type,
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetString(6),
                NullableString(reader, 9),
                reader.GetDouble(16))
            {
                Category = NullableCategory(reader, 10, "entities", rowId),
                Geo = ReadGeo(reader, rowId),
                Disputed = reader.GetInt64(19) != 0,
            };

            yield return new StoredEntity(
                rowId,
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetString(3),
                mention,
                reader.GetString(17),
                reader.GetInt32(18));
        }
    }

    private GeoPoint? ReadGeo(SqliteDataReader reader, long rowId)
    {
        if (reader.IsDBNull(11) || reader.IsDBNull(12))
        {
            return null;
        }

        if (!Vocabulary.TryParseSitePrecision(NullableString(reader, 14), out var precision))
        {
            throw _sqlite.Corrupt("entities", rowId, "precision");
        }

        return new GeoPoint(
            reader.GetDouble(11),
            reader.GetDouble(12),
            NullableString(reader, 13),
            precision,
            reader.IsDBNull(15) ? null : reader.GetInt64(15));
    }

    private IEnumerable<StoredClaim> ReadClaimsCore(IReadOnlyCollection<long>? testimonyRowIds = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT c.id, c.testimony_row_id, t.testimony_id, t.source, c.claim_id, c.incident_id, c.site_id,
                c.event, c.harm, c.victims_min, c.victims_max, c.weapon, c.actor, c.site, c.date_text,
                c.date_from, c.date_to, c.basis, c.confidence, c.review_status, c.version,
                (SELECT json_group_array(json_array(v.start, v."end", v.quote) ORDER BY v.ordinal)
                    FROM claim_evidence v WHERE v.claim_row_id = c.id),
                (SELECT json_group_array(n.entity_id ORDER BY n.ordinal)
                    FROM claim_named_victims n WHERE n.claim_row_id = c.id),
                c.link_review_status, c.yearless_from, c.yearless_to
            FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
            WHERE t.status <> 'SUPERSEDED'{OfTestimonies(command, "c", testimonyRowIds)}
            ORDER BY c.testimony_row_id, c.id
            """;
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var rowId = reader.GetInt64(0);
            if (!Vocabulary.TryParseHarm(reader.GetString(8), out var harm))
            {
                throw _sqlite.Corrupt("claims", rowId, "harm");
            }

            Basis? basis = null;
            if (!reader.IsDBNull(17))
            {
                basis = Vocabulary.TryParseBasis(reader.GetString(17), out var parsed)
                    ? parsed
                    : throw _sqlite.Corrupt("claims", rowId, "basis");
            }

            if (!StoredJson.TryReadEvidence(reader.GetString(21), out var evidence))
            {
                throw _sqlite.Corrupt("claim_evidence", rowId, "quote");
            }

            if (!StoredJson.TryReadStrings(reader.GetString(22), out var named))
            {
                throw _sqlite.Corrupt("claim_named_victims", rowId, "entity_id");
            }

            var dateText = NullableString(reader, 14);
            var dateFrom = NullableDate(reader, 15, "claims", rowId);
            var dateTo = NullableDate(reader, 16, "claims", rowId);
            var yearlessFrom = NullableDate(reader, 24, "claims", rowId);
            var yearlessTo = NullableDate(reader, 25, "claims", rowId);
            var claim = new Claim
            {
                Id = reader.GetString(4),
                Event = NullableString(reader, 7),
                Harm = harm,
                Victims = new VictimCount(NullableInt32(reader, 9), NullableInt32(reader, 10), named),
                Weapon = NullableCategory(reader, 11, "claims", rowId),
                Actor = NullableString(reader, 12),
                Site = NullableString(reader, 13),
                Date = dateText is null && dateFrom is null && dateTo is null
                    ? null
                    : new DateRange(dateText ?? string.Empty, dateFrom, dateTo),
                YearlessDate = yearlessFrom is null || yearlessTo is null ? null : new DateRange(string.Empty, yearlessFrom, yearlessTo),
                Basis = basis,
                Evidence = evidence,
                Confidence = reader.GetDouble(18),
            };

            yield return new StoredClaim(
                rowId,
                reader.GetInt64(1),
                reader.GetString(2),
                reader.GetString(3),
                claim,
                NullableString(reader, 5),
                NullableString(reader, 6),
                reader.GetString(19),
                reader.GetInt32(20))
            {
                LinkReviewStatus = reader.GetString(23),
            };
        }
    }

    private IEnumerable<StoredIncident> ReadIncidentsCore()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT id, incident_id, site_id, date_from, date_to, weapon, actor, victims_min, victims_max,
                testimonies, independent_sources, grade, previous_ids, version, conflicts
            FROM incidents
            ORDER BY id
            """;
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var rowId = reader.GetInt64(0);
            if (!StoredJson.TryReadStrings(reader.GetString(9), out var testimonies))
            {
                throw _sqlite.Corrupt("incidents", rowId, "testimonies");
            }

            if (!Vocabulary.TryParseIncidentGrade(reader.GetString(11), out var grade))
            {
                throw _sqlite.Corrupt("incidents", rowId, "grade");
            }

            if (!StoredJson.TryReadStrings(reader.GetString(12), out var previousIds))
            {
                throw _sqlite.Corrupt("incidents", rowId, "previous_ids");
            }

            if (!StoredJson.TryReadStrings(reader.GetString(14), out var conflicts))
            {
                throw _sqlite.Corrupt("incidents", rowId, "conflicts");
            }

            yield return new StoredIncident(
                reader.GetString(1),
                NullableString(reader, 2),
                NullableDate(reader, 3, "incidents", rowId),
                NullableDate(reader, 4, "incidents", rowId),
                NullableCategory(reader, 5, "incidents", rowId),
                NullableString(reader, 6),
                NullableInt32(reader, 7),
                NullableInt32(reader, 8),
                testimonies,
                reader.GetInt32(10),
                grade,
                previousIds,
                reader.GetInt32(13))
            {
                Conflicts = conflicts,
            };
        }
    }

    private IEnumerable<StoredSite> ReadSitesCore()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT id, site_id, name, aliases, parent_site_id, lat, lon, precision, geonames_id, version
            FROM sites
            ORDER BY id
            """;
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var rowId = reader.GetInt64(0);
            if (!StoredJson.TryReadStrings(reader.GetString(3), out var aliases))
            {
                throw _sqlite.Corrupt("sites", rowId, "aliases");
            }

            SitePrecision? precision = null;
            if (!reader.IsDBNull(7))
            {
                precision = Vocabulary.TryParseSitePrecision(reader.GetString(7), out var parsed)
                    ? parsed
                    : throw _sqlite.Corrupt("sites", rowId, "precision");
            }

            yield return new StoredSite(
                reader.GetString(1),
                reader.GetString(2),
                aliases,
                NullableString(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6),
                precision,
                reader.IsDBNull(8) ? null : reader.GetInt64(8),
                reader.GetInt32(9));
        }
    }

    private SqliteCommand NewCommand(SqliteTransaction transaction, string sql, params ReadOnlySpan<string> parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static object Db(int? value) => value is { } v ? v : DBNull.Value;

    private static object Db(long? value) => value is { } v ? v : DBNull.Value;

    private static object Db(double? value) => value is { } v ? v : DBNull.Value;

    private static object Db(DateOnly? value) =>
        value is { } v ? v.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? NullableInt32(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private DateOnly? NullableDate(SqliteDataReader reader, int ordinal, string table, long rowId)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return DateOnly.TryParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date)
            ? date
            : throw _sqlite.Corrupt(table, rowId, reader.GetName(ordinal));
    }

    private WeaponCategory? NullableCategory(SqliteDataReader reader, int ordinal, string table, long rowId)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return Vocabulary.TryParseWeaponCategory(reader.GetString(ordinal), out var category)
            ? category
            : throw _sqlite.Corrupt(table, rowId, reader.GetName(ordinal));
    }

    /// <summary>Defaults of the SQLite store.</summary>
    public static class Defaults
    {
        /// <summary>How long a statement waits for another process's lock before failing.</summary>
        public const int BusyTimeoutMilliseconds = 5000;

        /// <summary>How long one command may run.</summary>
        public const int CommandTimeoutSeconds = 30;
    }

    /// <summary>The SQLite result codes the store tells apart.</summary>
    private static class SqliteErrorCodes
    {
        public const int Busy = 5;
        public const int Locked = 6;
        public const int ReadOnly = 8;
        public const int Corrupt = 11;
        public const int CannotOpen = 14;
        public const int NotADatabase = 26;
    }
}
