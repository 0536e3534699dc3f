using System.Text.Json;
using CsvHelper;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

/// <summary><c>process</c> links claims to sites over the whole store. People are fictional; places are real.</summary>
public sealed class ProcessSitesTests
{
    private const string IraqId = "s-e6e28b6c2e8c";
    private const string NinevehId = "s-29e01e804dde";
    private const string MosulId = "s-9dcd6a027943";
    private const string ThawraId = "s-4b28ece649dd";

    private const string FirstWitness =
        """
        Interview ID: IQ-101
        Date: 2019-05-14
        Place: Erbil
        Language: Arabic

        Q: What happened in your neighbourhood?
        A: On 12 March 2017 an airstrike hit Hay al-Thawra in Mosul. Four people from my street were killed, among them my cousin Yasin Haddad.

        """;

    private const string SecondWitness =
        """
        Interview ID: IQ-102
        Date: 2019-06-02
        Place: Erbil
        Language: Arabic

        Q: Where were you living then?
        A: We lived in Hai al-Thawra in Mosul. On 12 March 2017 an airstrike destroyed our building. Three of my neighbours were killed.

        """;

    private const string ThirdWitness =
        """
        Interview ID: IQ-103
        Date: 2019-07-20
        Place: Erbil
        Language: Arabic

        Q: What did you see?
        A: On 20 March 2017 a mortar shell hit the market in Hay al-Thawra in Mosul. Two men were injured.

        """;

    [Fact]
    public async Task Process_TwoSpellingsOfOneNeighbourhood_WritesOneSiteUnderMosul()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-101.txt", FirstWitness);
        folder.Write("in/iq-102.txt", SecondWitness);

        var cli = await CliRunner.RunAsync("process", folder.File("in"), "--db", folder.File("t.db"), "--out", folder.File("out"));

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(
            [
                [IraqId, "Iraq", "", "", "33.34058", "44.40088", "COUNTRY", ""],
                [NinevehId, "Nineveh", "", IraqId, "36.338656", "43.041923", "GOVERNORATE", ""],
                [MosulId, "Mosul", "", NinevehId, "36.335", "43.11889", "TOWN", ""],
                [ThawraId, "Hai al-Thawra", "Hay al-Thawra", MosulId, "36.335", "43.11889", "TOWN", ""],
            ],
            ReadCsv(folder.File("out/sites.csv"), 8));
        Assert.Equal(
            [["c1", "IQ-101", ThawraId], ["c1", "IQ-102", ThawraId], ["c2", "IQ-102", ThawraId]],
            ReadCsv(folder.File("out/claims.csv"), 5).Select(row => new[] { row[0], row[1], row[4] }).ToArray());
    }

    [Fact]
    public async Task Process_TwoSpellingsOfOneNeighbourhood_WritesGeoJsonFeatureCollection()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-101.txt", FirstWitness);
        folder.Write("in/iq-102.txt", SecondWitness);

        await CliRunner.RunAsync("process", folder.File("in"), "--db", folder.File("t.db"), "--out", folder.File("out"));

        using var geojson = JsonDocument.Parse(File.ReadAllText(folder.File("out/sites.geojson")));
        var root = geojson.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(
            [IraqId, NinevehId, MosulId, ThawraId],
            features.Select(f => f.GetProperty("properties").GetProperty("site_id").GetString() ?? string.Empty).ToArray());
        var thawra = features[3];
        Assert.Equal("Feature", thawra.GetProperty("type").GetString());
        Assert.Equal("Point", thawra.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(
            [43.11889, 36.335],
            thawra.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray());
        Assert.Equal("Hai al-Thawra", thawra.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("TOWN", thawra.GetProperty("properties").GetProperty("precision").GetString());
    }

    [Fact]
    public async Task Process_SecondRunWithOneMoreTranscript_KeepsSiteIds()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-101.txt", FirstWitness);
        folder.Write("in/iq-102.txt", SecondWitness);
        await CliRunner.RunAsync("process", folder.File("in"), "--db", folder.File("t.db"), "--out", folder.File("out"));
        var firstSites = ReadCsv(folder.File("out/sites.csv"), 8);
        folder.Write("in/iq-103.txt", ThirdWitness);

        var second = await CliRunner.RunAsync("process", folder.File("in"), "--db", folder.File("t.db"), "--out", folder.File("out"));

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 files, 1 testimonies processed, 2 already stored", second.Error, StringComparison.Ordinal);
        // Ids, parents, coordinates and precision stay; the name may follow the spelling most claims now use.
        Assert.Equal(WithoutNames(firstSites), WithoutNames(ReadCsv(folder.File("out/sites.csv"), 8)));
        Assert.Equal(
            [["c1", "IQ-101", ThawraId], ["c1", "IQ-102", ThawraId], ["c2", "IQ-102", ThawraId], ["c1", "IQ-103", ThawraId], ["c2", "IQ-103", ThawraId]],
            ReadCsv(folder.File("out/claims.csv"), 5).Select(row => new[] { row[0], row[1], row[4] }).ToArray());
    }

    /// <summary>The first <paramref name="columns"/> fields of every data row.</summary>
    private static string[][] ReadCsv(string path, int columns)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, columns).Select(i => csv.GetString(i)).ToArray());
        }

        return rows.ToArray();
    }

    private static string[][] WithoutNames(string[][] rows) =>
        [.. rows.Select(row => new[] { row[0], row[3], row[4], row[5], row[6], row[7] })];
}
