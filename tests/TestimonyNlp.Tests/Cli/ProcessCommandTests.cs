using CsvHelper;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

public sealed class ProcessCommandTests
{
    private const int SampleFiles = 14;
    private const int SampleTestimonies = 16;

    [Fact]
    public async Task Process_Samples_WritesStoreAndSixOutputFiles()
    {
        using var folder = new TempDirectory();
        var db = folder.File("testimony.db");
        var output = folder.File("out");

        var cli = await CliRunner.RunAsync("process", TestPaths.Samples, "--db", db, "--out", output);

        Assert.Equal(0, cli.ExitCode);
        Assert.Empty(cli.ErrorLines);
        Assert.True(File.Exists(db));
        Assert.Equal(
            ["claims.csv", "entities.csv", "incidents.csv", "sites.csv", "sites.geojson", "testimonies.csv"],
            Directory.GetFiles(output).Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(
            "testimony_id,source,content_sha256,interview_date,language,words,entities,claims,status",
            File.ReadLines(Path.Combine(output, "testimonies.csv")).First());
        Assert.Equal(SampleTestimonies + 1, File.ReadLines(Path.Combine(output, "testimonies.csv")).Count());
        Assert.Contains($"{SampleFiles} files, {SampleTestimonies} testimonies processed, 0 already stored", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_SameFolderTwice_AddsNothingTheSecondTime()
    {
        using var folder = new TempDirectory();
        var db = folder.File("testimony.db");
        var output = folder.File("out");

        var first = await CliRunner.RunAsync("process", TestPaths.Samples, "--db", db, "--out", output);
        StoreCounts afterFirst;
        using (var store = SqliteTestimonyStore.Open(db))
        {
            afterFirst = store.GetCounts();
        }

        var second = await CliRunner.RunAsync("process", TestPaths.Samples, "--db", db, "--out", output);
        StoreCounts afterSecond;
        using (var store = SqliteTestimonyStore.Open(db))
        {
            afterSecond = store.GetCounts();
        }

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(SampleTestimonies, afterFirst.Testimonies);
        Assert.Equal(afterFirst, afterSecond);
        Assert.Contains($"{SampleFiles} files, 0 testimonies processed, {SampleTestimonies} already stored", second.Error, StringComparison.Ordinal);
        Assert.Equal(SampleTestimonies + 1, File.ReadLines(Path.Combine(output, "testimonies.csv")).Count());
    }

    [Fact]
    public async Task Process_SamplesThenOneMoreFile_ProcessesOnlyTheNewFile()
    {
        using var folder = new TempDirectory();
        var db = folder.File("testimony.db");
        var input = folder.File("in");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(TestPaths.Samples, "sy-aleppo-014.txt"), Path.Combine(input, "sy-aleppo-014.txt"));
        await CliRunner.RunAsync("process", input, "--db", db, "--out", folder.File("out"));
        File.Copy(Path.Combine(TestPaths.Samples, "ye-taiz-003.txt"), Path.Combine(input, "ye-taiz-003.txt"));

        var second = await CliRunner.RunAsync("process", input, "--db", db, "--out", folder.File("out"));

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("2 files, 1 testimonies processed, 1 already stored", second.Error, StringComparison.Ordinal);
        using var csv = CsvReader.FromFile(Path.Combine(folder.File("out"), "testimonies.csv"), CsvReaderOptions.Default with { Separator = ',' });
        var sources = new List<string>();
        while (csv.Read())
        {
            sources.Add(csv.GetString(1));
        }

        Assert.Equal(["sy-aleppo-014.txt", "ye-taiz-003.txt"], sources);
    }

    [Fact]
    public async Task Process_UnknownOption_ExitsWithTwo()
    {
        var cli = await CliRunner.RunAsync("process", "corpus", "--no-such-option");

        Assert.Equal(2, cli.ExitCode);
    }

    [Fact]
    public async Task Run_NoCommand_ExitsWithTwo()
    {
        var cli = await CliRunner.RunAsync();

        Assert.Equal(2, cli.ExitCode);
    }
}
