using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Entities.Places.PlacesTestData;

namespace TestimonyNlp.Tests.Entities.Places;

/// <summary>The place stage on small crafted testimonies (fictional people, real places).</summary>
public sealed class PlaceSpotterTests
{
    [Fact]
    public void Name_Always_Places()
    {
        Assert.Equal("places", new PlaceSpotter(Gazetteer).Name);
    }

    [Fact]
    public void Process_RegionAfterAdjective_ExactSpanAndGeo()
    {
        const string content = "We heard the shelling of southern Idlib all night.";

        var mention = Assert.Single(Spot(content));

        Assert.Equal(
            new EntityMention("", EntityType.Place, 34, 39, "Idlib", "Idlib", 0.98) { Geo = new GeoPoint(35.93062, 36.63393, "SY", SitePrecision.Town) },
            mention);
    }

    [Fact]
    public void Process_TwoSpellingsOfDeirEzZor_BothNormalizedWithCoordinates()
    {
        const string content = "We left Deir al-Zour in May. Later I went back to Dayr az Zawr with my uncle.";

        var mentions = Spot(content);

        Assert.Equal("Deir al-Zour=Deir ez-Zor/SY | Dayr az Zawr=Deir ez-Zor/SY", Render(mentions));
        Assert.Equal((8, 20), (mentions[0].Start, mentions[0].End));
        Assert.All(mentions, m =>
        {
            Assert.Equal(35.34, m.Geo!.Lat, 0.01);
            Assert.Equal(40.14, m.Geo.Lon, 0.01);
            Assert.Equal(SitePrecision.Town, m.Geo.Precision);
        });
    }

    [Fact]
    public void Process_QuarterNotInGazetteer_NoMention()
    {
        Assert.Empty(Spot("Our house was in Hay al-Hamidiyah neighbourhood, near the bakery."));
        Assert.Empty(Spot("They moved to Hai al-Hamidiya after the first strike."));
    }

    [Fact]
    public void Process_QuarterThenTown_OnlyTheTown()
    {
        Assert.Equal("Deir ez-Zor=Deir ez-Zor/SY", Render(Spot("We lived in Hay al-Hamidiyah in Deir ez-Zor.")));
    }

    [Fact]
    public void Process_GivenNameAtSentenceStart_NoMention()
    {
        Assert.Empty(Spot("Salam was my cousin. Nour was his sister."));
    }

    [Fact]
    public void Process_GivenNameThatIsATownInAnotherCountry_NoMention()
    {
        const string content = "Rockets fell on Taza Khurmatu, south of Kirkuk. Our neighbour, Hama. Hama Jalal. Hama's daughter was hurt. Hama told me later.";

        Assert.Equal("Taza Khurmatu=Tāzah Khūrmātū/IQ | Kirkuk=Kirkuk/IQ", Render(Spot(content, "Kirkuk, Iraq")));
    }

    [Fact]
    public void Process_ShortFormOfPlaceNamedInFull_ThatPlace()
    {
        const string content = "We live in Taza Khurmatu. In Taza there was no fighting.";

        var mentions = Spot(content, "Kirkuk, Iraq");

        Assert.Equal("Taza Khurmatu=Tāzah Khūrmātū/IQ | Taza=Tāzah Khūrmātū/IQ", Render(mentions));
        Assert.Equal(PlaceSpotter.Defaults.ShortFormConfidence, mentions[1].Confidence);
    }

    [Fact]
    public void Process_RegionDesignator_RegionWithDesignatorOutside()
    {
        var mention = Assert.Single(Spot("The camp is in Idlib Governorate, near the border."));

        Assert.Equal(("Idlib", 15, 20, "Idlib", SitePrecision.Governorate), (mention.Text, mention.Start, mention.End, mention.Normalized, mention.Geo!.Precision));
    }

