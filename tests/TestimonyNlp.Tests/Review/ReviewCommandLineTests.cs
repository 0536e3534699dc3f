using System.Net;
using System.Text;
using TestimonyNlp.Cli;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Cli;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary><c>testimony users</c> and <c>testimony review</c> over a real store.</summary>
public sealed class ReviewCommandLineTests : IDisposable
{
    private readonly ReviewTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task UsersAdd_PasswordOnStdin_ThenLoginWorks()
    {
        var cli = await RunAsync("nadia-password\n", "users", "add", "nadia", "--role", "reviewer", "--password-stdin", "--db", _host.DatabasePath);
        var client = _host.Client();

        var login = await LoginAsync(client, "nadia", "nadia-password");

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal("added reviewer nadia\n", cli.Error.ReplaceLineEndings("\n"));
        Assert.Equal(HttpStatusCode.SeeOther, login.StatusCode);
        Assert.Equal("/", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        using var store = _host.OpenStore();
        var user = store.FindUser("nadia")!;
        Assert.Equal(ReviewRole.Reviewer, user.Role);
        Assert.DoesNotContain("nadia-password", user.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_NoTerminalWithoutPasswordStdin_Exits2AndAddsNobody()
    {
        var cli = await RunAsync("nadia-password\n", "users", "add", "nadia", "--role", "viewer", "--db", _host.DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(
            ["error: no terminal to ask for the password on: give it on standard input with --password-stdin; nothing was added"],
            cli.ErrorLines);
        using var store = _host.OpenStore();
        Assert.Null(store.FindUser("nadia"));
    }

    [Fact]
    public async Task UsersAdd_ShortPassword_Exits2AndAddsNobody()
    {
        var cli = await RunAsync("short\n", "users", "add", "nadia", "--role", "admin", "--password-stdin", "--db", _host.DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: the password must have at least 8 characters; nothing was added"], cli.ErrorLines);
        using var store = _host.OpenStore();
        Assert.Null(store.FindUser("nadia"));
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_Exits2()
    {
        var cli = await RunAsync("nadia-password\n", "users", "add", "nadia", "--role", "owner", "--password-stdin", "--db", _host.DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: --role must be admin, reviewer or viewer, not 'owner'"], cli.ErrorLines);
    }

    [Fact]
    public async Task UsersAdd_ExistingName_Exits2AndKeepsTheFirstPassword()
    {
        var cli = await RunAsync("another-password\n", "users", "add", "RITA", "--role", "admin", "--password-stdin", "--db", _host.DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Single(cli.ErrorLines);
        using var store = _host.OpenStore();
        var user = store.FindUser(ReviewerName)!;
        Assert.Equal(ReviewRole.Reviewer, user.Role);
        Assert.Equal(HttpStatusCode.SeeOther, (await LoginAsync(_host.Client(), ReviewerName, ReviewerPassword)).StatusCode);
    }

    [Fact]
    public async Task UsersAdd_DatabaseMissing_Exits2WithoutCreatingIt()
    {
        var missing = Path.Combine(Path.GetDirectoryName(_host.DatabasePath)!, "missing.db");

        var cli = await RunAsync("nadia-password\n", "users", "add", "nadia", "--role", "admin", "--password-stdin", "--db", missing);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal([$"error: {missing} does not exist; run 'testimony process PATH... --db {missing}' first"], cli.ErrorLines);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task UsersPassword_Stdin_OldPasswordRefusedNewAccepted()
    {
        var cli = await RunAsync("vera-new-password\n", "users", "password", "vera", "--password-stdin", "--db", _host.DatabasePath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal("vera: password changed\n", cli.Error.ReplaceLineEndings("\n"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(_host.Client(), ViewerName, ViewerPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await LoginAsync(_host.Client(), ViewerName, "vera-new-password")).StatusCode);
    }

    [Fact]
    public async Task UsersRole_WhileLoggedIn_NextRequestGoesToLogin()
    {
        var client = await _host.LoggedInAsync(ViewerName, ViewerPassword);

        var cli = await RunAsync(string.Empty, "users", "role", "vera", "--role", "reviewer", "--db", _host.DatabasePath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal("vera: now reviewer\n", cli.Error.ReplaceLineEndings("\n"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewRole.Reviewer, store.FindUser(ViewerName)!.Role);
    }

    [Fact]
    public async Task UsersRole_LastAdminToViewer_Exits2AndStaysAdmin()
    {
        _host.AddAdmin(AdminName, AdminPassword);

        var cli = await RunAsync(string.Empty, "users", "role", "ada", "--role", "viewer", "--db", _host.DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: ada is the last admin: make another account admin first; nothing was changed"], cli.ErrorLines);
        using var reopened = _host.OpenStore();
        Assert.Equal(ReviewRole.Admin, reopened.FindUser("ada")!.Role);
    }

    [Fact]
    public async Task UsersRole_OneOfTwoAdminsToReviewer_Demoted()
    {
        _host.AddAdmin(AdminName, AdminPassword);
        _host.AddAdmin("omar", "omar-password-1");

        var cli = await RunAsync(string.Empty, "users", "role", "ada", "--role", "reviewer", "--db", _host.DatabasePath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal("ada: now reviewer\n", cli.Error.ReplaceLineEndings("\n"));
        using var reopened = _host.OpenStore();
        Assert.Equal(ReviewRole.Reviewer, reopened.FindUser("ada")!.Role);
    }

    [Fact]
    public async Task UsersRole_UnknownName_Exits2()
    {
        var cli = await RunAsync(string.Empty, "users", "role", "nobody", "--role", "admin", "--db", _host.DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: there is no user 'nobody' ('testimony users list' shows them)"], cli.ErrorLines);
    }

    [Fact]
    public async Task UsersList_ThreeAccounts_PrintsNamesAndRolesInCreationOrder()
    {
        var cli = await CliRunner.RunAsync("users", "list", "--db", _host.DatabasePath);

        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(
            ["name  role      created", "rita  reviewer", "rob   reviewer", "vera  viewer"],
            lines.Select(line => line.StartsWith("name", StringComparison.Ordinal) ? line : line[..14].TrimEnd()));
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^.{16}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$", line));
        Assert.Equal("3 users\n", cli.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Review_DatabaseMissing_Exits2WithoutCreatingIt()
    {
        var missing = Path.Combine(Path.GetDirectoryName(_host.DatabasePath)!, "missing.db");

        var cli = await CliRunner.RunAsync("review", "--db", missing);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal([$"error: {missing} does not exist; run 'testimony process PATH... --db {missing}' first"], cli.ErrorLines);
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://[::]:5080", false)]
    public void IsLoopback_Url_TrueOnlyForThisMachine(string url, bool expected) =>
        Assert.Equal(expected, ReviewCommand.IsLoopback(url));

    private static async Task<CliResult> RunAsync(string stdin, params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(
            args, new CliConsole(output, error, OutputIsTerminal: false), new UserInput(new StringReader(stdin), IsTerminal: false));
        return new CliResult(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
