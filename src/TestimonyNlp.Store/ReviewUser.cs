namespace TestimonyNlp.Store;

/// <summary>One account of the review queue.</summary>
/// <param name="Id">The store's row id of the user.</param>
/// <param name="Name">The login name, unique in the store regardless of ASCII letter case.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="PasswordHash">The password hash exactly as given to <see cref="IReviewStore.AddUser"/> (for example
/// the output of ASP.NET Core's <c>PasswordHasher</c>); the store never sees a password.</param>
/// <param name="CreatedAt">When the account was created (UTC, millisecond precision).</param>
public sealed record ReviewUser(long Id, string Name, ReviewRole Role, string PasswordHash, DateTimeOffset CreatedAt)
{
    /// <summary>Leaves the password hash out, so that logging a user never writes it.</summary>
    public override string ToString() =>
        $"ReviewUser {{ Id = {Id}, Name = {Name}, Role = {Role}, CreatedAt = {CreatedAt:O} }}";
}
