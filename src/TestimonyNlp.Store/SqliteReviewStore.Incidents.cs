using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>
/// Incident review: the incidents with their claims, merges and splits by hand, and what a verdict on an incident
/// link or a claim does to the incidents. Every moved link is one audit entry of kind <c>link</c>; the incidents a
/// change touches are summed up again as the linker would (<see cref="IncidentStoreLinker.Summarize"/>) and their
/// version goes up, so that a page showing an older version can no longer merge or split them.
/// </summary>
public sealed partial class SqliteReviewStore
{
    /// <inheritdoc/>
    public IReadOnlyList<StoredIncident> ReadIncidents(IncidentGrade? grade, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return [.. ReadIncidentsWhere(grade).Skip(offset).Take(limit)];
    }

    /// <inheritdoc/>
    public int CountIncidents(IncidentGrade? grade) => ReadIncidentsWhere(grade).Count;

    /// <inheritdoc/>
    public ReviewIncident? ReadIncident(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var testimonies = SqliteTestimonyStore.Open(_path, _time);
        var incident = testimonies.ReadIncidents().FirstOrDefault(i => string.Equals(i.IncidentId, incidentId, StringComparison.Ordinal));
        if (incident is null)
        {
            return null;
        }

        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT c.id, c.claim_id, c.testimony_row_id, t.testimony_id, c.harm, c.victims_min, c.victims_max, c.weapon,
                c.site_id, s.name, c.date_from, c.date_to, coalesce(v.start, 0), coalesce(v."end", 0), c.review_status,
                c.link_review_status, c.link_version
            FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
            LEFT JOIN claim_evidence v ON v.claim_row_id = c.id AND v.ordinal = 0
            LEFT JOIN sites s ON s.site_id = c.site_id
            WHERE c.incident_id = $incident_id AND t.status <> 'SUPERSEDED'
            ORDER BY t.testimony_id, c.id
            """;
        command.Parameters.AddWithValue("$incident_id", incidentId);
        var claims = new List<ReviewIncidentClaim>();
        using var reader = _sqlite.ExecuteReader(command);
        while (_sqlite.ReadRow(reader))
        {
            var rowId = reader.GetInt64(0);
            claims.Add(new ReviewIncidentClaim(
                rowId,
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                NullableString(reader, 7),
                NullableString(reader, 8),
                NullableString(reader, 9),
                ParseDate(reader, 10, rowId),
                ParseDate(reader, 11, rowId),
                reader.GetInt32(12),
                reader.GetInt32(13),
                reader.GetString(14),
                reader.GetString(15),
                reader.GetInt32(16)));
        }

        return new ReviewIncident(incident, claims);
    }

    /// <inheritdoc/>
    public IncidentOutcome MergeIncidents(IncidentMerge merge, string reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(merge);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var outcome = MergeInTransaction(merge, reviewer, now, transaction);
            if (outcome.Success)
            {
                transaction.Commit();
            }

            return outcome;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"incident {merge.SourceId} was not merged into {merge.TargetId}", exception);
        }
    }

    /// <inheritdoc/>
    public IncidentOutcome SplitIncident(IncidentSplit split, string reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(split.ClaimRowIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var outcome = SplitInTransaction(split, reviewer, now, transaction);
            if (outcome.Success)
            {
                transaction.Commit();
            }

            return outcome;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"incident {split.IncidentId} was not split", exception);
        }
    }

    private IncidentOutcome MergeInTransaction(IncidentMerge merge, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        if (string.Equals(merge.TargetId, merge.SourceId, StringComparison.Ordinal))
        {
            return Refused(ReviewOutcomeKind.Invalid, $"incident {merge.TargetId} cannot be merged into itself");
        }

        var target = ReadIncidentRow(merge.TargetId, transaction);
        var source = ReadIncidentRow(merge.SourceId, transaction);
        if (target is null || source is null)
        {
            return Refused(ReviewOutcomeKind.NotFound, $"incident {(target is null ? merge.TargetId : merge.SourceId)} does not exist");
        }

        if (target.Version != merge.TargetVersion || source.Version != merge.SourceVersion)
        {
            return StaleIncidents(target, source);
        }

        var sourceClaims = ClaimsOf(merge.SourceId, currentOnly: false, transaction);
        if (LeasedLink([.. sourceClaims, .. UnreviewedLinks(merge.TargetId, transaction).Select(l => l.RowId)], reviewer, now, transaction) is { } leased)
        {
            return leased;
        }

        var confirmed = ConfirmLinks(merge.TargetId, ReviewAction.MergeIncidents, reviewer, now, transaction);
        var moved = MoveLinks(sourceClaims, merge.SourceId, merge.TargetId, ReviewAction.MergeIncidents, reviewer, now, transaction);

        // The survivor lists the merged id and every id merged into that one before (CONTRACT.md).
        var previous = new SortedSet<string>(target.PreviousIds, StringComparer.Ordinal) { merge.SourceId };
        previous.UnionWith(source.PreviousIds);
        previous.Remove(merge.TargetId);
        SetPreviousIds(merge.TargetId, [.. previous], transaction);
        Retire(merge.SourceId, transaction);
        Resummarize([merge.TargetId], [], transaction);
        return new IncidentOutcome(ReviewOutcomeKind.Applied, merge.TargetId, moved, confirmed, null);
    }

    private IncidentOutcome SplitInTransaction(IncidentSplit split, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        var incident = ReadIncidentRow(split.IncidentId, transaction);
        if (incident is null)
        {
            return Refused(ReviewOutcomeKind.NotFound, $"incident {split.IncidentId} does not exist");
        }

        IncidentRow? target = null;
        if (split.TargetId is { } targetId)
        {
            if (string.Equals(targetId, split.IncidentId, StringComparison.Ordinal))
            {
                return Refused(ReviewOutcomeKind.Invalid, $"the claims are in incident {targetId} already");
            }

            target = ReadIncidentRow(targetId, transaction);
            if (target is null)
            {
                return Refused(ReviewOutcomeKind.NotFound, $"incident {targetId} does not exist");
            }
        }

        if (incident.Version != split.ExpectedVersion || (target is not null && target.Version != split.TargetVersion))
        {
            return StaleIncidents(incident, target);
        }

        var chosen = split.ClaimRowIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            return Refused(ReviewOutcomeKind.Invalid, "no claim was chosen to move");
        }

        var members = ClaimsOf(split.IncidentId, currentOnly: true, transaction);
        var outside = chosen.Where(id => !members.Contains(id)).ToList();
        if (outside.Count > 0)
        {
            return Refused(ReviewOutcomeKind.Invalid, string.Create(CultureInfo.InvariantCulture,
                $"claim row {outside[0]} is not a claim of incident {split.IncidentId}"));
        }

        if (members.All(chosen.Contains))
        {
            return Refused(ReviewOutcomeKind.Invalid,
                $"at least one claim must stay in incident {split.IncidentId}: to move all of them, merge it instead");
        }

        // Checked before anything is written: the moved links and the unreviewed ones the split confirms.
        var touched = chosen.Concat(UnreviewedLinks(split.IncidentId, transaction).Select(l => l.RowId));
        if (target is not null)
        {
            touched = touched.Concat(UnreviewedLinks(target.IncidentId, transaction).Select(l => l.RowId));
        }

        if (LeasedLink([.. touched], reviewer, now, transaction) is { } leased)
        {
            return leased;
        }

        var created = new List<string>();
        var destination = target?.IncidentId;
        if (destination is null)
        {
            destination = NextIncidentId(transaction);
            CreateIncident(destination, transaction);
            created.Add(destination);
        }

        var moved = MoveLinks(chosen, split.IncidentId, destination, ReviewAction.SplitIncident, reviewer, now, transaction);
        var confirmed = ConfirmLinks(split.IncidentId, ReviewAction.SplitIncident, reviewer, now, transaction);
        if (target is not null)
        {
            confirmed += ConfirmLinks(target.IncidentId, ReviewAction.SplitIncident, reviewer, now, transaction);
        }

        Resummarize([split.IncidentId, destination], created, transaction);
        return new IncidentOutcome(ReviewOutcomeKind.Applied, destination, moved, confirmed, null);
    }

    /// <summary>
    /// What a verdict on an incident link or a claim written by <see cref="Apply"/> does to the incidents, in its transaction:
    /// a rejected link moves its claim into a new incident of its own (the rejected one never takes it again); an
    /// undo that gives a link back its earlier incident moves the claim back there, when that incident still exists.
    /// The touched incidents are summed up again. Returns the link's state after (what the audit entry records), or
    /// why the change cannot be made.
    /// </summary>
    /// <remarks>A verdict on a claim goes to <see cref="AfterClaimWrite"/>: a rejected claim leaves its incident at
    /// once, and goes back when the rejection is taken back; it never counts when an incident is summed up here.</remarks>
    private (ReviewSnapshot After, string? Error) AfterWrite(
        ReviewItemState state, ReviewSnapshot after, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        if (state.Ref.Kind == ReviewItemKind.Claim)
        {
            AfterClaimWrite(state, after, reviewer, now, transaction);
            return (after, null);
        }

        var before = state.Snapshot;
        if (state.Ref.Kind != ReviewItemKind.IncidentLink || before.IncidentId is not { } from)
        {
            return (after, null);
        }

        var rowId = state.Ref.RowId;
        if (after.IncidentId is { } back && !string.Equals(back, from, StringComparison.Ordinal))
        {
            if (ReadIncidentRow(back, transaction) is null)
            {
                return (after, $"incident {back} no longer exists (merged into another or left without claims), so the link cannot go back to it; move the claim with a split instead");
            }

            SetClaimIncident(rowId, back, transaction);
            Resummarize([from, back], [], transaction);
            return (after, null);
        }

        if (after.ReviewStatus == StoreVocabulary.Rejected && before.ReviewStatus != StoreVocabulary.Rejected)
        {
            var own = NextIncidentId(transaction);
            CreateIncident(own, transaction);
            SetClaimIncident(rowId, own, transaction);
            Resummarize([from, own], [own], transaction);
            return (after with { IncidentId = own }, null);
        }

        return (after, null);
    }

    private List<StoredIncident> ReadIncidentsWhere(IncidentGrade? grade)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var testimonies = SqliteTestimonyStore.Open(_path, _time);
        var incidents = testimonies.ReadIncidents().Where(i => grade is null || i.Grade == grade).ToList();
        incidents.Sort((x, y) => IncidentIds.Compare(x.IncidentId, y.IncidentId));
        return incidents;
    }

    /// <summary>Moves each claim's link from <paramref name="from"/> to <paramref name="to"/>, marks it corrected,
    /// bumps its version and writes one audit entry for it; returns how many moved.</summary>
    private int MoveLinks(
        IReadOnlyList<long> claimRowIds, string from, string to, ReviewAction action, string reviewer, DateTimeOffset now,
        SqliteTransaction transaction)
    {
        using var read = NewCommand(transaction, "SELECT link_review_status, link_version FROM claims WHERE id = $id");
        using var update = NewCommand(transaction,
            """
            UPDATE claims SET incident_id = $incident_id, link_review_status = $status, link_version = link_version + 1
            WHERE id = $id
            """);
        var moved = 0;
        foreach (var rowId in claimRowIds)
        {
            read.Parameters.Clear();
            read.Parameters.AddWithValue("$id", rowId);
            string status;
            int version;
            using (var reader = read.ExecuteReader())
            {
                if (!reader.Read())
                {
                    throw _sqlite.Corrupt("claims", rowId, "id");
                }

                status = reader.GetString(0);
                version = reader.GetInt32(1);
            }

            update.Parameters.Clear();
            update.Parameters.AddWithValue("$incident_id", to);
            update.Parameters.AddWithValue("$status", StoreVocabulary.Corrected);
            update.Parameters.AddWithValue("$id", rowId);
            update.ExecuteNonQuery();
            InsertAudit(
                new ReviewItemRef(ReviewItemKind.IncidentLink, rowId), reviewer, now, action,
                LinkSnapshot(from, status), LinkSnapshot(to, StoreVocabulary.Corrected), version + 1, transaction);
            moved++;
        }

        return moved;
    }

    /// <summary>Accepts the unreviewed links of the incident's current, unrejected claims, one audit entry each:
    /// a reviewer who merges into or splits an incident says the claims left in it belong there, and linking again
    /// must keep them there. Returns how many were accepted.</summary>
    private int ConfirmLinks(string incidentId, ReviewAction action, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        var unreviewed = UnreviewedLinks(incidentId, transaction);
        using var update = NewCommand(transaction,
            "UPDATE claims SET link_review_status = $status, link_version = link_version + 1 WHERE id = $id");
        foreach (var (rowId, version) in unreviewed)
        {
            update.Parameters.Clear();
            update.Parameters.AddWithValue("$status", StoreVocabulary.Accepted);
            update.Parameters.AddWithValue("$id", rowId);
            update.ExecuteNonQuery();
            InsertAudit(
                new ReviewItemRef(ReviewItemKind.IncidentLink, rowId), reviewer, now, action,
                LinkSnapshot(incidentId, StoreVocabulary.Unreviewed), LinkSnapshot(incidentId, StoreVocabulary.Accepted),
                version + 1, transaction);
        }

        return unreviewed.Count;
    }

    /// <summary>The claim row ids and link versions of the incident's current, unrejected claims whose link is
    /// unreviewed: the links a merge or split confirms.</summary>
    private List<(long RowId, int Version)> UnreviewedLinks(string incidentId, SqliteTransaction transaction)
    {
        var unreviewed = new List<(long RowId, int Version)>();
        using (var read = NewCommand(transaction,
            """
            SELECT c.id, c.link_version FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
            WHERE c.incident_id = $incident_id AND t.status <> 'SUPERSEDED' AND c.review_status <> $rejected
                AND c.link_review_status = $unreviewed
            ORDER BY c.id
            """))
        {
            read.Parameters.AddWithValue("$incident_id", incidentId);
            read.Parameters.AddWithValue("$rejected", StoreVocabulary.Rejected);
            read.Parameters.AddWithValue("$unreviewed", StoreVocabulary.Unreviewed);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                unreviewed.Add((reader.GetInt64(0), reader.GetInt32(1)));
            }
        }

        return unreviewed;
    }

    /// <summary>A refusal naming the holder when another reviewer holds an unexpired lease on the incident link of
    /// one of these claims, else null.</summary>
    private IncidentOutcome? LeasedLink(IReadOnlyList<long> claimRowIds, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        foreach (var rowId in claimRowIds.Distinct())
        {
            var link = new ReviewItemRef(ReviewItemKind.IncidentLink, rowId);
            if (ReadLease(link, now, transaction) is { } lease && lease.Reviewer != reviewer)
            {
                return Refused(ReviewOutcomeKind.LeasedToOther, LeasedToOther(link, 0, lease).Message!);
            }
        }

        return null;
    }

    private void InsertAudit(
        ReviewItemRef item, string reviewer, DateTimeOffset now, ReviewAction action, ReviewSnapshot before,
        ReviewSnapshot after, int versionAfter, SqliteTransaction transaction)
    {
        using var audit = NewCommand(transaction,
            """
            INSERT INTO audit_log (item_kind, item_row_id, reviewer, at, action, before, after, version_after)
            VALUES ($kind, $row_id, $reviewer, $at, $action, $before, $after, $version_after)
            """);
        audit.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        audit.Parameters.AddWithValue("$row_id", item.RowId);
        audit.Parameters.AddWithValue("$reviewer", reviewer);
        audit.Parameters.AddWithValue("$at", Timestamp(now));
        audit.Parameters.AddWithValue("$action", action.ToWire());
        audit.Parameters.AddWithValue("$before", before.ToJson(item.Kind));
        audit.Parameters.AddWithValue("$after", after.ToJson(item.Kind));
        audit.Parameters.AddWithValue("$version_after", versionAfter);
        audit.ExecuteNonQuery();
    }

    private static ReviewSnapshot LinkSnapshot(string incidentId, string status) =>
        new(null, 0, 0, null, null, incidentId, status);

    /// <summary>The row ids of the incident's claims (of current testimonies only, or of all), ascending.</summary>
    private List<long> ClaimsOf(string incidentId, bool currentOnly, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            currentOnly
                ? """
                  SELECT c.id FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
                  WHERE c.incident_id = $incident_id AND t.status <> 'SUPERSEDED' ORDER BY c.id
                  """
                : "SELECT id FROM claims WHERE incident_id = $incident_id ORDER BY id");
        command.Parameters.AddWithValue("$incident_id", incidentId);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The row ids of the claims that make up the incident: current, not rejected.</summary>
    private List<long> MembersOf(string incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            SELECT c.id FROM claims c JOIN testimonies t ON t.id = c.testimony_row_id
            WHERE c.incident_id = $incident_id AND t.status <> 'SUPERSEDED' AND c.review_status <> $rejected
            ORDER BY c.id
            """);
        command.Parameters.AddWithValue("$incident_id", incidentId);
        command.Parameters.AddWithValue("$rejected", StoreVocabulary.Rejected);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>The row ids of the testimonies of these claims.</summary>
    private List<long> TestimoniesOf(IEnumerable<long> claimRowIds, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            "SELECT DISTINCT testimony_row_id FROM claims WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY testimony_row_id");
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', claimRowIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]");
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private IncidentRow? ReadIncidentRow(string incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "SELECT id, version, previous_ids FROM incidents WHERE incident_id = $incident_id");
        command.Parameters.AddWithValue("$incident_id", incidentId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return StoredJson.TryReadStrings(reader.GetString(2), out var previous)
            ? new IncidentRow(incidentId, reader.GetInt32(1), previous)
            : throw _sqlite.Corrupt("incidents", reader.GetInt64(0), "previous_ids");
    }

