using BenchmarkDotNet.Attributes;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The review app hosted in process over a generated store (<see cref="ReviewStoreGenerator"/>), one reviewer
/// logged in: the queue page, and an accept round trip (the item's page, then the accept with the version it
/// showed). In process, so that the times are the server's with no network between; <c>review</c> (see
/// <see cref="ReviewRun"/>) prints the server-side medians alone.
/// </summary>
[InProcess]
public class ReviewBenchmarks
{
    private string _folder = string.Empty;
    private ReviewBenchmarkHost? _host;
    private ReviewSession? _session;

    /// <summary>Testimonies in the store.</summary>
    [Params(10_000)]
    public int Testimonies { get; set; }

    /// <summary>Generates the store, starts the app and logs in.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = ReviewRun.NewFolder();
        var database = Path.Combine(_folder, "review.db");
        ReviewStoreGenerator.Generate(database, Testimonies);
        _host = new ReviewBenchmarkHost(database);
        _session = _host.LogInAsync((long)Testimonies * ReviewStoreGenerator.EntitiesPerTestimony).GetAwaiter().GetResult();
    }

    /// <summary>Stops the app and deletes the store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _host?.Dispose();
        ReviewRun.DeleteFolder(_folder);
    }

    /// <summary>GET / : the first page of the queue.</summary>
    [Benchmark]
    public Task<int> QueuePage() => _session!.QueueAsync();

    /// <summary>GET the next item's page, then POST its accept.</summary>
    [Benchmark]
    public Task AcceptRoundTrip() => _session!.AcceptRoundTripAsync();
}
