using System.Collections.Immutable;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Training.Corpus;
using TestimonyNlp.Text;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class TaggerTrainerTests
{
    private static readonly TaggerTrainingOptions Options = new() { Epochs = 5, Seed = 3, Bits = 12 };

    private static CorpusTestFolder TinyCorpus()
    {
        var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
        corpus.Build();
        corpus.Write("split.tsv", "sy-aleppo-901\ttrain\nye-taiz-001\tdev\n");
        return corpus;
    }

    [Fact]
    public void Train_TinyCorpusTwice_IdenticalBytes()
    {
        using var corpus = TinyCorpus();

        var first = new TaggerTrainer(Options).Train(corpus.Path, [], null).Model.ToBytes();
        var second = new TaggerTrainer(Options).Train(corpus.Path, [], null).Model.ToBytes();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_TinyCorpus_TagsTrainingSentencesBack()
    {
        using var corpus = TinyCorpus();
        var result = new TaggerTrainer(Options).Train(corpus.Path, [], null);
        var gold = GoldCorpus.Load(corpus.Path);
        var document = TaggerTrainer.Build(
            gold,
            gold.InSplit(CorpusSplit.Train).Single(),
            new TestimonyPipeline([new TextStage()]),
            ImmutableArray.CreateBuilder<string>(),
            CancellationToken.None)!;
        var spans = new List<TaggedSpan>();

        new AveragedPerceptronTagger(result.Model, null).Tag(document, spans);

        Assert.Equal(
            ["PLACE Hay al-Shaar", "WEAPON barrel bomb", "PERSON Rami Haddad", "DATE 4 March 2016", "ACTOR The regime"],
            spans.Select(s => s.Type.ToWire() + " " + document.Text[s.Start..s.End]).ToArray());
    }

    [Fact]
    public void Train_TinyCorpus_ReportsCountsAndSplitHash()
    {
        using var corpus = TinyCorpus();

        var result = new TaggerTrainer(Options).Train(corpus.Path, [], null);

        Assert.Equal(1, result.TrainDocuments);
        Assert.Equal(0, result.SkippedSpans);
        Assert.Equal(5, result.Epochs.Length);
        Assert.Equal(TaggerTrainingSplitHash.Compute(corpus.Path), result.Model.SplitHash);
        Assert.Equal(new TaggerSettings(12, 5, result.Model.Settings.BestEpoch, 3), result.Model.Settings);
    }

    [Fact]
    public void SplitHash_DevLineChanged_Unchanged()
    {
        using var corpus = TinyCorpus();
        var before = TaggerTrainingSplitHash.Compute(corpus.Path);
        var lines = corpus.Text("annotations/gold.jsonl").Split('\n');
        var dev = Array.FindIndex(lines, l => l.Contains("\"ye-taiz-001\"", StringComparison.Ordinal));
        lines[dev] = lines[dev].Replace("\"Nour\"", "\"Noor\"", StringComparison.Ordinal);
        corpus.Write("annotations/gold.jsonl", string.Join('\n', lines));

        Assert.Equal(before, TaggerTrainingSplitHash.Compute(corpus.Path));
    }

    [Fact]
    public void SplitHash_SplitChanged_Changed()
    {
        using var corpus = TinyCorpus();
        var before = TaggerTrainingSplitHash.Compute(corpus.Path);

        corpus.Write("split.tsv", "sy-aleppo-901\ttrain\nye-taiz-001\ttest\n");

        Assert.NotEqual(before, TaggerTrainingSplitHash.Compute(corpus.Path));
    }

    [Fact]
    public void Fit_SeparableMargins_PlattParameters()
    {
        var spans = new List<(float, bool)>();
        for (var i = 0; i < 20; i++)
        {
            spans.Add((i, i >= 5));
        }

        var scaling = PlattCalibration.Fit(spans);

        Assert.Equal((-0.3751, 1.6004), (Math.Round(scaling.A, 4), Math.Round(scaling.B, 4)));
        Assert.Equal(0.9825, Math.Round(scaling.Probability(15), 4));
    }
}
