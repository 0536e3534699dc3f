using System.CommandLine;
using System.Text.Json;
using TestimonyNlp.Serialization;

namespace TestimonyNlp.Cli;

/// <summary><c>extract PATH... [--out FILE]</c>: the per-testimony pipeline to JSON Lines, no store.</summary>
internal static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the JSON Lines to FILE instead of standard output.",
            HelpName = "FILE",
        };
        var quiet = CommonOptions.Quiet();
        var threads = CommonOptions.Threads();
        var maxFile = CommonOptions.MaxFileMegabytes();
        var models = CommonOptions.Models();

        var command = new Command("extract", "Run the per-testimony pipeline and write one JSON object per testimony (JSON Lines).")
        {
            paths, output, quiet, threads, maxFile, models,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var outPath = parse.GetValue(output);
            var settings = new RunSettings(
                parse.GetValue(paths) ?? [],
                parse.GetValue(threads),
                (long)parse.GetValue(maxFile) * 1024 * 1024,
                ShowProgress: console.OutputIsTerminal && !parse.GetValue(quiet) && outPath is not null,
                ModelsDirectory: parse.GetValue(models));
            return RunAsync(console, settings, outPath, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, RunSettings settings, string? outPath, CancellationToken cancellationToken)
    {
        if (TranscriptRun.TryCreatePipeline(console, settings) is not { } pipeline)
        {
            return ExitCodes.Usage;
        }

        Stream target;
        try
        {
            target = outPath is null ? console.Output : OpenOutputFile(outPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await console.UsageAsync($"cannot write {outPath}: {exception.GetType().Name}").ConfigureAwait(false);
        }

        var buffered = new BufferedStream(target, 1 << 16);
        await using (buffered.ConfigureAwait(false))
        {
            using var json = new Utf8JsonWriter(buffered, TestimonyJsonWriter.Options);
            var run = new TranscriptRun(console, settings);
            var statistics = await run.RunAsync(
                pipeline,
                _ => true,
                result =>
                {
                    TestimonyJsonWriter.Write(json, result);
                    json.Flush();
                    json.Reset();
                    buffered.WriteByte((byte)'\n');

                    // Each finished testimony reaches the file at once, so an interrupted run keeps what it did.
                    buffered.Flush();
                },
                cancellationToken).ConfigureAwait(false);

            await console.Error.WriteLineAsync(statistics.Summary()).ConfigureAwait(false);
            if (outPath is not null)
            {
                await target.DisposeAsync().ConfigureAwait(false);
            }

            return TranscriptRun.ExitCodeFor(statistics);
        }
    }

    private static FileStream OpenOutputFile(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
    }
}
