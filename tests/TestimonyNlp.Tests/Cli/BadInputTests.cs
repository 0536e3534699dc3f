using System.Text;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

/// <summary>
/// Each kind of bad input gets one error line naming it, exit code 1, and the good input beside it is saved.
/// </summary>
public sealed class BadInputTests
{
    private const string GoodTranscript =
        "Interview ID: GOOD-001\nDate: 2019-04-02\n\nQ: Where were you?\nA: I was at home in Raqqa with my mother Samira.\n";

    [Fact]
    public async Task Process_EmptyFile_ReportsItAndSavesTheGoodFile()
    {
        await AssertOneBadInput("empty.txt", [], "error: empty.txt: empty file");
    }

    [Fact]
    public async Task Process_BinaryFileRenamedTxt_ReportsItAndSavesTheGoodFile()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        bytes[200] = 0;
        await AssertOneBadInput("photo.txt", bytes, "error: photo.txt: binary content");
    }

    [Fact]
    public async Task Process_TruncatedDocx_ReportsItAndSavesTheGoodFile()
    {
        var whole = BuildDocx();
        await AssertOneBadInput("cut.docx", whole[..(whole.Length / 2)], "error: cut.docx: not a valid Word document");
    }

    [Fact]
    public async Task Process_MalformedSrt_ReportsItAndSavesTheGoodFile()
    {
        var srt = "1\n00:00:01,000 --> 00:00:03,000\nWe left at night.\n\n2\n00:00:04,000 -> nonsense\nThe road was closed.\n";
        await AssertOneBadInput("cues.srt", Encoding.UTF8.GetBytes(srt), "error: cues.srt: malformed cue timing at line 6");
    }

    [Fact]
    public async Task Process_FileLargerThanLimit_ReportsItAndSavesTheGoodFile()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("good.txt"), GoodTranscript);
        using (var big = new FileStream(folder.File("huge.txt"), FileMode.CreateNew))
        {
            // Sparse: the size is what matters, and the limit is checked before any byte is read.
            big.SetLength(200L * 1024 * 1024);
        }

        var result = await RunProcess(folder);

        Assert.Equal(1, result.Cli.ExitCode);
        var line = Assert.Single(result.Cli.ErrorLines);
        Assert.Equal("error: huge.txt: file too large: 200.0 MB (limit 64.0 MB)", line);
        Assert.Equal(1, result.Testimonies);
    }

    [Fact]
    public async Task Process_DanglingSymlink_ReportsItAsUnreadableAndSavesTheGoodFile()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("good.txt"), GoodTranscript);
        File.CreateSymbolicLink(folder.File("moved.txt"), folder.File("no-longer-there.txt"));

        var result = await RunProcess(folder);

        Assert.Equal(1, result.Cli.ExitCode);
        var line = Assert.Single(result.Cli.ErrorLines);
        Assert.StartsWith("error: moved.txt: cannot read file", line, StringComparison.Ordinal);
        Assert.Equal(1, result.Testimonies);
    }

    [Fact]
    public async Task Process_PathThatDoesNotExist_ReportsItAndProcessesTheOtherPath()
    {
        using var folder = new TempDirectory();
        var good = folder.File("good.txt");
        await File.WriteAllTextAsync(good, GoodTranscript);
        var missing = folder.File("absent.txt");

        var cli = await CliRunner.RunAsync("process", missing, good, "--db", folder.File("t.db"), "--out", folder.File("out"));

        Assert.Equal(1, cli.ExitCode);
        Assert.Equal($"error: {missing}: no such file or directory", Assert.Single(cli.ErrorLines));
        using var store = SqliteTestimonyStore.Open(folder.File("t.db"));
        Assert.Equal(1, store.GetCounts().Testimonies);
    }

    [Fact]
    public async Task Process_JsonLinesWithOneBrokenLine_ReportsTheLineAndSavesTheOthers()
    {
        using var folder = new TempDirectory();
        var lines = new[]
        {
            """{"id": "JL-1", "text": "A: The shelling started at dawn in Hama."}""",
            """{"id": "JL-2", "text": "A: We hid in the basement""",
            """{"id": "JL-3", "text": "A: My uncle Farid was taken at the checkpoint."}""",
        };
        await File.WriteAllTextAsync(folder.File("batch.jsonl"), string.Join('\n', lines) + "\n");

        var result = await RunProcess(folder, includeGood: false);

        Assert.Equal(1, result.Cli.ExitCode);
        var line = Assert.Single(result.Cli.ErrorLines);
        Assert.StartsWith("error: batch.jsonl:2: ", line, StringComparison.Ordinal);
        Assert.Equal(2, result.Testimonies);
    }

    [Fact]
    public async Task Process_InvalidUtf8_WarnsSavesItAndExitsWithOne()
    {
        using var folder = new TempDirectory();
        var bytes = Encoding.Latin1.GetBytes("A: We reached the caf\u00e9 near the bridge before the mortars fell.\n");
        await File.WriteAllBytesAsync(folder.File("latin.txt"), bytes);

        var result = await RunProcess(folder);

        Assert.Equal(1, result.Cli.ExitCode);
        Assert.Empty(result.Cli.ErrorLines);
        Assert.Contains("warning: latin.txt: not valid UTF-8", result.Cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Testimonies);
    }

    [Fact]
    public async Task Process_BadInputAfterAGoodRun_KeepsWhatWasSaved()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("good.txt"), GoodTranscript);
        var first = await RunProcess(folder, includeGood: false);
        Assert.Equal(0, first.Cli.ExitCode);

        await File.WriteAllBytesAsync(folder.File("empty.txt"), []);
        var second = await RunProcess(folder, includeGood: false);

        Assert.Equal(1, second.Cli.ExitCode);
        Assert.Equal(1, second.Testimonies);
    }

    private static async Task AssertOneBadInput(string name, byte[] bytes, string expectedErrorPrefix)
    {
        using var folder = new TempDirectory();
        await File.WriteAllBytesAsync(folder.File(name), bytes);

        var result = await RunProcess(folder);

        Assert.Equal(1, result.Cli.ExitCode);
        var line = Assert.Single(result.Cli.ErrorLines);
        Assert.StartsWith(expectedErrorPrefix, line, StringComparison.Ordinal);
        Assert.Equal(1, result.Testimonies);
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "testimonies.csv")));
    }

    private static async Task<(CliResult Cli, long Testimonies)> RunProcess(TempDirectory folder, bool includeGood = true)
    {
        var input = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(folder.Path))
        {
            var target = Path.Combine(input, Path.GetFileName(file));
            if (new FileInfo(file).LinkTarget is { } linkTarget)
            {
                File.CreateSymbolicLink(target, linkTarget);
                File.Delete(file);
            }
            else
            {
                File.Move(file, target);
            }
        }

        if (includeGood && !File.Exists(Path.Combine(input, "good.txt")))
        {
            await File.WriteAllTextAsync(Path.Combine(input, "good.txt"), GoodTranscript);
        }

        var db = Path.Combine(folder.Path, "t.db");
        var cli = await CliRunner.RunAsync("process", input, "--db", db, "--out", Path.Combine(folder.Path, "out"));
        using var store = SqliteTestimonyStore.Open(db);
        return (cli, store.GetCounts().Testimonies);
    }

    private static byte[] BuildDocx()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(
            stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body(
                    new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                        new DocumentFormat.OpenXml.Wordprocessing.Run(
                            new DocumentFormat.OpenXml.Wordprocessing.Text("A: The bakery in Kafranbel was hit at noon.")))));
        }

        return stream.ToArray();
    }
}
