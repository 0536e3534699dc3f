using System.Diagnostics;
using System.Globalization;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The plain review run (<c>review [--testimonies N] [--requests N]</c>): generates a store of N testimonies, hosts the
/// review app in process, logs in once, and prints the median (and 90th percentile) server-side time of the queue
/// page and of an accept round trip (the item's page, then the accept), against the targets of the review queue.
/// </summary>
internal static class ReviewRun
{
    /// <summary>Default settings and the targets.</summary>
    public static class Defaults
    {
        /// <summary>Testimonies generated.</summary>
        public const int Testimonies = 10_000;

        /// <summary>Measured requests of each kind, after a warm-up of <see cref="WarmUp"/>.</summary>
        public const int Requests = 200;

        /// <summary>Requests of each kind before measuring.</summary>
        public const int WarmUp = 20;

        /// <summary>The queue page's target: median server time in milliseconds.</summary>
        public const double QueueTargetMs = 200;

        /// <summary>The accept round trip's target: median server time in milliseconds.</summary>
        public const double AcceptTargetMs = 50;
    }

    /// <summary>Runs it; 0 when both targets are met, 1 when not, 2 on bad usage.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var testimonies = Defaults.Testimonies;
        var requests = Defaults.Requests;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                Console.Error.WriteLine($"review: {args[i]} needs a positive number");
                return 2;
            }

            switch (args[i])
            {
                case "--testimonies": testimonies = value; break;
                case "--requests": requests = value; break;
                default: Console.Error.WriteLine($"review: unknown argument {args[i]}"); return 2;
            }
        }

        var folder = NewFolder();
        try
        {
            var database = Path.Combine(folder, "review.db");
            var clock = Stopwatch.StartNew();
            ReviewStoreGenerator.Generate(database, testimonies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"store: {testimonies} testimonies, {testimonies * ReviewStoreGenerator.EntitiesPerTestimony} entities, {testimonies * ReviewStoreGenerator.ClaimsPerTestimony} claims, generated in {clock.Elapsed.TotalSeconds:0.0} s"));

            using var host = new ReviewBenchmarkHost(database);
            var session = await host.LogInAsync((long)testimonies * ReviewStoreGenerator.EntitiesPerTestimony).ConfigureAwait(false);
            for (var i = 0; i < Defaults.WarmUp; i++)
            {
                await session.QueueAsync().ConfigureAwait(false);
                await session.AcceptRoundTripAsync().ConfigureAwait(false);
            }

            host.Timings.Clear();
            for (var i = 0; i < requests; i++)
            {
                await session.QueueAsync().ConfigureAwait(false);
            }

            for (var i = 0; i < requests; i++)
            {
                await session.AcceptRoundTripAsync().ConfigureAwait(false);
            }

            var queue = host.Timings.Of(ServerTimings.Queue);
            var item = host.Timings.Of(ServerTimings.Item);
            var accept = host.Timings.Of(ServerTimings.Accept);
            var roundTrip = item.Zip(accept, (get, post) => get + post).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server time over {requests} requests of each kind, after {Defaults.WarmUp} to warm up ({Environment.ProcessorCount} cores):"));
            Print("GET / (queue page)", queue, Defaults.QueueTargetMs);
            Print("GET /items/{item}", item, null);
            Print("POST /items/{item}/accept", accept, null);
            Print("accept round trip (GET + POST)", roundTrip, Defaults.AcceptTargetMs);
            var met = ServerTimings.Percentile(queue, 0.5) <= Defaults.QueueTargetMs
                && ServerTimings.Percentile(roundTrip, 0.5) <= Defaults.AcceptTargetMs;
            return met ? 0 : 1;
        }
        finally
        {
            DeleteFolder(folder);
        }
    }

    /// <summary>A new empty temporary folder.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "testimonynlp-review-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes <paramref name="folder"/> and the store in it.</summary>
    public static void DeleteFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(string what, IReadOnlyList<double> milliseconds, double? target)
    {
        var verdict = target is { } t
            ? string.Create(CultureInfo.InvariantCulture, $"  target <= {t:0} ms: {(ServerTimings.Percentile(milliseconds, 0.5) <= t ? "met" : "NOT met")}")
            : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-32} median {ServerTimings.Percentile(milliseconds, 0.5),8:0.00} ms  p90 {ServerTimings.Percentile(milliseconds, 0.9),8:0.00} ms{verdict}"));
    }
}
