using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The plain linking run (<c>linking --claims N [--repeat N]</c>): generates N claims, links them a few times and
/// prints seconds, claims per second, the process's peak working set and the bytes allocated per run.
/// </summary>
internal static class LinkingRun
{
    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Claims generated.</summary>
        public const int Claims = 100_000;

        /// <summary>Measured repetitions after one warm-up.</summary>
        public const int Repetitions = 3;
    }

    /// <summary>Runs it.</summary>
    public static int Run(string[] args)
    {
        var count = Defaults.Claims;
        var repetitions = Defaults.Repetitions;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--claims": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeat": repetitions = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        var claims = LinkingClaimGenerator.Generate(count);
        var linker = new IncidentLinker();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"claims: {claims.Count:N0} in {claims.Select(c => c.TestimonyId).Distinct().Count():N0} testimonies, {Environment.ProcessorCount} cores"));
        for (var run = 0; run <= repetitions; run++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var result = linker.Link(claims, []);
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            using var process = Process.GetCurrentProcess();
            var multi = result.Incidents.Count(i => i.Testimonies.Length > 1);
            var label = run == 0 ? "warm-up" : $"run {run}";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{label}: {clock.Elapsed.TotalSeconds:0.000} s, {claims.Count / clock.Elapsed.TotalSeconds:N0} claims/s, {result.Incidents.Length:N0} incidents ({multi:N0} told by 2+ testimonies), allocated {allocated / 1048576.0:N0} MiB, peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB"));
        }

        return 0;
    }
}
