using Microsoft.Data.Sqlite;

namespace TestimonyNlp.Store;

/// <summary>Role changes that keep at least one admin, whoever else changes roles at the same time.</summary>
public sealed partial class SqliteReviewStore
{
    /// <inheritdoc/>
    public UserRoleOutcome SetUserRoleKeepingAdmin(string name, ReviewRole role)
    {
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }

        try
        {
            // IMMEDIATE: the write lock is taken before the admins are counted, so that two admins demoting each other
            // on two connections are counted one after the other and the second finds the first already demoted.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var current = ReadRole(name, transaction);
            if (current is null)
            {
                return UserRoleOutcome.NotFound;
            }

            if (current == ReviewRole.Admin.ToWire() && role != ReviewRole.Admin && CountAdmins(transaction) <= 1)
            {
                return UserRoleOutcome.LastAdmin;
            }

            using var update = NewCommand(transaction, "UPDATE users SET role = $role WHERE name = $name");
            update.Parameters.AddWithValue("$role", role.ToWire());
            update.Parameters.AddWithValue("$name", name);
            update.ExecuteNonQuery();
            transaction.Commit();
            return UserRoleOutcome.Applied;
        }
        catch (SqliteException exception)
        {
            throw _sqlite.Write($"the user {name} was not changed", exception);
        }
    }

    private string? ReadRole(string name, SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "SELECT role FROM users WHERE name = $name");
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() as string;
    }

    private long CountAdmins(SqliteTransaction transaction)
    {
        using var command = NewCommand(transaction, "SELECT count(*) FROM users WHERE role = $admin");
        command.Parameters.AddWithValue("$admin", ReviewRole.Admin.ToWire());
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
