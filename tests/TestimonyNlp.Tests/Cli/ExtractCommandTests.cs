using System.Text.Json;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_Samples_EveryOffsetPointsIntoTheContent()
    {
        var cli = await CliRunner.RunAsync("extract", TestPaths.Samples, "--quiet");

        Assert.Equal(0, cli.ExitCode);
        var lines = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        var segments = 0;
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var content = root.GetProperty("content").GetString()!;
            foreach (var segment in root.GetProperty("segments").EnumerateArray())
            {
                var start = segment.GetProperty("start").GetInt32();
                var end = segment.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, content.Length);
                Assert.False(char.IsWhiteSpace(content[start]));
                Assert.False(char.IsWhiteSpace(content[end - 1]));
                segments++;
            }

            foreach (var entity in root.GetProperty("entities").EnumerateArray())
            {
                var start = entity.GetProperty("start").GetInt32();
                var end = entity.GetProperty("end").GetInt32();
                Assert.Equal(content[start..end], entity.GetProperty("text").GetString());
            }

            foreach (var claim in root.GetProperty("claims").EnumerateArray())
            {
                var evidence = claim.GetProperty("evidence");
                var start = evidence.GetProperty("start").GetInt32();
                var end = evidence.GetProperty("end").GetInt32();
                Assert.Equal(content[start..end], evidence.GetProperty("quote").GetString());
            }
        }

        Assert.Equal(372, segments);
    }

    [Fact]
    public async Task Extract_OneFile_WritesContractFieldsWithSourceAsGiven()
    {
        using var folder = new TempDirectory();
        var path = folder.File("statement.txt");
        await File.WriteAllTextAsync(
            path,
            "Interview ID: HM-007\nDate of interview: 2 April 2019\nPlace of interview: Gaziantep\nLanguage: Arabic\n\nQ: What happened?\nA: The market in Maarat al-Numan was hit.\n");

        var cli = await CliRunner.RunAsync("extract", path);

        Assert.Equal(0, cli.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = json.RootElement;
        Assert.Equal(path, root.GetProperty("source").GetString());
        Assert.Equal("HM-007", root.GetProperty("testimony_id").GetString());
        var metadata = root.GetProperty("metadata");
        Assert.Equal("HM-007", metadata.GetProperty("interview_id").GetString());
        Assert.Equal("2019-04-02", metadata.GetProperty("interview_date").GetString());
        Assert.Equal("Gaziantep", metadata.GetProperty("place").GetString());
        Assert.Equal("Arabic", metadata.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("claims").ValueKind);
        var roles = root.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("role").GetString()!).ToArray();
        Assert.Equal(["INTERVIEWER", "WITNESS"], roles);
    }

    [Fact]
    public async Task Extract_OutFile_WritesJsonLinesThere()
    {
        using var folder = new TempDirectory();
        var output = folder.File("nested/result.jsonl");

        var cli = await CliRunner.RunAsync("extract", Path.Combine(TestPaths.Samples, "ye-taiz-003.txt"), "--out", output);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(string.Empty, cli.Output);
        var line = Assert.Single(File.ReadAllLines(output));
        using var json = JsonDocument.Parse(line);
        Assert.EndsWith("ye-taiz-003.txt", json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FolderGiven_SourcesAreRelativeToIt()
    {
        var cli = await CliRunner.RunAsync("extract", TestPaths.Samples);

        var sources = cli.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()!)
            .Distinct()
            .ToArray();
        Assert.Equal(
            [
                "af-helmand-012.txt", "iq-mosul-022.txt", "ly-tripoli-009.txt", "mixed-intake-001.jsonl",
                "mm-maungdaw-006.txt", "ps-khuzaa-004.srt", "sd-el-fasher-017.txt", "so-mogadishu-007.docx",
                "sy-aleppo-014.txt", "sy-deir-ez-zor-031.txt", "sy-deir-ez-zor-034.txt", "ua-kharkiv-005.txt",
                "ye-marib-002.vtt", "ye-taiz-003.txt",
            ],
            sources);
    }
}
