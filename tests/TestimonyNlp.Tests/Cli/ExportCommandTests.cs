using TestimonyNlp.Tests.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

/// <summary><c>testimony export</c> over the reviewed store of <see cref="ExportSamples"/>.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("t.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Export_DatabaseMissing_Exits2WithoutCreatingIt()
    {
        var cli = await CliRunner.RunAsync("export", "--csv", _folder.File("out"), "--db", DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(
            [$"error: {DatabasePath} does not exist; run 'testimony process PATH... --db {DatabasePath}' first"],
            cli.ErrorLines);
        Assert.False(File.Exists(DatabasePath));
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public async Task Export_NoTarget_Exits2()
    {
        ExportSamples.Create(DatabasePath);

        var cli = await CliRunner.RunAsync("export", "--db", DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: export needs --annotations DIR or --csv DIR (or both)"], cli.ErrorLines);
    }

    [Fact]
    public async Task Export_PseudonymiseWithoutCsv_Exits2AndWritesNothing()
    {
        ExportSamples.Create(DatabasePath);

        var cli = await CliRunner.RunAsync("export", "--annotations", _folder.File("out"), "--pseudonymise", "--db", DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(
            ["error: --pseudonymise applies to --csv; training annotations keep the names the models learn from"],
            cli.ErrorLines);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public async Task Export_AnnotationsAndCsvInOneFolder_Exits2AndWritesNothing()
    {
        ExportSamples.Create(DatabasePath);

        var cli = await CliRunner.RunAsync(
            "export", "--annotations", _folder.File("out"), "--csv", _folder.File("out"), "--pseudonymise", "--db", DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: --annotations and --csv need two different folders"], cli.ErrorLines);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public async Task Export_NotAStore_Exits2()
    {
        File.WriteAllText(DatabasePath, "not a database, just text that is long enough to have a header page");

        var cli = await CliRunner.RunAsync("export", "--csv", _folder.File("out"), "--db", DatabasePath);

        Assert.Equal(2, cli.ExitCode);
        Assert.Single(cli.ErrorLines);
    }

    [Fact]
    public async Task Export_Annotations_WritesOneReviewedLineAndTranscript()
    {
        ExportSamples.Create(DatabasePath);

        var cli = await CliRunner.RunAsync("export", "--annotations", _folder.File("train"), "--db", DatabasePath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Empty(cli.ErrorLines);
        Assert.Contains(
            "1 reviewed testimonies (4 entities, 1 claims, 3 of them reviewed; 0 left out as incomplete; 2 rejected, as negatives) written to ",
            cli.Error,
            StringComparison.Ordinal);
        Assert.Single(File.ReadAllText(_folder.File("train/reviewed.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ExportSamples.ContentA, File.ReadAllText(_folder.File("train/transcripts/dz-031.txt")));
    }

    [Fact]
    public async Task Export_CsvPseudonymised_ReplacesTheNameEverywhereAndKeepsIdsAndSources()
    {
        ExportSamples.Create(DatabasePath);

        var cli = await CliRunner.RunAsync("export", "--csv", _folder.File("shared"), "--pseudonymise", "--db", DatabasePath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("2 testimonies, 6 entities, 2 claims, 1 incidents, 1 people pseudonymised written to ", cli.Error, StringComparison.Ordinal);
        Assert.Equal(
            ["claims.csv", "entities.csv", "incidents.csv", "testimonies.csv"],
            Directory.GetFiles(_folder.File("shared")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var claims = File.ReadAllText(_folder.File("shared/claims.csv"));
        Assert.DoesNotContain("Hussein", claims, StringComparison.Ordinal);
        Assert.Contains("DZ-044,interviews/dz-044.txt,", claims, StringComparison.Ordinal);
        Assert.Matches(@"They told us Person-[0-9A-F]{10} was killed by a mortar\.", claims);
    }

    [Fact]
    public async Task Export_CsvTwice_GivesTheSamePseudonyms()
    {
        ExportSamples.Create(DatabasePath);

        await CliRunner.RunAsync("export", "--csv", _folder.File("first"), "--pseudonymise", "--db", DatabasePath);
        await CliRunner.RunAsync("export", "--csv", _folder.File("second"), "--pseudonymize", "--db", DatabasePath);

        Assert.Equal(File.ReadAllText(_folder.File("first/entities.csv")), File.ReadAllText(_folder.File("second/entities.csv")));
        Assert.Contains("Person-", File.ReadAllText(_folder.File("second/entities.csv")), StringComparison.Ordinal);
    }
}
