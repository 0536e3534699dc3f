using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Cli;

public sealed class RunSettingsTests
{
    [Theory]
    [InlineData("extract", "--threads")]
    [InlineData("extract", "--max-file-mb")]
    [InlineData("process", "--threads")]
    [InlineData("process", "--max-file-mb")]
    public async Task Run_ZeroSetting_UsageErrorAndNothingWritten(string command, string option)
    {
        using var folder = new TempDirectory();
        var transcript = folder.Write("in/sy-101.txt", "A: The shelling of Homs began at dawn.\n");
        string[] args = command == "extract"
            ? [command, transcript, option, "0", "--out", folder.File("out.jsonl")]
            : [command, transcript, option, "0", "--db", folder.File("testimony.db"), "--out", folder.File("out")];

        var cli = await CliRunner.RunAsync(args);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: --threads and --max-file-mb must be at least 1"], cli.ErrorLines);
        Assert.Equal(string.Empty, cli.Output);
        Assert.Equal(["in"], Directory.EnumerateFileSystemEntries(folder.Path).Select(p => Path.GetFileName(p)).ToArray());
    }
}
