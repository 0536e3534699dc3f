using TestimonyNlp.Cli;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Vectors;
using TestimonyNlp.Training;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Tests.Cli;

public sealed class VectorsAndTrainOptionsTests
{
    private static string Corpus => Path.Combine(TestPaths.RepositoryRoot, "corpus");

    [Fact]
    public async Task VectorsBuild_CraftedOnnxAndVocab_WritesOneDimensionPerPiece()
    {
        var directory = Directory.CreateTempSubdirectory("vectors-build-");
        try
        {
            var onnx = Path.Combine(directory.FullName, "model.onnx");
            var vocab = Path.Combine(directory.FullName, "vocab.txt");
            var output = Path.Combine(directory.FullName, "wordvec.bin");
            await File.WriteAllBytesAsync(onnx, OnnxInitializersTests.Model());
            await File.WriteAllTextAsync(vocab, "one\ntwo\nthree\n");

            var cli = await CliRunner.RunAsync("vectors", "build", "--onnx", onnx, "--vocab", vocab, "--dimensions", "1", "--out", output);

            Assert.Equal(0, cli.ExitCode);
            var vectors = WordVectors.Load(output);
            Assert.Equal((1, 3), (vectors.Dimensions, vectors.Vocabulary.Pieces.Length));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task VectorsBuild_NoSource_UsageError()
    {
        var cli = await CliRunner.RunAsync("vectors", "build");

        Assert.Equal((2, "error: give --package, or --onnx and --vocab"), (cli.ExitCode, Assert.Single(cli.ErrorLines)));
    }

    [Fact]
    public async Task Train_CandidatesNotPairs_UsageError()
    {
        var cli = await CliRunner.RunAsync("train", "--claims-only", "--corpus", Corpus, "--models", "models", "--candidates", "1x4");

        Assert.Equal((2, "error: --candidates takes L1/L2 pairs of numbers, comma-separated (1/4,0.25/0.25)"), (cli.ExitCode, Assert.Single(cli.ErrorLines)));
    }

    [Fact]
    public async Task Train_NegativeVectorScale_UsageError()
    {
        var cli = await CliRunner.RunAsync("train", "--claims-only", "--corpus", Corpus, "--models", "models", "--vector-scale", "-1");

        Assert.Equal((2, "error: --vector-scale must be a number, 0 or more"), (cli.ExitCode, Assert.Single(cli.ErrorLines)));
    }

    [Fact]
    public void ParseCandidates_TwoPairs_TwoLbfgsCandidates()
    {
        var settings = new ClaimTrainCommand.Settings(ClaimFoldGrouping.Batch, 0f, "1/4, 0.25/0.5");

        Assert.Equal(
            [new ClaimCandidate(ClaimTrainerKind.Lbfgs, 1f, 4f), new ClaimCandidate(ClaimTrainerKind.Lbfgs, 0.25f, 0.5f)],
            settings.ParseCandidates());
    }
}
