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
    public void Process_CapitalAbroadReachedByFolding_LosesItsCoordinates()
    {
        // "al-Sufiya", a quarter of Ramadi, folds to Sofia.
        var ramadi = Gazetteer("Ramadi", "IQ");

        var document = Run(Place("Ramadi", ramadi), Place("al-Sufiya", Gazetteer("al-Sufiya", "BG")));

        Assert.Equal((null, null), (document.Entities[1].Normalized, document.Entities[1].Geo));
    }

    [Fact]
    public void Process_TownAbroadReachedByFoldingWithinTheFarDistance_LosesItsCoordinates()
    {
        // Khanke, a town of Duhok, folds to Al Khankah near Cairo, about 1,200 km away.
        var document = Run(Place("Duhok", Gazetteer("Duhok", "IQ")), Place("Khanke", Gazetteer("Khanke", "EG")));

        Assert.Equal((null, null), (document.Entities[1].Normalized, document.Entities[1].Geo));
    }

    [Fact]
    public void Process_HomeKnownOnlyByFolding_JudgesNothingAbroad()
    {
        // Tawila in Darfur folds to a Yemeni town; said twice, it makes Yemen the main country, and must not take El
        // Fasher's coordinates away.
        var tawila = Gazetteer("Tawila", "YE");
        var fasher = Gazetteer("Fasher", "SD");

        var document = Run(Place("Tawila", tawila), Place("Tawila", tawila), Place("Fasher", fasher));

        Assert.Equal(fasher, document.Entities[2].Geo);
    }

    [Fact]
    public void Process_HomeTownSaidOnceAgainstAFoldedNamesakeSaidOften_IsTheMainCountry()
    {
        var ramadi = Gazetteer("Ramadi", "IQ");
        var sofia = Gazetteer("al-Sufiya", "BG");

        var document = Run(Place("Ramadi", ramadi), Place("al-Sufiya", sofia), Place("al-Sufiya", sofia), Place("al-Sufiya", sofia));

        Assert.Equal(
            [ramadi, null, null, null],
            document.Entities.Select(e => e.Geo));
    }

    [Fact]
    public void Process_CountryNamedBesideAFoldedHomeTown_DoesNotOutvoteIt()
    {
        // Yarmouk folds to al-Yarmuk; "Sweden", where the witness lives now, is a country, not a town spelt as written.
        var yarmouk = Gazetteer("Yarmouk", "SY");

        var document = Run(Place("Yarmouk", yarmouk), Place("Yarmouk", yarmouk), Place("Sweden", Gazetteer("Sweden", "SE")));

        Assert.Equal(yarmouk, document.Entities[0].Geo);
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
    public void Process_NameOfSeveralCountriesRepeated_VotesOnce()
    {
        // Palma is a town in Brazil and in Spain, none in Mozambique: said three times, it outvoted Pemba.
        var document = Run(
            Place("Pemba", Gazetteer("Pemba", "MZ")),
            Place("Palma"),
            Place("Palma"),
            Place("Palma"));

        Assert.Equal([null, null, null], document.Entities.Skip(1).Select(e => e.Geo));
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
        // Qabaqçöl is not marked prominent in the gazetteer and lies over 300 km from Baku.
        var document = Run(Place("Baku", Gazetteer("Baku", "AZ")), Place("Baku", Gazetteer("Baku", "AZ")), Place("Gabagchol"));

        Assert.Null(document.Entities[2].Geo);
    }

    [Fact]
    public void Process_LooseNameOfALittleKnownTownNearTheAccountsTowns_Resolved()
    {
        var belokany = new GeoPoint(41.72626, 46.40478, "AZ", SitePrecision.Town);

        var document = Run(Place("Belokany", belokany), Place("Belokany", belokany), Place("Gabagchol"));

        Assert.Equal(("Qabaqçöl", "AZ", 41.75259, 46.27052), Where(document.Entities[2]));
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

    // A document whose text is content, with a place mention for each (text, coordinates) pair at its first place in
    // the text, run through the normaliser.
    private static Document RunText(string content, params (string Text, GeoPoint? Geo)[] places)
    {
        var document = PlacesTestData.TextDocument(content);
        foreach (var (text, geo) in places)
        {
            var start = content.IndexOf(text, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention(string.Empty, EntityType.Place, start, start + text.Length, text, geo is null ? null : text, 0.8) { Geo = geo });
        }

        new PlaceNormaliser(PlacesTestData.Gazetteer).Process(document, CancellationToken.None);
        return document;
    }

    private static (string? Name, string? Country, double? Lat, double? Lon) Where(EntityMention mention) =>
        (mention.Normalized, mention.Geo?.Country, mention.Geo?.Lat, mention.Geo?.Lon);

    private static readonly GeoPoint Toribio = new(2.95481, -76.26839, "CO", SitePrecision.Town);
    private static readonly GeoPoint Caloto = new(3.03586, -76.40788, "CO", SitePrecision.Town);
    private static readonly GeoPoint Ovejas = new(9.52716, -75.22873, "CO", SitePrecision.Town);
    private static readonly GeoPoint SanOnofre = new(9.73586, -75.52626, "CO", SitePrecision.Town);

    [Fact]
    public void Process_TownFarFromTheAccountsTownsWithANamesakeNearThem_TheNamesake()
    {
        // Suárez in Tolima is what the name ranks first; the account is in Cauca.
        var suarezTolima = new GeoPoint(4.04906, -74.83198, "CO", SitePrecision.Town);

        var document = Run(Place("Toribío", Toribio), Place("Caloto", Caloto), Place("Suárez", suarezTolima));

        Assert.Equal(("Suárez", "CO", 2.95395, -76.69644), Where(document.Entities[2]));
    }

    [Fact]
    public void Process_WellKnownTownFarFromTheAccountsTowns_Kept()
    {
        // Florencia in Caquetá is marked well known; a Florencia of Cauca lies near Toribío, but the capital stays.
        var florencia = new GeoPoint(1.61549, -75.60412, "CO", SitePrecision.Town);

        var document = Run(Place("Toribío", Toribio), Place("Caloto", Caloto), Place("Florencia", florencia));

        Assert.Equal(("Florencia", "CO", 1.61549, -75.60412), Where(document.Entities[2]));
    }

    [Fact]
    public void Process_NamesakesOfTheAnchorsOnly_NothingMoves()
    {
        // Suárez and Argelia each have namesakes in Colombia: neither is evidence of where the other lies, though
        // Argelia of Cauca lies near Suárez of Cauca.
        var suarezTolima = new GeoPoint(4.04906, -74.83198, "CO", SitePrecision.Town);
        var argeliaCauca = new GeoPoint(2.25563, -77.24876, "CO", SitePrecision.Town);

        var document = Run(Place("Suárez", suarezTolima), Place("Argelia", argeliaCauca));

        Assert.Equal([suarezTolima, argeliaCauca], document.Entities.Select(e => e.Geo));
    }

    [Fact]
    public void Process_ShortFormOfALongerNameNearTheAccountsTowns_TheLongerPlace()
    {
        // "El Carmen" is two villages elsewhere, and the first words of El Carmen de Bolívar beside Ovejas.
        var elCarmenNorte = new GeoPoint(8.51116, -73.44761, "CO", SitePrecision.Town);

        var document = Run(Place("Ovejas", Ovejas), Place("San Onofre", SanOnofre), Place("El Carmen", elCarmenNorte));

        Assert.Equal(("El Carmen de Bolívar", "CO", 9.7174, -75.12023), Where(document.Entities[2]));
    }

    [Fact]
    public void Process_ShortNameOfAPlaceNamedInFull_ThatPlace()
    {
        var guaviare = new GeoPoint(2.56799, -72.63972, "CO", SitePrecision.Town);
        var sanJoseCaldas = new GeoPoint(5.08066, -75.79168, "CO", SitePrecision.Town);

        var document = Run(Place("San José del Guaviare", guaviare), Place("San José", sanJoseCaldas));

        Assert.Equal(("San José del Guaviare", "CO", 2.56799, -72.63972), Where(document.Entities[1]));
    }

    [Fact]
    public void Process_LastWordPlacedFarFromAPlaceNamedInFull_ThatPlace()
    {
        var velykaPysarivka = Gazetteer("Velyka Pysarivka", "UA");
        var pysarivkaElsewhere = new GeoPoint(48.39, 29.62, "UA", SitePrecision.Town);

        var document = Run(Place("Velyka Pysarivka", velykaPysarivka), Place("Pysarivka", pysarivkaElsewhere));

        Assert.Equal(velykaPysarivka, document.Entities[1].Geo);
    }

    [Fact]
    public void Process_LastWordPlacedNearAPlaceNamedInFull_KeptAsATownOfItsOwn()
    {
        var novaKakhovka = Gazetteer("Nova Kakhovka", "UA");
        var kakhovka = Gazetteer("Kakhovka", "UA");

        var document = Run(Place("Nova Kakhovka", novaKakhovka), Place("Kakhovka", kakhovka));

        Assert.Equal(kakhovka, document.Entities[1].Geo);
    }

    [Fact]
    public void Process_LastWordOfAPlaceNamedInFull_ThatPlace()
    {
        var wadMedani = new GeoPoint(14.40118, 33.51989, "SD", SitePrecision.Town);

        var document = Run(Place("Wad Madani", wadMedani), Place("Madani"));

        Assert.Equal(("Wad Madani", "SD", 14.40118, 33.51989), Where(document.Entities[1]));
    }

    [Fact]
    public void Process_TaggerCutAPlaceOfSeveralWords_TheWholeName()
    {
        var document = RunText("Hamid Rojas left El Carmen de Bolivar for Ovejas.", ("El Carmen", null), ("Ovejas", Ovejas));

        Assert.Equal(("El Carmen de Bolívar", "CO", 9.7174, -75.12023), Where(document.Entities[0]));
    }

    [Fact]
    public void Process_WordsAfterThePlaceNoName_PlaceAlone()
    {
        var document = RunText("Hamid Rojas left Ovejas de noche for San Onofre.", ("Ovejas", null), ("San Onofre", SanOnofre));

        Assert.Equal(("Ovejas", "CO", 9.52716, -75.22873), Where(document.Entities[0]));
    }

    [Fact]
    public void Process_CapitalAbroadWithAWellKnownNamesakeAtHome_TheHomeTown()
    {
        var tripoliLibya = new GeoPoint(32.88743, 13.18733, "LY", SitePrecision.Town);
        var beirut = new GeoPoint(33.89332, 35.50157, "LB", SitePrecision.Town);
        var sidon = new GeoPoint(33.55751, 35.37148, "LB", SitePrecision.Town);

        var document = Run(Place("Beirut", beirut), Place("Sidon", sidon), Place("Tripoli", tripoliLibya));

        Assert.Equal(("Tripoli", "LB", 34.43352, 35.84415), Where(document.Entities[2]));
    }

    [Fact]
    public void Process_CapitalAbroadBeginningATownNearTheAccountsTowns_TheHomeTown()
    {
        // San José, the capital of Costa Rica, is what the spotter offers; the account is in Guaviare and Meta.
        var sanJoseCostaRica = Gazetteer("San José", "CR");
        var mapiripan = new GeoPoint(2.89115, -72.13328, "CO", SitePrecision.Town);
        var villavicencio = new GeoPoint(4.13238, -73.62564, "CO", SitePrecision.Town);

        var document = Run(Place("Mapiripán", mapiripan), Place("Villavicencio", villavicencio), Place("San José", sanJoseCostaRica));

        Assert.Equal(("San José del Guaviare", "CO", 2.56799, -72.63972), Where(document.Entities[2]));
    }

    [Fact]
    public void Process_CapitalAbroadInANamedCountry_Kept()
    {
        var tripoliLibya = new GeoPoint(32.88743, 13.18733, "LY", SitePrecision.Town);
        var beirut = new GeoPoint(33.89332, 35.50157, "LB", SitePrecision.Town);
        var sidon = new GeoPoint(33.55751, 35.37148, "LB", SitePrecision.Town);
        var libya = Gazetteer("Libya", "LY");

        var document = Run(Place("Beirut", beirut), Place("Sidon", sidon), Place("Tripoli", tripoliLibya), Place("Libya", libya));

        Assert.Equal(tripoliLibya, document.Entities[2].Geo);
    }
}
