using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;
using static TestimonyNlp.Tests.Store.StoreSites;

namespace TestimonyNlp.Tests.Store;

/// <summary>Incident linking over a real store, from hand-built results. People are fictional; places are real.</summary>
public sealed class IncidentStoreLinkerTests : IDisposable
{
    private const string Content = "A: A barrel bomb fell on the market of Douma. Seven people died, among them Rania Khatib.";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(30, 40, true)]
    [InlineData(100, 110, true)]
    [InlineData(60, 70, false)]
    [InlineData(45, 55, false)]
    [InlineData(0, 5, false)]
    public void Told_MentionAgainstTwoEvidenceSpans_TrueOnlyWithinOne(int start, int end, bool told)
    {
        var text = new string('x', 120);
        Assert.Equal(told, IncidentStoreLinker.Told([new Evidence(20, 50, text[20..50]), new Evidence(90, 120, text[90..120])], start, end));
    }

    [Fact]
    public void Link_TwoWitnessesOfOneBombing_SavesOneCorroboratedIncidentWithActorAndLinksBothClaims()
    {
        using var store = Open();
        Save(store, "DM-007", 'a', "Samir Khatib", 7);
        Save(store, "DM-012", 'b', "Huda Asmar", 7);
        PlaceAllAtMarket(store);

        var summary = new IncidentStoreLinker().Link(store);

        Assert.Equal(new IncidentLinkSummary(2, 2, 1, 1, 0, 0), summary);
        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal(
            ("I0001", MarketId, "DM-007|DM-012", 2, IncidentGrade.Corroborated, "Syrian government forces", 7, (int?)7, 0),
            (incident.IncidentId, incident.SiteId, string.Join('|', incident.Testimonies), incident.IndependentSources,
             incident.Grade, incident.Actor, incident.VictimsMin, incident.VictimsMax, incident.Conflicts.Length));
        Assert.Equal(["I0001", "I0001"], store.ReadClaims().Select(c => c.IncidentId ?? string.Empty).ToArray());
    }

    [Fact]
    public void Link_TwoWitnessesDisagreeingOnToll_SavesContestedIncidentWithTollConflict()
    {
        using var store = Open();
        Save(store, "DM-007", 'a', "Samir Khatib", 7);
        Save(store, "DM-012", 'b', "Huda Asmar", 9);
        PlaceAllAtMarket(store);

        new IncidentStoreLinker().Link(store);

        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal((IncidentGrade.Contested, "toll", 7, (int?)9),
            (incident.Grade, string.Join('|', incident.Conflicts), incident.VictimsMin, incident.VictimsMax));
    }

    [Fact]
    public void Link_FollowUpInterviewOfOneWitness_CountsOneSource()
    {
        using var store = Open();
        Save(store, "DM-007", 'a', "Samir Khatib", 7);
        Save(store, "DM-031", 'b', null, 7, "DM-031 (follow-up to DM-007)");
        PlaceAllAtMarket(store);

        var summary = new IncidentStoreLinker().Link(store);

        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal((1, IncidentGrade.SingleSource, "DM-007|DM-031 (follow-up to DM-007)"),
            (incident.IndependentSources, incident.Grade, string.Join('|', incident.Testimonies)));
        Assert.Equal(1, summary.Witnesses);
    }

    [Fact]
    public void Link_RunAgainWithNothingNew_KeepsIdsAndVersions()
    {
        using var store = Open();
        Save(store, "DM-007", 'a', "Samir Khatib", 7);
        Save(store, "DM-012", 'b', "Huda Asmar", 7);
        PlaceAllAtMarket(store);
        new IncidentStoreLinker().Link(store);

        var summary = new IncidentStoreLinker().Link(store);

        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal(("I0001", 1, 0), (incident.IncidentId, incident.Version, summary.Retired));
        // Version 1 when saved, 2 when sites were linked, 3 when incidents first were: the second run changed nothing.
        Assert.Equal([3, 3], store.ReadClaims().Select(c => c.Version).ToArray());
    }

    [Fact]
    public void Link_NoClaims_RetiresEarlierIncidents()
    {
        using var store = Open();
        store.SaveSites([Syria], []);
        store.SaveIncidents(
            [new StoredIncident("I0004", SyriaId, null, null, null, null, 1, 1, ["DM-001"], 1, IncidentGrade.SingleSource, [], 0)],
            [],
            []);

        var summary = new IncidentStoreLinker().Link(store);

        Assert.Equal(new IncidentLinkSummary(0, 0, 0, 0, 0, 1), summary);
        Assert.Empty(store.ReadIncidents());
    }

    [Fact]
    public void Link_IncidentLeftWithoutClaimsThenNewIncident_DoesNotReuseItsId()
    {
        using var store = Open();
        Save(store, "DM-007", 'a', "Samir Khatib", 7);
        Save(store, "DM-012", 'b', "Huda Asmar", 3, day: new DateOnly(2017, 3, 2));
        PlaceAllAtMarket(store);
        new IncidentStoreLinker().Link(store);

        // The edited DM-012 tells of nothing: its incident goes.
        Save(store, "DM-012", 'c', "Huda Asmar", 3, withClaim: false);
        var retiring = new IncidentStoreLinker().Link(store);
        Save(store, "DM-020", 'd', "Omar Asmar", 2, day: new DateOnly(2017, 1, 5));
        PlaceAllAtMarket(store);
        new IncidentStoreLinker().Link(store);

        Assert.Equal(1, retiring.Retired);
        Assert.Equal(["I0001", "I0003"], store.ReadIncidents().Select(i => i.IncidentId).ToArray());
        Assert.Equal(["I0002"], store.ReadRetiredIncidentIds().ToArray());
    }

    [Fact]
    public void Link_TwoWitnessesWithoutSitesNamingOnePersonInTheirEvidence_SavesOneIncident()
    {
        // No site and no named victim: only the person both name inside the evidence brings the accounts together.
        using var store = Open();
        Save(store, "DM-007", 'a', "Samir Khatib", 7, day: new DateOnly(2016, 9, 9));
        Save(store, "DM-012", 'b', "Huda Asmar", 7, day: new DateOnly(2016, 9, 9));

        new IncidentStoreLinker().Link(store);

        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal(("DM-007|DM-012", (string?)null), (string.Join('|', incident.Testimonies), incident.SiteId));
    }

    [Fact]
    public void Link_MonthDatedAccountsWhoseDateMentionsNameOneDay_SavesOneIncident()
    {
        using var store = Open();
        SaveBare(store, "DM-007", 'a', 7, "2016-09-09");
        SaveBare(store, "DM-012", 'b', 9, "2016-09-09");
        PlaceAllAtMarket(store);

        new IncidentStoreLinker().Link(store);

        Assert.Equal("DM-007|DM-012", string.Join('|', Assert.Single(store.ReadIncidents()).Testimonies));
    }

    [Fact]
    public void Link_MonthDatedAccountsWhoseDateMentionsNameOtherDays_SavesTwoIncidents()
    {
        using var store = Open();
        SaveBare(store, "DM-007", 'a', 7, "2016-09-09");
        SaveBare(store, "DM-012", 'b', 9, "2016-09-01..2016-09-30");
        PlaceAllAtMarket(store);

        new IncidentStoreLinker().Link(store);

        Assert.Equal(2, store.ReadIncidents().Count());
    }

    private SqliteTestimonyStore Open() => SqliteTestimonyStore.Open(_folder.File("testimony.db"));

    private static void Save(
        SqliteTestimonyStore store,
        string testimonyId,
        char hash,
        string? speaker,
        int killed,
        string? headerId = null,
        DateOnly? day = null,
        bool withClaim = true)
    {
        var date = day ?? new DateOnly(2016, 9, 9);
        var testimony = new Testimony
        {
            Source = testimonyId.ToLowerInvariant() + ".txt",
            TestimonyId = headerId ?? testimonyId,
            Content = Content,
            ContentSha256 = new string(hash, 64),
            Format = "text",
            Metadata = new TestimonyMetadata { InterviewId = headerId ?? testimonyId, Speaker = speaker },
            Segments = [new Segment(3, Content.Length, SpeakerRole.Witness, "A", 0)],
        };
        EntityMention[] entities =
        [
            new("e1", EntityType.Weapon, 5, 16, "barrel bomb", "barrel bomb", 0.99) { Category = WeaponCategory.BarrelBomb },
            new("e2", EntityType.Person, 76, 88, "Rania Khatib", "Rania Khatib", 0.9),
            new("e3", EntityType.Actor, 5, 16, "barrel bomb", "Syrian government forces", 0.8),
        ];
        var claim = new Claim
        {
            Id = "c1",
            Harm = Harm.Killed,
            // Only the bombing of 9 September names its victim: a shared name would join the other days to it.
            Victims = new VictimCount(killed, killed, day is null ? ["e2"] : []),
            Weapon = WeaponCategory.BarrelBomb,
            Actor = "e3",
            Date = new DateRange("that day", date, date),
            Basis = Basis.Witnessed,
            Evidence = [new Evidence(3, 89, Content[3..89])],
            Confidence = 0.9,
        };
        store.Save(new TestimonyResult(testimony, entities, withClaim ? [claim] : [], 16));
    }

    /// <summary>A testimony whose claim has a month for its date and no weapon, actor or named victim, and whose
    /// evidence holds one DATE mention normalised to <paramref name="contextDate"/>.</summary>
    private static void SaveBare(SqliteTestimonyStore store, string testimonyId, char hash, int killed, string contextDate)
    {
        var testimony = new Testimony
        {
            Source = testimonyId.ToLowerInvariant() + ".txt",
            TestimonyId = testimonyId,
            Content = Content,
            ContentSha256 = new string(hash, 64),
            Format = "text",
            Metadata = new TestimonyMetadata { InterviewId = testimonyId },
            Segments = [new Segment(3, Content.Length, SpeakerRole.Witness, "A", 0)],
        };
        EntityMention[] entities = [new("e1", EntityType.Date, 3, 4, Content[3..4], contextDate, 0.8)];
        var claim = new Claim
        {
            Id = "c1",
            Harm = Harm.Killed,
            Victims = new VictimCount(killed, killed, []),
            Date = new DateRange("that month", new DateOnly(2016, 9, 1), new DateOnly(2016, 9, 30)),
            Basis = Basis.Witnessed,
            Evidence = [new Evidence(3, 89, Content[3..89])],
            Confidence = 0.9,
        };
        store.Save(new TestimonyResult(testimony, entities, [claim], 16));
    }
}
