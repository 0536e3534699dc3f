using System.Globalization;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Entities.Places;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

/// <summary>
/// The review edits beyond accept, reject and type: a claim's actor and a site's geocode (kept across site linking),
/// and the disputed entities the queue puts first within a confidence band. People are fictional; places are real.
/// </summary>
public sealed class ReviewEditTests : IDisposable
{
    /// <summary>Entities e1 ACTOR "army", e2 PLACE "Aleppo" (geocoded), e3 PERSON "Karim Haddad"; claim c1 at
    /// Aleppo, linked to its site by <see cref="SiteLinker"/>.</summary>
    private const string Content = "A: The army shelled Aleppo at dawn. Five people died, among them Karim Haddad.";

    /// <summary>Site linking set the claim's site id, a change that bumped its version.</summary>
    private const int LinkedClaimVersion = 2;

    private static readonly DateTimeOffset Now = ReviewSamples.Now;
    private static readonly ReviewItemRef Actor = new(ReviewItemKind.Entity, 1);
    private static readonly ReviewItemRef Place = new(ReviewItemKind.Entity, 2);
    private static readonly ReviewItemRef Claim = new(ReviewItemKind.Claim, 1);

    private readonly TempDirectory _folder = new();
    private readonly SqliteReviewStore _store;
    private readonly GeoPoint _aleppo = PlacesTestData.Gazetteer.Resolve("Aleppo", "SY")!.Entry.ToGeoPoint();

