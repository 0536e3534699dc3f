using BenchmarkDotNet.Running;

namespace TestimonyNlp.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks of this assembly (<c>--filter '*TextBenchmarks*'</c>).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
