using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Places;

public sealed class UnclaimedPlacesTests
{
    // The place spotter, then whatever mentions a test adds in place of the tagger's, then the place normaliser.
    private static Document Run(string content, params (string Text, EntityType Type, double Confidence, int Occurrence)[] tagged)
    {
        var document = PlacesTestData.TextDocument(content);
        new PlaceSpotter(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);
        foreach (var (text, type, confidence, occurrence) in tagged)
        {
            var start = -1;
            for (var k = 0; k <= occurrence; k++)
            {
                start = content.IndexOf(text, start + 1, StringComparison.Ordinal);
            }

            // As the tagger does, a tagged span replaces the spotter's mentions it overlaps.
            document.Entities.RemoveAll(m => m.Start < start + text.Length && start < m.End);
            document.Entities.Add(new EntityMention(string.Empty, type, start, start + text.Length, text, null, confidence));
        }

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);
        document.Entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return document;
    }

    private static string Places(Document document) =>
        PlacesTestData.Render(document.Entities.Where(m => m.Type == EntityType.Place));

    [Fact]
    public void Process_TownStartingASentence_TakenInTheAccountsCountry()
    {
        var document = Run("We lived in Idlib before the war. Binnish was quiet that week.");

        Assert.Equal("Idlib=Idlib/SY | Binnish=Binnish/SY", Places(document));
    }

    [Fact]
    public void Process_TownAfterASentenceOpener_TakenWithoutTheOpener()
    {
        var document = Run("We lived in Idlib before the war. Then Binnish was shelled.");

        var added = Assert.Single(document.Entities, m => m.Start > 30);
        Assert.Equal(("Binnish", 39, 46), (added.Text, added.Start, added.End));
    }

    [Fact]
    public void Process_ListOfTownsStartingASentence_EveryItemTaken()
    {
        var document = Run("We lived in Idlib before the war. Binnish, Taftanaz and Sarmin were shelled every day.");

        Assert.Equal("Idlib=Idlib/SY | Binnish=Binnish/SY | Taftanaz=Taftanāz/SY | Sarmin=Sarmīn/SY", Places(document));
    }

    [Fact]
    public void Process_TownNameBeforeAVerbOfSpeech_NotTaken()
    {
        var document = Run("We lived in Idlib before the war. Binnish told us to leave.");

        Assert.Equal("Idlib=Idlib/SY", Places(document));
    }

    [Fact]
    public void Process_TownNameBeforeAFacilityHead_NotTaken()
    {
        var document = Run("We lived in Idlib before the war. Binnish hospital was full.");

        Assert.Equal("Idlib=Idlib/SY", Places(document));
    }

    [Fact]
    public void Process_TownNameTheAccountNamesAsAPerson_NotTaken()
    {
        var document = Run(
            "We lived in Idlib with Binnish Haddad. Binnish was my cousin.",
            ("Binnish Haddad", EntityType.Person, 0.95, 0));

        Assert.Equal("Idlib=Idlib/SY", Places(document));
    }

    [Fact]
    public void Process_WordTheAccountWritesInLowerCase_NotTaken()
    {
        var document = Run("We lived in Idlib before the war. The binnish bread was good. Binnish was quiet that week.");

        Assert.Equal("Idlib=Idlib/SY", Places(document));
    }

    [Fact]
    public void Process_TownOfAnotherCountryStartingASentence_NotTaken()
    {
        // Binnish is a Syrian town; an Iraqi account that never names Syria does not reach it.
        var document = Run("We lived in Mosul before the war. Binnish was quiet that week.");

        Assert.Equal("Mosul=Mosul/IQ", Places(document));
    }

    [Fact]
    public void Process_NameTakenByAnotherMention_LeftAsItWas()
    {
        var document = Run(
            "We lived in Idlib before the war. Binnish was quiet that week.",
            ("Binnish", EntityType.Person, 0.95, 0));

        Assert.Equal("Idlib=Idlib/SY", Places(document));
        Assert.Single(document.Entities, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Process_UnsurePersonNamedLikeAPlacePlacedElsewhere_BecomesThatPlace()
    {
        var document = Run(
            "The shelling came from the side of Saraqib. Some say Saraqib.",
            ("Saraqib", EntityType.Person, 0.7, 1));

        Assert.Equal("Saraqib=Saraqib/SY | Saraqib=Saraqib/SY", Places(document));
        Assert.DoesNotContain(document.Entities, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Process_UnsurePersonNamedLikeAPlaceBeforeAVerbOfSpeech_StaysAPerson()
    {
        var document = Run(
            "The shelling came from the side of Saraqib. Then Saraqib told us to run.",
            ("Saraqib", EntityType.Person, 0.7, 1));

        Assert.Equal("Saraqib=Saraqib/SY", Places(document));
        Assert.Single(document.Entities, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void Process_RegionAbroadBesideATownOfTheCountryThatHasItsName_TheTown()
    {
        // Beni is a region of Bolivia and a town of the Congo; beside Rutshuru the account is Congolese.
        var document = Run(
            "I worked in Beni, then in Rutshuru. In Beni there was no more work.",
            ("Rutshuru", EntityType.Place, 0.95, 0));

        Assert.Equal("Beni=Beni/CD | Rutshuru=Rutshuru/CD | Beni=Beni/CD", Places(document));
    }

    [Fact]
    public void Process_TownFollowedByItsRegion_TheTownOfThatRegionForEveryMention()
    {
        // Granada is also a regional seat of Nicaragua; "Granada, Antioquia" says which one the account means.
        var document = Run(
            "Place: Granada, Antioquia. We had a shop in Granada.",
            ("Granada", EntityType.Place, 0.95, 0),
            ("Granada", EntityType.Place, 0.95, 1));
        foreach (var i in new[] { 0, 2 })
        {
            document.Entities[i] = document.Entities[i] with { Normalized = "Granada", Geo = new GeoPoint(11.93, -85.96, "NI", SitePrecision.Town) };
        }

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal("Granada=Granada/CO | Antioquia=Antioquia/CO | Granada=Granada/CO", Places(document));
        Assert.All(
            document.Entities.Where(m => m.Text == "Granada"),
            m => Assert.True(GeoDistance.Kilometres(m.Geo!.Lat, m.Geo.Lon, 6.14, -75.18) < 10));
    }

    [Fact]
    public void Process_PlaceSpeltAnotherWayThanAPlacedTown_ThatTown()
    {
        var document = Run(
            "We lived in Kherson before the war. All the war I was in Herson.",
            ("Herson", EntityType.Place, 0.8, 0));

        Assert.Equal("Kherson=Kherson/UA | Herson=Kherson/UA", Places(document));
    }

    [Fact]
    public void Process_PlaceSpeltWithJForG_ThePlacedTown()
    {
        var document = Run(
            "We are from El Geneina in Sudan. We left al-Jineina at night.",
            ("al-Jineina", EntityType.Place, 0.8, 0));

        Assert.Equal("El Geneina=Al-Junaynah/SD | Sudan=Sudan/SD | al-Jineina=Al-Junaynah/SD", Places(document));
    }
}