    [Fact]
    public void Process_LowerCaseDesignator_OutsideTheMention()
    {
        Assert.Equal(["Kirkuk", "Erbil"], Spot("He was from a village in Kirkuk governorate; she lived in Erbil province.").Select(m => m.Text));
    }

    [Fact]
    public void Process_RegionNamedWithDesignator_DesignatorOutside()
    {
        var mention = Assert.Single(Spot("I am from Thantlang, in Chin State, near the border."));

        Assert.Equal(("Chin", SitePrecision.Governorate), (mention.Text, mention.Geo!.Precision));
    }

    [Fact]
    public void Process_GazetteerNameStartsLongerName_NoMention()
    {
        Assert.Empty(Spot("The shells came from Ras al-Nabeh, near the old road.", "Tyre, Lebanon"));
        Assert.Empty(Spot("She died in the Bani Walid General Hospital after three days.", "Misrata, Libya"));
    }

    [Fact]
    public void Process_PlaceAddedByHand_WholeName()
    {
        Assert.Equal("Maroun al-Ras=Maroun al-Ras/LB", Render(Spot("The shells came from the side of Maroun al-Ras, from the hill.", "Tyre, Lebanon")));
    }

    [Fact]
    public void Process_GazetteerNameEndsLongerName_NoMention()
    {
        Assert.Empty(Spot("The rockets fell all day on New Aleppo and the west.", "Gaziantep, Turkey"));
        Assert.Empty(Spot("They stopped him near Bab al-Yemen with his camera.", "Aden, Yemen"));
    }

    [Fact]
    public void Process_NamePrefixAtSentenceStart_NoMention()
    {
        Assert.Empty(Spot("Where is your home? Umm Hama, a small village by the river.", "Idlib, Syria"));
    }

    [Fact]
    public void Process_SentenceStartBeforePlace_StillTheTown()
    {
        Assert.Equal("Beit Hanoun=Bayt Ḩānūn/PS", Render(Spot("In Beit Hanoun I think no house is standing.")));
    }

    [Fact]
    public void Process_CountryWithArticleBeforeFacility_NoMention()
    {
        Assert.Empty(Spot("They took the wounded to al-Kuwait hospital in the night.", "Sanaa, Yemen"));
    }

    [Fact]
    public void Process_BarracksAfterMinorTown_NoMention()
    {
        Assert.Empty(Spot("The soldiers took the men to Giwa barracks that week.", "Maiduguri, Nigeria"));
    }

    [Fact]
    public void Process_PeoplesAndNamesInStopList_NoMention()
    {
        Assert.Empty(Spot("Sabah came in the morning with two Embera men and a Somali driver."));
    }

    [Fact]
    public void Process_NameIsCue_NoMention()
    {
        Assert.Empty(Spot("His name was also Hama, like the city of his father."));
    }

    [Fact]
    public void Process_FacilityAfterMinorPlace_NoMention()
    {
        Assert.Empty(Spot("We prayed at the al-Nouri mosque in the morning.", "Mosul, Iraq"));
    }

    [Fact]
    public void Process_StopListWords_NoMention()
    {
        Assert.Empty(Spot("In March we were still there. On Sunday the planes came. This was the end."));
    }

    [Fact]
    public void Process_AbbreviatedCountry_OnlyInCapitals()
    {
        Assert.Equal("US=United States/US", Render(Spot("Us? We saw the US planes. Ok, that is all.")));
    }

    [Fact]
    public void Process_MinorTownWithoutLocative_NoMention()
    {
        // Serhiyi is a village in Ukraine; here Serhiy is a man.
        Assert.Equal("Marinka=Mar'yinka/UA", Render(Spot("A man from our street, Serhiy, went to his plot. We lived in Marinka.", "Donetsk oblast, Ukraine")));
    }

