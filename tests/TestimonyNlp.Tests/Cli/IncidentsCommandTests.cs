using System.Text;
using TestimonyNlp.Cli;
using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

/// <summary><c>testimony incidents</c> over a store written through the store's API. Places are real.</summary>
public sealed class IncidentsCommandTests : IDisposable
{
    private const string DoumaId = "s-000000000002";

    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("t.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Incidents_DatabaseMissing_Exits2WithoutCreatingIt()
    {
        var cli = await CliRunner.RunAsync("incidents", "--db", DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(
            [$"error: {DatabasePath} does not exist; run 'testimony process PATH... --db {DatabasePath}' first"],
            cli.ErrorLines);
        Assert.False(File.Exists(DatabasePath));
        Assert.Equal(string.Empty, cli.Output);
    }

    [Fact]
    public async Task Incidents_NotTerminal_PrintsAlignedPlainRows()
    {
        WriteStore();

        var cli = await CliRunner.RunAsync("incidents", "--db", DatabasePath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(
            """
            incident  grade          sources  toll  date                    site          weapon       actor                     conflicts
            I0001     CONTESTED      2/3      5-7   2016-09-09              Douma market  BARREL_BOMB  Syrian government forces  toll
            I0002     SINGLE_SOURCE  1/1      2+    2016-10-01..2016-10-31  Dūmā          MORTAR

            """.ReplaceLineEndings("\n"),
            cli.Output);
        Assert.Contains("2 incidents", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_Terminal_DrawsTableWithOneRowPerIncident()
    {
        WriteStore();
        using var output = new MemoryStream();
        using var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(
            ["incidents", "--db", DatabasePath], new CliConsole(output, error, OutputIsTerminal: true));

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("╭", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("╰", lines[^1], StringComparison.Ordinal);
        Assert.Single(lines, line => line.StartsWith("│ I0001 ", StringComparison.Ordinal));
        Assert.Single(lines, line => line.StartsWith("│ I0002 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Incidents_Json_WritesOneObjectPerLine()
    {
        WriteStore();

        var cli = await CliRunner.RunAsync("incidents", "--db", DatabasePath, "--json");

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(
            [
                """{"incident_id":"I0001","grade":"CONTESTED","independent_sources":2,"testimonies":["DM-007","DM-012","DM-019"],"victims_min":5,"victims_max":7,"date_from":"2016-09-09","date_to":"2016-09-09","site_id":"s-000000000003","site_name":"Douma market","weapon":"BARREL_BOMB","actor":"Syrian government forces","conflicts":["toll"],"previous_ids":["I0003"]}""",
                """{"incident_id":"I0002","grade":"SINGLE_SOURCE","independent_sources":1,"testimonies":["DM-012"],"victims_min":2,"victims_max":null,"date_from":"2016-10-01","date_to":"2016-10-31","site_id":"s-000000000002","site_name":"Dūmā","weapon":"MORTAR","actor":null,"conflicts":[],"previous_ids":[]}""",
            ],
            cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Incidents_GradeInLowerCase_PrintsOnlyThatGrade()
    {
        WriteStore();

        var cli = await CliRunner.RunAsync("incidents", "--db", DatabasePath, "--grade", "single-source", "--json");

        Assert.Equal(0, cli.ExitCode);
        var line = Assert.Single(cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("""{"incident_id":"I0002",""", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_UnknownGrade_Exits2()
    {
        WriteStore();

        var cli = await CliRunner.RunAsync("incidents", "--db", DatabasePath, "--grade", "LIKELY");

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: --grade must be CORROBORATED, SINGLE_SOURCE or CONTESTED, not 'LIKELY'"], cli.ErrorLines);
    }

    private void WriteStore()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.SaveSites(
            [
                new StoredSite(DoumaId, "Dūmā", [], null, 33.5711, 36.4028, SitePrecision.Town, 170592, 0),
                new StoredSite("s-000000000003", "Douma market", [], DoumaId, 33.5711, 36.4028, SitePrecision.Town, null, 0),
            ],
            []);
        store.SaveIncidents(
            [
                new StoredIncident(
                    "I0001", "s-000000000003", new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9), WeaponCategory.BarrelBomb,
                    "Syrian government forces", 5, 7, ["DM-007", "DM-012", "DM-019"], 2, IncidentGrade.Contested, ["I0003"], 0)
                {
                    Conflicts = ["toll"],
                },
                new StoredIncident(
                    "I0002", DoumaId, new DateOnly(2016, 10, 1), new DateOnly(2016, 10, 31), WeaponCategory.Mortar,
                    null, 2, null, ["DM-012"], 1, IncidentGrade.SingleSource, [], 0),
            ],
            [],
            []);
    }
}
