using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The claim stage on every corpus transcript, already through the entity stages: the sentence classifiers alone,
/// then the classifiers and the claim builder, on one core and on every core. Mwords/s divides the words of the
/// corpus by the mean time of one pass.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ClaimBenchmarks
{
    private Document[] _documents = [];
    private ClaimClassifier? _classifier;
    private ClaimStage? _stage;
    private SentenceAssessment[] _assessments = [];
    private string _models = "";

    /// <summary>Runs the entity stages over the corpus once and loads the claim model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _models = Path.Combine(root, "models");
        _documents = Documents(root);
        _classifier = ClaimClassifier.LoadFrom(_models);
        _stage = new ClaimStage(_classifier, ClaimBasisModel.LoadFrom(_models));
        _assessments = new SentenceAssessment[_documents.Max(d => d.Sentences.Count)];
    }

    /// <summary>Reads models/claims.bin.</summary>
    [Benchmark]
    public int LoadModel() => ClaimClassifier.LoadFrom(_models).FeatureCount;

    /// <summary>The sentence classifiers alone (harm and basis of every sentence).</summary>
    [Benchmark]
    public int Classify()
    {
        var asserting = 0;
        foreach (var document in _documents)
        {
            var assessments = _assessments.AsSpan(0, document.Sentences.Count);
            _classifier!.Assess(document, assessments);
            foreach (var assessment in assessments)
            {
                asserting += assessment.Harms != HarmSet.None ? 1 : 0;
            }
        }

        return asserting;
    }

    /// <summary>The claim stage: classifiers, then the claim builder.</summary>
    [Benchmark]
    public int ClassifyAndBuild()
    {
        var claims = 0;
        foreach (var document in _documents)
        {
            document.Claims.Clear();
            _stage!.Process(document, CancellationToken.None);
            claims += document.Claims.Count;
        }

        return claims;
    }

    /// <summary>The claim stage with the documents shared among every core, as <c>process</c> runs it.</summary>
    [Benchmark]
    public int ClassifyAndBuildAllCores()
    {
        var claims = 0;
        Parallel.ForEach(_documents, document =>
        {
            document.Claims.Clear();
            _stage!.Process(document, CancellationToken.None);
            Interlocked.Add(ref claims, document.Claims.Count);
        });

        return claims;
    }

    private static Document[] Documents(string root)
    {
        var corpus = GoldCorpus.Load(Path.Combine(root, "corpus"));
        var pipeline = DefaultPipeline.CreateEntityStages(Path.Combine(root, "models"));
        var documents = new List<Document>();
        foreach (var gold in corpus.Testimonies)
        {
            if (corpus.ReadTranscript(gold).Testimony is { } testimony)
            {
                documents.Add(pipeline.Run(testimony, CancellationToken.None));
            }
        }

        return [.. documents];
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RateColumn(
            "Mwords/s",
            "Millions of words per second: words of every corpus transcript / Mean (one core, or every core for AllCores)",
            () => Documents(RepositoryRoot.Find()).Sum(d => (double)d.WordCount),
            benchmarkCase => !benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Load", StringComparison.Ordinal)));
    }
}