    public ReviewEditTests()
    {
        using (var testimonies = SqliteTestimonyStore.Open(DatabasePath))
        {
            testimonies.Save(new TestimonyResult(Testimony(), Entities(), [ClaimAtAleppo()], 13));
            Link(testimonies);
        }

        _store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now));
    }

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void ReadItem_ClaimAndItsPlace_GiveTheLinkedSiteWithTheModelGeocode()
    {
        var site = _store.ReadItem(Claim)!.Site;

        Assert.NotNull(site);
        Assert.Equal(("Aleppo", _aleppo.Lat, _aleppo.Lon, "TOWN", "UNREVIEWED", 1), (site.Name, site.Lat, site.Lon, site.Precision, site.ReviewStatus, site.Version));
        Assert.Equal(site, _store.ReadItem(Place)!.Site);
        Assert.Equal(LinkedClaimVersion, _store.ReadItem(Claim)!.Version);
        Assert.Null(_store.ReadItem(Actor)!.Site);
        var item = _store.ReadItem(site.Ref)!;
        Assert.Equal(("", 0L, "Aleppo", 1, site), (item.TestimonyId, item.TestimonyRowId, item.Label, item.Version, item.Site));
    }

    [Fact]
    public void Apply_EditGeocode_WritesTheSiteAndAuditsBeforeAndAfter()
    {
        var site = SiteRef();

        var outcome = _store.Apply(Geocode(site, 1, 36.2, 37.15, "NEIGHBOURHOOD"), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 2, null), outcome);
        var stored = ReadSite();
        Assert.Equal((36.2, 37.15, SitePrecision.Neighbourhood), (stored.Lat, stored.Lon, stored.Precision));
        var entry = Assert.Single(_store.ReadHistory(site));
        Assert.Equal(
            (ReviewAction.EditGeocode, Json($$"""{"lat":{{_aleppo.Lat}},"lon":{{_aleppo.Lon}},"precision":"TOWN","review_status":"UNREVIEWED"}"""),
                """{"lat":36.2,"lon":37.15,"precision":"NEIGHBOURHOOD","review_status":"CORRECTED"}""", 2),
            (entry.Action, entry.Before, entry.After, entry.VersionAfter));
        Assert.Equal("EDIT_GEOCODE", SqliteProbe.Scalar(DatabasePath, "SELECT action FROM audit_log"));
    }

    [Fact]
    public void Link_AfterAReviewedGeocode_KeepsItInTheStoreSitesCsvAndGeoJson()
    {
        var site = SiteRef();
        _store.Apply(Geocode(site, 1, 36.2, 37.15, "NEIGHBOURHOOD"), "amira", Now);

        using (var testimonies = SqliteTestimonyStore.Open(DatabasePath))
        {
            Link(testimonies);
            new CsvExporter().Export(testimonies, _folder.File("out"));
        }

        var stored = ReadSite();
        Assert.Equal((36.2, 37.15, SitePrecision.Neighbourhood), (stored.Lat, stored.Lon, stored.Precision));
        Assert.Equal(("CORRECTED", 2), (_store.ReadItem(site)!.ReviewStatus, _store.ReadItem(site)!.Version));
        var siteId = _store.ReadItem(site)!.Site!.SiteId;
        var row = Assert.Single(File.ReadAllLines(_folder.File("out/sites.csv")), l => l.StartsWith(siteId + ",", StringComparison.Ordinal));
        Assert.Contains(",36.2,37.15,NEIGHBOURHOOD,", row, StringComparison.Ordinal);
        Assert.Contains("\"coordinates\":[37.15,36.2]", File.ReadAllText(_folder.File("out/sites.geojson")), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_AfterTheGeocodeEditWasUndone_TakesTheModelGeocodeAgain()
    {
        var site = SiteRef();
        _store.Apply(Geocode(site, 1, 36.2, 37.15, "NEIGHBOURHOOD"), "amira", Now);
        Assert.True(_store.Apply(new ReviewChange(site, 2, ReviewAction.Undo), "amira", Now).Success);
        SqliteProbe.Execute(DatabasePath, "UPDATE sites SET lat = 1, lon = 2 WHERE id = 1");

        using (var testimonies = SqliteTestimonyStore.Open(DatabasePath))
        {
            Link(testimonies);
        }

        var stored = ReadSite();
        Assert.Equal((_aleppo.Lat, _aleppo.Lon, SitePrecision.Town), (stored.Lat, stored.Lon, stored.Precision));
        Assert.Equal(("UNREVIEWED", 3), (_store.ReadItem(site)!.ReviewStatus, _store.ReadItem(site)!.Version));
    }

    [Fact]
    public void Apply_AcceptSite_PinsTheModelGeocode()
    {
        var site = SiteRef();
        Assert.True(_store.Apply(new ReviewChange(site, 1, ReviewAction.Accept), "amira", Now).Success);

        SqliteProbe.Execute(DatabasePath, "UPDATE sites SET lat = 1, lon = 2, precision = 'COUNTRY' WHERE id = 1");

        var stored = ReadSite();
        Assert.Equal((_aleppo.Lat, _aleppo.Lon, SitePrecision.Town), (stored.Lat, stored.Lon, stored.Precision));
    }

    [Fact]
    public void Apply_EditGeocodeToNone_ClearsTheCoordinates()
    {
        var site = SiteRef();

        var outcome = _store.Apply(new ReviewChange(site, 1, ReviewAction.EditGeocode), "amira", Now);

        Assert.True(outcome.Success);
        var stored = ReadSite();
        Assert.Equal((null, null, null), (stored.Lat, stored.Lon, stored.Precision));
    }

    [Theory]
    [InlineData(91.0, 37.0, "TOWN", "the latitude is not between -90 and 90")]
    [InlineData(36.0, -181.0, "TOWN", "the longitude is not between -180 and 180")]
    [InlineData(36.0, null, "TOWN", "coordinates need both a latitude and a longitude")]
    [InlineData(null, null, "TOWN", "a precision needs coordinates")]
    [InlineData(36.0, 37.0, "CITY", "the precision is not a site precision (BUILDING, STREET, NEIGHBOURHOOD, TOWN, DISTRICT, GOVERNORATE, COUNTRY)")]
    [InlineData(36.0, 37.0, null, "the precision is not a site precision (BUILDING, STREET, NEIGHBOURHOOD, TOWN, DISTRICT, GOVERNORATE, COUNTRY)")]
    public void Apply_GeocodeThatDoesNotFit_RefusedAsInvalidAndWritesNothing(double? lat, double? lon, string? precision, string reason)
    {
        var site = SiteRef();

        var outcome = _store.Apply(Geocode(site, 1, lat, lon, precision), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, $"{site}: {reason}"), outcome);
        Assert.Equal(0L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Fact]
    public void Apply_RejectSiteOrGeocodeOfAnEntity_RefusedAsInvalid()
    {
        var site = SiteRef();

        Assert.Equal(
            new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, $"{site}: REJECT does not apply to this kind of item"),
            _store.Apply(new ReviewChange(site, 1, ReviewAction.Reject), "amira", Now));
        Assert.Equal(
            new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, "entity-2: EDIT_GEOCODE does not apply to this kind of item"),
            _store.Apply(Geocode(Place, 1, 36.2, 37.15, "TOWN"), "amira", Now));
    }

    [Fact]
    public void Apply_StaleGeocode_RefusedWithTheSiteVersion()
    {
        var site = SiteRef();
        _store.Apply(Geocode(site, 1, 36.2, 37.15, "TOWN"), "amira", Now);

        var outcome = _store.Apply(Geocode(site, 1, 36.3, 37.2, "TOWN"), "bilal", Now);

        Assert.Equal((ReviewOutcomeKind.Stale, 2), (outcome.Kind, outcome.CurrentVersion));
        Assert.Equal(36.2, ReadSite().Lat);
    }

    [Fact]
    public void Apply_EditActorToAnActorEntity_StoresItsIdAndAuditsTheActor()
    {
        var outcome = _store.Apply(new ReviewChange(Claim, LinkedClaimVersion, ReviewAction.EditActor, NewActor: " e1 "), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 3, null), outcome);
        Assert.Equal(("e1", "CORRECTED"), (_store.ReadItem(Claim)!.Actor, _store.ReadItem(Claim)!.ReviewStatus));
        Assert.Equal("e1", ReadClaim().Actor);
        var entry = Assert.Single(_store.ReadHistory(Claim));
        Assert.Equal(
            ("""{"type":"KILLED","start":36,"end":78,"normalized":null,"category":"ARTILLERY","actor":null,"review_status":"UNREVIEWED"}""",
                """{"type":"KILLED","start":36,"end":78,"normalized":null,"category":"ARTILLERY","actor":"e1","review_status":"CORRECTED"}"""),
            (entry.Before, entry.After));
    }

    [Fact]
    public void Apply_EditActorInTheReviewersWords_StoresTheWords()
    {
        var outcome = _store.Apply(new ReviewChange(Claim, LinkedClaimVersion, ReviewAction.EditActor, NewActor: "Syrian Arab Air Force"), "amira", Now);

        Assert.True(outcome.Success);
        Assert.Equal("Syrian Arab Air Force", ReadClaim().Actor);
    }

    [Fact]
    public void Apply_EditActorEmpty_ClearsIt()
    {
        _store.Apply(new ReviewChange(Claim, LinkedClaimVersion, ReviewAction.EditActor, NewActor: "e1"), "amira", Now);

        var outcome = _store.Apply(new ReviewChange(Claim, LinkedClaimVersion + 1, ReviewAction.EditActor, NewActor: ""), "amira", Now);

        Assert.True(outcome.Success);
        Assert.Null(ReadClaim().Actor);
    }

    [Theory]
    [InlineData("e3", "claim-1: e3 is not an ACTOR entity of testimony AL-004")]
    [InlineData("e9", "claim-1: e9 is not an ACTOR entity of testimony AL-004")]
    [InlineData(null, "claim-1: no actor was given")]
    [InlineData("army\u0007", "claim-1: the actor has control characters")]
    public void Apply_ActorThatDoesNotFit_RefusedAsInvalidAndWritesNothing(string? actor, string message)
    {
        var outcome = _store.Apply(new ReviewChange(Claim, LinkedClaimVersion, ReviewAction.EditActor, NewActor: actor), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, LinkedClaimVersion, message), outcome);
        Assert.Equal(0L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Fact]
    public void Apply_ActorLongerThanTheLimit_RefusedAsInvalid()
    {
        var outcome = _store.Apply(
            new ReviewChange(Claim, LinkedClaimVersion, ReviewAction.EditActor, NewActor: new string('a', ReviewLimits.MaxNormalizedLength + 1)), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, LinkedClaimVersion, "claim-1: the actor is longer than 1000 characters"), outcome);
    }

    [Fact]
    public void Apply_EditActorOfAnEntity_RefusedAsInvalid()
    {
        var outcome = _store.Apply(new ReviewChange(Actor, 1, ReviewAction.EditActor, NewActor: "e1"), "amira", Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, "entity-1: EDIT_ACTOR does not apply to this kind of item"), outcome);
    }

    [Fact]
    public void Apply_UndoOfAnEntryWrittenBeforeActorsWereKept_LeavesTheCurrentActor()
    {
        _store.Apply(new ReviewChange(Claim, LinkedClaimVersion, ReviewAction.EditActor, NewActor: "e1"), "amira", Now);

        // A change logged by an earlier build: its claim states have no actor.
        SqliteProbe.Execute(DatabasePath,
            """
            INSERT INTO audit_log (item_kind, item_row_id, reviewer, at, action, before, after, version_after)
            VALUES ('claim', 1, 'amira', '2026-03-04T09:00:00.000Z', 'CHANGE_TYPE',
                '{"type":"KILLED","start":36,"end":78,"normalized":null,"category":"ARTILLERY","review_status":"CORRECTED"}',
                '{"type":"INJURED","start":36,"end":78,"normalized":null,"category":"ARTILLERY","review_status":"CORRECTED"}', 4);
            UPDATE claims SET harm = 'INJURED', version = 4 WHERE id = 1;
            """);

        var outcome = _store.Apply(new ReviewChange(Claim, 4, ReviewAction.Undo), "amira", Now);

        Assert.True(outcome.Success);
        Assert.Equal((Harm.Killed, "e1"), (ReadClaim().Harm, ReadClaim().Actor));
    }

    [Fact]
    public void ReadQueue_DisputedEntities_FirstWithinTheirConfidenceBand()
    {
        using var folder = new TempDirectory();
        var path = folder.File("queue.db");
        using (var testimonies = SqliteTestimonyStore.Open(path))
        {
            EntityMention Word(string id, int start, double confidence, bool disputed) =>
                new(id, EntityType.Person, start, start + 4, Content[start..(start + 4)], null, confidence) { Disputed = disputed };

            testimonies.Save(new TestimonyResult(
                Testimony(),
                [Word("e1", 0, 0.72, false), Word("e2", 10, 0.79, true), Word("e3", 20, 0.65, true), Word("e4", 30, 0.61, false), Word("e5", 40, 0.9, true)],
                [],
                13));
        }

        using var store = SqliteReviewStore.Open(path, new FixedTimeProvider(Now));
        var queue = store.ReadQueue(ReviewQueueFilter.All, 0, 10);

        Assert.Equal(
            [("entity-3", true), ("entity-4", false), ("entity-2", true), ("entity-1", false), ("entity-5", true)],
            queue.Select(i => (i.Ref.ToString(), i.Disputed)));
        Assert.Equal(["entity-4", "entity-2"], store.ReadQueue(ReviewQueueFilter.All, 1, 2).Select(i => i.Ref.ToString()));
        Assert.True(store.ReadItem(new ReviewItemRef(ReviewItemKind.Entity, 2))!.Disputed);
        using var reopened = SqliteTestimonyStore.Open(path);
        Assert.Equal([false, true, true, false, true], reopened.ReadEntities().Select(e => e.Mention.Disputed));
    }

    private static ReviewChange Geocode(ReviewItemRef site, int version, double? lat, double? lon, string? precision) =>
        new(site, version, ReviewAction.EditGeocode, NewLat: lat, NewLon: lon, NewPrecision: precision);

    private static string Json(FormattableString json) => json.ToString(CultureInfo.InvariantCulture);

    private ReviewItemRef SiteRef() => _store.ReadItem(Claim)!.Site!.Ref;

    private StoredSite ReadSite()
    {
        var siteId = _store.ReadItem(Claim)!.Site!.SiteId;
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        return testimonies.ReadSites().Single(s => s.SiteId == siteId);
    }

    private Claim ReadClaim()
    {
        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);
        return testimonies.ReadClaims().Single().Claim;
    }

    private static void Link(SqliteTestimonyStore testimonies) =>
        new SiteLinker(new SiteResolver(PlacesTestData.Gazetteer)).Link(testimonies);

    private static Testimony Testimony() => StoreSamples.Testimony() with
    {
        TestimonyId = "AL-004",
        Source = "interviews/al-004.txt",
        Content = Content,
        Segments = [new Segment(3, Content.Length, SpeakerRole.Witness, "A", 0)],
    };

    private EntityMention[] Entities() =>
    [
        At("e1", EntityType.Actor, "army", 0.9) with { Normalized = "Syrian Arab Army" },
        At("e2", EntityType.Place, "Aleppo", 0.95) with { Normalized = "Aleppo", Geo = _aleppo },
        At("e3", EntityType.Person, "Karim Haddad", 0.7),
    ];

    private static EntityMention At(string id, EntityType type, string text, double confidence)
    {
        var start = Content.IndexOf(text, StringComparison.Ordinal);
        return new EntityMention(id, type, start, start + text.Length, text, null, confidence);
    }

    private static Claim ClaimAtAleppo()
    {
        var start = Content.IndexOf("Five", StringComparison.Ordinal);
        return StoreSamples.Claim with
        {
            Weapon = WeaponCategory.Artillery,
            Site = "e2",
            Actor = null,
            Evidence = [new Evidence(start, Content.Length, Content[start..])],
        };
    }
}
