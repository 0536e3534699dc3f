using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Store;

/// <summary>One step of the schema: the SQL that takes the database from <c>Version - 1</c> to <c>Version</c>.</summary>
/// <param name="Version">The schema version after the step.</param>
/// <param name="Sql">The statements of the step.</param>
internal sealed record Migration(int Version, string Sql);

/// <summary>
/// The versioned schema of the SQLite store. The version lives in <c>PRAGMA user_version</c>; the file is marked
/// as a testimony store by <c>PRAGMA application_id</c>. Steps are only ever appended, never edited.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>"TNLP" in ASCII: marks a SQLite file as a testimony store.</summary>
    public const int ApplicationId = 0x544E4C50;

    /// <summary>The ordered migration steps.</summary>
    public static readonly ImmutableArray<Migration> Migrations =
    [
        new(1, Version1),
        new(2, Version2),
        new(3, Version3),
        new(4, Version4),
        new(5, Version5),
        new(6, Version6),
        new(7, Version7),
    ];

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>
    /// Applies every pending step in one transaction. Returns the number of steps applied.
    /// </summary>
    public static int Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);

        // Another process may have migrated between the identity check and this write lock.
        var current = ReadVersion(connection, transaction);
        if (current > LatestVersion)
        {
            throw NewerVersion(path, current);
        }

        var applied = 0;
        foreach (var migration in Migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql;
            command.ExecuteNonQuery();
            applied++;
        }

        if (applied > 0)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;

            // Pragmas take no parameters; both values are integers from this build.
            command.CommandText = string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA user_version = {LatestVersion}; PRAGMA application_id = {ApplicationId};");
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return applied;
    }

    /// <summary>Reads <c>PRAGMA user_version</c>.</summary>
    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        ReadPragma(connection, transaction, "PRAGMA user_version");

    /// <summary>Reads <c>PRAGMA application_id</c>.</summary>
    public static int ReadApplicationId(SqliteConnection connection) =>
        ReadPragma(connection, null, "PRAGMA application_id");

    /// <summary>The error for a database made by a newer build.</summary>
    public static StoreException NewerVersion(string path, int version) =>
        new($"{path} has schema version {version}; this build knows up to {LatestVersion}");

    private static int ReadPragma(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Wire names (CONTRACT.md) are stored as text without CHECK constraints on the vocabularies, so that
    // extending a vocabulary never needs a table rebuild. Offsets are UTF-16 code units, end exclusive.
    private const string Version1 =
        """
        CREATE TABLE testimonies (
            id              INTEGER PRIMARY KEY,
            content_sha256  TEXT    NOT NULL UNIQUE,
            testimony_id    TEXT    NOT NULL,
            source          TEXT    NOT NULL,
            format          TEXT    NOT NULL,
            content         TEXT    NOT NULL,
            interview_id    TEXT,
            interview_date  TEXT,
            place           TEXT,
            language        TEXT,
            interviewer     TEXT,
            interpreter     TEXT,
            speaker         TEXT,
            words           INTEGER NOT NULL CHECK (words >= 0),
            status          TEXT    NOT NULL
                CHECK (status IN ('PROCESSED', 'PROCESSED_WITH_WARNINGS', 'SUPERSEDED')),
            warnings        TEXT    NOT NULL DEFAULT '[]',
            created_at      TEXT    NOT NULL
        );
        CREATE INDEX ix_testimonies_source_testimony_id ON testimonies (source, testimony_id);

        CREATE TABLE segments (
            testimony_row_id INTEGER NOT NULL REFERENCES testimonies (id) ON DELETE CASCADE,
            ordinal          INTEGER NOT NULL,
            start            INTEGER NOT NULL,
            "end"            INTEGER NOT NULL,
            role             TEXT    NOT NULL,
            speaker          TEXT,
            turn             INTEGER NOT NULL,
            time_start_ticks INTEGER,
            time_end_ticks   INTEGER,
            PRIMARY KEY (testimony_row_id, ordinal),
            CHECK (start >= 0 AND "end" >= start)
        ) WITHOUT ROWID;

        CREATE TABLE entities (
            id               INTEGER PRIMARY KEY,
            testimony_row_id INTEGER NOT NULL REFERENCES testimonies (id) ON DELETE CASCADE,
            entity_id        TEXT    NOT NULL,
            type             TEXT    NOT NULL,
            text             TEXT    NOT NULL,
            start            INTEGER NOT NULL,
            "end"            INTEGER NOT NULL,
            normalized       TEXT,
            category         TEXT,
            lat              REAL,
            lon              REAL,
            country          TEXT,
            precision        TEXT,
            geonames_id      INTEGER,
            confidence       REAL    NOT NULL,
            review_status    TEXT    NOT NULL DEFAULT 'UNREVIEWED',
            version          INTEGER NOT NULL DEFAULT 1,
            UNIQUE (testimony_row_id, entity_id),
            CHECK (start >= 0 AND "end" >= start)
        );
        CREATE INDEX ix_entities_testimony ON entities (testimony_row_id);
        CREATE INDEX ix_entities_type_normalized ON entities (type, normalized);

        CREATE TABLE sites (
            id             INTEGER PRIMARY KEY,
            site_id        TEXT    NOT NULL UNIQUE,
            name           TEXT    NOT NULL,
            aliases        TEXT    NOT NULL DEFAULT '[]',
            parent_site_id TEXT    REFERENCES sites (site_id) ON DELETE SET NULL,
            lat            REAL,
            lon            REAL,
            precision      TEXT,
            geonames_id    INTEGER,
            version        INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX ix_sites_parent_site_id ON sites (parent_site_id);
        CREATE INDEX ix_sites_geonames_id ON sites (geonames_id);

        CREATE TABLE incidents (
            id                  INTEGER PRIMARY KEY,
            incident_id         TEXT    NOT NULL UNIQUE,
            site_id             TEXT    REFERENCES sites (site_id) ON DELETE SET NULL,
            date_from           TEXT,
            date_to             TEXT,
            weapon              TEXT,
            actor               TEXT,
            victims_min         INTEGER,
            victims_max         INTEGER,
            testimonies         TEXT    NOT NULL DEFAULT '[]',
            independent_sources INTEGER NOT NULL DEFAULT 0,
            grade               TEXT    NOT NULL,
            previous_ids        TEXT    NOT NULL DEFAULT '[]',
            version             INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX ix_incidents_site_id ON incidents (site_id);

        CREATE TABLE claims (
            id               INTEGER PRIMARY KEY,
            testimony_row_id INTEGER NOT NULL REFERENCES testimonies (id) ON DELETE CASCADE,
            claim_id         TEXT    NOT NULL,
            incident_id      TEXT    REFERENCES incidents (incident_id) ON DELETE SET NULL,
            site_id          TEXT    REFERENCES sites (site_id) ON DELETE SET NULL,
            event            TEXT,
            harm             TEXT    NOT NULL,
            victims_min      INTEGER,
            victims_max      INTEGER,
            weapon           TEXT,
            actor            TEXT,
            site             TEXT,
            date_text        TEXT,
            date_from        TEXT,
            date_to          TEXT,
            basis            TEXT,
            confidence       REAL    NOT NULL,
            review_status    TEXT    NOT NULL DEFAULT 'UNREVIEWED',
            version          INTEGER NOT NULL DEFAULT 1,
            UNIQUE (testimony_row_id, claim_id)
        );
        CREATE INDEX ix_claims_testimony ON claims (testimony_row_id);
        CREATE INDEX ix_claims_incident_id ON claims (incident_id);
        CREATE INDEX ix_claims_site_id ON claims (site_id);

        CREATE TABLE claim_evidence (
            claim_row_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
            ordinal      INTEGER NOT NULL,
            start        INTEGER NOT NULL,
            "end"        INTEGER NOT NULL,
            quote        TEXT    NOT NULL,
            PRIMARY KEY (claim_row_id, ordinal),
            CHECK (start >= 0 AND "end" >= start)
        ) WITHOUT ROWID;

        CREATE TABLE claim_named_victims (
            claim_row_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
            ordinal      INTEGER NOT NULL,
            entity_id    TEXT    NOT NULL,
            PRIMARY KEY (claim_row_id, ordinal)
        ) WITHOUT ROWID;
        """;

    // The fields independent sources disagree on, for CONTESTED incidents (a JSON array of names). Older rows get
    // the empty list, which is what they meant: nothing was recorded as contested. Ids of deleted incidents are
    // kept, so that a new incident never takes the id an old one had.
    private const string Version2 =
        """
        ALTER TABLE incidents ADD COLUMN conflicts TEXT NOT NULL DEFAULT '[]';

        CREATE TABLE retired_incidents (
            incident_id TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        """;

    // The review queue. Users log in by name (unique regardless of ASCII case); a lease keeps an item for one
    // reviewer a while; the audit log holds every applied change with the item's state before and after and is
    // append-only (the triggers refuse edits and deletions; nothing references items with ON DELETE, so no
    // cascade removes an entry). Item kinds are the wire prefixes of ReviewItemRef (entity, claim, link). A claim's
    // incident link is reviewed apart from the claim, so it has its own status and version. The queue indexes
    // follow its order: unreviewed first, lowest confidence first, then row id; it is filtered by testimony id.
    private const string Version3 =
        """
        CREATE TABLE users (
            id            INTEGER PRIMARY KEY,
            name          TEXT    NOT NULL UNIQUE COLLATE NOCASE,
            role          TEXT    NOT NULL,
            password_hash TEXT    NOT NULL,
            created_at    TEXT    NOT NULL
        );

        CREATE TABLE leases (
            item_kind   TEXT    NOT NULL,
            item_row_id INTEGER NOT NULL,
            reviewer    TEXT    NOT NULL,
            expires_at  TEXT    NOT NULL,
            PRIMARY KEY (item_kind, item_row_id)
        ) WITHOUT ROWID;

        CREATE TABLE audit_log (
            id            INTEGER PRIMARY KEY,
            item_kind     TEXT    NOT NULL,
            item_row_id   INTEGER NOT NULL,
            reviewer      TEXT    NOT NULL,
            at            TEXT    NOT NULL,
            action        TEXT    NOT NULL,
            before        TEXT    NOT NULL,
            after         TEXT    NOT NULL,
            version_after INTEGER NOT NULL,
            reverts       INTEGER REFERENCES audit_log (id)
        );
        CREATE INDEX ix_audit_log_item ON audit_log (item_kind, item_row_id, id);
        CREATE INDEX ix_audit_log_reverts ON audit_log (reverts) WHERE reverts IS NOT NULL;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END;

        ALTER TABLE claims ADD COLUMN link_review_status TEXT NOT NULL DEFAULT 'UNREVIEWED';
        ALTER TABLE claims ADD COLUMN link_version INTEGER NOT NULL DEFAULT 1;

        CREATE INDEX ix_testimonies_testimony_id ON testimonies (testimony_id);
        CREATE INDEX ix_entities_review_queue ON entities ((review_status <> 'UNREVIEWED'), confidence, id);
        CREATE INDEX ix_claims_review_queue ON claims ((review_status <> 'UNREVIEWED'), confidence, id);
        CREATE INDEX ix_claims_link_review_queue ON claims ((link_review_status <> 'UNREVIEWED'), confidence, id)
            WHERE incident_id IS NOT NULL;
        """;

    // The secret behind the pseudonyms of exports: one row, written by the first pseudonymised export.
    private const string Version4 =
        """
        CREATE TABLE IF NOT EXISTS pseudonym_secret (
            id     INTEGER PRIMARY KEY CHECK (id = 1),
            secret BLOB    NOT NULL
        );
        """;

    // Review edits. An entity the spotters and the tagger disagreed on is disputed. The queue orders, after
    // unreviewed first, by confidence band (floor(confidence * 10)), disputed entities first within a band, then by
    // confidence: the band and the disputed flag are one rank, band * 2 + (not disputed), so that each leg of the
    // queue walks one index in order (claims are never disputed). The older queue indexes no longer serve it.
    // A site's geocode is reviewed with its own status and version (the row's version is the linker's); an
    // accepted or corrected geocode is kept in reviewed_* and the trigger puts it back whenever site linking
    // writes the site's coordinates again, so it survives every `process`.
    private const string Version5 =
        """
        ALTER TABLE entities ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;

        DROP INDEX ix_entities_review_queue;
        DROP INDEX ix_claims_review_queue;
        DROP INDEX ix_claims_link_review_queue;
        CREATE INDEX ix_entities_review_queue_rank ON entities (
            (review_status <> 'UNREVIEWED'), CAST(confidence * 10 AS INTEGER) * 2 + (disputed = 0), confidence, id);
        CREATE INDEX ix_claims_review_queue_rank ON claims (
            (review_status <> 'UNREVIEWED'), CAST(confidence * 10 AS INTEGER) * 2 + 1, confidence, id);
        CREATE INDEX ix_claims_link_review_queue_rank ON claims (
            (link_review_status <> 'UNREVIEWED'), CAST(confidence * 10 AS INTEGER) * 2 + 1, confidence, id)
            WHERE incident_id IS NOT NULL;

        ALTER TABLE sites ADD COLUMN review_status TEXT NOT NULL DEFAULT 'UNREVIEWED';
        ALTER TABLE sites ADD COLUMN review_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE sites ADD COLUMN reviewed_lat REAL;
        ALTER TABLE sites ADD COLUMN reviewed_lon REAL;
        ALTER TABLE sites ADD COLUMN reviewed_precision TEXT;
        CREATE TRIGGER sites_keep_reviewed_geocode AFTER UPDATE OF lat, lon, precision ON sites
        WHEN NEW.review_status IN ('ACCEPTED', 'CORRECTED')
            AND (NEW.lat IS NOT NEW.reviewed_lat OR NEW.lon IS NOT NEW.reviewed_lon
                OR NEW.precision IS NOT NEW.reviewed_precision)
        BEGIN
            UPDATE sites SET lat = NEW.reviewed_lat, lon = NEW.reviewed_lon, precision = NEW.reviewed_precision
            WHERE id = NEW.id;
        END;
        """;

    // Incident review. A reviewer's rejection of an incident link is read back from the audit log (the incident the
    // link named before), so that the linker keeps the claim out of that incident for good; this index finds them.
    // Merges and splits are guarded by the incidents' own version column, which every hand change bumps.
    private const string Version6 =
        """
        CREATE INDEX IF NOT EXISTS ix_audit_log_link_rejections ON audit_log (item_row_id)
            WHERE item_kind = 'link' AND action = 'REJECT';
        """;

    // A claim's day or month told without a year, in a testimony that gives no interview date (Claim.YearlessDate):
    // the claim's date stays null, and incident linking alone reads these.
    private const string Version7 =
        """
        ALTER TABLE claims ADD COLUMN yearless_from TEXT;
        ALTER TABLE claims ADD COLUMN yearless_to TEXT;
        """;
}
