using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

/// <summary><see cref="SqliteReviewStore.SetUserRoleKeepingAdmin"/>: never demotes the last admin, counted under the
/// write lock so that two connections cannot both demote one of the last two.</summary>
public sealed class UserRoleKeepingAdminTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public UserRoleKeepingAdminTests()
    {
        using var store = SqliteReviewStore.Open(DatabasePath);
        store.AddUser("ada", ReviewRole.Admin, "h1");
        store.AddUser("omar", ReviewRole.Admin, "h2");
        store.AddUser("rita", ReviewRole.Reviewer, "h3");
    }

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SetUserRoleKeepingAdmin_TwoConnectionsDemoteTheTwoRemainingAdmins_SecondIsLastAdmin()
    {
        using var first = SqliteReviewStore.Open(DatabasePath);
        using var second = SqliteReviewStore.Open(DatabasePath);

        var demoted = first.SetUserRoleKeepingAdmin("ada", ReviewRole.Reviewer);
        var refused = second.SetUserRoleKeepingAdmin("omar", ReviewRole.Viewer);

        Assert.Equal((UserRoleOutcome.Applied, UserRoleOutcome.LastAdmin), (demoted, refused));
        Assert.Equal(["ada=Reviewer", "omar=Admin", "rita=Reviewer"], Roles());
    }

    [Fact]
    public void SetUserRoleKeepingAdmin_TwoConnectionsAtOnce_ExactlyOneDemotedAndOneAdminLeft()
    {
        var outcomes = new UserRoleOutcome[2];
        using var start = new Barrier(2);
        var threads = new[] { "ada", "omar" }.Select((name, i) => new Thread(() =>
        {
            using var store = SqliteReviewStore.Open(DatabasePath);
            start.SignalAndWait();
            outcomes[i] = store.SetUserRoleKeepingAdmin(name, ReviewRole.Reviewer);
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal([UserRoleOutcome.Applied, UserRoleOutcome.LastAdmin], outcomes.Order().ToArray());
        Assert.Equal(1, Roles().Count(r => r.EndsWith("=Admin", StringComparison.Ordinal)));
    }

    [Fact]
    public void SetUserRoleKeepingAdmin_LastAdminKeepsAdmin_Applied()
    {
        using var store = SqliteReviewStore.Open(DatabasePath);
        store.SetUserRoleKeepingAdmin("omar", ReviewRole.Reviewer);

        Assert.Equal(UserRoleOutcome.Applied, store.SetUserRoleKeepingAdmin("ada", ReviewRole.Admin));
        Assert.Equal(UserRoleOutcome.LastAdmin, store.SetUserRoleKeepingAdmin("ADA", ReviewRole.Viewer));
        Assert.Equal(["ada=Admin", "omar=Reviewer", "rita=Reviewer"], Roles());
    }

    [Fact]
    public void SetUserRoleKeepingAdmin_NotAnAdminAndOtherCase_Applied()
    {
        using var store = SqliteReviewStore.Open(DatabasePath);

        Assert.Equal(UserRoleOutcome.Applied, store.SetUserRoleKeepingAdmin("RITA", ReviewRole.Viewer));
        Assert.Equal(["ada=Admin", "omar=Admin", "rita=Viewer"], Roles());
    }

    [Fact]
    public void SetUserRoleKeepingAdmin_UnknownName_NotFoundAndNothingChanged()
    {
        using var store = SqliteReviewStore.Open(DatabasePath);

        Assert.Equal(UserRoleOutcome.NotFound, store.SetUserRoleKeepingAdmin("nobody", ReviewRole.Admin));
        Assert.Equal(["ada=Admin", "omar=Admin", "rita=Reviewer"], Roles());
    }

    private string[] Roles()
    {
        using var store = SqliteReviewStore.Open(DatabasePath);
        return [.. store.ReadUsers().Select(u => $"{u.Name}={u.Role}")];
    }
}
