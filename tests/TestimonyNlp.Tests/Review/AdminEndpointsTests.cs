using System.Net;
using System.Text.RegularExpressions;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>The users page (<c>/admin/users</c>) through <c>WebApplicationFactory</c>, with admin <c>ada</c> added
/// to the shared host's accounts.</summary>
public sealed partial class AdminEndpointsTests : IDisposable
{
    private readonly ReviewTestHost _host = new();

    public AdminEndpointsTests() => _host.AddAdmin(AdminName, AdminPassword);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Users_Admin_ListsEveryUserWithRole()
    {
        var client = await _host.LoggedInAsync(AdminName, AdminPassword);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = UserRow().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value + "=" + m.Groups[2].Value);
        Assert.Equal(["rita=reviewer", "rob=reviewer", "vera=viewer", "ada=admin"], rows);
    }

    [Fact]
    public async Task Header_Admin_HasUsersLink()
    {
        var client = await _host.LoggedInAsync(AdminName, AdminPassword);

        var page = await client.GetStringAsync("/incidents");

        Assert.Contains("<a href=\"/incidents\">Incidents</a><a href=\"/admin/users\">Users</a><span>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewerName, ReviewerPassword)]
    [InlineData(ViewerName, ViewerPassword)]
    public async Task Header_NotAdmin_NoUsersLink(string name, string password)
    {
        var client = await _host.LoggedInAsync(name, password);

        var page = await client.GetStringAsync("/incidents");

        Assert.Contains("<a href=\"/incidents\">Incidents</a><span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/users", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewerName, ReviewerPassword)]
    [InlineData(ViewerName, ViewerPassword)]
    public async Task Users_NotAdmin_Forbidden(string name, string password)
    {
        var client = await _host.LoggedInAsync(name, password);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Users_NotLoggedIn_RedirectsToLogin()
    {
        var response = await _host.Client().GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fadmin%2Fusers", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AddUser_Admin_StoresHashedPasswordAndTheUserLogsIn()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync("/admin/users", Form(
            (Token, token), ("name", " nadia "), ("role", "viewer"), ("password", "nadia-password-1"), ("confirm", "nadia-password-1")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/admin/users?done=added", response.Headers.Location?.OriginalString);
        using (var store = _host.OpenStore())
        {
            var user = store.FindUser("nadia");
            Assert.NotNull(user);
            Assert.Equal(ReviewRole.Viewer, user.Role);
            Assert.DoesNotContain("nadia-password-1", user.PasswordHash, StringComparison.Ordinal);
            Assert.Equal(PasswordCheck.Right, ReviewPasswords.Check(user, "nadia-password-1"));
        }

        Assert.Equal(HttpStatusCode.SeeOther, (await LoginAsync(_host.Client(), "nadia", "nadia-password-1")).StatusCode);
    }

    [Fact]
    public async Task AddUser_PasswordsDiffer_BadRequestAndNoUser()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync("/admin/users", Form(
            (Token, token), ("name", "nadia"), ("role", "viewer"), ("password", "nadia-password-1"), ("confirm", "nadia-password-2")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The two passwords differ.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = _host.OpenStore();
        Assert.Null(store.FindUser("nadia"));
    }

    [Fact]
    public async Task AddUser_ShortPassword_BadRequestAndNoUser()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync("/admin/users", Form(
            (Token, token), ("name", "nadia"), ("role", "viewer"), ("password", "short"), ("confirm", "short")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var store = _host.OpenStore();
        Assert.Null(store.FindUser("nadia"));
    }

    [Fact]
    public async Task AddUser_NameTakenInOtherCase_ConflictAndRoleUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync("/admin/users", Form(
            (Token, token), ("name", "RITA"), ("role", "admin"), ("password", "other-password-1"), ("confirm", "other-password-1")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewRole.Reviewer, store.FindUser(ReviewerName)!.Role);
        Assert.Equal(4, store.ReadUsers().Count);
    }

    [Fact]
    public async Task AddUser_WithoutAntiforgeryToken_BadRequestAndNoUser()
    {
        var client = await _host.LoggedInAsync(AdminName, AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);

        var response = await client.PostAsync("/admin/users", Form(
            ("name", "nadia"), ("role", "admin"), ("password", "nadia-password-1"), ("confirm", "nadia-password-1")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var store = _host.OpenStore();
        Assert.Null(store.FindUser("nadia"));
    }

    [Fact]
    public async Task AddUser_Reviewer_ForbiddenAndNoUser()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/");

        var response = await client.PostAsync("/admin/users", Form(
            (Token, token), ("name", "nadia"), ("role", "admin"), ("password", "nadia-password-1"), ("confirm", "nadia-password-1")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var store = _host.OpenStore();
        Assert.Null(store.FindUser("nadia"));
    }

    [Fact]
    public async Task ChangeRole_Admin_StoreHasNewRole()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync($"/admin/users/{IdOf(ViewerName)}/role", Form((Token, token), ("role", "reviewer")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewRole.Reviewer, store.FindUser(ViewerName)!.Role);
    }

    [Fact]
    public async Task ChangeRole_LastAdminDemotesSelf_ConflictAndStillAdmin()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync($"/admin/users/{IdOf(AdminName)}/role", Form((Token, token), ("role", "viewer")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ada is the last admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewRole.Admin, store.FindUser(AdminName)!.Role);
    }

    [Fact]
    public async Task ChangeRole_OneOfTwoAdminsDemotesSelf_DemotedAndSignedOut()
    {
        _host.AddAdmin("omar", "omar-password-1");

        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync($"/admin/users/{IdOf(AdminName)}/role", Form((Token, token), ("role", "reviewer")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users")).StatusCode);
        using var reopened = _host.OpenStore();
        Assert.Equal(ReviewRole.Reviewer, reopened.FindUser(AdminName)!.Role);
    }

    [Fact]
    public async Task ChangeRole_UnknownRole_BadRequestAndUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync($"/admin/users/{IdOf(ViewerName)}/role", Form((Token, token), ("role", "owner")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewRole.Viewer, store.FindUser(ViewerName)!.Role);
    }

    [Fact]
    public async Task ResetPassword_Admin_NewPasswordLogsInAndOldDoesNot()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync(
            $"/admin/users/{IdOf(ReviewerName)}/password", Form((Token, token), ("password", "rita-new-password"), ("confirm", "rita-new-password")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/admin/users?done=password", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(_host.Client(), ReviewerName, ReviewerPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await LoginAsync(_host.Client(), ReviewerName, "rita-new-password")).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_UnknownUser_NotFound()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(AdminName, AdminPassword, "/admin/users");

        var response = await client.PostAsync("/admin/users/999/password", Form((Token, token), ("password", "some-password-1"), ("confirm", "some-password-1")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_Viewer_ForbiddenAndPasswordUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ViewerName, ViewerPassword, "/");

        var response = await client.PostAsync(
            $"/admin/users/{IdOf(AdminName)}/password", Form((Token, token), ("password", "taken-over-123"), ("confirm", "taken-over-123")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await LoginAsync(_host.Client(), AdminName, AdminPassword)).StatusCode);
    }

    private long IdOf(string name)
    {
        using var store = _host.OpenStore();
        return store.FindUser(name)!.Id;
    }

    [GeneratedRegex("<tr id=\"user-\\d+\"><td>([^<]*)</td><td class=\"role\">([^<]*)</td>")]
    private static partial Regex UserRow();
}
