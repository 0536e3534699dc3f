using System.Text.Json;
using CsvHelper;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

/// <summary>The interview date a transcript states in its opening lines, in the JSON and CSV outputs.</summary>
public sealed class InterviewDateOutputTests
{
    private const string PhoneNotes =
        "PHONE CALL NOTES\nRef: SO-BLW-911\nDate: 27 February 2023\n\nThe clinic in Beledweyne was hit last year.\n";

    [Fact]
    public async Task Extract_PhoneNotesWithADateLine_InterviewDateInTheMetadata()
    {
        using var folder = new TempDirectory();
        var path = folder.File("so-blw-911.txt");
        await File.WriteAllTextAsync(path, PhoneNotes);

        var cli = await CliRunner.RunAsync("extract", path, "--quiet");

        Assert.Equal(0, cli.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = json.RootElement;
        Assert.Equal("so-blw-911", root.GetProperty("testimony_id").GetString());
        var metadata = root.GetProperty("metadata");
        Assert.Equal("2023-02-27", metadata.GetProperty("interview_date").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("interview_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("place").ValueKind);
    }

    [Fact]
    public async Task Process_PhoneNotesWithADateLine_InterviewDateInTestimoniesCsv()
    {
        using var folder = new TempDirectory();
        var input = folder.File("in");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(input, "so-blw-911.txt"), PhoneNotes);

        var cli = await CliRunner.RunAsync("process", input, "--db", folder.File("testimony.db"), "--out", folder.File("out"), "--quiet");

        Assert.Equal(0, cli.ExitCode);
        using var csv = CsvReader.FromFile(Path.Combine(folder.File("out"), "testimonies.csv"), CsvReaderOptions.Default with { Separator = ',' });
        Assert.True(csv.Read());
        Assert.Equal("so-blw-911", csv.GetString(0));
        Assert.Equal("2023-02-27", csv.GetString(3));
        Assert.False(csv.Read());
    }
}
