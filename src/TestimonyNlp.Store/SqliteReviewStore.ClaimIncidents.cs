using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Store;

/// <summary>
/// What a verdict on a claim does to its incident: a rejected claim leaves its incident at once, so that the
/// incident's toll, sources and grade (and an <c>export</c> made before the next <c>process</c>) no longer count it;
/// taking the rejection back (undo, or another verdict) puts it back when that incident still exists.
/// </summary>
public sealed partial class SqliteReviewStore
{
    /// <summary>
    /// Moves the claim of <paramref name="state"/> out of or back into its incident after <see cref="Apply"/> wrote
    /// <paramref name="after"/>, in its transaction. The link's move is audited as its own entry
    /// (<see cref="ReviewAction.ClaimRejected"/>, reverted by an <see cref="ReviewAction.Undo"/> of the link when the
    /// claim goes back) and bumps the link's version; the incident is summed up again. An incident left without
    /// claims is retired, as after a split, and then the claim waits for the next linking run.
    /// </summary>
    private void AfterClaimWrite(ReviewItemState state, ReviewSnapshot after, string reviewer, DateTimeOffset now, SqliteTransaction transaction)
    {
        var before = state.Snapshot;
        var rowId = state.Ref.RowId;
        var wasRejected = before.ReviewStatus == StoreVocabulary.Rejected;
        var isRejected = after.ReviewStatus == StoreVocabulary.Rejected;
        if (!wasRejected && isRejected && before.IncidentId is { } from)
        {
            var (status, version) = ReadLinkState(rowId, transaction);
            MoveClaimLink(rowId, null, transaction);
            InsertLinkAudit(rowId, reviewer, now, ReviewAction.ClaimRejected, from, null, status, version + 1, null, transaction);
            Resummarize([from], [], transaction);
            return;
        }

        if (!wasRejected || isRejected)
        {
            return;
        }

        if (before.IncidentId is { } current)
        {
            // Rejected before a rejection took claims out of their incidents: it counts again where it is.
            Resummarize([current], [], transaction);
            return;
        }

        if (LastCut(rowId, transaction) is not { } cut || ReadIncidentRow(cut.IncidentId, transaction) is null)
        {
            return;
        }

        var (linkStatus, linkVersion) = ReadLinkState(rowId, transaction);
        MoveClaimLink(rowId, cut.IncidentId, transaction);
        InsertLinkAudit(rowId, reviewer, now, ReviewAction.Undo, null, cut.IncidentId, linkStatus, linkVersion + 1, cut.AuditId, transaction);
        Resummarize([cut.IncidentId], [], transaction);
    }

    /// <summary>The claim's link status and version.</summary>
    private (string Status, int Version) ReadLinkState(long claimRowId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "SELECT link_review_status, link_version FROM claims WHERE id = $id");
        command.Parameters.AddWithValue("$id", claimRowId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt32(1)) : throw _sqlite.Corrupt("claims", claimRowId, "id");
    }

    private void MoveClaimLink(long claimRowId, string? incidentId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            "UPDATE claims SET incident_id = $incident_id, link_version = link_version + 1 WHERE id = $id");
        command.Parameters.AddWithValue("$incident_id", incidentId is null ? DBNull.Value : incidentId);
        command.Parameters.AddWithValue("$id", claimRowId);
        command.ExecuteNonQuery();
    }

    /// <summary>The latest link entry that a claim's rejection cut and nothing reverted yet, with the incident the
    /// claim left; null when there is none.</summary>
    private (long AuditId, string IncidentId)? LastCut(long claimRowId, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction,
            """
            SELECT a.id, json_extract(a.before, '$.incident_id')
            FROM audit_log a
            WHERE a.item_kind = $kind AND a.item_row_id = $row_id AND a.action = $action
                AND NOT EXISTS (SELECT 1 FROM audit_log u WHERE u.reverts = a.id)
            ORDER BY a.id DESC
            LIMIT 1
            """);
        command.Parameters.AddWithValue("$kind", KindWire(ReviewItemKind.IncidentLink));
        command.Parameters.AddWithValue("$row_id", claimRowId);
        command.Parameters.AddWithValue("$action", ReviewAction.ClaimRejected.ToWire());
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return reader.IsDBNull(1) ? throw _sqlite.Corrupt("audit_log", reader.GetInt64(0), "before") : (reader.GetInt64(0), reader.GetString(1));
    }

    private void InsertLinkAudit(
        long claimRowId, string reviewer, DateTimeOffset now, ReviewAction action, string? fromIncident, string? toIncident,
        string status, int versionAfter, long? reverts, SqliteTransaction transaction)
    {
        var item = new ReviewItemRef(ReviewItemKind.IncidentLink, claimRowId);
        using var audit = NewCommand(transaction,
            """
            INSERT INTO audit_log (item_kind, item_row_id, reviewer, at, action, before, after, version_after, reverts)
            VALUES ($kind, $row_id, $reviewer, $at, $action, $before, $after, $version_after, $reverts)
            """);
        audit.Parameters.AddWithValue("$kind", KindWire(item.Kind));
        audit.Parameters.AddWithValue("$row_id", claimRowId);
        audit.Parameters.AddWithValue("$reviewer", reviewer);
        audit.Parameters.AddWithValue("$at", Timestamp(now));
        audit.Parameters.AddWithValue("$action", action.ToWire());
        audit.Parameters.AddWithValue("$before", new ReviewSnapshot(null, 0, 0, null, null, fromIncident, status).ToJson(item.Kind));
        audit.Parameters.AddWithValue("$after", new ReviewSnapshot(null, 0, 0, null, null, toIncident, status).ToJson(item.Kind));
        audit.Parameters.AddWithValue("$version_after", versionAfter);
        audit.Parameters.AddWithValue("$reverts", reverts is { } r ? r : DBNull.Value);
        audit.ExecuteNonQuery();
    }
}
