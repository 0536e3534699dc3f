using System.Text.Json.Nodes;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Training.Corpus;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Tests.Cli;

/// <summary>
/// Corrections become training data, end to end: <c>process</c> two crafted transcripts into a store (spotter models
/// only, so the items do not move when the models are retrained), correct them through
/// <see cref="IReviewStore.Apply"/>, <c>export --annotations</c>, then <c>train --reviewed</c> on a tiny corpus whose
/// split puts the second transcript in test. People are fictional; places and actors are real.
/// </summary>
public sealed class ReviewedTrainingTests : IDisposable
{
    // Sentences: (1) "A barrel bomb fell on Bab Amr in Homs." barrel bomb and Homs, both accepted: taught;
    // (2) no item: left out; (3) "Then the regime shelled Khalidiya with mortars." the regime rejected, mortars
    // corrected: taught; (4) Tripoli accepted but Lebanon unreviewed: left out.
    private const string Homs =
        "Interview ID: SY-HMS-777\n"
        + "Date of interview: 3 May 2019\n"
        + "\n"
        + "INTERVIEWER: What happened that day?\n"
        + "WITNESS: A barrel bomb fell on Bab Amr in Homs. Samir Haddad died under the rubble.\n"
        + "WITNESS: Then the regime shelled Khalidiya with mortars.\n"
        + "WITNESS: We fled to Tripoli in Lebanon in June.\n";

    private const string Aleppo =
        "Interview ID: SY-HMS-778\n"
        + "\n"
        + "INTERVIEWER: Where were you?\n"
        + "WITNESS: Rockets hit Aleppo and Daesh fighters came.\n";

