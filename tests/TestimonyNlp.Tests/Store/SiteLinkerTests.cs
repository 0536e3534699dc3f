using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Entities.Places;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

/// <summary>The context <see cref="SiteLinker"/> gives each site mention. Places are real.</summary>
public sealed class SiteLinkerTests
{
    private const string Content = "We fled Aleppo. The shell hit al-Jadida street in Mosul. Two men died there.";

    private static readonly EntityMention Aleppo = Town("e1", 8, "Aleppo", "SY");
    private static readonly EntityMention Jadida = new("e2", EntityType.Place, 30, 46, "al-Jadida street", null, 0.9);
    private static readonly EntityMention Mosul = Town("e3", 50, "Mosul", "IQ");

    private static readonly Claim Claim = new()
    {
        Id = "c1",
        Harm = Harm.Killed,
        Victims = new VictimCount(2, 2, []),
        Site = "e2",
        Evidence = [new Evidence(57, 76, "Two men died there.")],
        Confidence = 0.9,
    };

    [Fact]
    public void SentencePlaces_WithText_TakesTheSentencesOfTheEvidenceAndTheSite()
    {
        var places = SiteLinker.SentencePlaces(Claim, Jadida, [Aleppo, Jadida, Mosul], Content);

        Assert.Equal(["e2", "e3"], places.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void SentencePlaces_WithoutText_TakesOnlyTheEvidenceAndTheSiteMention()
    {
        var places = SiteLinker.SentencePlaces(Claim, Jadida, [Aleppo, Jadida, Mosul], null);

        Assert.Equal(["e2"], places.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void MostCommonCountry_TieBetweenCountries_TakesOrdinallyFirst()
    {
        Assert.Equal("IQ", SiteLinker.MostCommonCountry([Aleppo, Jadida, Mosul]));
        Assert.Equal("SY", SiteLinker.MostCommonCountry([Aleppo, Town("e4", 60, "Homs", "SY"), Mosul]));
        Assert.Null(SiteLinker.MostCommonCountry([Jadida]));
    }

    private static EntityMention Town(string id, int start, string name, string country) =>
        new(id, EntityType.Place, start, start + name.Length, name, name, 0.95)
        {
            Geo = new GeoPoint(1, 2, country, SitePrecision.Town, null),
        };

    [Theory]
    [InlineData("Place of interview: Gaziantep, Turkey\nA: We lived in Hay al-Thawra.", "Gaziantep", true)]
    [InlineData("Location: Gaziantep\nA: We lived in Hay al-Thawra.", "Gaziantep", true)]
    [InlineData("A: From Gaziantep we went to Mosul.", "Gaziantep", false)]
    [InlineData("Q: Where: Gaziantep?", "Gaziantep", false)]
    public void IsInterviewPlace_PlaceOnALine_TrueOnlyOnAnInterviewPlaceHeader(string content, string name, bool expected)
    {
        var start = content.IndexOf(name, StringComparison.Ordinal);
        var place = new EntityMention("e1", EntityType.Place, start, start + name.Length, name, name, 0.9);

        Assert.Equal(expected, SiteLinker.IsInterviewPlace(content, place));
    }

    [Fact]
    public void SplitInterviewPlaces_HeaderPlaceAndAccountPlace_EachOnItsSide()
    {
        const string Text = "Place: Gaziantep, Turkey\nA: We lived in Mosul, in Hay al-Thawra.";
        var header = Town("e1", Text.IndexOf("Gaziantep", StringComparison.Ordinal), "Gaziantep", "TR");
        var told = Town("e2", Text.IndexOf("Mosul", StringComparison.Ordinal), "Mosul", "IQ");

        var (account, interview) = SiteLinker.SplitInterviewPlaces([header, told], Text);

        Assert.Equal(["e2"], account.Select(p => p.Id).ToArray());
        Assert.Equal(["e1"], interview.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void SplitInterviewPlaces_WithoutText_EveryPlaceIsTheAccounts()
    {
        var (account, interview) = SiteLinker.SplitInterviewPlaces([Aleppo, Mosul], null);

        Assert.Equal(["e1", "e3"], account.Select(p => p.Id).ToArray());
        Assert.Empty(interview);
    }

    [Theory]
    [InlineData("Q: Where?\nA: In Mosul.\nIt was late.\nQ: Then?", "late", 10, 35)]
    [InlineData("Q: Where?\nA: In Mosul.\nIt was late.\nQ: Then?", "Where", 0, 9)]
    [InlineData("Q: Where?\nA: In Mosul.\nIt was late.\nQ: Then?", "Then", 36, 44)]
    [InlineData("[00:03:12] Q: Where?\n[00:03:20] A: In Mosul.\nStill.", "Still", 21, 51)]
    [InlineData("We lived in Mosul.\n\nLater we left.\nWe walked.", "walked", 20, 45)]
    public void Turn_PositionInAText_FromItsLabelledOrParagraphLineToTheNext(string content, string word, int start, int end)
    {
        Assert.Equal((start, end), SiteLinker.Turn(content, content.IndexOf(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void TurnPlaces_TownsInOtherTurns_LeftOut()
    {
        const string Text = "A: We fled Aleppo.\nQ: And Mosul?\nA: The shell hit al-Jadida.";
        var aleppo = Town("e1", Text.IndexOf("Aleppo", StringComparison.Ordinal), "Aleppo", "SY");
        var mosul = Town("e2", Text.IndexOf("Mosul", StringComparison.Ordinal), "Mosul", "IQ");
        var start = Text.IndexOf("al-Jadida", StringComparison.Ordinal);
        var jadida = new EntityMention("e3", EntityType.Place, start, start + 9, "al-Jadida", null, 0.9);

        Assert.Equal(["e3"], SiteLinker.TurnPlaces([aleppo, mosul, jadida], jadida, Text).Select(p => p.Id).ToArray());
        Assert.Equal(["e1"], SiteLinker.TurnPlaces([aleppo, mosul, jadida], aleppo, Text).Select(p => p.Id).ToArray());
    }

    [Fact]
    public void Link_LocalSiteWhoseSentenceNamesNoTown_TakesTheTownOfItsTurnNotTheNearest()
    {
        const string Text = "Place of interview: Gharyan\nA: In Tripoli, by the airport road. The shells fell on Abu Salim every night.\nQ: Was Gharyan safer?\nA: Yes.";
        var gazetteer = PlacesTestData.Gazetteer;
        EntityMention At(string id, string name, int from, string? country)
        {
            var start = Text.IndexOf(name, from, StringComparison.Ordinal);
            var geo = country is null ? null : gazetteer.Resolve(name, country)!.Entry.ToGeoPoint();
            return new EntityMention(id, EntityType.Place, start, start + name.Length, name, geo is null ? null : name, 0.9) { Geo = geo };
        }

        var evidenceStart = Text.IndexOf("The shells", StringComparison.Ordinal);
        var claim = Claim with { Site = "e3", Evidence = [new Evidence(evidenceStart, evidenceStart + 41, "The shells fell on Abu Salim every night.")] };
        var testimony = StoreSamples.Testimony() with { Content = Text, Segments = [new Segment(0, Text.Length, SpeakerRole.Witness, "A", 0)] };
        using var folder = new TempDirectory();
        using var store = SqliteTestimonyStore.Open(folder.File("testimony.db"));
        store.Save(new TestimonyResult(testimony, [At("e1", "Gharyan", 0, "LY"), At("e2", "Tripoli", 0, "LY"), At("e3", "Abu Salim", 0, null), At("e4", "Gharyan", 40, "LY")], [claim], 20));

        var summary = new SiteLinker(new SiteResolver(gazetteer)).Link(store);

        var sites = store.ReadSites().ToDictionary(s => s.SiteId);
        var site = sites[store.ReadClaims().Single().SiteId!];
        Assert.Equal(("Abu Salim", "Tripoli"), (site.Name, sites[site.ParentSiteId!].Name));
        Assert.Equal(new SiteLinkSummary(1, 1, 4), summary);
    }
}
