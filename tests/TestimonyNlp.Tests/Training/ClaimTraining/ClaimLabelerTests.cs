using System.Collections.Immutable;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.ClaimTraining;

public sealed class ClaimLabelerTests
{
    private const string Content =
        "Q: Was anyone killed when the shell hit?\n"
        + "A: My cousin Farid was killed by the shell. The next day we left for Hama. The bread was cold.\n";

    private static Document Document()
    {
        var document = CraftedTranscript.Tokenized(Content);
        return document;
    }

    private static GoldClaim Claim(string id, Harm harm, Basis basis, params string[] quotes) => new()
    {
        Id = id,
        Harm = harm,
        Basis = basis,
        Incident = "sy-hama-20120000-tiny",
        Evidence = [.. quotes.Select(q => new Evidence(Content.IndexOf(q, StringComparison.Ordinal), Content.IndexOf(q, StringComparison.Ordinal) + q.Length, q))],
    };

    [Fact]
    public void Derive_TinyGoldDocument_LabelsOverlappingWitnessSentencesOnly()
    {
        var document = Document();
        ImmutableArray<GoldClaim> claims =
        [
            // The question overlaps this span too: an interviewer's sentence still takes no label.
            Claim("c1", Harm.Killed, Basis.Witnessed, "killed when the shell hit?\nA: My cousin Farid was killed"),
            Claim("c2", Harm.Displaced, Basis.Experienced, "we left for Hama"),
            Claim("c3", Harm.Injured, Basis.Hearsay, "Farid"),
        ];

        var labels = ClaimLabeler.Derive(document, claims);

        Assert.Equal(
            [
                SentenceLabel.None,
                new SentenceLabel(HarmSet.Killed | HarmSet.Injured, Basis.Witnessed),
                new SentenceLabel(HarmSet.Displaced, Basis.Experienced),
                SentenceLabel.None,
            ],
            labels);
    }

    [Fact]
    public void Derive_NoClaims_EverySentenceNone()
    {
        var labels = ClaimLabeler.Derive(Document(), []);

        Assert.Equal([SentenceLabel.None, SentenceLabel.None, SentenceLabel.None, SentenceLabel.None], labels);
    }

    [Fact]
    public void HarmMacroF1_OneHarmHalfRight_AveragesPresentHarms()
    {
        HarmSet[] gold = [HarmSet.Killed, HarmSet.Killed, HarmSet.Injured, HarmSet.None];
        HarmSet[] predicted = [HarmSet.Killed, HarmSet.None, HarmSet.Injured, HarmSet.Injured];

        // KILLED: 2 * 1 / (2 + 1) = 2/3; INJURED: 2 * 1 / (1 + 2) = 2/3; the other harms are absent.
        Assert.Equal(2.0 / 3.0, ClaimTrainer.HarmMacroF1(gold, predicted), 12);
    }

    [Fact]
    public void Trainable_OnlyKillingsAndOneBasis_False()
    {
        List<ClaimFeatureRow> rows = [Row(HarmSet.Killed, Basis.Witnessed), Row(HarmSet.None, null)];

        Assert.False(ClaimTrainer.Trainable(rows));
    }

    [Fact]
    public void Trainable_EveryHarmButOneBasisMissing_False()
    {
        List<ClaimFeatureRow> rows =
        [
            Row(HarmSet.Killed | HarmSet.Injured | HarmSet.Missing, Basis.Witnessed),
            Row(HarmSet.Detained | HarmSet.Displaced | HarmSet.PropertyDamage, Basis.Hearsay),
            Row(HarmSet.Killed, Basis.Experienced),
            Row(HarmSet.None, null),
        ];

        Assert.False(ClaimTrainer.Trainable(rows));
    }

    [Fact]
    public void Trainable_EveryHarmAndEveryBasis_True()
    {
        List<ClaimFeatureRow> rows =
        [
            Row(HarmSet.Killed | HarmSet.Injured | HarmSet.Missing, Basis.Witnessed),
            Row(HarmSet.Detained | HarmSet.Displaced | HarmSet.PropertyDamage, Basis.Hearsay),
            Row(HarmSet.Killed, Basis.Experienced),
            Row(HarmSet.Killed, Basis.Reported),
            Row(HarmSet.None, null),
        ];

        Assert.True(ClaimTrainer.Trainable(rows));
    }

    [Fact]
    public void Create_RepeatedBucketsAndHand_SortedSummedThenHand()
    {
        var hand = new float[SentenceFeatures.Count];
        hand[3] = 0.5f;

        var row = ClaimFeatureRow.Create([9, 2, 9, 5], hand, HarmSet.Killed, Basis.Witnessed, cue: false);

        Assert.Equal([2, 5, 9, ClaimFeaturizer.HandOffset + 3], row.Indices);
        Assert.Equal([1f, 1f, 2f, 0.5f], row.Values);
    }

    [Fact]
    public void Prune_FeatureOfOneTestimony_DroppedAndHandFeaturesKept()
    {
        var hand = ClaimFeaturizer.HandOffset + 1;
        List<ClaimFeatureRow> rows =
        [
            new([3, 7, hand], [1f, 2f, 0.5f], HarmSet.Killed, Basis.Witnessed, false) { Testimony = 0 },
            new([3, 7], [1f, 1f], HarmSet.None, null, false) { Testimony = 0 },
            new([3, 8], [1f, 1f], HarmSet.None, null, false) { Testimony = 1 },
        ];

        var pruned = ClaimTrainer.Prune(rows, 2);

        Assert.Equal([3, hand], pruned[0].Indices);
        Assert.Equal([1f, 0.5f], pruned[0].Values);
        Assert.Equal([3], pruned[1].Indices);
        Assert.Equal([3], pruned[2].Indices);
    }

    [Fact]
    public void Prune_MinimumOfOne_ReturnsTheRowsUnchanged()
    {
        List<ClaimFeatureRow> rows = [new([3, 7], [1f, 1f], HarmSet.None, null, false) { Testimony = 4 }];

        Assert.Same(rows, ClaimTrainer.Prune(rows, 1));
    }

    private static ClaimFeatureRow Row(HarmSet harms, Basis? basis) => new([], [], harms, basis, false);
}
