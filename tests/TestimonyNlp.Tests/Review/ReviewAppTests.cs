using System.Net;
using TestimonyNlp.Store;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>The review app through <c>WebApplicationFactory</c>, over a real SQLite store.</summary>
public sealed class ReviewAppTests : IDisposable
{
    private readonly ReviewTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Queue_NotLoggedIn_RedirectsToLogin()
    {
        var response = await _host.Client().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2F", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ItemPage_NotLoggedIn_RedirectsToLoginWithItsPath()
    {
        var response = await _host.Client().GetAsync("/items/entity-3");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fitems%2Fentity-3", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Accept_NotLoggedIn_Unauthorized()
    {
        var client = _host.Client();
        var token = await TokenAsync(client, "/login");

        var response = await client.PostAsync("/items/entity-3/accept", Form((Token, token), ("version", "1")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertUnchanged(Person);
    }

    [Fact]
    public async Task Accept_Viewer_Forbidden()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ViewerName, ViewerPassword, "/items/entity-3");

        var response = await client.PostAsync("/items/entity-3/accept", Form((Token, token), ("version", "1")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertUnchanged(Person);
    }

    [Fact]
    public async Task ItemPage_Viewer_ShowsNoWriteFormsAndTakesNoLease()
    {
        var client = await _host.LoggedInAsync(ViewerName, ViewerPassword);

        var html = await client.GetStringAsync("/items/entity-3");

        Assert.DoesNotContain("/items/entity-3/accept", html, StringComparison.Ordinal);
        using var store = _host.OpenStore();
        Assert.Null(store.ReadItem(Person)!.LeasedTo);
    }

    [Fact]
    public async Task Accept_WithoutAntiforgeryToken_BadRequest()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/items/entity-3")).StatusCode);

        var response = await client.PostAsync("/items/entity-3/accept", Form(("version", "1")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(Person);
    }

    [Theory]
    [InlineData("/items/entity-3/accept")]
    [InlineData("/items/entity-3/reject")]
    [InlineData("/items/entity-3/type")]
    [InlineData("/items/entity-3/undo")]
    [InlineData("/items/entity-3/span")]
    [InlineData("/items/entity-3/normalized")]
    [InlineData("/items/entity-3/category")]
    [InlineData("/items/entity-3/actor")]
    [InlineData("/items/entity-3/geocode")]
    [InlineData("/logout")]
    [InlineData("/items/entity-3/no-such-action")]
    public async Task Post_WithoutAntiforgeryToken_BadRequestAndStoreUnchanged(string path)
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/items/entity-3")).StatusCode);

        var response = await client.PostAsync(path, Form(("version", "1"), ("type", "PLACE")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(Person);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_BadRequest()
    {
        var response = await _host.Client().PostAsync(
            "/login", Form(("name", ReviewerName), ("password", ReviewerPassword), ("returnUrl", "/")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("testimony_review=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Accept_Reviewer_SeeOtherToNextItemAndStoreAccepted()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-3");

        var response = await client.PostAsync("/items/entity-3/accept", Form((Token, token), ("version", "1")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/items/entity-2?last=entity-3&lastVersion=2", response.Headers.Location?.OriginalString);
        using var store = _host.OpenStore();
        var item = store.ReadItem(Person)!;
        Assert.Equal((StoreVocabulary.Accepted, 2, "PERSON"), (item.ReviewStatus, item.Version, item.Label));
        var entry = Assert.Single(store.ReadHistory(Person));
        Assert.Equal((ReviewerName, ReviewAction.Accept, 2), (entry.Reviewer, entry.Action, entry.VersionAfter));
        Assert.Equal(
            """{"type":"PERSON","start":75,"end":87,"normalized":"Rania Khatib","category":null,"review_status":"UNREVIEWED"}""",
            entry.Before);
        Assert.Equal(
            """{"type":"PERSON","start":75,"end":87,"normalized":"Rania Khatib","category":null,"review_status":"ACCEPTED"}""",
            entry.After);
        using var testimonies = SqliteTestimonyStore.Open(_host.DatabasePath);
        Assert.Equal(
            [("e1", StoreVocabulary.Unreviewed), ("e2", StoreVocabulary.Unreviewed), ("e3", StoreVocabulary.Accepted)],
            testimonies.ReadEntities().Select(e => (e.Mention.Id, e.ReviewStatus)));
    }

    [Fact]
    public async Task Accept_FilteredQueue_NextItemKeepsTheFilter()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-2?testimony=DM-031&kind=entity");

        var response = await client.PostAsync(
            "/items/entity-2/accept", Form((Token, token), ("version", "1"), ("testimony", "DM-031"), ("kind", "entity")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(
            "/items/entity-3?testimony=DM-031&kind=entity&last=entity-2&lastVersion=2",
            response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Accept_StaleVersion_ConflictAndStoreUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-3");
        Assert.Equal(
            HttpStatusCode.SeeOther,
            (await client.PostAsync("/items/entity-3/reject", Form((Token, token), ("version", "1")))).StatusCode);

        // The same page, still showing version 1, is submitted again.
        var response = await client.PostAsync("/items/entity-3/accept", Form((Token, token), ("version", "1")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(
            "This item was changed by someone else since you opened it: reload it",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        using var store = _host.OpenStore();
        var item = store.ReadItem(Person)!;
        Assert.Equal((StoreVocabulary.Rejected, 2), (item.ReviewStatus, item.Version));
        Assert.Equal([ReviewAction.Reject], store.ReadHistory(Person).Select(e => e.Action));
    }

    [Fact]
    public async Task Accept_ItemOpenByAnotherReviewer_ConflictAndStoreUnchanged()
    {
        var rita = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        Assert.Equal(HttpStatusCode.OK, (await rita.GetAsync("/items/entity-3")).StatusCode);
        var rob = await _host.LoggedInAsync(OtherReviewerName, OtherReviewerPassword);
        var robPage = await rob.GetStringAsync("/items/entity-3");
        var token = await TokenAsync(rob, "/items/entity-3");

        var response = await rob.PostAsync("/items/entity-3/accept", Form((Token, token), ("version", "1")));

        Assert.Contains("id=\"lease\"", robPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/items/entity-3/accept", robPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        AssertUnchanged(Person);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewerName, store.ReadItem(Person)!.LeasedTo);
    }

    [Fact]
    public async Task ChangeType_Reviewer_StoreCorrectedWithNewType()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-2");

        var response = await client.PostAsync("/items/entity-2/type", Form((Token, token), ("version", "1"), ("type", "PERSON")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/items/entity-3?last=entity-2&lastVersion=2", response.Headers.Location?.OriginalString);
        using var store = _host.OpenStore();
        var item = store.ReadItem(Place)!;
        Assert.Equal((StoreVocabulary.Corrected, 2, "PERSON"), (item.ReviewStatus, item.Version, item.Label));
    }

    [Fact]
    public async Task ChangeType_NotAnEntityType_BadRequestAndStoreUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-2");

        var response = await client.PostAsync("/items/entity-2/type", Form((Token, token), ("version", "1"), ("type", "VEHICLE")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(Place);
    }

    [Fact]
    public async Task Undo_AfterAccept_RestoresUnreviewedAtVersion3()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-3");
        var accepted = await client.PostAsync("/items/entity-3/accept", Form((Token, token), ("version", "1")));

        // The next item's page offers to undo the save just made, with the version it left.
        var next = await client.GetStringAsync(accepted.Headers.Location!.OriginalString);
        var response = await client.PostAsync("/items/entity-3/undo", Form((Token, token), ("version", "2")));

        Assert.Contains("action=\"/items/entity-3/undo\"", next, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/items/entity-3", response.Headers.Location?.OriginalString);
        using var store = _host.OpenStore();
        var item = store.ReadItem(Person)!;
        Assert.Equal((StoreVocabulary.Unreviewed, 3), (item.ReviewStatus, item.Version));
        Assert.Equal([ReviewAction.Accept, ReviewAction.Undo], store.ReadHistory(Person).Select(e => e.Action));
    }

    [Fact]
    public async Task ItemPage_ScriptInTranscript_ShownAsEncodedText()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/items/entity-2");

        Assert.Contains(
            "<span class=\"ent ent-PLACE current\" title=\"PLACE · entity-2\" id=\"current\">Douma</span> market &lt;script&gt;alert(1)&lt;/script&gt; at noon. ",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemPage_Reviewer_LeasesItemAndShowsVersion()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/items/entity-1");

        Assert.Contains("<dd id=\"field-version\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"field-category\">BARREL_BOMB</dd>", html, StringComparison.Ordinal);
        using var store = _host.OpenStore();
        Assert.Equal(ReviewerName, store.ReadItem(Weapon)!.LeasedTo);
    }

    [Fact]
    public async Task ItemPage_UnknownItem_NotFound()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var response = await client.GetAsync("/items/entity-99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Queue_Reviewer_ListsLowestConfidenceFirst()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/?kind=entity");

        var links = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"(/items/[^\"]+)\">")
            .Select(m => m.Groups[1].Value);
        Assert.Equal(["/items/entity-3?kind=entity", "/items/entity-2?kind=entity", "/items/entity-1?kind=entity"], links);
        Assert.Contains("<p id=\"queue-count\">3 items, 1–3 shown</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_Anonymous_SentWithContentSecurityPolicy()
    {
        var response = await _host.Client().GetAsync("/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'none'; script-src 'nonce-", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Login_WrongPassword_FailsWithOneMessageAndNoCookie()
    {
        var client = _host.Client();

        var wrongPassword = await LoginAsync(client, ReviewerName, "not-her-password");
        var wrongName = await LoginAsync(client, "nobody", ReviewerPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongName.StatusCode);
        Assert.Contains("<p class=\"notice\" id=\"login-failed\">Wrong name or password.</p>", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<p class=\"notice\" id=\"login-failed\">Wrong name or password.</p>", await wrongName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Login_EleventhAttemptInAMinute_TooManyRequestsEvenWithTheRightPassword()
    {
        var client = _host.Client();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, ReviewerName, "guess-" + i)).StatusCode);
        }

        var response = await LoginAsync(client, ReviewerName, ReviewerPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task Login_RightPassword_SetsStrictHttpOnlyCookie()
    {
        var response = await LoginAsync(_host.Client(), ReviewerName, ReviewerPassword, "/items/entity-1");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/items/entity-1", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("testimony_review=", StringComparison.Ordinal));
        Assert.EndsWith("; path=/; samesite=strict; httponly", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_HashOfWeakerSettings_LogsInAndStoresANewHash()
    {
        var weak = new Microsoft.AspNetCore.Identity.PasswordHasher<ReviewUser>(
            Microsoft.Extensions.Options.Options.Create(new Microsoft.AspNetCore.Identity.PasswordHasherOptions { IterationCount = 1000 }));
        string oldHash;
        using (var store = _host.OpenStore())
        {
            oldHash = weak.HashPassword(store.FindUser(ViewerName)!, ViewerPassword);
            Assert.True(store.SetPasswordHash(ViewerName, oldHash));
        }

        var response = await LoginAsync(_host.Client(), ViewerName, ViewerPassword);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        using var after = _host.OpenStore();
        var user = after.FindUser(ViewerName)!;
        Assert.NotEqual(oldHash, user.PasswordHash);
        Assert.Equal(TestimonyNlp.Review.PasswordCheck.Right, TestimonyNlp.Review.ReviewPasswords.Check(user, ViewerPassword));
    }

    [Fact]
    public async Task Login_ReturnUrlToAnotherHost_GoesToQueue()
    {
        var response = await LoginAsync(_host.Client(), ReviewerName, ReviewerPassword, "//evil.example/");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Logout_LoggedIn_QueueRedirectsToLoginAgain()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/");

        var response = await client.PostAsync("/logout", Form((Token, token)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    private void AssertUnchanged(ReviewItemRef item)
    {
        using var store = _host.OpenStore();
        var read = store.ReadItem(item)!;
        Assert.Equal((StoreVocabulary.Unreviewed, 1), (read.ReviewStatus, read.Version));
        Assert.Empty(store.ReadHistory(item));
    }
}
