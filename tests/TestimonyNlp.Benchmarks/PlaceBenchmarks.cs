using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The place gazetteer (models/places.bin): loading it, loading it and building its lookup tables, and the
/// place spotter over a generated 1 Mi-character transcript that has already been through the text stage. The
/// Mtokens/s column divides the transcript's tokens by the mean time of one spotting pass.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PlaceBenchmarks
{
    /// <summary>Characters in the generated transcript.</summary>
    public const int TextLength = 1 << 20;

    private PlaceSpotter? _spotter;
    private Document? _document;

    /// <summary>The committed gazetteer file.</summary>
    public static string ModelPath => Path.Combine(RepositoryRoot.Find(), "models", "places.bin");

    /// <summary>Loads the gazetteer and prepares the transcript's tokens and sentences.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var gazetteer = PlaceGazetteer.Load(ModelPath);
        gazetteer.Find("Aleppo");
        _spotter = new PlaceSpotter(gazetteer);
        _document = BuildDocument();
    }

    /// <summary>Reading and checking the file (the lookup tables are built on first use).</summary>
    [Benchmark]
    public int Load() => PlaceGazetteer.Load(ModelPath).Count;

    /// <summary>Reading the file and building the lookup tables with the first lookup.</summary>
    [Benchmark]
    public int LoadAndIndex() => PlaceGazetteer.Load(ModelPath).Find("Aleppo").Count;

    /// <summary>One pass of the spotter over the transcript.</summary>
    [Benchmark]
    public int Spot()
    {
        _document!.Entities.Clear();
        _spotter!.Process(_document, CancellationToken.None);
        return _document.Entities.Count;
    }

    /// <summary>The generated transcript after the text stage.</summary>
    internal static Document BuildDocument()
    {
        var text = TestimonyText.Build(TextLength);
        var document = new Document(new Testimony
        {
            Source = "bench.txt",
            TestimonyId = "bench",
            Content = text,
            ContentSha256 = "",
            Format = "text",
            Segments = TestimonyText.Segments(text),
        });
        new TextStage().Process(document, CancellationToken.None);
        return document;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RateColumn(
            "Mtokens/s",
            "Millions of tokens per second on one core (Spot only): tokens of the transcript / Mean",
            () => BuildDocument().Tokens.Count,
            benchmark => benchmark.Descriptor.WorkloadMethod.Name == nameof(Spot)));
    }
}

/// <summary>
/// Loading the gazetteer in a fresh process, as the command line does once per run: each launch measures one
/// load and first lookup, JIT compilation included.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class PlaceColdLoadBenchmarks
{
    /// <summary>Reading the file and building the lookup tables with the first lookup, in a new process.</summary>
    [Benchmark]
    public int LoadAndIndexCold() => PlaceGazetteer.Load(PlaceBenchmarks.ModelPath).Find("Aleppo").Count;
}
