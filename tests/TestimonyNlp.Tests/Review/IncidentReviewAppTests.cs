using System.Net;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Store;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>The incident pages and their merge and split through <c>WebApplicationFactory</c>, over a real SQLite
/// store holding <see cref="IncidentReviewSamples"/> and the accounts of <see cref="ReviewTestHost"/>.</summary>
public sealed class IncidentReviewAppTests : IDisposable
{
    private readonly ReviewTestHost _host = new(IncidentReviewSamples.Create);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task IncidentList_NotLoggedIn_RedirectsToLogin()
    {
        var response = await _host.Client().GetAsync("/incidents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fincidents", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task IncidentList_GradeFilter_ListsOnlyThatGrade()
    {
        var client = await _host.LoggedInAsync(ViewerName, ViewerPassword);

        var html = await client.GetStringAsync("/incidents?grade=SINGLE_SOURCE");

        Assert.Contains("<p id=\"incident-count\">1 incidents</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/incidents/I0002\">I0002</a></td><td>SINGLE_SOURCE</td><td>s-000000000003</td><td>2017-01-05</td><td>BARREL_BOMB</td><td>2</td><td>1</td><td>1</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/incidents/I0001\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentPage_ScriptInQuote_ShownAsEncodedText()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/incidents/I0001");

        Assert.Contains("market of Douma &lt;script&gt;alert(1)&lt;/script&gt;. People died", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("<tr id=\"claim-2\"><td><input type=\"checkbox\" name=\"claim\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Toll</dt><dd>7–9</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkItemPage_LinksToItsIncident()
    {
        var client = await _host.LoggedInAsync(ViewerName, ViewerPassword);

        var html = await client.GetStringAsync("/items/link-3");

        Assert.Contains("<p id=\"incident-link\"><a href=\"/incidents/I0002\">Incident I0002</a></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_Reviewer_OneIncidentWithPreviousIdAndAuditRows()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var (token, target, source) = await MergeFormAsync(client);

        var response = await client.PostAsync("/incidents/I0001/merge", Form(
            (Token, token), ("version", target), ("source", "I0002"), ("sourceVersion", source)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/incidents/I0001?with=I0001", response.Headers.Location?.OriginalString);
        Assert.Equal("I0001", IncidentReviewSamples.IncidentIds(_host.DatabasePath));
        Assert.Equal("1:I0001 2:I0001 3:I0001", IncidentReviewSamples.Assignments(_host.DatabasePath));
        Assert.Equal("I0002", string.Join(" ", IncidentReviewSamples.Incident(_host.DatabasePath, "I0001").PreviousIds));
        using var store = _host.OpenStore();
        Assert.Equal(
            ["link-1 rita MERGE_INCIDENTS", "link-2 rita MERGE_INCIDENTS", "link-3 rita MERGE_INCIDENTS"],
            store.ReadAudit(0, 10).Select(a => $"{a.Ref} {a.Reviewer} {a.Action.ToWire()}").ToArray());
    }

    [Fact]
    public async Task IncidentPage_MergedId_RedirectsToSurvivor()
    {
        using (var store = _host.OpenStore())
        {
            store.MergeIncidents(new IncidentMerge("I0001", int.Parse(Version("I0001"), System.Globalization.CultureInfo.InvariantCulture),
                "I0002", int.Parse(Version("I0002"), System.Globalization.CultureInfo.InvariantCulture)), ReviewerName, DateTimeOffset.UnixEpoch);
        }

        var client = await _host.LoggedInAsync(ViewerName, ViewerPassword);

        var response = await client.GetAsync("/incidents/I0002");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/incidents/I0001", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/incidents/I0099")).StatusCode);
    }

    [Fact]
    public async Task Split_Reviewer_MovesClaimIntoNewIncident()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/incidents/I0001");
        var version = Version("I0001");

        var response = await client.PostAsync("/incidents/I0001/split", Form((Token, token), ("version", version), ("claim", "2")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/incidents/I0001?with=I0003", response.Headers.Location?.OriginalString);
        Assert.Equal("1:I0001 2:I0003 3:I0002", IncidentReviewSamples.Assignments(_host.DatabasePath));
        using var store = _host.OpenStore();
        Assert.Equal(
            ["link-2 SPLIT_INCIDENT {\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":\"I0003\",\"review_status\":\"CORRECTED\"}",
             "link-1 SPLIT_INCIDENT {\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":\"I0001\",\"review_status\":\"ACCEPTED\"}"],
            store.ReadAudit(0, 10).Select(a => $"{a.Ref} {a.Action.ToWire()} {a.Before} {a.After}").ToArray());
    }

    [Fact]
    public async Task Merge_StaleVersion_ConflictAndUnchanged()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var (token, target, source) = await MergeFormAsync(client);
        var stale = (int.Parse(target, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostAsync("/incidents/I0001/merge", Form(
            (Token, token), ("version", stale), ("source", "I0002"), ("sourceVersion", source)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(IncidentEndpoints.StaleMessage), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertUnchanged(target);
    }

    [Fact]
    public async Task Merge_LinkLeasedByOtherReviewer_ConflictNamingHolderAndUnchanged()
    {
        var until = DateTimeOffset.UtcNow.AddHours(1);
        using (var store = _host.OpenStore())
        {
            store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 3), "sami", until.AddHours(-1), TimeSpan.FromHours(1));
        }

        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var (token, target, source) = await MergeFormAsync(client);

        var response = await client.PostAsync("/incidents/I0001/merge", Form(
            (Token, token), ("version", target), ("source", "I0002"), ("sourceVersion", source)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var expected = "link-3 is being reviewed by sami until "
            + until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("<p class=\"notice\">" + WebUtility.HtmlEncode(expected) + "</p>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertUnchanged(target);
    }

    [Fact]
    public async Task Merge_Viewer_ForbiddenAndUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ViewerName, ViewerPassword, "/incidents/I0001?with=I0002");
        var target = Version("I0001");

        var response = await client.PostAsync("/incidents/I0001/merge", Form(
            (Token, token), ("version", target), ("source", "I0002"), ("sourceVersion", Version("I0002"))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertUnchanged(target);
    }

    [Fact]
    public async Task IncidentPage_Viewer_ShowsNoWriteForms()
    {
        var client = await _host.LoggedInAsync(ViewerName, ViewerPassword);

        var html = await client.GetStringAsync("/incidents/I0001?with=I0002");

        Assert.DoesNotContain("/incidents/I0001/merge", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/incidents/I0001/split", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_WithoutAntiforgeryToken_BadRequestAndUnchanged()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var (_, target, source) = await MergeFormAsync(client);

        var response = await client.PostAsync("/incidents/I0001/merge", Form(
            ("version", target), ("source", "I0002"), ("sourceVersion", source)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(target);
    }

    [Fact]
    public async Task Split_EveryClaim_BadRequestAndUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/incidents/I0001");
        var version = Version("I0001");

        var response = await client.PostAsync("/incidents/I0001/split", Form(
            (Token, token), ("version", version), ("claim", "1"), ("claim", "2")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertUnchanged(version);
    }

    /// <summary>Opens the page comparing I0001 with I0002 and reads the token and the versions its merge form carries.</summary>
    private static async Task<(string Token, string Target, string Source)> MergeFormAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/incidents/I0001?with=I0002");
        var form = html[html.IndexOf("<form method=\"post\" action=\"/incidents/I0001/merge\"", StringComparison.Ordinal)..];
        return (Field(form, Token), Field(form, "version"), Field(form, "sourceVersion"));
    }

    private static string Field(string html, string name)
    {
        var marker = $"name=\"{name}\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]);
    }

    private string Version(string incidentId) =>
        IncidentReviewSamples.Incident(_host.DatabasePath, incidentId).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void AssertUnchanged(string versionOfI0001)
    {
        Assert.Equal("1:I0001 2:I0001 3:I0002", IncidentReviewSamples.Assignments(_host.DatabasePath));
        Assert.Equal(versionOfI0001, Version("I0001"));
        using var store = _host.OpenStore();
        Assert.Empty(store.ReadAudit(0, 10));
    }
}
