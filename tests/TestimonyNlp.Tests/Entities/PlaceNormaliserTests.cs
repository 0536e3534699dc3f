using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Entities;

public sealed class PlaceNormaliserTests
{
    private static Document Run(params EntityMention[] mentions)
    {
        var document = PlacesTestData.TextDocument("placeholder text for offsets only");
        document.Entities.AddRange(mentions);
        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);
        return document;
    }

    private static EntityMention Place(string text, GeoPoint? geo = null) =>
        new(string.Empty, EntityType.Place, 0, text.Length, text, geo is null ? null : text, 0.8) { Geo = geo };

    [Fact]
    public void Process_UnresolvedTownInTheTestimonysCountry_GetsGazetteerNameAndCoordinates()
    {
        var document = Run(Place("Aleppo", new GeoPoint(36.2, 37.16, "SY", SitePrecision.Town)), Place("Deir al-Zour"));

        var resolved = document.Entities[1];
        Assert.Equal("Deir ez-Zor", resolved.Normalized);
        Assert.Equal(("SY", 35.34, 40.14), (resolved.Geo!.Country, Math.Round(resolved.Geo.Lat, 2), Math.Round(resolved.Geo.Lon, 2)));
    }

    [Fact]
    public void Process_CountryName_ResolvedWithoutContext()
    {
        var document = Run(Place("the Lebanon"));

        Assert.Equal(("Lebanon", "LB"), (document.Entities[0].Normalized, document.Entities[0].Geo!.Country));
    }

    [Fact]
    public void Process_TownOnlyKnownInAnotherCountry_LeftUnresolved()
    {
        // Aachen is a German town; in a Syrian testimony a folded "Acheen" is not evidence enough.
        var document = Run(Place("Idlib", new GeoPoint(35.93, 36.63, "SY", SitePrecision.Town)), Place("Acheen"));

        Assert.Null(document.Entities[1].Geo);
        Assert.Null(document.Entities[1].Normalized);
    }

    [Fact]
    public void Process_SpottedPlace_KeptAsItWas()
    {
        var spotted = Place("Homs", new GeoPoint(34.72, 36.72, "SY", SitePrecision.Town));

        var document = Run(spotted);

        Assert.Equal([spotted], document.Entities);
    }

    private static readonly GeoPoint Aleppo = new(36.2, 37.16, "SY", SitePrecision.Town);
    private static readonly GeoPoint Idlib = new(35.93, 36.63, "SY", SitePrecision.Town);

    // Hol, a village in Norway: what a gazetteer offers for "al-Hol" in a Syrian account.
    private static readonly GeoPoint HolNorway = new(60.6167, 8.3, "NO", SitePrecision.Town);

    private static GeoPoint Gazetteer(string name, string country) =>
        PlacesTestData.Gazetteer.Find(name, country)[0].Entry.ToGeoPoint();

    [Fact]
    public void Process_TownFarAbroadInACountryNeverNamed_LosesItsCoordinates()
    {
        var document = Run(Place("Aleppo", Aleppo), Place("Idlib", Idlib), Place("Hol", HolNorway));

        Assert.Equal((null, null), (document.Entities[2].Normalized, document.Entities[2].Geo));
    }

    [Fact]
    public void Process_TownFarAbroadInANamedCountry_Kept()
    {
        var norway = Gazetteer("Norway", "NO");

        var document = Run(Place("Aleppo", Aleppo), Place("Idlib", Idlib), Place("Hol", HolNorway), Place("Norway", norway));

        Assert.Equal(HolNorway, document.Entities[2].Geo);
    }

    [Fact]
    public void Process_CapitalFarAbroad_Kept()
    {
        var berlin = Gazetteer("Berlin", "DE");

        var document = Run(Place("Aleppo", Aleppo), Place("Idlib", Idlib), Place("Berlin", berlin));

        Assert.Equal(berlin, document.Entities[2].Geo);
    }

    [Fact]
    public void Process_TownJustAcrossTheBorder_Kept()
    {
        var mafraq = Gazetteer("Mafraq", "JO");

        var document = Run(Place("Aleppo", Aleppo), Place("Idlib", Idlib), Place("Mafraq", mafraq));

        Assert.Equal(mafraq, document.Entities[2].Geo);
    }

    [Fact]
    public void Process_MainCountryWithOnePlace_JudgesNothingAbroad()
    {
        var document = Run(Place("Aleppo", Aleppo), Place("Hol", HolNorway));

        Assert.Equal(HolNorway, document.Entities[1].Geo);
    }

    [Fact]
    public void Process_AccountToldAbroad_HomeTownsOutvoteTheInterviewCountry()
    {
        // A Nigerian account told in a camp in Cameroon: two Cameroonian places geocoded, three mentions of Gwoza not.
        var document = Run(
            Place("Cameroon", Gazetteer("Cameroon", "CM")),
            Place("Mokolo", Gazetteer("Mokolo", "CM")),
            Place("Gwoza"),
            Place("Gwoza"),
            Place("Gwoza"));

        Assert.Equal(("Gwoza", "NG"), (document.Entities[2].Normalized, document.Entities[2].Geo!.Country));
    }

    [Fact]
    public void Process_ProminentNamesakeVotesForItsCountry_TownResolvedThere()
    {
        // Kandahar is a regional seat in Afghanistan and a village in India: its vote goes to Afghanistan.
        var document = Run(Place("Quetta", Gazetteer("Quetta", "PK")), Place("Kandahar"));

        Assert.Equal(("Kandahār", "AF"), (document.Entities[1].Normalized, document.Entities[1].Geo!.Country));
    }

    [Fact]
    public void Process_StopListedWordThatIsATownOfTheCountry_Resolved()
    {
        var aden = Gazetteer("Aden", "YE");

        var document = Run(Place("Aden", aden), Place("Crater"));

        Assert.Equal(("Crater", "YE"), (document.Entities[1].Normalized, document.Entities[1].Geo!.Country));
    }

    [Fact]
    public void Process_StopListedWordInLowerCase_LeftUnresolved()
    {
        var document = Run(Place("Aden", Gazetteer("Aden", "YE")), Place("crater"));

        Assert.Null(document.Entities[1].Geo);
    }

    [Fact]
    public void Process_VillageOfTown_TheTown()
    {
        var document = Run(Place("Aleppo", Aleppo), Place("the village of Hajin"));

        Assert.Equal(("Hajīn", "SY"), (document.Entities[1].Normalized, document.Entities[1].Geo!.Country));
    }

    [Fact]
    public void Process_MarketOfTown_TownCoordinatesOwnName()
    {
        var document = Run(Place("Aleppo", Aleppo), Place("Hajin market"));

        Assert.Equal(((string?)null, Gazetteer("Hajin", "SY")), (document.Entities[1].Normalized, document.Entities[1].Geo));
    }

    [Theory]
    [InlineData("Sebha", "LY", "Sabha")]
    [InlineData("Ijdabiya", "LY", "Ajdabiya")]
    [InlineData("Gharian", "LY", "Gharyan")]
    [InlineData("Berde", "AZ", "Barda")]
    [InlineData("Halabcha", "IQ", "Halabja")]
    [InlineData("Tirin Kot", "AF", "Tarinkot")]
    public void Process_OtherTransliterationOfATownOfTheCountry_ThatTown(string written, string country, string town)
    {
        var capital = country switch
        {
            "LY" => "Tripoli",
            "AZ" => "Baku",
            "AF" => "Kabul",
            _ => "Baghdad",
        };

        var document = Run(Place(capital, Gazetteer(capital, country)), Place(capital, Gazetteer(capital, country)), Place(written));

        Assert.Equal(Gazetteer(town, country), document.Entities[2].Geo);
    }

    [Theory]
    [InlineData("Shingal", "IQ", "Sinjār")]
    [InlineData("Slemani", "IQ", "Sulaymaniyah")]
    [InlineData("Dzerzhynsk", "UA", "Toretsk")]
    [InlineData("Krasnoarmiisk", "UA", "Pokrovsk")]
    [InlineData("Gorlovka", "UA", "Horlivka")]
    [InlineData("Serekaniye", "SY", "Ra’s al ‘Ayn")]
    [InlineData("Baydhabo", "SO", "Baidoa")]
    public void Process_OtherNameOfATownOfTheCountry_ThatTown(string written, string country, string town)
    {
        var capital = country switch
        {
            "UA" => "Kyiv",
            "SY" => "Damascus",
            "SO" => "Mogadishu",
            _ => "Baghdad",
        };

        var document = Run(Place(capital, Gazetteer(capital, country)), Place(capital, Gazetteer(capital, country)), Place(written));

        Assert.Equal(Gazetteer(town, country), document.Entities[2].Geo);
    }

    [Fact]
    public void Process_LooseNameOfALittleKnownTownFarFromTheAccountsTowns_LeftUnresolved()
    {
        // Ganja is not marked prominent in the gazetteer and lies over 150 km from Baku.
        var document = Run(Place("Baku", Gazetteer("Baku", "AZ")), Place("Baku", Gazetteer("Baku", "AZ")), Place("Gyandzha"));

        Assert.Null(document.Entities[2].Geo);
    }

    [Fact]
    public void Process_LooseNameWithAQuarterWord_LeftUnresolved()
    {
        var document = Run(Place("Tripoli", Gazetteer("Tripoli", "LY")), Place("Hay Sebha"));

        Assert.Null(document.Entities[1].Geo);
    }

    [Fact]
    public void Process_FoldedNamesOfALittlePlaceAbroad_NoPlausibleCountry()
    {
        // Two folded mentions of al-Yarmūk (a Damascus suburb) in an account about Mosul: the Mosul quarter.
        var document = Run(Place("Mosul", Gazetteer("Mosul", "IQ")), Place("Yarmuk"), Place("al-Yarmouk"));

        Assert.Equal(((GeoPoint?)null, (GeoPoint?)null), (document.Entities[1].Geo, document.Entities[2].Geo));
    }
}