    /// <summary>The id after the highest ever used: by incidents, their previous ids, retired incidents and claims.</summary>
    private string NextIncidentId(SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            SELECT incident_id FROM incidents
            UNION SELECT p.value FROM incidents i, json_each(i.previous_ids) p
            UNION SELECT incident_id FROM retired_incidents
            UNION SELECT incident_id FROM claims WHERE incident_id IS NOT NULL
            """);
        long highest = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!reader.IsDBNull(0) && reader.GetValue(0) is string id)
            {
                highest = Math.Max(highest, IncidentIds.NumberOf(id) ?? 0);
            }
        }

        return IncidentIds.Of(highest + 1);
    }

    /// <summary>Inserts an incident row to be summed up in the same transaction (claims reference incidents, so the
    /// row comes before its claims).</summary>
    private void CreateIncident(string incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            "INSERT INTO incidents (incident_id, grade) VALUES ($incident_id, $grade)");
        command.Parameters.AddWithValue("$incident_id", incidentId);
        command.Parameters.AddWithValue("$grade", IncidentGrade.SingleSource.ToWire());
        command.ExecuteNonQuery();
    }

    private void SetClaimIncident(long claimRowId, string? incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "UPDATE claims SET incident_id = $incident_id WHERE id = $id");
        command.Parameters.AddWithValue("$incident_id", incidentId is null ? DBNull.Value : incidentId);
        command.Parameters.AddWithValue("$id", claimRowId);
        command.ExecuteNonQuery();
    }

    private void BumpVersion(string incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "UPDATE incidents SET version = version + 1 WHERE incident_id = $incident_id");
        command.Parameters.AddWithValue("$incident_id", incidentId);
        command.ExecuteNonQuery();
    }

    private void SetPreviousIds(string incidentId, ImmutableArray<string> previousIds, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "UPDATE incidents SET previous_ids = $previous_ids WHERE incident_id = $incident_id");
        command.Parameters.AddWithValue("$previous_ids", StoredJson.WriteStrings(previousIds));
        command.Parameters.AddWithValue("$incident_id", incidentId);
        command.ExecuteNonQuery();
    }

    /// <summary>Deletes an incident left without claims and remembers its id, as the linker does, so that no new
    /// incident takes it.</summary>
    private void Retire(string incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            UPDATE claims SET incident_id = NULL WHERE incident_id = $incident_id;
            DELETE FROM incidents WHERE incident_id = $incident_id;
            INSERT OR IGNORE INTO retired_incidents (incident_id) VALUES ($incident_id);
            """);
        command.Parameters.AddWithValue("$incident_id", incidentId);
        command.ExecuteNonQuery();
    }

    /// <summary>Sums up each incident again from its current, unrejected claims and bumps its version (a row made in
    /// this transaction, in <paramref name="created"/>, stays at version 1); an incident left without claims is
    /// retired.</summary>
    private void Resummarize(IReadOnlyList<string> incidentIds, IReadOnlyList<string> created, SqliteTransaction transaction)
    {
        var wanted = new List<(string IncidentId, IReadOnlyList<long> ClaimRowIds, ImmutableArray<string> PreviousIds)>();
        foreach (var incidentId in incidentIds.Distinct(StringComparer.Ordinal))
        {
            var row = ReadIncidentRow(incidentId, transaction);
            if (row is null)
            {
                continue;
            }

            var members = MembersOf(incidentId, transaction);
            if (members.Count == 0)
            {
                // Left with rejected claims only, it waits for the next linking run, which links them nowhere and
                // retires it; until then the row stays, so that their links keep an incident to name.
                if (ClaimsOf(incidentId, currentOnly: false, transaction).Count == 0)
                {
                    Retire(incidentId, transaction);
                }
                else
                {
                    BumpVersion(incidentId, transaction);
                }

                continue;
            }

            wanted.Add((incidentId, members, row.PreviousIds));
        }

        if (wanted.Count == 0)
        {
            return;
        }

        // The claims' fields are read through a second connection: this transaction changes only which incident
        // they are in, which is given here, not read there.
        IReadOnlyList<StoredIncident> summaries;
        using (var testimonies = SqliteTestimonyStore.Open(_path, _time))
        {
            summaries = IncidentStoreLinker.Summarize(testimonies, TestimoniesOf(wanted.SelectMany(w => w.ClaimRowIds), transaction), wanted);
        }

        using var command = NewCommand(transaction,
            """
            UPDATE incidents SET site_id = $site_id, date_from = $date_from, date_to = $date_to, weapon = $weapon,
                actor = $actor, victims_min = $victims_min, victims_max = $victims_max, testimonies = $testimonies,
                independent_sources = $independent_sources, grade = $grade, conflicts = $conflicts,
                version = version + $bump
            WHERE incident_id = $incident_id
            """);
        foreach (var incident in summaries)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$site_id", (object?)incident.SiteId ?? DBNull.Value);
            command.Parameters.AddWithValue("$date_from", Date(incident.DateFrom));
            command.Parameters.AddWithValue("$date_to", Date(incident.DateTo));
            command.Parameters.AddWithValue("$weapon", (object?)incident.Weapon?.ToWire() ?? DBNull.Value);
            command.Parameters.AddWithValue("$actor", (object?)incident.Actor ?? DBNull.Value);
            command.Parameters.AddWithValue("$victims_min", (object?)incident.VictimsMin ?? DBNull.Value);
            command.Parameters.AddWithValue("$victims_max", (object?)incident.VictimsMax ?? DBNull.Value);
            command.Parameters.AddWithValue("$testimonies", StoredJson.WriteStrings(incident.Testimonies));
            command.Parameters.AddWithValue("$independent_sources", incident.IndependentSources);
            command.Parameters.AddWithValue("$grade", incident.Grade.ToWire());
            command.Parameters.AddWithValue("$conflicts", StoredJson.WriteStrings(incident.Conflicts));
            command.Parameters.AddWithValue("$bump", created.Contains(incident.IncidentId, StringComparer.Ordinal) ? 0 : 1);
            command.Parameters.AddWithValue("$incident_id", incident.IncidentId);
            command.ExecuteNonQuery();
        }
    }

    private static object Date(DateOnly? date) =>
        date is { } d ? d.ToString(IsoDate.Format, CultureInfo.InvariantCulture) : DBNull.Value;

    private DateOnly? ParseDate(SqliteDataReader reader, int ordinal, long rowId)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return DateOnly.TryParseExact(reader.GetString(ordinal), IsoDate.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw _sqlite.Corrupt("claims", rowId, reader.GetName(ordinal));
    }

    private static IncidentOutcome Refused(ReviewOutcomeKind kind, string message) => new(kind, null, 0, 0, message);

    private static IncidentOutcome StaleIncidents(IncidentRow first, IncidentRow? second)
    {
        var versions = second is null
            ? string.Create(CultureInfo.InvariantCulture, $"{first.IncidentId} is at version {first.Version}")
            : string.Create(CultureInfo.InvariantCulture,
                $"{first.IncidentId} is at version {first.Version}, {second.IncidentId} at version {second.Version}");
        return Refused(ReviewOutcomeKind.Stale,
            $"the incidents were changed by someone else meanwhile ({versions}); reload and try again");
    }

    /// <summary>The fields of an incident row a merge or split checks.</summary>
    private sealed record IncidentRow(string IncidentId, int Version, ImmutableArray<string> PreviousIds);
}
