using Microsoft.AspNetCore.Identity;
using TestimonyNlp.Store;

namespace TestimonyNlp.Review;

/// <summary>Password hashes of review accounts: ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2).</summary>
public static class ReviewPasswords
{
    private static readonly PasswordHasher<ReviewUser> Hasher = new();

    private static readonly ReviewUser Decoy = new(0, string.Empty, ReviewRole.Viewer, string.Empty, DateTimeOffset.UnixEpoch);

    // Checked against when the name is unknown, so that a wrong name takes as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(Decoy, Guid.NewGuid().ToString("N")));

    /// <summary>Why <paramref name="password"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "the password is empty";
        }

        return password.Length < Defaults.MinimumLength
            ? $"the password must have at least {Defaults.MinimumLength} characters"
            : null;
    }

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public static string Hash(string password) => Hasher.HashPassword(Decoy, password);

    /// <summary>
    /// Whether <paramref name="password"/> is <paramref name="user"/>'s password. A null user (no such name) still
    /// costs one hash check and gives <see cref="PasswordCheck.Wrong"/>.
    /// </summary>
    public static PasswordCheck Check(ReviewUser? user, string password)
    {
        if (user is null)
        {
            Hasher.VerifyHashedPassword(Decoy, DecoyHash.Value, password);
            return PasswordCheck.Wrong;
        }

        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.RightButRehash,
            _ => PasswordCheck.Wrong,
        };
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The shortest password accepted.</summary>
        public const int MinimumLength = 8;
    }
}

/// <summary>The result of checking a password.</summary>
public enum PasswordCheck
{
    /// <summary>Not the password (or no such user).</summary>
    Wrong,

    /// <summary>The password.</summary>
    Right,

    /// <summary>The password, but its hash was made with older or weaker settings: store a new hash.</summary>
    RightButRehash,
}
