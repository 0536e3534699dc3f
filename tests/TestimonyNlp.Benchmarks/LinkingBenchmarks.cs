using BenchmarkDotNet.Attributes;
using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Benchmarks;

/// <summary>Incident linking of generated claims (<see cref="LinkingClaimGenerator"/>), from no prior incidents.</summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private List<LinkClaim> _claims = [];
    private readonly IncidentLinker _linker = new();

    /// <summary>Claims linked.</summary>
    [Params(10_000, 100_000)]
    public int Claims { get; set; }

    /// <summary>Generates the claims.</summary>
    [GlobalSetup]
    public void Setup() => _claims = LinkingClaimGenerator.Generate(Claims);

    /// <summary>One linking run: clustering, ids and corroboration.</summary>
    [Benchmark]
    public int Link() => _linker.Link(_claims, []).Incidents.Length;
}
