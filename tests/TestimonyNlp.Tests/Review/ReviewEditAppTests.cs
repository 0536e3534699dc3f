using System.Net;
using System.Text.RegularExpressions;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Entities.Places;
using static TestimonyNlp.Tests.Review.ReviewTestHost;

namespace TestimonyNlp.Tests.Review;

/// <summary>
/// The item page's edits through <c>WebApplicationFactory</c>: span, normalised value, weapon category, actor and a
/// site's geocode, over the host's store plus a second testimony in Arabic and English with an emoji (offsets are
/// UTF-16 code units), a claim at Aleppo and its site. People are fictional; places are real.
/// </summary>
public sealed partial class ReviewEditAppTests : IDisposable
{
    // TestimonyNlp.Model has a Token type too: the field's name is meant here.
    private const string Token = ReviewTestHost.Token;

    /// <summary>Entities e1 ACTOR "army" (row 4), e2 WEAPON "shells" (row 5), e3 PLACE "Aleppo" (row 6), e4 PERSON
    /// "Karim Haddad" (row 7, disputed); claim c1 (row 1) at Aleppo.</summary>
    private const string Content = "A: قصف 🙂 حلب. The army fired shells at Aleppo. Five people died, among them Karim Haddad.";

    private static readonly ReviewItemRef Army = new(ReviewItemKind.Entity, 4);
    private static readonly ReviewItemRef Shells = new(ReviewItemKind.Entity, 5);
    private static readonly ReviewItemRef Karim = new(ReviewItemKind.Entity, 7);
    private static readonly ReviewItemRef Claim = new(ReviewItemKind.Claim, 1);

    private readonly ReviewTestHost _host = new();

    public ReviewEditAppTests()
    {
        using var store = SqliteTestimonyStore.Open(_host.DatabasePath);
        var aleppo = PlacesTestData.Gazetteer.Resolve("Aleppo", "SY")!.Entry.ToGeoPoint();
        var evidence = Content.IndexOf("Five", StringComparison.Ordinal);
        store.Save(new TestimonyResult(
            OneTurn("interviews/al-009.txt", "AL-009", Content, 'e'),
            [
                At("e1", EntityType.Actor, "army", 0.9),
                At("e2", EntityType.Weapon, "shells", 0.8) with { Category = WeaponCategory.Artillery },
                At("e3", EntityType.Place, "Aleppo", 0.95) with { Normalized = "Aleppo", Geo = aleppo },
                At("e4", EntityType.Person, "Karim Haddad", 0.45) with { Disputed = true },
            ],
            [
                new Claim
                {
                    Id = "c1",
                    Harm = Harm.Killed,
                    Weapon = WeaponCategory.Artillery,
                    Site = "e3",
                    Evidence = [new Evidence(evidence, Content.Length, Content[evidence..])],
                    Confidence = 0.8,
                },
            ],
            17));
        new SiteLinker(new SiteResolver(PlacesTestData.Gazetteer)).Link(store);
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AdjustSpan_NonAsciiText_SeeOtherToTheItemAndStoreHasTheNewSpanWithOneAuditRow()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-7");
        var start = Content.IndexOf("Karim", StringComparison.Ordinal);

        var response = await client.PostAsync("/items/entity-7/span", Form(
            (Token, token), ("version", "1"), ("start", Number(start)), ("end", Number(start + 5))));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/items/entity-7?last=entity-7&lastVersion=2", response.Headers.Location?.OriginalString);
        Assert.Equal(77, start);
        var entity = ReadEntity(Karim);
        Assert.Equal((77, 82, "Karim", "CORRECTED", 2), (entity.Mention.Start, entity.Mention.End, entity.Mention.Text, entity.ReviewStatus, entity.Version));
        using var store = _host.OpenStore();
        var entry = Assert.Single(store.ReadHistory(Karim));
        Assert.Equal(
            (ReviewerName, ReviewAction.AdjustSpan,
                """{"type":"PERSON","start":77,"end":89,"normalized":null,"category":null,"review_status":"UNREVIEWED"}""",
                """{"type":"PERSON","start":77,"end":82,"normalized":null,"category":null,"review_status":"CORRECTED"}"""),
            (entry.Reviewer, entry.Action, entry.Before, entry.After));
    }

    [Fact]
    public async Task ItemPage_NonAsciiText_WindowTextIsTheSliceAtItsOffsetAndTheSpanFormHasTheItemsOffsets()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/items/entity-7");

