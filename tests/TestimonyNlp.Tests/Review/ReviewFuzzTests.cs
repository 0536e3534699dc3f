using System.Globalization;
using System.Net;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Store;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training.Reviewed;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>
/// The review app's writes and pages sent values drawn at random from the edges of what a form or a query can carry
/// (no number, huge numbers, non-ASCII digits, lone surrogates, control characters, long text, other items' ids), over
/// a real SQLite store of three witnesses linked into incidents: no request may fail with a server error, every page
/// must still open afterwards, and what reviewers saved must still link and export as training data that reads back.
/// One run posts fields at random (most are refused); another posts each item's current version with edge values,
/// so that edits, undos, merges and splits are applied. People are fictional; places are real.
/// </summary>
public sealed class ReviewFuzzTests : IDisposable
{
    private static readonly string[] Values =
    [
        "", " ", "0", "1", "2", "3", "-1", "7", "12", "2147483647", "2147483648", "-2147483648", "99999999999999999999",
        "1e309", "NaN", "Infinity", "-0", "0x10", "٣", "1.5", "36.2021", "-90", "90.0000001", "180", "181", "-180.5",
        "entity-1", "entity-2", "claim-1", "claim-2", "link-1", "link-3", "site-1", "site-99999999", "I0001", "I0002",
        "I9999", "PERSON", "PLACE", "WEAPON", "ACTOR", "DATE", "person", "BARREL_BOMB", "AIRSTRIKE", "UNKNOWN",
        "CORROBORATED", "CONTESTED", "e1", "e2", "e99", "town", "building", "country", "Syrian government forces",
        "\u0000", "\uD800", "\uDFFF", "a\u0301", "🙂", "<script>alert(1)</script>", "'; DROP TABLE claims; --",
        new string('x', 5000), "\r\n", "حلب", "%00", "../../etc", "null", "true",
    ];

    private static readonly string[] Fields =
    [
        "version", "start", "end", "type", "normalized", "category", "actor", "actorEntity", "lat", "lon", "precision",
        "from", "source", "sourceVersion", "claim", "target", "targetVersion", "testimony", "kind", "incident", "reviewed",
        "name", "password", "role",
    ];

    private static readonly string[] QueryFields = ["testimony", "kind", "incident", "reviewed", "offset", "last", "lastVersion", "grade", "with", "ReturnUrl"];

    private static readonly string[] ItemRefs =
    [
        "entity-1", "entity-2", "entity-3", "entity-4", "entity-9", "claim-1", "claim-2", "claim-3", "link-1", "link-2",
        "link-3", "site-1", "site-2", "site-3", "entity-9223372036854775807", "claim-0", "x-1", "entity-",
    ];

    private static readonly string[] ItemActions = ["accept", "reject", "type", "undo", "span", "normalized", "category", "actor", "geocode"];

    private readonly ReviewTestHost _host = new(IncidentReviewSamples.Create);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Accept_NullCharacterInAnyFormValue_BadRequestAndItemUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-1");

