using System.Text.Json;
using CsvHelper;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

/// <summary>
/// <c>process</c> links claims into incidents over the whole store, through the real pipeline and the shipped models.
/// People are fictional; places are real.
/// </summary>
public sealed class ProcessIncidentsTests
{
    private const string IncidentsHeader =
        "incident_id,site_id,date_from,date_to,weapon,actor,victims_min,victims_max,testimonies,independent_sources,"
        + "grade,previous_ids,conflicts,review_status";

    private const string MosulId = "s-9dcd6a027943";
    private const string ThawraId = "s-4b28ece649dd";
    private const string ZuhurId = "s-a571463be1d3";

    // The first witness gives the full date and spells the neighbourhood "Hay".
    private const string FirstWitness =
        """
        Interview ID: IQ-MSL-101
        Date: 2017-05-14
        Place: Erbil
        Language: Arabic
        Speaker: Karim Nasser

        Q: What happened in your neighbourhood?
        A: An airstrike hit Hay al-Thawra in Mosul on 12 March 2016. Four people from my street were killed, among them my cousin Yasin Haddad.

        """;

    // The second witness spells it "Hai" and gives only "the 12th", after a question about March 2016.
    private const string SecondWitness =
        """
        Interview ID: IQ-MSL-102
        Date: 2017-06-02
        Place: Erbil
        Language: Arabic
        Speaker: Fatima Rahal

        Q: Where were you in March 2016?
        A: We lived in Hai al-Thawra in Mosul. On the 12th an airstrike destroyed our building and killed four of my neighbours.

        """;

    private const string OtherIncident =
        """
        Interview ID: IQ-MSL-103
        Date: 2017-07-20
        Place: Erbil
        Language: Arabic

        Q: What did you see?
        A: On 20 March 2016 a mortar shell hit the market in al-Zuhur in Mosul. Two men were injured.

        """;

    // The first witness again, a year later, without a name: only the header says who it is.
    private const string FollowUp =
        """
        Interview ID: IQ-MSL-104 (follow-up to IQ-MSL-101)
        Date: 2018-02-20
        Place: Erbil
        Language: Arabic

        Q: Thank you for seeing us again. Last time you told us about your street.
        A: Yes. An airstrike hit Hay al-Thawra in Mosul on 12 March 2016. Four people were killed.

        """;

    [Fact]
    public async Task Process_TwoWitnessesWithOtherSpellingAndDateForm_WritesOneCorroboratedIncident()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-msl-101.txt", FirstWitness);
        folder.Write("in/iq-msl-102.txt", SecondWitness);