        var window = WindowPattern().Match(html);
        Assert.True(window.Success);
        var from = int.Parse(window.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, from);
        Assert.Equal(Content, WebUtility.HtmlDecode(Regex.Replace(window.Groups[2].Value, "<[^>]+>", string.Empty)));
        Assert.Contains("<input type=\"number\" name=\"start\" min=\"0\" value=\"77\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"number\" name=\"end\" min=\"1\" value=\"89\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"span-keys\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditNormalized_Reviewer_StoresTheNormalisedForm()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-4");

        var response = await client.PostAsync("/items/entity-4/normalized", Form((Token, token), ("version", "1"), ("normalized", "Syrian Arab Army")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/items/entity-4?last=entity-4&lastVersion=2", response.Headers.Location?.OriginalString);
        Assert.Equal(("Syrian Arab Army", "CORRECTED"), (ReadEntity(Army).Mention.Normalized, ReadEntity(Army).ReviewStatus));
    }

    [Fact]
    public async Task EditCategory_WeaponEntity_StoresTheCategory()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-5");

        var response = await client.PostAsync("/items/entity-5/category", Form((Token, token), ("version", "1"), ("category", "MORTAR")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(WeaponCategory.Mortar, ReadEntity(Shells).Mention.Category);
    }

    [Fact]
    public async Task EditCategory_OutsideTheVocabulary_BadRequestWithTheReasonAndStoreUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-5");

        var response = await client.PostAsync("/items/entity-5/category", Form((Token, token), ("version", "1"), ("category", "NAPALM")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("entity-5: the new category is not a weapon category", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((WeaponCategory.Artillery, 1), (ReadEntity(Shells).Mention.Category, ReadEntity(Shells).Version));
    }

    [Fact]
    public async Task EditActor_PickedActorEntity_StoresItsId()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var (token, version) = await TokenAndVersionAsync(client, "/items/claim-1");

        var response = await client.PostAsync("/items/claim-1/actor", Form((Token, token), ("version", version), ("actorEntity", "e1"), ("actor", "")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("e1", ReadClaim().Claim.Actor);
        Assert.Contains("<dd id=\"field-actor\">army (e1)</dd>", await client.GetStringAsync("/items/claim-1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditActor_OwnWordsAndAPick_TheWordsWin()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var (token, version) = await TokenAndVersionAsync(client, "/items/claim-1");

        var response = await client.PostAsync("/items/claim-1/actor", Form(
            (Token, token), ("version", version), ("actorEntity", "e1"), ("actor", "Syrian Arab Air Force")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("Syrian Arab Air Force", ReadClaim().Claim.Actor);
    }

    [Fact]
    public async Task EditGeocode_FromTheClaimPage_SeeOtherBackToTheClaimAndKeptWhenSitesAreLinkedAgain()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var html = await client.GetStringAsync("/items/claim-1");
        var site = ReadSiteOfClaim();
        Assert.Contains($"action=\"/items/{site.Ref}/geocode\"", html, StringComparison.Ordinal);
        var token = await TokenAsync(client, "/items/claim-1");

        var response = await client.PostAsync($"/items/{site.Ref}/geocode", Form(
            (Token, token), ("version", "1"), ("from", "claim-1"), ("lat", "36.2"), ("lon", "37.15"), ("precision", "NEIGHBOURHOOD")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/items/claim-1?last={site.Ref}&lastVersion=2", response.Headers.Location?.OriginalString);
        using (var store = SqliteTestimonyStore.Open(_host.DatabasePath))
        {
            new SiteLinker(new SiteResolver(PlacesTestData.Gazetteer)).Link(store);
            var stored = store.ReadSites().Single(s => s.SiteId == site.SiteId);
            Assert.Equal((36.2, 37.15, SitePrecision.Neighbourhood), (stored.Lat, stored.Lon, stored.Precision));
        }

        Assert.Equal(("CORRECTED", 2), (ReadSiteOfClaim().ReviewStatus, ReadSiteOfClaim().Version));
        Assert.Contains("<dd id=\"field-coordinates\">36.2, 37.15</dd>", await client.GetStringAsync("/items/" + site.Ref), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditGeocode_LatitudeNotANumber_BadRequestAndStoreUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/claim-1");
        var site = ReadSiteOfClaim();

        var response = await client.PostAsync($"/items/{site.Ref}/geocode", Form(
            (Token, token), ("version", "1"), ("lat", "north"), ("lon", "37.15"), ("precision", "TOWN")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A latitude or longitude is not a number in decimal degrees", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(site, ReadSiteOfClaim());
    }

    [Fact]
    public async Task AdjustSpan_StaleVersion_ConflictWithTheMessageAndStoreUnchanged()
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-7");
        await client.PostAsync("/items/entity-7/normalized", Form((Token, token), ("version", "1"), ("normalized", "Karim Haddad")));

        var response = await client.PostAsync("/items/entity-7/span", Form((Token, token), ("version", "1"), ("start", "77"), ("end", "82")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(TestimonyNlp.Review.ItemEndpoints.StaleMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((77, 89, 2), (ReadEntity(Karim).Mention.Start, ReadEntity(Karim).Mention.End, ReadEntity(Karim).Version));
    }

    [Theory]
    [InlineData("82", "77", "entity-7: the span 82..77 is not a non-empty span inside the text (0..90)")]
    [InlineData("77", "", "The span needs a start and an end offset, as whole numbers.")]
    public async Task AdjustSpan_InvalidSpan_BadRequestWithTheReason(string start, string end, string reason)
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ReviewerName, ReviewerPassword, "/items/entity-7");

        var response = await client.PostAsync("/items/entity-7/span", Form((Token, token), ("version", "1"), ("start", start), ("end", end)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, ReadEntity(Karim).Version);
    }

    [Theory]
    [InlineData("/items/entity-7/span")]
    [InlineData("/items/entity-4/normalized")]
    [InlineData("/items/claim-1/actor")]
    public async Task Edit_Viewer_Forbidden(string path)
    {
        var (client, token) = await _host.LoggedInWithTokenAsync(ViewerName, ViewerPassword, "/items/entity-7");

        var response = await client.PostAsync(path, Form(
            (Token, token), ("version", "1"), ("start", "77"), ("end", "82"), ("normalized", "x"), ("actor", "x")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((1, 1), (ReadEntity(Karim).Version, ReadEntity(Army).Version));
        Assert.Null(ReadClaim().Claim.Actor);
    }

    [Fact]
    public async Task ItemPage_ClaimWhoseVersionOnlyLinkingRaised_OffersEditsButNoUndo()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/items/claim-1");

        Assert.Contains("<dd id=\"field-version\">2</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/items/claim-1/undo", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"e1\">army (e1)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ARTILLERY\" selected>ARTILLERY</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitePage_Reviewer_ShowsTheGeocodeFormAndAcceptButNoRejectNorText()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);
        var site = ReadSiteOfClaim();

        var html = await client.GetStringAsync("/items/" + site.Ref);

        Assert.Contains($"<h1>Site {site.Ref} · Aleppo</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/items/{site.Ref}/geocode\"", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/items/{site.Ref}/accept\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/items/{site.Ref}/reject", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"window\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"TOWN\" selected>TOWN</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_DisputedEntityInTheBandOfAnother_ListedFirstAndMarked()
    {
        var client = await _host.LoggedInAsync(ReviewerName, ReviewerPassword);

        var html = await client.GetStringAsync("/");

        // Karim Haddad (0.45, disputed) and Rania Khatib (0.4) share the band 0.4: the disputed one comes first.
        var karim = html.IndexOf(">entity-7<", StringComparison.Ordinal);
        var rania = html.IndexOf(">entity-3<", StringComparison.Ordinal);
        Assert.True(karim >= 0 && rania > karim);
        Assert.Single(Regex.Matches(html, "<span class=\"disputed\">disputed</span>"));
        Assert.Contains("<td>PERSON <span class=\"disputed\">disputed</span></td>", html, StringComparison.Ordinal);
    }

    private static EntityMention At(string id, EntityType type, string text, double confidence) =>
        MentionIn(Content, id, type, text, null, confidence);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(string Token, string Version)> TokenAndVersionAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        return (token, VersionPattern().Match(html).Groups[1].Value);
    }

    private StoredEntity ReadEntity(ReviewItemRef item)
    {
        using var store = SqliteTestimonyStore.Open(_host.DatabasePath);
        return store.ReadEntities().Single(e => e.RowId == item.RowId);
    }

    private StoredClaim ReadClaim()
    {
        using var store = SqliteTestimonyStore.Open(_host.DatabasePath);
        return store.ReadClaims().Single(c => c.RowId == Claim.RowId);
    }

    private ReviewSite ReadSiteOfClaim()
    {
        using var store = _host.OpenStore();
        return store.ReadItem(Claim)!.Site!;
    }

    [GeneratedRegex("<span id=\"window\" data-from=\"([0-9]+)\" data-to=\"[0-9]+\">(.*?)</span></div>")]
    private static partial Regex WindowPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<dd id=\"field-version\">([0-9]+)</dd>")]
    private static partial Regex VersionPattern();
}
