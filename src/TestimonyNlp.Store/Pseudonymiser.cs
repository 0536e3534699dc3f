using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using TestimonyNlp.Entities.Places;

namespace TestimonyNlp.Store;

/// <summary>
/// Stable pseudonyms for person names: <c>Person-</c> and the first hex digits of an HMAC-SHA256 of the folded name
/// (<see cref="Fold"/>) under a secret key. One name always gives one pseudonym under one key, and without the key
/// a pseudonym cannot be traced back to a name by trying names.
/// </summary>
public sealed class Pseudonymiser
{
    private readonly byte[] _key;

    /// <summary>Makes pseudonyms under <paramref name="key"/>.</summary>
    /// <param name="key">The secret; at least <see cref="Defaults.MinKeyBytes"/> bytes.</param>
    /// <exception cref="ArgumentException">The key is too short.</exception>
    public Pseudonymiser(ReadOnlySpan<byte> key)
    {
        if (key.Length < Defaults.MinKeyBytes)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"the key must have at least {Defaults.MinKeyBytes} bytes"),
                nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>
    /// The pseudonymiser of the store at <paramref name="databasePath"/>: its secret is made once, with a
    /// cryptographic random generator, and kept in the store (table <c>pseudonym_secret</c>), so every export
    /// of the store gives each person the same pseudonym.
    /// </summary>
    /// <remarks>The caller checks that the file exists: opening a missing path would create a store.</remarks>
    /// <exception cref="StoreException">The store cannot be opened or written.</exception>
    public static Pseudonymiser ForStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        using var connection = SqliteTestimonyStore.OpenConnection(databasePath, out _);
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;

                // INSERT OR IGNORE keeps the first secret when two exports start at once.
                command.CommandText = "INSERT OR IGNORE INTO pseudonym_secret (id, secret) VALUES (1, $secret)";
                command.Parameters.AddWithValue("$secret", RandomNumberGenerator.GetBytes(Defaults.KeyBytes));
                command.ExecuteNonQuery();
            }

            byte[] secret;
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "SELECT secret FROM pseudonym_secret WHERE id = 1";
                secret = (byte[])command.ExecuteScalar()!;
            }

            transaction.Commit();
            return new Pseudonymiser(secret);
        }
        catch (SqliteException exception)
        {
            throw new StoreException($"{databasePath}: the pseudonym secret cannot be read or written", exception);
        }
    }

    /// <summary>The pseudonym of <paramref name="name"/> (<c>Person-</c> and
    /// <see cref="Defaults.HexDigits"/> upper-case hex digits); names that fold alike share it.</summary>
    public string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(Fold(name)));
        return Defaults.Prefix + Convert.ToHexString(hash)[..Defaults.HexDigits];
    }

    /// <summary>
    /// The form names are compared in: the project's exact name key (<see cref="PlaceNameFolding.Plain"/>), lower
    /// case, diacritics removed (<c>Hüseyin</c> = <c>Huseyin</c>), apostrophes dropped, and every run of spaces,
    /// hyphens and other punctuation one space.
    /// </summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return PlaceNameFolding.Key(name, PlaceMatchLevel.Exact);
    }

    /// <summary>Defaults of the pseudonyms.</summary>
    public static class Defaults
    {
        /// <summary>What every pseudonym starts with.</summary>
        public const string Prefix = "Person-";

        /// <summary>Hex digits after the prefix: 40 bits, so that even a store with tens of thousands of people
        /// is unlikely to give two of them one pseudonym (6 digits would, from a few thousand).</summary>
        public const int HexDigits = 10;

        /// <summary>Length of the secret a store is given.</summary>
        public const int KeyBytes = 32;

        /// <summary>The shortest key accepted.</summary>
        public const int MinKeyBytes = 16;
    }
}
