using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Store;

/// <summary>
/// The claims whose incident link a reviewer rejected: the store keeps the link, marked, so the exports of
/// reviewed data drop it themselves (<see cref="StoredClaim"/> does not carry the link's review status).
/// </summary>
public static class ReviewedExportLinks
{
    /// <summary>Row ids of the claims whose incident link is <see cref="StoreVocabulary.Rejected"/> and that are still
    /// in the incident the reviewer rejected.</summary>
    /// <remarks>The caller checks that the file exists: opening a missing path would create a store.</remarks>
    /// <exception cref="StoreException">The store cannot be opened or read.</exception>
    public static IReadOnlySet<long> ReadRejected(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        using var connection = SqliteTestimonyStore.OpenConnection(databasePath, out _);
        try
        {
            using var command = connection.CreateCommand();
            // A rejected link moves its claim into an incident of its own at once; only a claim still in the incident
            // its link to which was rejected (a store reviewed before that rule, not linked again since) is left.
            command.CommandText =
                $"""
                SELECT DISTINCT c.id FROM claims c JOIN ({SqliteTestimonyStore.RejectedLinksSql}) r (claim_row_id, incident_id)
                    ON r.claim_row_id = c.id AND r.incident_id = c.incident_id
                WHERE c.link_review_status = $rejected
                """;
            command.Parameters.AddWithValue("$rejected", StoreVocabulary.Rejected);
            var rows = new HashSet<long>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(reader.GetInt64(0));
            }

            return rows;
        }
        catch (SqliteException exception)
        {
            throw new StoreException($"{databasePath}: the incident links cannot be read", exception);
        }
    }
}
