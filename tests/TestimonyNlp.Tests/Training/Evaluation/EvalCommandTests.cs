using TestimonyNlp.Tests.Support;
using System.Text.Json;
using TestimonyNlp.Tests.Cli;
using TestimonyNlp.Tests.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class EvalCommandTests
{
    // Fictional witness; real places and actors. Split by id hash: both land in train.
    private const string RaqqaName = "sy-raqqa-901.txt.mk";

    private const string Raqqa =
        "Interview ID: SY-RQA-901\n"
        + "\n"
        + "INTERVIEWER: Where were you?\n"
        + "WITNESS: In [[Raqqa|PLACE]]. {{c1|A [[barrel bomb|WEAPON:BARREL_BOMB]] hit our street and killed [[Omar Saleh|PERSON]].}} "
        + "[[Daesh|ACTOR:Islamic State]] fighters were nearby.\n"
        + "@@claim c1 harm=KILLED min=1 max=1 named=\"Omar Saleh\" weapon=BARREL_BOMB site=\"Raqqa\" basis=WITNESSED incident=sy-raqqa-20170601-saleh\n"
        + "@@witness sy-raqqa-huda-saleh\n";

    private const string Tables =
        "\n"
        + "entities (exact span match)\n"
        + "type    gold  pred  tp  fp  fn  precision  recall     f1\n"
        + "PERSON     1     0   0   0   1          -   0.000  0.000\n"
        + "PLACE      1     1   1   0   0      1.000   1.000  1.000\n"
        + "WEAPON     1     1   1   0   0      1.000   1.000  1.000\n"
        + "ACTOR      1     1   1   0   0      1.000   1.000  1.000\n"
        + "DATE       0     0   0   0   0          -       -      -\n"
        + "all        4     3   3   0   1      1.000   0.750  0.857\n"
        + "\n"
        + "weapon categories (same span and category)\n"
        + "category     gold  pred  tp  fp  fn  precision  recall     f1\n"
        + "BARREL_BOMB     1     1   1   0   0      1.000   1.000  1.000\n"
        + "all             1     1   1   0   0      1.000   1.000  1.000\n"
        + "category accuracy on span-matched weapons: 1/1 = 1.000\n"
        + "\n"
        + "type confusion (rows gold, columns predicted)\n"
        + "gold\\pred  PERSON  PLACE  WEAPON  ACTOR  DATE  missed\n"
        + "PERSON          0      0       0      0     0       1\n"
        + "PLACE           0      1       0      0     0       0\n"
        + "WEAPON          0      0       1      0     0       0\n"
        + "ACTOR           0      0       0      1     0       0\n"
        + "DATE            0      0       0      0     0       0\n"
        + "spurious        0      0       0      0     0       -\n"
        + "\n"
        + "partial overlaps (same type, overlapping, not exact)\n"
        + "type    predictions\n"
        + "PERSON            0\n"
        + "PLACE             0\n"
        + "WEAPON            0\n"
        + "ACTOR             0\n"
        + "DATE              0\n"
        + "\n"
        + "normalisation (exact matches)\n"
        + "type   equal  matched  share\n"
        + "ACTOR      1        1  1.000\n"
        + "PLACE      0        1  0.000\n"
        + "DATE       0        0      -\n"
        + "\n"
        + "confidence calibration\n"
        + "confidence  predictions  correct  precision\n"
        + ">= 0.9                3        3      1.000\n"
        + "0.7-0.9               0        0          -\n"
        + "0.5-0.7               0        0          -\n"
        + "< 0.5                 0        0          -\n";

    // Raqqa is a gazetteer town of Syria (the sy- prefix), spotted and geocoded where the gazetteer has it.
    private const string GeocodingTables =
        "\n"
        + "geocoding (gold gazetteer places; correct within 10 km)\n"
        + "country  places  correct  wrong  not_geocoded  missed_entity  accuracy\n"
        + "SY            1        1      0             0              0     1.000\n"
        + "all           1        1      0             0              0     1.000\n";

    // No claim stage runs yet: the gold claim is missed and the section still prints.
    private const string ClaimTables =
        "\n"
        + "claims (match: same harm and overlapping evidence, one to one, greedy by overlap size)\n"
        + "harm             gold  pred  tp  fp  fn  precision  recall     f1\n"
        + "KILLED              1     0   0   0   1          -   0.000  0.000\n"
        + "INJURED             0     0   0   0   0          -       -      -\n"
        + "MISSING             0     0   0   0   0          -       -      -\n"
        + "DETAINED            0     0   0   0   0          -       -      -\n"
        + "DISPLACED           0     0   0   0   0          -       -      -\n"
        + "PROPERTY_DAMAGE     0     0   0   0   0          -       -      -\n"
        + "all                 1     0   0   0   1          -   0.000  0.000\n"
        + "harm macro-F1 over the 1 of 6 harms with gold or predicted claims: 0.000\n"
        + "\n"
        + "claim fields (matched pairs; null = null counts as equal, dates match when their ranges share a day)\n"
        + "field        equal  matched  share\n"
        + "victims_min      0        0      -\n"
        + "victims_max      0        0      -\n"
        + "weapon           0        0      -\n"
        + "actor            0        0      -\n"
        + "site             0        0      -\n"
        + "date             0        0      -\n"
        + "basis            0        0      -\n";

    // One testimony with one gold incident: one item, which stands alone whatever linking does.
    private static readonly string LinkingTables = LinkingTable("model") + LinkingTable("gold");

    private static string LinkingTable(string claims) =>
        "\n"
        + "linking of " + claims + " claims (items: " + LinkingScores.Items + ")\n"
        + "measure   gold  pred  tp  fp  fn  precision  recall     f1\n"
        + "pairwise     0     0   0   0   0          -       -      -\n"
        + "b-cubed      -     -   -   -   -      1.000   1.000  1.000\n"
        + "items 1, gold incidents with 2+ testimonies 0, gold positive pairs 0, false pairs within one testimony 0\n";

    [Fact]
    public async Task Eval_TinyCorpus_PrintsHeadingAndTablesAndExitsZero()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var newline = result.Output.IndexOf('\n', StringComparison.Ordinal);
        Assert.StartsWith($"eval: corpus {corpus.Path}, split train, sentences model: 1 transcripts, 23 tokens, 19 words, ", result.Output[..newline], StringComparison.Ordinal);
        Assert.EndsWith(" s", result.Output[..newline], StringComparison.Ordinal);
        Assert.Equal(Tables + GeocodingTables + ClaimTables + LinkingTables, result.Output[(newline + 1)..]);
    }

    [Fact]
    public async Task Eval_ErrorsAsked_PrintsExamplesWithSpans()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--errors", "2", "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "\nerror examples (id start-end gold/predicted \"text\")\n"
            + "sy-raqqa-901 114-124 PERSON/- \"Omar Saleh\"\n"
            + "\n"
            + "geocoding (gold ",
            result.Output,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "\nbasis            0        0      -\n"
            + "\n"
            + "claim error examples (id start-end gold/predicted: disagreeing fields gold/predicted)\n"
            + "sy-raqqa-901 74-125 KILLED/-\n"
            + LinkingTables,
            result.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_JsonAsked_WritesTheNumbers()
    {
        using var corpus = BuiltCorpus();
        var jsonPath = corpus.Full("out/eval.json");

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--json", jsonPath, "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = json.RootElement;
        Assert.Equal("train", root.GetProperty("split").GetString());
        Assert.Equal(1, root.GetProperty("transcripts").GetInt32());
        var overall = root.GetProperty("entities").GetProperty("overall");
        Assert.Equal((4, 3, 3, 0, 1), (
            overall.GetProperty("gold").GetInt32(),
            overall.GetProperty("predicted").GetInt32(),
            overall.GetProperty("tp").GetInt32(),
            overall.GetProperty("fp").GetInt32(),
            overall.GetProperty("fn").GetInt32()));
        Assert.Equal(0.857143, overall.GetProperty("f1").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("entities").GetProperty("by_type").GetProperty("DATE").GetProperty("precision").ValueKind);
        Assert.Equal(1, root.GetProperty("entities").GetProperty("confusion").GetProperty("PERSON").GetProperty("missed").GetInt32());
        var claims = root.GetProperty("claims");
        Assert.Equal((1, 0, 1), (
            claims.GetProperty("overall").GetProperty("gold").GetInt32(),
            claims.GetProperty("overall").GetProperty("predicted").GetInt32(),
            claims.GetProperty("by_harm").GetProperty("KILLED").GetProperty("fn").GetInt32()));
        Assert.Equal(0.0, claims.GetProperty("harm_macro_f1").GetDouble());
        Assert.Equal(0, claims.GetProperty("fields").GetProperty("basis").GetProperty("matched").GetInt32());
    }

    [Fact]
    public async Task Eval_EmptySplit_ZeroTranscriptsExitZero()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "test");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"eval: corpus {corpus.Path}, split test, sentences model: 0 transcripts, 0 tokens, 0 words, ", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nall        0     0   0   0   0          -       -   -\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BadSplit_ExitTwo()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "validation");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["error: unknown split 'validation' (expected test, dev or train)"], result.ErrorLines.ToArray());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Eval_BadSentenceSource_ExitTwo()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--sentences", "oracle");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["error: unknown sentence source 'oracle' (expected model or gold)"], result.ErrorLines.ToArray());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Eval_GoldSentences_HeadingSaysGold()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--sentences", "gold", "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"eval: corpus {corpus.Path}, split train, sentences gold: 1 transcripts, 23 tokens, 19 words, ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_GoldFields_LinkingHeadingAndJsonNameThem()
    {
        using var corpus = BuiltCorpus();
        var jsonPath = corpus.Full("out/eval.json");

        var result = await CliRunner.RunAsync(
            "eval", corpus.Path, "--split", "train", "--gold-fields", "actor,site", "--json", jsonPath, "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(
            ClaimTables
                + LinkingTable("model").Replace(")\n", "; fields from the matched gold claims: site,actor)\n", StringComparison.Ordinal)
                + LinkingTable("gold"),
            result.Output,
            StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        Assert.Equal("site,actor", json.RootElement.GetProperty("linking").GetProperty("gold_fields").GetString());
        Assert.False(json.RootElement.GetProperty("linking_gold_claims").TryGetProperty("gold_fields", out _));
    }

    [Fact]
    public async Task Eval_LinkErrorsAsked_WritesEachJudgesClaims()
    {
        using var corpus = BuiltCorpus();
        var prefix = corpus.Full("out/links");
        Directory.CreateDirectory(corpus.Full("out"));

        var result = await CliRunner.RunAsync(
            "eval", corpus.Path, "--split", "train", "--link-errors", prefix, "--models", TestPaths.SpotterModels(corpus.Path));

        // One testimony makes no pair across testimonies: each file holds its claim lines only.
        Assert.Equal(0, result.ExitCode);
        var gold = File.ReadAllLines(prefix + "-gold.tsv");
        var fields = Assert.Single(gold).Split('\t');
        Assert.Equal(["claim", "0", "sy-raqqa-901", "sy-raqqa-20170601-saleh", "0", "0", "Killed"], fields[..7]);
        Assert.Equal(["-", "-", "BarrelBomb", "-", "1", "1", "1", "0", "told", "told"], fields[11..]);
        Assert.All(File.ReadAllLines(prefix + "-pipeline.tsv"), line => Assert.StartsWith("claim\t", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_LinkErrorsUnderAFile_NamesTheFileAndPrintsTheScores()
    {
        using var corpus = BuiltCorpus();
        File.WriteAllText(corpus.Full("taken"), "a file where a folder should be");
        var prefix = corpus.Full("taken/links");

        var result = await CliRunner.RunAsync(
            "eval", corpus.Path, "--split", "train", "--link-errors", prefix, "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: cannot write {prefix}-pipeline.tsv: IOException", result.Error, StringComparison.Ordinal);
        Assert.Contains("linking of model claims", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(prefix + "-gold.tsv"));
    }

    [Fact]
    public async Task Eval_UnknownGoldField_ExitTwo()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--gold-fields", "colour");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["error: unknown gold fields 'colour' (expected a comma list of date, site, actor, weapon, victims, named, basis, or all)"],
            result.ErrorLines.ToArray());
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("site", "years_off", "error: --gold-date-kinds needs --gold-fields with date")]
    [InlineData("date", "years_off,late", "error: unknown date kinds 'years_off,late' (expected a comma list of exact, wider, narrower, straddling, days_off, years_off, further, missing, extra, both_undated)")]
    public async Task Eval_GoldDateKindsWithoutDateOrUnknown_ExitTwo(string fields, string kinds, string error)
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--gold-fields", fields, "--gold-date-kinds", kinds);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([error], result.ErrorLines.ToArray());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Eval_MissingCorpusFolder_ExitTwo()
    {
        using var corpus = new CorpusTestFolder();
        var missing = Path.Combine(corpus.Path, "nothing-here");

        var result = await CliRunner.RunAsync("eval", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"error: corpus folder not found: {missing}"], result.ErrorLines.ToArray());
    }

    [Fact]
    public async Task Eval_UnbuiltCorpus_ExitTwo()
    {
        using var corpus = new CorpusTestFolder();

        var result = await CliRunner.RunAsync("eval", corpus.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"error: cannot load the corpus in {corpus.Path}: not found"], result.ErrorLines.ToArray());
    }

    [Fact]
    public async Task Eval_ModelsFolderMissing_ExitTwo()
    {
        using var corpus = BuiltCorpus();

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--models", corpus.Full("no-models"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: cannot load the models in ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Eval_TranscriptChangedAfterBuild_ExitOneNamingIt()
    {
        using var corpus = BuiltCorpus();
        corpus.Write("transcripts/sy-raqqa-901.txt", corpus.Text("transcripts/sy-raqqa-901.txt") + "\n");

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            ["error: transcripts/sy-raqqa-901.txt: sy-raqqa-901: transcript does not match its annotation (run 'testimony corpus build')"],
            result.ErrorLines.ToArray());
        Assert.StartsWith($"eval: corpus {corpus.Path}, split train, sentences model: 0 transcripts, ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_TranscriptDeleted_ExitOne()
    {
        using var corpus = BuiltCorpus();
        File.Delete(corpus.Full("transcripts/sy-raqqa-901.txt"));

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["error: transcripts/sy-raqqa-901.txt: cannot read file (not found)"], result.ErrorLines.ToArray());
    }

    [Fact]
    public async Task Eval_IdsListed_ScoresOnlyThoseTranscripts()
    {
        using var corpus = BuiltCorpus(("sy-raqqa-903.txt.mk", Raqqa.Replace("901", "903", StringComparison.Ordinal)));
        var ids = corpus.Full("ids.txt");
        File.WriteAllText(ids, "# one batch\nsy-raqqa-903\n\n");

        var models = TestPaths.SpotterModels(corpus.Path);

        var all = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--models", models);
        var listed = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--ids", ids, "--models", models);

        Assert.Equal((0, 0), (all.ExitCode, listed.ExitCode));
        Assert.StartsWith($"eval: corpus {corpus.Path}, split train, sentences model: 2 transcripts, 46 tokens, 38 words, ", all.Output, StringComparison.Ordinal);
        Assert.StartsWith($"eval: corpus {corpus.Path}, split train, sentences model: 1 transcripts, 23 tokens, 19 words, ", listed.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, listed.Error);
    }

    [Fact]
    public async Task Eval_IdsPartlyOutsideTheCorpus_WarnsAndScoresTheRest()
    {
        using var corpus = BuiltCorpus();
        var ids = corpus.Full("ids.txt");
        File.WriteAllText(ids, "sy-raqqa-901\nsy-raqqa-999\nsy-homs-998\n");

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--ids", ids, "--models", TestPaths.SpotterModels(corpus.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"warning: 2 ids of the list {ids} are not in the corpus, the first 'sy-homs-998'", result.Error.Trim());
        Assert.StartsWith($"eval: corpus {corpus.Path}, split train, sentences model: 1 transcripts, ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sy-raqqa-999\n", "no id of the list {0} is in the corpus")]
    [InlineData("# nothing yet\n\n", "cannot read the id list {0}: it lists no id")]
    [InlineData(null, "cannot read the id list {0}: file not found")]
    public async Task Eval_IdsThatSelectNothing_ExitTwo(string? content, string message)
    {
        using var corpus = BuiltCorpus();
        var ids = corpus.Full("ids.txt");
        if (content is not null)
        {
            File.WriteAllText(ids, content);
        }

        var result = await CliRunner.RunAsync("eval", corpus.Path, "--split", "train", "--ids", ids);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, ids)], result.ErrorLines.ToArray());
        Assert.Equal(string.Empty, result.Output);
    }

    private static CorpusTestFolder BuiltCorpus(params (string Name, string Marked)[] more)
    {
        var corpus = new CorpusTestFolder();
        corpus.Mark(RaqqaName, Raqqa);
        foreach (var (name, marked) in more)
        {
            corpus.Mark(name, marked);
        }

        corpus.Build();
        return corpus;
    }
}
