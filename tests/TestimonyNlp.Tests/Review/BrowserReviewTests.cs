using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;
using TestimonyNlp.Model;
using TestimonyNlp.Review;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;
using Xunit.Abstractions;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>
/// The review app on a real socket (Kestrel on a free loopback port) driven by Debian's headless chromium through
/// chromedriver: login, the queue, the keyboard shortcuts, and what the store and the audit log hold afterwards.
/// Needs <c>/usr/bin/chromium</c> and <c>/usr/bin/chromedriver</c> (<c>apt-get install chromium chromium-driver</c>);
/// filter with <c>FullyQualifiedName~BrowserReviewTests</c>.
/// </summary>
public sealed class BrowserReviewTests : IAsyncLifetime
{
    /// <summary>The transcript (fictional people, a real place): a script and an HTML payload between the entities.</summary>
    private const string Content =
        "A: The mortar fell near the Aleppo bakery at dawn. <script>alert(1)</script> <img src=x onerror=alert(2)> Idris Mansour carried my brother to the clinic.";

    private const string ScriptPayload = "<script>alert(1)</script>";
    private const string HtmlPayload = "<img src=x onerror=alert(2)>";

    // Row ids follow the order the entities are written, as in the host (Weapon, Person); the queue gives them lowest
    // confidence first.
    private static readonly ReviewItemRef Town = new(ReviewItemKind.Entity, 2);

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly ITestOutputHelper _output;
    private readonly TempDirectory _folder = new();
    private WebApplication? _app;
    private ChromeDriver? _driver;
    private string _baseUrl = string.Empty;

    public BrowserReviewTests(ITestOutputHelper output) => _output = output;

    private string DatabasePath => _folder.File("review.db");

    public async Task InitializeAsync()
    {
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            store.Save(new TestimonyResult(Testimony(), Entities(), [], 24));
        }

        using (var review = SqliteReviewStore.Open(DatabasePath))
        {
            review.AddUser(ReviewerName, ReviewRole.Reviewer, ReviewPasswords.Hash(ReviewerPassword));
        }