    private static readonly DateTimeOffset Now = new(2026, 5, 6, 10, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();
    private readonly CorpusTestFolder _corpus = new();

    public ReviewedTrainingTests()
    {
        _corpus.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        _corpus.Mark(CorpusSamples.VttName, CorpusSamples.Vtt);
        _corpus.Build();
        _corpus.Write("split.tsv", "sy-aleppo-901\ttrain\nsy-hms-778\ttest\nye-taiz-001\tdev\n");
    }

    private string Models => _folder.File("models");

    private string Export => _folder.File("export");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _corpus.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Train_ReviewedExport_TeachesOnlyReviewedSentencesWeightedAndRefusesTheTestTranscript()
    {
        await ProcessReviewAndExportAsync();

        var cli = await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", Models, "--epochs", "1", "--reviewed", Export);

        Assert.Equal(1, cli.ExitCode);
        Assert.Equal(
            ["error: reviewed testimony 'sy-hms-778' (testimony id SY-HMS-778) in export is the corpus's test transcript 'sy-hms-778' (same id): refused from training, so that it cannot leak into evaluation"],
            cli.ErrorLines);
        var sha256 = TrainingRecordOf("tagger.bin")["reviewed"]![0]!["sha256"]!.GetValue<string>();
        var lines = cli.Output.Split('\n');
        Assert.Equal($"reviewed: export: 2 testimonies, 1 refused (dev or test); sha256 {sha256}; weight 3", lines[0]);
        Assert.Contains("tagger: reviewed: 1 testimonies taught 2 sentences (18 tokens), each visited 3 times per epoch: 6 sentence visits", lines);
    }

    [Fact]
    public async Task Train_SentenceWhoseOnlyReviewedEntitiesWereRejected_TaughtAsNoEntity()
    {
        // Sentence (3) has only rejected entities (the regime, mortars) and (4) Tripoli accepted, Lebanon rejected:
        // both are taught, with (1): 10 + 8 + 9 tokens. Without the export's "rejected" field (3) was left out.
        await ProcessReviewAndExportAsync(
            (1, ReviewAction.Accept), (2, ReviewAction.Accept), (3, ReviewAction.Reject), (4, ReviewAction.Reject),
            (5, ReviewAction.Accept), (6, ReviewAction.Reject), (7, ReviewAction.Accept));

        var cli = await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", Models, "--epochs", "1", "--reviewed", Export);

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains("tagger: reviewed: 1 testimonies taught 3 sentences (27 tokens), each visited 3 times per epoch: 9 sentence visits", cli.Output.Split('\n'));
        Assert.Equal(3, TrainingRecordOf("tagger.bin")["reviewed_sentences_taught"]!.GetValue<int>());
    }

    [Fact]
    public async Task Train_ReviewedExport_RecordsTheSetInTrainingRecord()
    {
        await ProcessReviewAndExportAsync();

        await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", Models, "--epochs", "1", "--reviewed", Export, "--reviewed-weight", "5");

        var tagger = TrainingRecordOf("tagger.bin");
        var set = Assert.Single(tagger["reviewed"]!.AsArray())!;
        Assert.Equal("export", set["set"]!.GetValue<string>());
        Assert.Equal(64, set["sha256"]!.GetValue<string>().Length);
        Assert.Equal(2, set["testimonies"]!.GetValue<int>());
        Assert.Equal(1, set["refused"]!.GetValue<int>());
        Assert.Equal(1, tagger["reviewed_testimonies_taught"]!.GetValue<int>());
        Assert.Equal(2, tagger["reviewed_sentences_taught"]!.GetValue<int>());
        Assert.Equal(5, tagger["reviewed_weight"]!.GetValue<int>());
    }

    [Fact]
    public async Task Train_ReviewedExport_GivesAnotherModelThanTheCorpusAlone()
    {
        await ProcessReviewAndExportAsync();
        var plain = _folder.File("plain-models");
        CopySpotterModels(plain);

        var withReviewed = await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", Models, "--epochs", "1", "--reviewed", Export);
        var without = await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", plain, "--epochs", "1");

        Assert.Equal(1, withReviewed.ExitCode);
        Assert.Equal(0, without.ExitCode);
        Assert.DoesNotContain("reviewed", without.Output, StringComparison.Ordinal);
        Assert.NotEqual(
            File.ReadAllBytes(Path.Combine(plain, TaggerStage.Defaults.ModelFile)),
            File.ReadAllBytes(Path.Combine(Models, TaggerStage.Defaults.ModelFile)));
        Assert.Empty(TrainingRecord.Read(Path.Combine(plain, TrainingRecord.Defaults.FileName))!["models"]!["tagger.bin"]!["reviewed"]!.AsArray());
    }

    [Fact]
    public async Task Train_ReviewedFolderWithoutExport_UsageErrorAndNoModel()
    {
        CopySpotterModels(Models);
        var empty = _folder.File("empty");
        Directory.CreateDirectory(empty);

        var cli = await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", Models, "--reviewed", empty);

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal([$"error: reviewed set {empty}: no reviewed.jsonl (write one with 'testimony export --annotations {empty}')"], cli.ErrorLines);
        Assert.False(File.Exists(Path.Combine(Models, TaggerStage.Defaults.ModelFile)));
    }

    [Fact]
    public async Task Train_ReviewedWeightZero_UsageError()
    {
        var cli = await CliRunner.RunAsync("train", "--corpus", _corpus.Path, "--models", Models, "--reviewed-weight", "0");

        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(["error: --reviewed-weight must be at least 1"], cli.ErrorLines);
    }

    /// <summary>Processes both transcripts into a store, applies the reviews (by default: barrel bomb, Homs,
    /// Tripoli and Aleppo's rockets accepted, the regime rejected, mortars corrected) and exports the annotations.</summary>
    private async Task ProcessReviewAndExportAsync(params (long Row, ReviewAction Action)[] reviews)
    {
        CopySpotterModels(Models);
        var input = _folder.File("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "sy-hms-777.txt"), Homs);
        File.WriteAllText(Path.Combine(input, "sy-hms-778.txt"), Aleppo);
        var database = _folder.File("t.db");

        var processed = await CliRunner.RunAsync("process", input, "--db", database, "--out", _folder.File("out"), "--models", Models);
        Assert.Equal(0, processed.ExitCode);

        using (var review = SqliteReviewStore.Open(database))
        {
            // Homs: rows 1-6 in text order (barrel bomb, Homs, the regime, mortars, Tripoli, Lebanon); Aleppo: rows 7-9.
            Assert.Equal(
                ["WEAPON 104", "PLACE 135", "ACTOR 191", "WEAPON 225", "PLACE 254", "PLACE 265", "WEAPON 64", "PLACE 76", "ACTOR 87"],
                Enumerable.Range(1, 9).Select(row => review.ReadItem(new ReviewItemRef(ReviewItemKind.Entity, row))!).Select(i => i.Label + " " + i.Start));
            if (reviews.Length > 0)
            {
                foreach (var (row, action) in reviews)
                {
                    Apply(review, row, action);
                }
            }
            else
            {
                Apply(review, 1, ReviewAction.Accept);
                Apply(review, 2, ReviewAction.Accept);
                Apply(review, 3, ReviewAction.Reject);
                Apply(review, 4, ReviewAction.EditCategory, category: "ARTILLERY");
                Apply(review, 5, ReviewAction.Accept);
                Apply(review, 7, ReviewAction.Accept);
            }
        }

        var exported = await CliRunner.RunAsync("export", "--db", database, "--annotations", Export);
        Assert.Equal(0, exported.ExitCode);
    }

    private static void Apply(IReviewStore review, long row, ReviewAction action, string? category = null)
    {
        var outcome = review.Apply(new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, row), 1, action, NewCategory: category), "rita", Now);
        Assert.True(outcome.Success, outcome.Message);
    }

    private static void CopySpotterModels(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in new[]
        {
            DefaultPipeline.Defaults.PlacesFile,
            LexiconSpotter.Defaults.WeaponsFile,
            LexiconSpotter.Defaults.ActorsFile,
            LexiconSpotter.Defaults.GivenNamesFile,
            "place-aliases.tsv",
            "places-stoplist.txt",
        })
        {
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "models", file), Path.Combine(folder, file));
        }
    }

    private JsonNode TrainingRecordOf(string model) =>
        TrainingRecord.Read(Path.Combine(Models, TrainingRecord.Defaults.FileName))!["models"]![model]!;
}
