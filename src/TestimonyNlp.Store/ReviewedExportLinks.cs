using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Store;

/// <summary>
/// The claims whose incident link a reviewer rejected: the store moves such a claim into an incident of its own and
/// keeps the link's status, marked, so the exports of reviewed data leave its incident out themselves: the reviewer
/// said where it does not belong, not where it does.
/// </summary>
public static class ReviewedExportLinks
{
    /// <summary>Row ids of the claims whose incident link is <see cref="StoreVocabulary.Rejected"/>.</summary>
    /// <remarks>The caller checks that the file exists: opening a missing path would create a store.</remarks>
    /// <exception cref="StoreException">The store cannot be opened or read.</exception>
    public static IReadOnlySet<long> ReadRejected(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        using var connection = SqliteTestimonyStore.OpenConnection(databasePath, out _);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id FROM claims WHERE incident_id IS NOT NULL AND link_review_status = $rejected";
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
