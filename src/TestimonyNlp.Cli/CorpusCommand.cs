using System.CommandLine;
using System.Globalization;
using System.Text;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Cli;

/// <summary>
/// <c>corpus build [--corpus DIR]</c> and <c>corpus check [--corpus DIR]</c>: build the raw transcripts, gold
/// annotations and split from the marked sources, and validate them with corpus statistics.
/// </summary>
internal static class CorpusCommand
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The corpus folder used when <c>--corpus</c> is not given.</summary>
        public const string CorpusDirectory = "corpus";
    }

    /// <summary>Builds the command with its two subcommands.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("corpus", "Build and check the annotated corpus (corpus/README.md).");
        command.Subcommands.Add(Subcommand(
            console,
            "build",
            "Write transcripts/, annotations/gold.jsonl and new split.tsv lines from the marked sources in marked/.",
            (directory, token) => Task.FromResult(Build(console, directory, token))));
        command.Subcommands.Add(Subcommand(
            console,
            "check",
            "Validate every annotation against its transcript and the marked sources, and print corpus statistics.",
            (directory, token) => CheckAsync(console, directory, token)));
        return command;
    }

    private static Command Subcommand(CliConsole console, string name, string description, Func<string, CancellationToken, Task<int>> run)
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "The corpus folder (default: corpus).",
            HelpName = "DIR",
            DefaultValueFactory = _ => Defaults.CorpusDirectory,
        };
        var command = new Command(name, description) { corpus };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = parse.GetValue(corpus) ?? Defaults.CorpusDirectory;
            if (!Directory.Exists(directory))
            {
                await console.Error.WriteLineAsync($"error: corpus folder not found: {directory}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await run(directory, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static int Build(CliConsole console, string directory, CancellationToken cancellationToken)
    {
        var result = new CorpusBuilder().Build(directory, cancellationToken);
        foreach (var error in result.Errors)
        {
            console.Error.WriteLine($"error: {error}");
        }

        if (!result.Success)
        {
            console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"corpus build: {result.Errors.Length} errors; nothing written"));
            return ExitCodes.SomeInputsFailed;
        }

        foreach (var removed in result.Removed)
        {
            console.Error.WriteLine($"removed {removed} (no marked source)");
        }

        var entities = result.Transcripts.Sum(t => t.Gold.Entities.Length);
        var claims = result.Transcripts.Sum(t => t.Gold.Claims.Length);
        var added = string.Join(", ", Enum.GetValues<CorpusSplit>().Select(s => $"{s.ToWire()} {result.Added.Count(a => a.Split == s)}"));
        console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"corpus build: {result.Transcripts.Length} transcripts, {entities} entity mentions, {claims} claims; {result.Added.Length} new split entries ({added})"));
        return ExitCodes.Success;
    }

    private static async Task<int> CheckAsync(CliConsole console, string directory, CancellationToken cancellationToken)
    {
        var report = new CorpusChecker().Check(directory, cancellationToken);
        var statistics = Encoding.UTF8.GetBytes(report.Statistics.ToText());
        await console.Output.WriteAsync(statistics, cancellationToken).ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);

        foreach (var error in report.Errors)
        {
            await console.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }

        var unmet = report.Statistics.Targets.Count(t => !t.Met);
        if (unmet > 0)
        {
            await console.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"warning: {unmet} of {report.Statistics.Targets.Length} corpus targets not met")).ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(report.IsValid
            ? "corpus check: valid"
            : string.Create(CultureInfo.InvariantCulture, $"corpus check: {report.Errors.Length} errors")).ConfigureAwait(false);
        return report.IsValid ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
