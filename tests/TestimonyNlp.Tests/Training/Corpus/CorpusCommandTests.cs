using TestimonyNlp.Tests.Cli;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class CorpusCommandTests
{
    [Fact]
    public async Task Build_ValidSources_ExitZeroAndSummary()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        corpus.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);

        var result = await CliRunner.RunAsync("corpus", "build", "--corpus", corpus.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(
            "corpus build: 2 transcripts, 10 entity mentions, 2 claims; 2 new split entries (train 2, dev 0, test 0)\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Build_SourceWithError_ExitOneAndErrorLines()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark("sy-homs-009.txt.mk", "A: [[Homs|TOWN]].\n");

        var result = await CliRunner.RunAsync("corpus", "build", "--corpus", corpus.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "error: marked/sy-homs-009.txt.mk: no @@witness line",
                "error: marked/sy-homs-009.txt.mk:1:4: unknown entity type 'TOWN' in mark 'Homs' (expected PERSON, PLACE, WEAPON, ACTOR or DATE)",
            ],
            result.ErrorLines.ToArray());
        Assert.EndsWith("corpus build: 2 errors; nothing written\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BuiltCorpus_ExitZeroStatisticsAndTargetWarning()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        await CliRunner.RunAsync("corpus", "build", "--corpus", corpus.Path);

        var result = await CliRunner.RunAsync("corpus", "check", "--corpus", corpus.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("corpus: 1 transcripts, 21 words\n\nsplit  transcripts  words\ntrain            1     21\n", result.Output, StringComparison.Ordinal);
        Assert.Equal("warning: 5 of 5 corpus targets not met\ncorpus check: valid\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Check_Consistency_PrintsFindingsAfterStatisticsAndKeepsExitZero()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt.Replace("[[4 March 2016|DATE:2016-03-04]]", "[[on 4 March 2016|DATE:2016-03-04]]", StringComparison.Ordinal));
        await CliRunner.RunAsync("corpus", "build", "--corpus", corpus.Path);

        var result = await CliRunner.RunAsync("corpus", "check", "--corpus", corpus.Path, "--consistency");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(
            "\nconsistency\n"
            + "marked/sy-aleppo-901.txt.mk:5:98: boundary: DATE span starts with a preposition (in/on/at/from/since/by/until); it stays outside\n"
            + "consistency: 0 unmarked, 0 type conflicts, 1 boundaries\n",
            result.Output,
            StringComparison.Ordinal);
        Assert.EndsWith("corpus check: valid\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TamperedAnnotation_ExitOneWithEachError()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        await CliRunner.RunAsync("corpus", "build", "--corpus", corpus.Path);
        corpus.Write("annotations/gold.jsonl", corpus.Text("annotations/gold.jsonl").Replace("\"end\":98", "\"end\":97", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("corpus", "check", "--corpus", corpus.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "error: annotations/gold.jsonl:1: sy-aleppo-901: entity e1: text does not match the content at 86..97",
                "error: annotations/gold.jsonl:1: sy-aleppo-901: stale: does not match marked/sy-aleppo-901.txt.mk (run 'testimony corpus build')",
            ],
            result.ErrorLines.ToArray());
        Assert.EndsWith("corpus check: 2 errors\n", result.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public async Task Subcommand_MissingCorpusFolder_ExitTwo(string subcommand)
    {
        using var corpus = new CorpusTestFolder();
        var missing = Path.Combine(corpus.Path, "nothing-here");

        var result = await CliRunner.RunAsync("corpus", subcommand, "--corpus", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"error: corpus folder not found: {missing}"], result.ErrorLines.ToArray());
    }

    [Theory]
    [InlineData("corpus")]
    [InlineData("corpus", "verify")]
    [InlineData("corpus", "check", "--strict")]
    public async Task Corpus_BadUsage_ExitTwo(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
    }
}
