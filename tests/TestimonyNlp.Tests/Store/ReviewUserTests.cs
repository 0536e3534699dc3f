using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewUserTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddUser_NewName_ReturnsUserAndFindUserReadsItBack()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));

        var added = store.AddUser("amira", ReviewRole.Admin, "AQAAAAIAAYagAAAAEhash");
        var found = store.FindUser("amira");

        Assert.Equal(new ReviewUser(1, "amira", ReviewRole.Admin, "AQAAAAIAAYagAAAAEhash", Now), added);
        Assert.Equal(added, found);
    }

    [Fact]
    public void FindUser_OtherLetterCase_FindsTheUser()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        store.AddUser("Amira", ReviewRole.Reviewer, "h1");

        var found = store.FindUser("AMIRA");

        Assert.Equal("Amira", found?.Name);
    }

    [Fact]
    public void FindUser_UnknownName_ReturnsNull()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        store.AddUser("amira", ReviewRole.Reviewer, "h1");

        Assert.Null(store.FindUser("bilal"));
    }

    [Fact]
    public void AddUser_DuplicateName_ThrowsStoreExceptionNamingTheUser()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        store.AddUser("amira", ReviewRole.Reviewer, "h1");

        var exception = Assert.Throws<StoreException>(() => store.AddUser("AMIRA", ReviewRole.Viewer, "h2"));

        Assert.Equal($"{DatabasePath}: a user named AMIRA already exists", exception.Message);
        Assert.Single(store.ReadUsers());
    }

    [Fact]
    public void ReadUsers_ThreeUsers_ReturnsThemInCreationOrderWithRoles()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        store.AddUser("zaid", ReviewRole.Viewer, "h1");
        store.AddUser("amira", ReviewRole.Admin, "h2");
        store.AddUser("bilal", ReviewRole.Reviewer, "h3");

        var users = store.ReadUsers();

        Assert.Equal(
            [(1L, "zaid", ReviewRole.Viewer), (2L, "amira", ReviewRole.Admin), (3L, "bilal", ReviewRole.Reviewer)],
            users.Select(u => (u.Id, u.Name, u.Role)));
        Assert.Equal("ADMIN", SqliteProbe.Scalar(DatabasePath, "SELECT role FROM users WHERE id = 2"));
    }

    [Fact]
    public void AddUser_SecondConnection_SeesTheUser()
    {
        using var first = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        using var second = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));

        first.AddUser("amira", ReviewRole.Reviewer, "h1");

        Assert.Equal(1L, second.FindUser("amira")?.Id);
    }

    [Fact]
    public void SetUserRole_KnownUser_ChangesTheRole()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        store.AddUser("amira", ReviewRole.Viewer, "h1");

        Assert.True(store.SetUserRole("AMIRA", ReviewRole.Reviewer));
        Assert.False(store.SetUserRole("bilal", ReviewRole.Admin));

        Assert.Equal(ReviewRole.Reviewer, store.FindUser("amira")?.Role);
        Assert.Single(store.ReadUsers());
    }

    [Fact]
    public void SetPasswordHash_KnownUser_ReplacesTheHash()
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
        store.AddUser("amira", ReviewRole.Reviewer, "h1");

        Assert.True(store.SetPasswordHash("amira", "h2"));
        Assert.False(store.SetPasswordHash("bilal", "h3"));

        Assert.Equal("h2", store.FindUser("amira")?.PasswordHash);
    }

    [Theory]
    [InlineData(" amira")]
    [InlineData("amira ")]
    [InlineData("ami\nra")]
    [InlineData("   ")]
    public void AddUser_BadName_ThrowsArgumentException(string name)
    {
        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));

        var exception = Assert.ThrowsAny<ArgumentException>(() => store.AddUser(name, ReviewRole.Reviewer, "h1"));

        Assert.Equal("name", exception.ParamName);
        Assert.Empty(store.ReadUsers());
    }

    [Fact]
    public void ToString_User_LeavesThePasswordHashOut()
    {
        var user = new ReviewUser(1, "amira", ReviewRole.Admin, "secret-hash", Now);

        Assert.Equal("ReviewUser { Id = 1, Name = amira, Role = Admin, CreatedAt = 2026-03-04T05:06:07.8900000+00:00 }",
            user.ToString());
    }

    [Theory]
    [InlineData("admin", ReviewRole.Admin)]
    [InlineData("REVIEWER", ReviewRole.Reviewer)]
    [InlineData("Viewer", ReviewRole.Viewer)]
    public void TryParseRole_AnyLetterCase_ParsesTheRole(string wire, ReviewRole expected)
    {
        Assert.True(ReviewVocabulary.TryParseRole(wire, out var role));
        Assert.Equal(expected, role);
    }

    [Fact]
    public void TryParseRole_UnknownRole_ReturnsFalse()
    {
        Assert.False(ReviewVocabulary.TryParseRole("owner", out _));
    }
}
