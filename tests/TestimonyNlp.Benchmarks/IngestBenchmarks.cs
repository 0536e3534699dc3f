using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Ingest (decode, header, speaker turns), ingest plus the text stage, and the whole default pipeline, on one
/// core, over every sample
/// transcript held in memory. One operation is one pass over all samples; the words/s column divides the words
/// of one pass (token-based, as the CLI summary counts them) by the mean time of a pass.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private readonly TestimonyPipeline _textPipeline = new([new TextStage()]);
    private readonly TestimonyPipeline _fullPipeline = DefaultPipeline.Create();
    private IReadOnlyList<SampleFile> _files = [];

    /// <summary>Loads the sample files into memory.</summary>
    [GlobalSetup]
    public void Setup() => _files = SampleFile.LoadAll();

    /// <summary>Decoding and parsing only.</summary>
    [Benchmark(Baseline = true)]
    public int Ingest()
    {
        var segments = 0;
        foreach (var testimony in SampleFile.ReadAll(_files))
        {
            segments += testimony.Segments.Length;
        }

        return segments;
    }

    /// <summary>Decoding, parsing, tokenizing and sentence splitting: ingest plus segmentation.</summary>
    [Benchmark]
    public int IngestAndText()
    {
        var words = 0;
        foreach (var testimony in SampleFile.ReadAll(_files))
        {
            words += _textPipeline.Run(testimony, CancellationToken.None).WordCount;
        }

        return words;
    }

    /// <summary>Everything the default pipeline does today: ingest, text, the place and lexicon spotters, merging.</summary>
    [Benchmark]
    public int FullPipeline()
    {
        var entities = 0;
        foreach (var testimony in SampleFile.ReadAll(_files))
        {
            entities += _fullPipeline.Run(testimony, CancellationToken.None).Entities.Count;
        }

        return entities;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RateColumn(
            "Mwords/s",
            "Millions of words per second on one core: words in one pass over the samples / Mean",
            () => new IngestBenchmarks().CountWords()));
    }

    private long CountWords()
    {
        Setup();
        return IngestAndText();
    }
}

/// <summary>A sample transcript's bytes and the reader for it.</summary>
/// <param name="Source">The file name.</param>
/// <param name="Bytes">The whole file.</param>
/// <param name="Reader">The reader for its extension.</param>
internal sealed record SampleFile(string Source, byte[] Bytes, ITranscriptReader Reader)
{
    /// <summary>Every sample transcript under corpus/samples, in name order.</summary>
    public static IReadOnlyList<SampleFile> LoadAll()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "corpus", "samples");
        var files = new List<SampleFile>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (TranscriptReaders.Default.TryGetReader(Path.GetExtension(path), out var reader))
            {
                files.Add(new SampleFile(Path.GetFileName(path), File.ReadAllBytes(path), reader));
            }
        }

        return files;
    }

    /// <summary>Reads every testimony of <paramref name="files"/>.</summary>
    public static IEnumerable<Testimony> ReadAll(IReadOnlyList<SampleFile> files)
    {
        foreach (var file in files)
        {
            foreach (var outcome in file.Reader.Read(file.Source, file.Bytes, CancellationToken.None))
            {
                if (outcome.TryGetTestimony(out var testimony))
                {
                    yield return testimony;
                }
            }
        }
    }
}

/// <summary>Finds the repository root from the running assembly's folder.</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder holding TestimonyNlp.sln.</summary>
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TestimonyNlp.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TestimonyNlp.sln not found above the benchmark folder");
    }
}
