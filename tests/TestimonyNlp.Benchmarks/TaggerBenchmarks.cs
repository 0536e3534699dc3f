using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// The entity tagger: how long models/tagger.bin takes to load, and how fast the tokens of the generated 1 Mi-character
/// testimony (<see cref="LexiconBenchmarks"/>) are tagged on one core, alone and with the spotters and the merger
/// before and after it. Mtokens/s divides the tokens of the text by the mean time of one pass.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private readonly List<TaggedSpan> _spans = new(1 << 16);
    private string _models = "";
    private AveragedPerceptronTagger? _tagger;
    private IPipelineStage[] _stages = [];
    private int _tagging;
    private Document? _spotted;
    private Document? _tokenized;

    /// <summary>Loads the models and prepares the text once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _models = Path.Combine(RepositoryRoot.Find(), "models");
        var names = GivenNameLexicon.Load(Path.Combine(_models, LexiconSpotter.Defaults.GivenNamesFile));
        var model = TaggerModel.Load(Path.Combine(_models, TaggerStage.Defaults.ModelFile));
        _tagger = new AveragedPerceptronTagger(model, names);
        // Every entity stage of the default pipeline, in its order: spotters, header entities, tagger, place
        // normaliser and merger.
        _stages = [.. DefaultPipeline.Create(_models).Stages.Where(stage => stage is not TextStage)];
        _tagging = Array.FindIndex(_stages, stage => stage is TaggerStage);
        _tokenized = LexiconBenchmarks.Tokenized();
        _spotted = LexiconBenchmarks.Tokenized();
        for (var i = 0; i < _tagging; i++)
        {
            _stages[i].Process(_spotted, CancellationToken.None);
        }
    }

    /// <summary>Builds the whole default pipeline: every model, gazetteer and lexicon in models/.</summary>
    [Benchmark]
    public int LoadPipeline() => DefaultPipeline.Create(_models).Stages.Length;

    /// <summary>Reads models/tagger.bin.</summary>
    [Benchmark]
    public int LoadModel() => TaggerModel.Load(Path.Combine(_models, TaggerStage.Defaults.ModelFile)).Bits;

    /// <summary>The tagger alone over a document the spotters have already run on.</summary>
    [Benchmark]
    public int Tag()
    {
        _spans.Clear();
        _tagger!.Tag(_spotted!, _spans);
        return _spans.Count;
    }

    /// <summary>The spotters and the tagger stage.</summary>
    [Benchmark]
    public int SpottersTagger()
    {
        _tokenized!.Entities.Clear();
        for (var i = 0; i <= _tagging; i++)
        {
            _stages[i].Process(_tokenized, CancellationToken.None);
        }

        return _tokenized.Entities.Count;
    }

    /// <summary>Every entity stage: spotters, tagger and the resolving stages after it.</summary>
    [Benchmark]
    public int SpottersTaggerMerger()
    {
        _tokenized!.Entities.Clear();
        foreach (var stage in _stages)
        {
            stage.Process(_tokenized, CancellationToken.None);
        }

        return _tokenized.Entities.Count;
    }

    /// <summary>Each stage after the tagger alone, on the tagged mentions of the text (restored before each run).</summary>
    [Benchmark]
    [Arguments(0)]
    [Arguments(1)]
    [Arguments(2)]
    public int AfterTagger(int stage)
    {
        if (_tagged is null)
        {
            _tagged = LexiconBenchmarks.Tokenized();
            for (var i = 0; i <= _tagging; i++)
            {
                _stages[i].Process(_tagged, CancellationToken.None);
            }

            _taggedMentions = [.. _tagged.Entities];
        }

        _tagged.Entities.Clear();
        _tagged.Entities.AddRange(_taggedMentions);
        _stages[_tagging + 1 + stage].Process(_tagged, CancellationToken.None);
        return _tagged.Entities.Count;
    }

    private Document? _tagged;
    private EntityMention[] _taggedMentions = [];

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new TokensPerSecondColumn());
    }

    private sealed class TokensPerSecondColumn : IColumn
    {
        private static readonly Lazy<int> TokensPerPass = new(() => LexiconBenchmarks.Tokenized().Tokens.Count);

        public string Id => nameof(TaggerBenchmarks) + nameof(TokensPerSecondColumn);

        public string ColumnName => "Mtokens/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Millions of tokens per second on one core: tokens of the generated text / Mean";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Load", StringComparison.Ordinal))
            {
                return "-";
            }

            var nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return nanoseconds is > 0
                ? (TokensPerPass.Value / nanoseconds.Value * 1000).ToString("N1", CultureInfo.InvariantCulture)
                : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
