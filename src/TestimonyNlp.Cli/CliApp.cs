using System.CommandLine;

namespace TestimonyNlp.Cli;

/// <summary>The <c>testimony</c> command line: parses arguments and runs one command.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line in <paramref name="args"/> and returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default) =>
        RunAsync(args, console, UserInput.System(), cancellationToken);

    /// <summary>Runs the command line in <paramref name="args"/> with <paramref name="input"/> as standard input
    /// (what <c>users add --password-stdin</c> reads) and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, UserInput input, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("TestimonyNlp: structured, reviewable evidence from transcribed testimony.");
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ProcessCommand.Create(console));
        root.Subcommands.Add(IncidentsCommand.Create(console));
        root.Subcommands.Add(CorpusCommand.Create(console));
        root.Subcommands.Add(GazetteerCommand.Create(console));
        root.Subcommands.Add(VectorsCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        root.Subcommands.Add(ReviewCommand.Create(console));
        root.Subcommands.Add(UsersCommand.Create(console, input));
        root.Subcommands.Add(ExportCommand.Create(console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'testimony --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.OutputIsTerminal ? Console.Out : TextWriter.Null,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (!console.OutputIsTerminal)
        {
            // Help text still belongs on stdout when it is redirected to a file or a pipe.
            configuration.Output = new StreamWriter(console.Output, leaveOpen: true) { AutoFlush = true };
        }

        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