        var cli = await RunProcessAsync(folder);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(
            [
                IncidentsHeader,
                $"I0001,{ThawraId},2016-03-12,2016-03-12,AIRSTRIKE,,4,4,IQ-MSL-101;IQ-MSL-102,2,CORROBORATED,,,UNREVIEWED",
            ],
            File.ReadAllLines(folder.File("out/incidents.csv")));
        // The second witness's killing links, and so does the damage to the building told in the same sentence.
        Assert.Equal(
            [["c1", "IQ-MSL-101", "I0001"], ["c1", "IQ-MSL-102", "I0001"], ["c2", "IQ-MSL-102", "I0001"]],
            ReadCsv(folder.File("out/claims.csv"), 4).Select(row => new[] { row[0], row[1], row[3] }).ToArray());
        Assert.Contains("incidents: 1 (1 corroborated, 0 contested) from 3 claims of 2 witnesses", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_TwoWitnesses_WritesGeoJsonWithSiteLonLatIncidentIdsAndToll()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-msl-101.txt", FirstWitness);
        folder.Write("in/iq-msl-102.txt", SecondWitness);

        await RunProcessAsync(folder);

        using var geojson = JsonDocument.Parse(File.ReadAllText(folder.File("out/sites.geojson")));
        var root = geojson.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToArray();
        var thawra = Assert.Single(features, f => f.GetProperty("id").GetString() == ThawraId);
        Assert.Equal("Point", thawra.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(
            [43.11889, 36.335],
            thawra.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray());
        var properties = thawra.GetProperty("properties");
        Assert.Equal(["I0001"], properties.GetProperty("incidents").EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToArray());
        Assert.Equal(
            (4, 4),
            (properties.GetProperty("toll").GetProperty("victims_min").GetInt32(),
             properties.GetProperty("toll").GetProperty("victims_max").GetInt32()));
        var mosul = Assert.Single(features, f => f.GetProperty("id").GetString() == MosulId);
        Assert.Equal(0, mosul.GetProperty("properties").GetProperty("incidents").GetArrayLength());

        // The site row in sites.csv carries the same coordinates as the feature.
        var thawraRow = Assert.Single(ReadCsv(folder.File("out/sites.csv"), 6), row => row[0] == ThawraId);
        Assert.Equal(("36.335", "43.11889"), (thawraRow[4], thawraRow[5]));
    }

    [Fact]
    public async Task Process_SecondRunWithOneMoreTranscript_KeepsIncidentAndSiteIds()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-msl-101.txt", FirstWitness);
        folder.Write("in/iq-msl-102.txt", SecondWitness);
        await RunProcessAsync(folder);
        var firstSites = ReadCsv(folder.File("out/sites.csv"), 8);
        var firstIncidents = File.ReadAllLines(folder.File("out/incidents.csv"));
        folder.Write("in/iq-msl-103.txt", OtherIncident);

        var second = await RunProcessAsync(folder);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 files, 1 testimonies processed, 2 already stored", second.Error, StringComparison.Ordinal);
        Assert.Equal(
            [
                .. firstIncidents,
                $"I0002,{ZuhurId},2016-03-20,2016-03-20,MORTAR,,2,2,IQ-MSL-103,1,SINGLE_SOURCE,,,UNREVIEWED",
            ],
            File.ReadAllLines(folder.File("out/incidents.csv")));
        Assert.Equal(
            [.. firstSites, [ZuhurId, "al-Zuhur", "", MosulId, "36.335", "43.11889", "TOWN", ""]],
            ReadCsv(folder.File("out/sites.csv"), 8));
    }

    [Fact]
    public async Task Process_FollowUpInterviewOfOneWitness_CountsOnce()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-msl-101.txt", FirstWitness);
        folder.Write("in/iq-msl-104.txt", FollowUp);

        var cli = await RunProcessAsync(folder);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(
            [
                IncidentsHeader,
                $"I0001,{ThawraId},2016-03-12,2016-03-12,AIRSTRIKE,,4,4,IQ-MSL-101;IQ-MSL-104 (follow-up to IQ-MSL-101),1,SINGLE_SOURCE,,,UNREVIEWED",
            ],
            File.ReadAllLines(folder.File("out/incidents.csv")));
    }

    [Fact]
    public async Task Process_FollowUpAndAnotherWitness_CountsTwoSourcesOverThreeTestimonies()
    {
        using var folder = new TempDirectory();
        folder.Write("in/iq-msl-101.txt", FirstWitness);
        folder.Write("in/iq-msl-102.txt", SecondWitness);
        folder.Write("in/iq-msl-104.txt", FollowUp);

        await RunProcessAsync(folder);

        var row = Assert.Single(ReadCsv(folder.File("out/incidents.csv"), 11));
        Assert.Equal(
            ["I0001", "IQ-MSL-101;IQ-MSL-102;IQ-MSL-104 (follow-up to IQ-MSL-101)", "2", "CORROBORATED"],
            [row[0], row[8], row[9], row[10]]);
    }

    private static Task<CliResult> RunProcessAsync(TempDirectory folder) =>
        CliRunner.RunAsync("process", folder.File("in"), "--db", folder.File("t.db"), "--out", folder.File("out"));

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
}
