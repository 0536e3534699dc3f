using System.Text.Json;
using TestimonyNlp.Tests.Cli;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Evaluation;

/// <summary>
/// <c>eval --baseline</c>: the same split with two model folders, figures side by side. The baseline lacks the
/// actor lexicon's Islamic State rows, so it misses "Daesh" and the models evaluated find it.
/// </summary>
public sealed class EvalBaselineTests : IDisposable
{
    // Fictional witness; real places and actors.
    private const string Raqqa =
        "Interview ID: SY-RQA-901\n"
        + "\n"
        + "INTERVIEWER: Where were you?\n"
        + "WITNESS: In [[Raqqa|PLACE]]. {{c1|A [[barrel bomb|WEAPON:BARREL_BOMB]] hit our street and killed [[Omar Saleh|PERSON]].}} "
        + "[[Daesh|ACTOR:Islamic State]] fighters were nearby.\n"
        + "@@claim c1 harm=KILLED min=1 max=1 named=\"Omar Saleh\" weapon=BARREL_BOMB site=\"Raqqa\" basis=WITNESSED incident=sy-raqqa-20170601-saleh\n"
        + "@@witness sy-raqqa-huda-saleh\n";

    private readonly CorpusTestFolder _corpus = new();
    private readonly TempDirectory _models = new();

    public EvalBaselineTests()
    {
        _corpus.Mark("sy-raqqa-901.txt.mk", Raqqa);
        _corpus.Build();
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _models.Dispose();
    }

    [Fact]
    public async Task Eval_Baseline_PrintsEachFigureBeforeAfterAndDelta()
    {
        var (before, after) = ModelFolders();

        var result = await CliRunner.RunAsync("eval", _corpus.Path, "--split", "train", "--models", after, "--baseline", before);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal(
            $"eval: corpus {_corpus.Path}, split train, sentences model: 1 transcripts, 23 tokens, 19 words; before = models {before}, after = models {after}",
            lines[0]);
        var entities = lines.SkipWhile(l => l != "entities (before, after, delta)").Take(16).ToArray();
        Assert.Equal(
            [
                "entities (before, after, delta)",
                "figure                before  after   delta",
                "PERSON f1              0.000  0.000   0.000",
                "PLACE f1               1.000  1.000   0.000",
                "WEAPON f1              1.000  1.000   0.000",
                "ACTOR f1               0.000  1.000  +1.000",
                "DATE f1                    -      -       -",
                "all tp                     2      3      +1",
                "all fp                     0      0       0",
                "all fn                     2      1      -1",
                "all precision          1.000  1.000   0.000",
                "all recall             0.500  0.750  +0.250",
                "all f1                 0.667  0.857  +0.190",
                "weapon categories f1   1.000  1.000   0.000",
                "category accuracy      1.000  1.000   0.000",
                "ACTOR normalisation        -  1.000       -",
            ],
            entities);
        Assert.Equal(
            ["entities (before, after, delta)", "geocoding (before, after, delta)", "claims (before, after, delta)", "linking (before, after, delta)", "linking_gold_claims (before, after, delta)"],
            lines.Where(l => l.EndsWith(" (before, after, delta)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Eval_BaselineWithJson_WritesBothReportsAndTheDeltas()
    {
        var (before, after) = ModelFolders();
        var jsonPath = _corpus.Full("out/eval.json");

        var result = await CliRunner.RunAsync("eval", _corpus.Path, "--split", "train", "--models", after, "--baseline", before, "--json", jsonPath);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("before").GetProperty("entities").GetProperty("overall").GetProperty("tp").GetInt32());
        Assert.Equal(3, root.GetProperty("after").GetProperty("entities").GetProperty("overall").GetProperty("tp").GetInt32());
        var actor = root.GetProperty("comparison").GetProperty("entities").EnumerateArray().Single(f => f.GetProperty("figure").GetString() == "ACTOR f1");
        Assert.Equal((0.0, 1.0, 1.0), (actor.GetProperty("before").GetDouble(), actor.GetProperty("after").GetDouble(), actor.GetProperty("delta").GetDouble()));
    }

    [Fact]
    public async Task Eval_BaselineFolderMissing_ExitTwo()
    {
        var missing = _models.File("nothing-here");

        var result = await CliRunner.RunAsync("eval", _corpus.Path, "--split", "train", "--baseline", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"error: baseline models folder not found: {missing}"], result.ErrorLines);
    }

    [Fact]
    public async Task Eval_WithoutRulesUnknown_ExitTwo()
    {
        var result = await CliRunner.RunAsync("eval", _corpus.Path, "--split", "train", "--without-rules", "HarmToldByOutcome,NoSuchRule");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: unknown rules 'HarmToldByOutcome,NoSuchRule' (expected a comma list of InjuryNotDeath, CountAnswer,", result.ErrorLines[0]);
        Assert.EndsWith(", ExperiencedOwnSearch, WitnessedStayedBehind, WitnessedKinWounded, HearsayAbsentAtTaking, HearsayAbsentBefore; sentence, basis or all)", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Eval_WithoutRulesAgainstBaseline_AfterNamesTheRulesLeftOut()
    {
        var (_, after) = ModelFolders();
        var json = _models.File("compare.json");

        var result = await CliRunner.RunAsync("eval", _corpus.Path, "--split", "train", "--models", after, "--baseline", after, "--without-rules", "all", "--json", json);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith($"before = models {after}, after = models {after} without rules all", result.Output.Split('\n')[0]);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("all", document.RootElement.GetProperty("after").GetProperty("without_rules").GetString());
        Assert.False(document.RootElement.GetProperty("before").TryGetProperty("without_rules", out _));
    }

    /// <summary>The spotter models, and a copy of them whose actor lexicon lacks Islamic State.</summary>
    private (string Before, string After) ModelFolders()
    {
        var after = TestPaths.SpotterModels(_models.File("after"));
        var before = _models.File("before");
        Directory.CreateDirectory(before);
        foreach (var file in Directory.GetFiles(after))
        {
            File.Copy(file, Path.Combine(before, Path.GetFileName(file)));
        }

        var actors = Path.Combine(before, "actors.tsv");
        File.WriteAllLines(actors, File.ReadAllLines(actors).Where(l => !l.StartsWith("Islamic State\t", StringComparison.Ordinal)));
        return (before, after);
    }
}
