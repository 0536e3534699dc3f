using Microsoft.ML;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.ClaimTraining;

public sealed class ClaimCrossValidatorTests
{
    private const string Content =
        "Q: What happened to Omar?\n" +
        "A: The soldiers killed Omar at the market.\n" +
        "Q: And the others?\n" +
        "A: The soldiers came back later that week.\n" +
        "Q: And you?\n" +
        "A: A piece of metal wounded my arm.\n";

    [Fact]
    public void FoldOfRows_SevenDocumentsThreeFolds_DocumentIInFoldIModThree()
    {
        var documents = Enumerable.Range(0, 7).Select(d => Document($"x{d}", [2 * d, -1, (2 * d) + 1])).ToList();

        var folds = ClaimCrossValidator.FoldOfRows(14, documents, 3);

        Assert.Equal([0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2, 0, 0], folds);
    }

    [Fact]
    public void FoldOfBatches_FourBatchesThreeFolds_WholeBatchesLargestFirstInTheLeastFilledFold()
    {
        // Batches by number / 50: 101-120 (three), 201-205 (two), 1401 (one), and the id without a number (one, keyed
        // before every number): 3, 2, then the two single ones into the emptiest fold, the lowest of a tie.
        string[] ids = ["sy-aleppo-101", "iq-mosul-102", "ye-taiz-120", "sy-homs-201", "ly-sirte-205", "ua-izium-1401", "notes"];

        var folds = ClaimCrossValidator.FoldOfBatches(ids, 3);

        Assert.Equal([0, 0, 0, 1, 1, 2, 2], folds);
    }

    [Fact]
    public void FoldOfBatches_SameIdsInAnotherOrder_SameFoldForEachId()
    {
        string[] ids = ["sy-aleppo-101", "iq-mosul-102", "sy-homs-201", "ua-izium-1401", "ye-taiz-151"];
        string[] reversed = [.. ids.Reverse()];

        var folds = ClaimCrossValidator.FoldOfBatches(ids, 2);
        var reversedFolds = ClaimCrossValidator.FoldOfBatches(reversed, 2);

        Assert.Equal([0, 0, 1, 0, 1], folds);
        Assert.Equal(folds.Reverse(), reversedFolds);
    }

    [Fact]
    public void FoldOfRows_ByBatch_RowsTakeTheirDocumentsBatchFold()
    {
        List<DevDocument> documents = [Document("sy-aleppo-101", [0, -1, 1]), Document("sy-homs-201", [2, -1, 3]), Document("iq-mosul-130", [4, -1, 5])];

        var folds = ClaimCrossValidator.FoldOfRows(6, documents, 2, ClaimFoldGrouping.Batch);

        Assert.Equal([0, 0, 1, 1, 0, 0], folds);
    }

    [Fact]
    public void Thresholds_OneCommon_BestHarmMacroF1FirstOfTies()
    {
        var (documents, probabilities) = KilledAndInjured();

        var thresholds = ClaimCrossValidator.Thresholds(documents, probabilities, perHarm: false);

        // At 0.15 and 0.2 the killing is found with one false alarm (F1 2/3) and the wound is found (1): 0.833.
        Assert.Equal([0.15f, 0.15f, 0.15f, 0.15f, 0.15f, 0.15f], thresholds);
    }

    [Fact]
    public void Thresholds_PerHarm_EachHarmItsBestF1()
    {
        var (documents, probabilities) = KilledAndInjured();

        var thresholds = ClaimCrossValidator.Thresholds(documents, probabilities, perHarm: true);

        // From 0.35 the false killing (0.30) is dropped and the true one (0.42) kept; the wound needs 0.2 or less.
        Assert.Equal([0.35f, 0.15f, 0.15f, 0.15f, 0.15f, 0.15f], thresholds);
    }

