using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Store;

/// <summary>
/// Runs reads against one SQLite file and turns what SQLite throws into <see cref="StoreException"/>s that name the
/// file and the failure, never the data, so both stores report errors in the same words.
/// </summary>
internal sealed class SqliteFailures
{
    private readonly string _path;

    /// <summary>Creates the reporter for the store file at <paramref name="path"/>.</summary>
    public SqliteFailures(string path)
    {
        _path = path;
    }

    /// <summary>Executes <paramref name="command"/> as a reader.</summary>
    /// <exception cref="StoreException">SQLite refused the read.</exception>
    public SqliteDataReader ExecuteReader(SqliteCommand command)
    {
        try
        {
            return command.ExecuteReader();
        }
        catch (SqliteException exception)
        {
            throw Read(exception);
        }
    }

    /// <summary>Advances <paramref name="reader"/> to its next row.</summary>
    /// <exception cref="StoreException">SQLite failed while reading.</exception>
    public bool ReadRow(SqliteDataReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException exception)
        {
            throw Read(exception);
        }
    }

    /// <summary>The exception for a read SQLite refused.</summary>
    public StoreException Read(SqliteException exception) =>
        new($"{_path} cannot be read (SQLite error {exception.SqliteErrorCode}: {exception.Message})", exception);

    /// <summary>The exception for a write SQLite refused; <paramref name="what"/> says what was not done.</summary>
    public StoreException Write(string what, SqliteException exception) =>
        new($"{_path}: {what} (SQLite error {exception.SqliteErrorCode}: {exception.Message})", exception);

    /// <summary>The exception for a stored value this build cannot read.</summary>
    public StoreException Corrupt(string table, long rowId, string column) =>
        new($"{_path} is corrupt: table {table}, row {rowId.ToString(CultureInfo.InvariantCulture)}, "
            + $"column {column} holds a value this build cannot read");
}
