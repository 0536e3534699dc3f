using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Cli;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Training.Corpus;
using TestimonyNlp.Training;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class TrainCommandTests
{
    private static string[] SpotterModels =>
    [
        DefaultPipeline.Defaults.PlacesFile,
        LexiconSpotter.Defaults.WeaponsFile,
        LexiconSpotter.Defaults.ActorsFile,
        LexiconSpotter.Defaults.GivenNamesFile,
    ];

    [Fact]
    public async Task Train_TinyCorpus_WritesModelWithItsSplitHash()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
        corpus.Build();
        corpus.Write("split.tsv", "sy-aleppo-901\ttrain\nye-taiz-001\tdev\n");
        using var models = new TempDirectory();
        foreach (var file in SpotterModels)
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "models", file), models.File(file));
        }

        var cli = await CliRunner.RunAsync("train", "--corpus", corpus.Path, "--models", models.Path, "--epochs", "3", "--seed", "5");

        Assert.Equal(0, cli.ExitCode);
        var model = TaggerModel.Load(models.File(TaggerStage.Defaults.ModelFile), TaggerTrainingSplitHash.Compute(corpus.Path));
        Assert.Equal(new TaggerSettings(TaggerTrainingOptions.Defaults.Bits, 3, model.Settings.BestEpoch, 5), model.Settings);
        Assert.StartsWith("tagger: 1 train transcripts, ", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingCorpus_UsageError()
    {
        using var folder = new TempDirectory();
        var missing = folder.File("nothing-here");

        var cli = await CliRunner.RunAsync("train", "--corpus", missing, "--models", folder.Path);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal([$"error: corpus folder not found: {missing}"], cli.ErrorLines);
    }

    [Fact]
    public async Task Train_MissingSpotterModels_UsageError()
    {
        using var corpus = new CorpusTestFolder();
        using var models = new TempDirectory();

        var cli = await CliRunner.RunAsync("train", "--corpus", corpus.Path, "--models", models.Path);

        Assert.Equal(2, cli.ExitCode);
        Assert.Single(cli.ErrorLines);
        Assert.False(File.Exists(models.File(TaggerStage.Defaults.ModelFile)));
    }
}