    [Fact]
    public void Process_MetadataCountry_PrefersTownThere()
    {
        var libya = Assert.Single(Spot("The rockets came from Tripoli.", "Libya"));
        var lebanon = Assert.Single(Spot("The boat left from Tripoli, in the north.", "Beirut, Lebanon"));

        Assert.Equal(("LY", 32.88743), (libya.Geo!.Country, libya.Geo.Lat));
        Assert.Equal(("LB", 34.43352), (lebanon.Geo!.Country, lebanon.Geo.Lat));
    }

    [Fact]
    public void Process_ContextCountryAndWellKnownTowns_Confidences()
    {
        const string content = "We fled from Aleppo to Khan Shaykhun, then to Idlib. Syria is finished.";

        var mentions = Spot(content);

        Assert.Equal(
            "Aleppo=Aleppo/SY | Khan Shaykhun=Khān Shaykhūn/SY | Idlib=Idlib/SY | Syria=Syria/SY",
            Render(mentions));
        // Exact 0.95, plus 0.03 in a context country (Syria, named here), plus 0.02 for two words (at most 0.99).
        Assert.Equal([0.98, 0.99, 0.98, 0.98], mentions.Select(m => m.Confidence));
    }

    [Fact]
    public void Process_Alias_AliasConfidence()
    {
        // Alias 0.93, plus 0.03 in a context country.
        var mention = Assert.Single(Spot("My family is from Halab."));

        Assert.Equal(("Halab", "Aleppo", 0.96), (mention.Text, mention.Normalized, mention.Confidence));
    }

    [Fact]
    public void Process_OutOfContextMinorTown_NoMention()
    {
        // Bustan al-Qasr is a quarter of Aleppo; Bostan is a town in Iran.
        Assert.Empty(Spot("In Bustan al-Qasr three houses burned.", "Aleppo, Syria"));
    }

    [Fact]
    public void Process_MultiWordName_LongestMatch()
    {
        Assert.Equal("Khan Younis=Khān Yūnis/PS", Render(Spot("We walked to Khan Younis at night.")));
    }

    [Fact]
    public void Process_NoTokens_NothingAdded()
    {
        var document = new Document(new Testimony
        {
            Source = "empty.txt",
            TestimonyId = "empty",
            Content = "",
            ContentSha256 = new string('0', 64),
            Format = "text",
        });

        new PlaceSpotter(Gazetteer).Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_EntitiesAlreadyThere_Appended()
    {
        var document = TextDocument("We reached Idlib.");
        var earlier = new EntityMention("", EntityType.Weapon, 0, 2, "We", null, 0.5);
        document.Entities.Add(earlier);

        new PlaceSpotter(Gazetteer).Process(document, CancellationToken.None);

        Assert.Equal([earlier.Text, "Idlib"], document.Entities.Select(e => e.Text));
    }

    [Fact]
    public void Constructor_NullGazetteer_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new PlaceSpotter(null!));
    }

    [Property(MaxTest = 300)]
    public Property Process_AnyText_MentionsAreExactSlicesInOrder() =>
        Prop.ForAll(
            Gen.ListOf(Gen.OneOf(
                    Gen.Elements("Deir", " ", "al-", "Zour", "Hay", "Idlib", "Governorate", ",", ".", "'s", "in", "Tal", "Afar",
                        "Khan", "Younis", "US", "\n", "Hama", "Taza", "Khurmatu", "the", "Ar", "Raqqah", "-", "Ḩ", "’"),
                    Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
                .Select(parts => string.Concat(parts))
                .ToArbitrary(),
            content =>
            {
                var mentions = Spot(content, "Syria");
                var previousEnd = 0;
                foreach (var mention in mentions)
                {
                    Assert.True(mention.Start >= previousEnd && mention.End > mention.Start && mention.End <= content.Length);
                    Assert.Equal(content[mention.Start..mention.End], mention.Text);
                    Assert.NotNull(mention.Geo);
                    Assert.InRange(mention.Confidence, 0.05, 0.99);
                    previousEnd = mention.End;
                }
            });
}