        // Port 0: Kestrel takes a free port, and the address it bound is read back after the start.
        _app = ReviewApp.Build(new ReviewOptions { Database = DatabasePath, Urls = "http://127.0.0.1:0" });
        await _app.StartAsync();
        _baseUrl = _app.Urls.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    [Trait("Category", "Browser")]
    public void ReviewFlow_KeyboardInChromium_AcceptsChangesTypeAuditsAndShowsScriptAsText()
    {
        _driver = StartChromium(_folder.File("chromium-profile"));
        var wait = new WebDriverWait(_driver, Wait);

        // Log in through the form.
        _driver.Navigate().GoToUrl(_baseUrl + "/");
        wait.Until(d => d.Url.StartsWith(_baseUrl + "/login", StringComparison.Ordinal));
        _driver.FindElement(By.Name("name")).SendKeys(ReviewerName);
        _driver.FindElement(By.Name("password")).SendKeys(ReviewerPassword);
        _driver.FindElement(By.CssSelector("form[action='/login'] button[type='submit']")).Click();
        wait.Until(d => d.Url == _baseUrl + "/");

        // The first item of the queue is the least confident one: the person.
        _driver.FindElement(By.CssSelector("#queue tbody a")).Click();
        wait.Until(d => d.Url == _baseUrl + "/items/entity-3");

        // a accepts it; the app goes on to the next item, the town the tagger took for a person.
        new Actions(_driver).SendKeys("a").Perform();
        wait.Until(d => d.Url == _baseUrl + "/items/entity-2?last=entity-3&lastVersion=2");
        Assert.Equal("Entity entity-2 · PERSON", _driver.FindElement(By.TagName("h1")).Text);

        // 2 changes its type to PLACE.
        new Actions(_driver).SendKeys("2").Perform();
        wait.Until(d => d.Url == _baseUrl + "/items/entity-1?last=entity-2&lastVersion=2");

        // The payloads are text on the page: nothing ran, no element was made of them.
        Assert.Throws<NoAlertPresentException>(() => _driver.SwitchTo().Alert());
        var pageText = _driver.FindElement(By.TagName("body")).Text;
        Assert.Contains(ScriptPayload, pageText, StringComparison.Ordinal);
        Assert.Contains(HtmlPayload, pageText, StringComparison.Ordinal);
        Assert.DoesNotContain(
            _driver.FindElements(By.TagName("script")),
            script => (script.GetDomProperty("textContent") ?? string.Empty).Contains("alert(", StringComparison.Ordinal));
        Assert.Empty(_driver.FindElements(By.TagName("img")));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "review-item.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        _driver.GetScreenshot().SaveAsFile(screenshot);
        _output.WriteLine("screenshot: " + screenshot);
        Assert.Equal(PngSignature, File.ReadAllBytes(screenshot)[..PngSignature.Length]);

        using var review = SqliteReviewStore.Open(DatabasePath);
        var person = review.ReadItem(Person)!;
        var town = review.ReadItem(Town)!;
        var weapon = review.ReadItem(Weapon)!;
        Assert.Equal((StoreVocabulary.Accepted, 2, "PERSON"), (person.ReviewStatus, person.Version, person.Label));
        Assert.Equal((StoreVocabulary.Corrected, 2, "PLACE"), (town.ReviewStatus, town.Version, town.Label));
        Assert.Equal((StoreVocabulary.Unreviewed, 1, "WEAPON"), (weapon.ReviewStatus, weapon.Version, weapon.Label));

        var audit = review.ReadAudit(0, 100);
        Assert.Equal(
            [
                (Person, ReviewerName, ReviewAction.Accept, 2,
                    """{"type":"PERSON","start":106,"end":119,"normalized":"Idris Mansour","category":null,"review_status":"UNREVIEWED"}""",
                    """{"type":"PERSON","start":106,"end":119,"normalized":"Idris Mansour","category":null,"review_status":"ACCEPTED"}"""),
                (Town, ReviewerName, ReviewAction.ChangeType, 2,
                    """{"type":"PERSON","start":28,"end":34,"normalized":"Aleppo","category":null,"review_status":"UNREVIEWED"}""",
                    """{"type":"PLACE","start":28,"end":34,"normalized":"Aleppo","category":null,"review_status":"CORRECTED"}"""),
            ],
            audit.Select(e => (e.Ref, e.Reviewer, e.Action, e.VersionAfter, e.Before, e.After)));

        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        Assert.Equal(
            [("e1", "WEAPON", StoreVocabulary.Unreviewed), ("e2", "PLACE", StoreVocabulary.Corrected), ("e3", "PERSON", StoreVocabulary.Accepted)],
            testimonies.ReadEntities().Select(e => (e.Mention.Id, e.Mention.Type.ToWire(), e.ReviewStatus)));
    }

    [Fact]
    [Trait("Category", "Browser")]
    public void AdjustSpan_KeyboardAndSelectionInChromium_StoresUtf16OffsetsPastNonAsciiTextAndLineBreaks()
    {
        // Arabic, an emoji (a surrogate pair) and CR LF line breaks fill the window before the item, whose slice of
        // the text starts well inside the testimony: every offset the page posts must still be the store's.
        var content = string.Concat(Enumerable.Repeat("قصف 🙂 حلب.\r\n", 60)) + "A: The shells hit Aleppo. Karim Haddad died there.";
        var start = content.IndexOf(" Karim", StringComparison.Ordinal);
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            store.Save(new TestimonyResult(
                Testimony() with { Content = content, ContentSha256 = new string('b', 64), TestimonyId = "AL-205", Source = "interviews/al-205.txt" },
                [new EntityMention("e1", EntityType.Person, start, start + 18, content.Substring(start, 18), null, 0.2)],
                [],
                9));
        }

