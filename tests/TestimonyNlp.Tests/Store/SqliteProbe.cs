using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Tests.Store;

/// <summary>Plain SQL against a store file, bypassing the store, to check and corrupt what it wrote.</summary>
internal static class SqliteProbe
{
    /// <summary>A plain connection to a database file.</summary>
    public static SqliteConnection Connect(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public static object? Scalar(string databasePath, string sql)
    {
        using var connection = Connect(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static void Execute(string databasePath, string sql)
    {
        using var connection = Connect(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A clock that always says the same time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