        var response = await client.PostAsync("/items/entity-1/accept", Form((Token, token), ("version", "1"), ("note", "a\0b")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"notice\">This form could not be read: one of its values holds a character a form cannot carry", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = _host.OpenStore();
        Assert.Equal((1, 0), (store.ReadItem(new ReviewItemRef(ReviewItemKind.Entity, 1))!.Version, store.ReadHistory(new ReviewItemRef(ReviewItemKind.Entity, 1)).Count));
    }

    [Fact]
    public async Task Login_NullCharacterInName_BadRequestNotServerError()
    {
        var client = _host.Client();
        var token = await TokenAsync(client, "/login");

        var response = await client.PostAsync("/login", Form((Token, token), ("name", "ri\0ta"), ("password", ReviewerPassword)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Writes_RandomFormValues_NoServerErrorAndEveryPageOpens()
    {
        _host.AddAdmin(AdminName, AdminPassword);
        var client = await _host.LoggedInAsync(AdminName, AdminPassword);
        var token = await TokenAsync(client, "/items/entity-1");
        var random = new Random(83);
        var failures = new List<string>();
        for (var round = 0; round < 600; round++)
        {
            var path = random.Next(10) switch
            {
                < 7 => "/items/" + Pick(random, ItemRefs) + "/" + Pick(random, ItemActions),
                7 => "/incidents/" + Pick(random, ["I0001", "I0002", "I9999", "x"]) + "/merge",
                8 => "/incidents/" + Pick(random, ["I0001", "I0002", "I9999"]) + "/split",
                _ => "/admin/users" + Pick(random, ["", "/1/role", "/2/password", "/99/role", "/-1/role"]),
            };
            var fields = new List<(string Name, string Value)> { (Token, token) };
            var count = random.Next(1, 7);
            for (var f = 0; f < count; f++)
            {
                fields.Add((Pick(random, Fields), Pick(random, Values)));
            }

            if (random.Next(2) == 0)
            {
                fields.Add(("version", random.Next(1, 4).ToString(CultureInfo.InvariantCulture)));
            }

            var response = await client.PostAsync(path, Form([.. fields]));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"round {round}: {(int)response.StatusCode} {path} {string.Join(' ', fields.Skip(1).Select(f => f.Name + "=" + Describe(f.Value)))}");
            }
        }

        foreach (var page in ItemRefs.Select(r => "/items/" + r).Concat(["/", "/incidents", "/incidents/I0001", "/incidents/I0002", "/admin/users"]))
        {
            var response = await client.GetAsync(page);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"page {page}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));

        AssertSavedWorkLinksAndExports();
    }

    [Fact]
    public async Task Edits_CurrentVersionsAndEdgeValues_NoServerErrorAndExportsReadBack()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-1");
        var random = new Random(97);
        var failures = new List<string>();
        var applied = 0;
        var length = IncidentReviewSamples.Content.Length;
        int[] offsets = [-1, 0, 1, 2, length / 2, length - 1, length, length + 1, int.MaxValue];
        for (var round = 0; round < 500; round++)
        {
            string path;
            var fields = new List<(string Name, string Value)> { (Token, token) };
            if (random.Next(8) == 0)
            {
                var target = Pick(random, ["I0001", "I0002"]);
                var other = target == "I0001" ? "I0002" : "I0001";
                if (IncidentVersion(target) is not { } version)
                {
                    continue;
                }

                fields.Add(("version", version));
                if (random.Next(2) == 0)
                {
                    path = $"/incidents/{target}/merge";
                    fields.Add(("source", other));
                    fields.Add(("sourceVersion", IncidentVersion(other) ?? "1"));
                }
                else
                {
                    path = $"/incidents/{target}/split";
                    foreach (var claim in new[] { "1", "2", "3", Pick(random, Values) }.Where(_ => random.Next(2) == 0))
                    {
                        fields.Add(("claim", claim));
                    }
                }
            }
            else
            {
                var item = Pick(random, ItemRefs);
                using (var store = _host.OpenStore())
                {
                    if (!ReviewItemRef.TryParse(item, out var itemRef) || store.ReadItem(itemRef) is not { } found)
                    {
                        continue;
                    }

                    fields.Add(("version", found.Version.ToString(CultureInfo.InvariantCulture)));
                }

                var action = Pick(random, ItemActions);
                path = $"/items/{item}/{action}";
                switch (action)
                {
                    case "span":
                        fields.Add(("start", offsets[random.Next(offsets.Length)].ToString(CultureInfo.InvariantCulture)));
                        fields.Add(("end", offsets[random.Next(offsets.Length)].ToString(CultureInfo.InvariantCulture)));
                        break;
                    case "type":
                        fields.Add(("type", Pick(random, Values)));
                        break;
                    case "normalized":
                        fields.Add(("normalized", Pick(random, Values)));
                        break;
                    case "category":
                        fields.Add(("category", Pick(random, Values)));
                        break;
                    case "actor":
                        fields.Add((Pick(random, ["actor", "actorEntity"]), Pick(random, Values)));
                        break;
                    case "geocode":
                        fields.Add(("lat", Pick(random, Values)));
                        fields.Add(("lon", Pick(random, Values)));
                        fields.Add(("precision", Pick(random, Values)));
                        break;
                }
            }

            var response = await client.PostAsync(path, Form([.. fields.Where(f => !f.Value.Contains('\0', StringComparison.Ordinal))]));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"round {round}: {(int)response.StatusCode} {path} {string.Join(' ', fields.Skip(1).Select(f => f.Name + "=" + Describe(f.Value)))}");
            }
            else if (response.StatusCode == HttpStatusCode.SeeOther && !response.Headers.Location!.OriginalString.StartsWith("/login", StringComparison.Ordinal))
            {
                applied++;
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(applied >= 100, $"only {applied} edits were applied");
        foreach (var page in ItemRefs.Select(r => "/items/" + r).Concat(["/", "/incidents", "/incidents/I0001", "/incidents/I0002"]))
        {
            Assert.True((int)(await client.GetAsync(page)).StatusCode < 500, page);
        }

        AssertSavedWorkLinksAndExports();
    }

    [Fact]
    public async Task Pages_RandomQueryValues_NoServerError()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var random = new Random(89);
        var failures = new List<string>();
        for (var round = 0; round < 400; round++)
        {
            var path = random.Next(4) switch
            {
                0 => "/",
                1 => "/items/" + Pick(random, ItemRefs),
                2 => "/incidents",
                _ => "/incidents/" + Pick(random, ["I0001", "I0002", "I9999", "x", "I0001%2F.."]),
            };
            var query = new List<string>();
            var count = random.Next(1, 5);
            for (var f = 0; f < count; f++)
            {
                query.Add(Pick(random, QueryFields) + "=" + Uri.EscapeDataString(Pick(random, Values)));
            }

            var url = path + "?" + string.Join('&', query);
            var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"round {round}: {(int)response.StatusCode} {path} {string.Join(' ', query.Select(q => q.Length > 40 ? q[..40] : q))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    // What reviewers saved must still flow on: linking again, the CSV export and the annotations that become training
    // data, read back as training reads them.
    private void AssertSavedWorkLinksAndExports()
    {
        using var exports = new TempDirectory();
        using (var store = SqliteTestimonyStore.Open(_host.DatabasePath))
        {
            IncidentReviewSamples.Process(store);
            new ReviewedCsvExport().Export(store, exports.File("csv"), Pseudonymiser.ForStore(_host.DatabasePath));
            new ReviewedAnnotationExport().Export(store, exports.File("annotations"));
        }

        Assert.Null(ReviewedSet.Load(exports.File("annotations")).Error);
    }

    private string? IncidentVersion(string incidentId)
    {
        using var store = SqliteTestimonyStore.Open(_host.DatabasePath);
        return store.ReadIncidents().FirstOrDefault(i => i.IncidentId == incidentId)?.Version.ToString(CultureInfo.InvariantCulture);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Describe(string value) => value.Length > 20 ? $"<{value.Length} chars>" : string.Concat(value.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