        var karim = new ReviewItemRef(ReviewItemKind.Entity, 4);
        _driver = StartChromium(_folder.File("chromium-profile"));
        var wait = new WebDriverWait(_driver, Wait);
        _driver.Navigate().GoToUrl(_baseUrl + "/login");
        _driver.FindElement(By.Name("name")).SendKeys(ReviewerName);
        _driver.FindElement(By.Name("password")).SendKeys(ReviewerPassword);
        _driver.FindElement(By.CssSelector("form[action='/login'] button[type='submit']")).Click();
        wait.Until(d => d.Url == _baseUrl + "/");
        _driver.Navigate().GoToUrl(_baseUrl + "/items/" + karim);
        Assert.True(int.Parse(_driver.FindElement(By.Id("window")).GetDomAttribute("data-from")!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        // alt+shift+right moves the start past the leading space; shift+left five times takes " died" off the end.
        new Actions(_driver).KeyDown(Keys.Alt).KeyDown(Keys.Shift).SendKeys(Keys.ArrowRight).KeyUp(Keys.Shift).KeyUp(Keys.Alt).Perform();
        for (var i = 0; i < 5; i++)
        {
            new Actions(_driver).KeyDown(Keys.Shift).SendKeys(Keys.ArrowLeft).KeyUp(Keys.Shift).Perform();
        }

        Assert.Equal("Karim Haddad", _driver.FindElement(By.Id("span-preview")).Text);
        new Actions(_driver).SendKeys("s").Perform();
        wait.Until(d => d.Url == $"{_baseUrl}/items/{karim}?last={karim}&lastVersion=2");

        // Selecting "Haddad" inside the highlighted span and pressing s takes the selection.
        ((IJavaScriptExecutor)_driver).ExecuteScript(
            "var t = document.getElementById('current').firstChild; window.getSelection().setBaseAndExtent(t, 6, t, 12);");
        new Actions(_driver).SendKeys("s").Perform();
        wait.Until(d => d.Url == $"{_baseUrl}/items/{karim}?last={karim}&lastVersion=3");

        using var review = SqliteReviewStore.Open(DatabasePath);
        Assert.Equal(
            [(ReviewAction.AdjustSpan, start + 1, start + 13), (ReviewAction.AdjustSpan, start + 7, start + 13)],
            review.ReadHistory(karim).Select(e => (e.Action, Offset(e.After, "start"), Offset(e.After, "end"))));
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        var stored = testimonies.ReadEntities().Single(e => e.RowId == karim.RowId);
        Assert.Equal((start + 7, start + 13, "Haddad", StoreVocabulary.Corrected), (stored.Mention.Start, stored.Mention.End, stored.Mention.Text, stored.ReviewStatus));
    }

    private static int Offset(string json, string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty(name).GetInt32();
    }

    /// <summary>Headless chromium through chromedriver; fails the test, saying what to install, when either is missing.</summary>
    private static ChromeDriver StartChromium(string profile)
    {
        const string Chromium = "/usr/bin/chromium";
        const string ChromeDriverFolder = "/usr/bin";
        const string ChromeDriverFile = "chromedriver";
        var missing = new[] { Chromium, Path.Combine(ChromeDriverFolder, ChromeDriverFile) }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            Assert.Fail(
                $"The browser test needs {string.Join(" and ", missing)}: install chromium and chromedriver with " +
                "'apt-get install chromium chromium-driver' (.ci/run does so).");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,900",
            "--user-data-dir=" + profile);
        var service = ChromeDriverService.CreateDefaultService(ChromeDriverFolder, ChromeDriverFile);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, Wait);
    }

    private static Testimony Testimony() => OneTurn("interviews/al-204.txt", "AL-204", Content, 'a');

    private static EntityMention[] Entities() =>
    [
        Mention("e1", EntityType.Weapon, "mortar", 0.95) with { Category = WeaponCategory.Mortar },
        Mention("e2", EntityType.Person, "Aleppo", 0.5),
        Mention("e3", EntityType.Person, "Idris Mansour", 0.3),
    ];

    private static EntityMention Mention(string id, EntityType type, string text, double confidence) =>
        MentionIn(Content, id, type, text, text, confidence);
}
