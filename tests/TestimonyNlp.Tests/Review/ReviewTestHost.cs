using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TestimonyNlp.Model;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Review;

/// <summary>
/// The review app over a real SQLite file in a temporary folder holding one crafted testimony (saved through
/// <see cref="SqliteTestimonyStore"/>) and two accounts: reviewer <c>rita</c> and viewer <c>vera</c>.
/// People are fictional; places are real.
/// </summary>
internal sealed partial class ReviewTestHost : WebApplicationFactory<global::TestimonyNlp.Review.Program>
{
    /// <summary>The transcript: a script payload between a weapon, a place and a person.</summary>
    public const string Content =
        "A: The barrel bomb fell on Douma market <script>alert(1)</script> at noon. Rania Khatib died there.";

    public const string ReviewerName = "rita";
    public const string ReviewerPassword = "rita-password-1";
    public const string OtherReviewerName = "rob";
    public const string OtherReviewerPassword = "rob-password-12";
    public const string ViewerName = "vera";
    public const string ViewerPassword = "vera-password-1";

    /// <summary>An admin that the tests needing one add with <see cref="AddAdmin"/>.</summary>
    public const string AdminName = "ada";
    public const string AdminPassword = "ada-password-12";

    /// <summary>The name of the anti-forgery field every write form carries.</summary>
    public const string Token = "__RequestVerificationToken";

    /// <summary>The entities in the order they are written (row ids 1, 2, 3); the queue gives them lowest
    /// confidence first: Rania Khatib (0.4), Douma (0.6), barrel bomb (0.99).</summary>
    public static readonly ReviewItemRef Weapon = new(ReviewItemKind.Entity, 1);
    public static readonly ReviewItemRef Place = new(ReviewItemKind.Entity, 2);
    public static readonly ReviewItemRef Person = new(ReviewItemKind.Entity, 3);

    private readonly TempDirectory _folder = new();

    public ReviewTestHost()
        : this(static path =>
        {
            using var store = SqliteTestimonyStore.Open(path);
            store.Save(new TestimonyResult(Testimony(), Entities(), [], 16));
        })
    {
    }

    /// <summary>The app over a store that <paramref name="createStore"/> fills at the path it is given, with the same
    /// accounts.</summary>
    public ReviewTestHost(Action<string> createStore)
    {
        DatabasePath = _folder.File("review.db");
        createStore(DatabasePath);

        using var review = SqliteReviewStore.Open(DatabasePath);
        review.AddUser(ReviewerName, ReviewRole.Reviewer, ReviewPasswords.Hash(ReviewerPassword));
        review.AddUser(OtherReviewerName, ReviewRole.Reviewer, ReviewPasswords.Hash(OtherReviewerPassword));
        review.AddUser(ViewerName, ReviewRole.Viewer, ReviewPasswords.Hash(ViewerPassword));
    }

    /// <summary>The store file.</summary>
    public string DatabasePath { get; }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client logged in as <paramref name="name"/>.</summary>
    public async Task<HttpClient> LoggedInAsync(string name, string password)
    {
        var client = Client();
        var response = await LoginAsync(client, name, password);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return client;
    }

    /// <summary>A client logged in as <paramref name="name"/>, with the anti-forgery token of <paramref name="page"/>.</summary>
    public async Task<(HttpClient Client, string Token)> LoggedInWithTokenAsync(string name, string password, string page)
    {
        var client = await LoggedInAsync(name, password);
        return (client, await TokenAsync(client, page));
    }

    /// <summary>Adds an admin account to the store.</summary>
    public void AddAdmin(string name, string password)
    {
        using var review = OpenStore();
        review.AddUser(name, ReviewRole.Admin, ReviewPasswords.Hash(password));
    }

    /// <summary>Opens the store to check what the app wrote.</summary>
    public SqliteReviewStore OpenStore() => SqliteReviewStore.Open(DatabasePath);

    /// <summary>Posts the login form with the token of the login page.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string name, string password, string returnUrl = "/")
    {
        var token = await TokenAsync(client, "/login");
        return await client.PostAsync("/login", Form(
            ("__RequestVerificationToken", token), ("name", name), ("password", password), ("returnUrl", returnUrl)));
    }

    /// <summary>GETs <paramref name="path"/> (which must answer 200) and returns the first anti-forgery token in it.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = TokenField().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>A URL-encoded form.</summary>
    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton(new ReviewOptions { Database = DatabasePath }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }

    /// <summary>A text testimony whose <paramref name="content"/> is one witness turn after its <c>"A: "</c>, hashed as
    /// 64 times <paramref name="hash"/>.</summary>
    public static Testimony OneTurn(string source, string testimonyId, string content, char hash) => new()
    {
        Source = source,
        TestimonyId = testimonyId,
        Content = content,
        ContentSha256 = new string(hash, 64),
        Format = "text",
        Segments = [new Segment(3, content.Length, SpeakerRole.Witness, "A", 0)],
    };

    /// <summary>An entity over the first <paramref name="text"/> in <paramref name="content"/>.</summary>
    public static EntityMention MentionIn(string content, string id, EntityType type, string text, string? normalized, double confidence)
    {
        var start = content.IndexOf(text, StringComparison.Ordinal);
        return new EntityMention(id, type, start, start + text.Length, text, normalized, confidence);
    }

    private static Testimony Testimony() => OneTurn("interviews/dm-031.txt", "DM-031", Content, 'd');

    private static EntityMention[] Entities() =>
    [
        MentionIn(Content, "e1", EntityType.Weapon, "barrel bomb", "barrel bomb", 0.99) with { Category = WeaponCategory.BarrelBomb },
        MentionIn(Content, "e2", EntityType.Place, "Douma", "Douma", 0.6),
        MentionIn(Content, "e3", EntityType.Person, "Rania Khatib", "Rania Khatib", 0.4),
    ];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
