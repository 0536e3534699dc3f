using BenchmarkDotNet.Running;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks of this assembly (<c>--filter '*TextBenchmarks*'</c>), or, with <c>e2e</c>
/// as the first argument, the end-to-end throughput run; with <c>linking</c>, the incident linking run; with
/// <c>review</c>, the review app's server times.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "e2e")
        {
            return await EndToEndRun.RunAsync(args[1..]).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "linking")
        {
            return LinkingRun.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "review")
        {
            return await ReviewRun.RunAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