    [Fact]
    public void Run_OneFold_Throws()
    {
        var validator = new ClaimCrossValidator(new ClaimTrainingOptions());

        Assert.Throws<ArgumentOutOfRangeException>(() => validator.Run([], [], new ClaimCandidate(ClaimTrainerKind.Lbfgs, 1f, 1f), 1, CancellationToken.None));
    }

    [Fact]
    public void FoldScoresOf_KilledAndInjuredAtCommonThreshold_HarmAndClaimFigures()
    {
        var (documents, probabilities) = KilledAndInjured();
        var thresholds = ClaimCrossValidator.Thresholds(documents, probabilities, perHarm: false);

        var scores = ClaimFoldScores.Of(5, ClaimTrainer.Claims(documents, probabilities, thresholds));

        // Two killings predicted in two turns, one of them gold (F1 2/3); the wound found (1); three predicted, two gold.
        Assert.Equal(5, scores.Folds);
        Assert.Equal((2.0 / 3.0 + 1.0) / 2.0, scores.HarmMacroF1, 9);
        Assert.Equal([2.0 / 3.0, 1.0, 0.0, 0.0, 0.0, 0.0], scores.HarmF1.ToArray());
        Assert.Equal(0.8, scores.ClaimF1, 9);
        Assert.Equal(1.0, scores.BasisAccuracy);
    }

    [Fact]
    public void HeldOut_OneTranscriptTwoFolds_ReturnsNull()
    {
        var (documents, probabilities) = KilledAndInjured();
        var rows = probabilities.Select((_, i) => ClaimFeatureRow.Create([i], [], i == 2 ? HarmSets.Of(Harm.Injured) : HarmSets.Of(Harm.Killed), Basis.Witnessed, cue: false)).ToList();

        // The first fold holds the one transcript's rows and leaves nothing to train on.
        var heldOut = ClaimCrossValidator.HeldOut(new MLContext(1), new ClaimTrainingOptions(), rows, documents, 2, CancellationToken.None);

        Assert.Null(heldOut);
    }

    private static (List<DevDocument> Documents, float[][] Probabilities) KilledAndInjured()
    {
        var document = CraftedTranscript.Tokenized(Content);
        Assert.Equal(6, document.Sentences.Count);
        var gold = Gold(
            "sy-douma-901",
            [Claim("c1", Harm.Killed, "The soldiers killed Omar at the market."), Claim("c2", Harm.Injured, "A piece of metal wounded my arm.")]);
        var probabilities = new[]
        {
            Outputs(killed: 0.42f, injured: 0f),
            Outputs(killed: 0.30f, injured: 0f),
            Outputs(killed: 0f, injured: 0.20f),
        };
        return ([new DevDocument(gold, document, [-1, 0, -1, 1, -1, 2])], probabilities);
    }

    private static float[] Outputs(float killed, float injured)
    {
        var outputs = new float[ClaimClassifier.Outputs];
        outputs[(int)Harm.Killed] = killed;
        outputs[(int)Harm.Injured] = injured;
        outputs[ClaimClassifier.HarmCount + (int)Basis.Witnessed] = 0.9f;
        return outputs;
    }

    private static GoldClaim Claim(string id, Harm harm, string quote)
    {
        var start = Content.IndexOf(quote, StringComparison.Ordinal);
        return new GoldClaim
        {
            Id = id,
            Harm = harm,
            Basis = Basis.Witnessed,
            Evidence = [new Evidence(start, start + quote.Length, quote)],
            Incident = "sy-douma-20160101-test",
        };
    }

    private static DevDocument Document(string id, int[] rowOfSentence) =>
        new(Gold(id, []), CraftedTranscript.Tokenized(Content), rowOfSentence);

    private static GoldTestimony Gold(string id, GoldClaim[] claims) => new()
    {
        Id = id,
        Source = "transcripts/" + id + ".txt",
        TestimonyId = id,
        Witness = id,
        ContentSha256 = new string('0', 64),
        Claims = [.. claims],
    };
}
