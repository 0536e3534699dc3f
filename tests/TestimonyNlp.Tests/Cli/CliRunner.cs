using System.Text;
using TestimonyNlp.Cli;

namespace TestimonyNlp.Tests.Cli;

/// <summary>Runs the <c>testimony</c> command line in-process and captures what it writes.</summary>
internal static class CliRunner
{
    /// <summary>Runs <paramref name="args"/> with stdout and stderr captured, as when redirected.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, new CliConsole(output, error, OutputIsTerminal: false));
        return new CliResult(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}

/// <summary>What one command line run left behind.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The stderr lines starting with <c>error: </c>.</summary>
    public IReadOnlyList<string> ErrorLines =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("error: ", StringComparison.Ordinal))
            .ToArray();
}
