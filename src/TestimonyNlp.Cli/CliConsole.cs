namespace TestimonyNlp.Cli;

/// <summary>Where a command writes: standard output as bytes (JSON Lines), standard error as text.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error: error lines, warnings and the summary.</param>
/// <param name="OutputIsTerminal">True when standard output is an interactive terminal (progress is shown only then).</param>
internal sealed record CliConsole(Stream Output, TextWriter Error, bool OutputIsTerminal)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System() =>
        new(Console.OpenStandardOutput(), Console.Error, !Console.IsOutputRedirected);

    /// <summary>Writes <c>error: </c> and <paramref name="message"/> as a line on standard error and returns
    /// <see cref="ExitCodes.Usage"/>.</summary>
    public async Task<int> UsageAsync(string message)
    {
        await Error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return ExitCodes.Usage;
    }
}
