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
            (directory, _, token) => Task.FromResult(Build(console, directory, token))));
        var consistency = new Option<bool>("--consistency")
        {
            Description = "Also print the consistency report of the marked sources (unmarked mentions, type conflicts, span boundaries).",
        };
        var check = Subcommand(
            console,
            "check",
            "Validate every annotation against its transcript and the marked sources, and print corpus statistics.",
            (directory, parse, token) => CheckAsync(console, directory, parse.GetValue(consistency), token));
        check.Options.Add(consistency);
        command.Subcommands.Add(check);
        return command;
    }

    private static Command Subcommand(CliConsole console, string name, string description, Func<string, ParseResult, CancellationToken, Task<int>> run)
    {
        var corpus = CommonOptions.Corpus();
        var command = new Command(name, description) { corpus };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = parse.GetValue(corpus) ?? Defaults.CorpusDirectory;
            if (!Directory.Exists(directory))
            {
                return await console.UsageAsync($"corpus folder not found: {directory}").ConfigureAwait(false);
            }

            return await run(directory, parse, cancellationToken).ConfigureAwait(false);
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

    private static async Task<int> CheckAsync(CliConsole console, string directory, bool consistency, CancellationToken cancellationToken)
    {
        var checker = new CorpusChecker();
        var report = checker.Check(directory, cancellationToken);
        var statistics = Encoding.UTF8.GetBytes(report.Statistics.ToText());
        await console.Output.WriteAsync(statistics, cancellationToken).ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (consistency)
        {
            await WriteConsistencyAsync(console, checker.CheckConsistency(directory, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

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

    // Findings are advice, not errors: they go to stdout after the statistics and leave the exit code alone.
    private static async Task WriteConsistencyAsync(CliConsole console, CorpusConsistencyReport consistency, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append("\nconsistency\n");
        foreach (var finding in consistency.Findings)
        {
            text.Append(finding).Append('\n');
        }

        text.Append(string.Create(
            CultureInfo.InvariantCulture,
            $"consistency: {consistency.Count(ConsistencyKind.Unmarked)} unmarked, {consistency.Count(ConsistencyKind.TypeConflict)} type conflicts, {consistency.Count(ConsistencyKind.Boundary)} boundaries\n"));
        await console.Output.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken).ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        foreach (var error in consistency.Errors)
        {
            await console.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        }
    }
}
