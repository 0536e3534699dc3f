using System.Text.Json;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training;

public sealed class LinkingScorerTests
{
    /// <summary>Gold A = t1, t2, t3 and B = t4, t5; predicted P1 = t1, t2; P2 = t3, t4; t5 unmatched.</summary>
    private static readonly LinkingItem[] FiveItems =
    [
        new("t1", "A", "P1"),
        new("t2", "A", "P1"),
        new("t3", "A", "P2"),
        new("t4", "B", "P2"),
        new("t5", "B", null),
    ];

    [Fact]
    public void Score_FiveItems_PairwiseByHand()
    {
        var scores = LinkingScorer.Score(FiveItems);

        // Gold pairs: 3 in A + 1 in B; predicted pairs: t1-t2 and t3-t4; only t1-t2 is in both.
        Assert.Equal(new MatchCounts(1, 1, 3), scores.Pairwise);
        Assert.Equal(0.5, scores.Pairwise.Precision);
        Assert.Equal(0.25, scores.Pairwise.Recall);
        Assert.Equal(1.0 / 3, scores.Pairwise.F1!.Value, 12);
        Assert.Equal((5, 2, 4), (scores.ItemCount, scores.MultiTestimonyIncidents, scores.GoldPositivePairs));
    }

    [Fact]
    public void Score_FiveItems_BCubedByHand()
    {
        var scores = LinkingScorer.Score(FiveItems);

        // Precision per item 1, 1, 1/2, 1/2, 1; recall 2/3, 2/3, 1/3, 1/2, 1/2.
        Assert.Equal(0.8, scores.BCubedPrecision!.Value, 12);
        Assert.Equal(8.0 / 15, scores.BCubedRecall!.Value, 12);
        Assert.Equal(0.64, scores.BCubedF1!.Value, 12);
    }

    [Fact]
    public void Score_TwoEventsOfOneTestimonyInOneIncident_CountsOneFalsePairWithinIt()
    {
        var scores = LinkingScorer.Score([new("t1", "A", "P1"), new("t1", "B", "P1"), new("t1", "C", null), new("t2", "A", "P1")]);

        // Predicted pairs t1A-t1B, t1A-t2A and t1B-t2A; of the two false ones, only t1A-t1B lies within one testimony.
        Assert.Equal(new MatchCounts(1, 2, 0), scores.Pairwise);
        Assert.Equal(1, scores.SameTestimonyFalsePairs);
    }

    [Fact]
    public void Score_RepeatedItem_CountsOnce()
    {
        var scores = LinkingScorer.Score([new("t1", "A", "P1"), new("t1", "A", "P2"), new("t2", "A", "P1")]);

        Assert.Equal(new MatchCounts(1, 0, 0), scores.Pairwise);
        Assert.Equal(2, scores.ItemCount);
    }

    [Fact]
    public void WriteJson_FiveItems_WritesPairwiseAndBCubed()
    {
        var scores = LinkingScorer.Score(FiveItems);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            scores.WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(0.25, json.RootElement.GetProperty("pairwise").GetProperty("recall").GetDouble());
        Assert.Equal(0.64, json.RootElement.GetProperty("b_cubed").GetProperty("f1").GetDouble());
        Assert.Equal(4, json.RootElement.GetProperty("gold_positive_pairs").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("same_testimony_false_pairs").GetInt32());
    }

    [Fact]
    public void Score_FiveItems_PairCountsPerTwoTestimonies()
    {
        var scores = LinkingScorer.Score(FiveItems);

        Assert.Equal(
            [
                new TestimonyPairCounts("t1", "t2", new MatchCounts(1, 0, 0)),
                new TestimonyPairCounts("t1", "t3", new MatchCounts(0, 0, 1)),
                new TestimonyPairCounts("t2", "t3", new MatchCounts(0, 0, 1)),
                new TestimonyPairCounts("t3", "t4", new MatchCounts(0, 1, 0)),
                new TestimonyPairCounts("t4", "t5", new MatchCounts(0, 0, 1)),
            ],
            scores.ByTestimonyPair.ToArray());
    }

    [Fact]
    public void WriteJson_TwoEventsOfOneTestimonyJoined_PairCountedWithinIt()
    {
        var scores = LinkingScorer.Score([new("t1", "A", "P1"), new("t1", "B", "P1"), new("t2", "A", "P1")]);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            scores.WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var pairs = json.RootElement.GetProperty("by_testimony_pair").EnumerateArray()
            .Select(p => $"{p.GetProperty("first").GetString()} {p.GetProperty("second").GetString()} {p.GetProperty("tp").GetInt32()} {p.GetProperty("fp").GetInt32()} {p.GetProperty("fn").GetInt32()}")
            .ToArray();
        Assert.Equal(["t1 t1 0 1 0", "t1 t2 1 1 0"], pairs);
        Assert.Equal(2, json.RootElement.GetProperty("b_cubed_f1_interval").GetArrayLength());
    }

    [Fact]
    public void WriteText_FiveItems_PrintsBothRows()
    {
        var text = new StringWriter();

        LinkingScorer.Score(FiveItems).WriteText(text);

        Assert.Equal(
            "linking of model claims (items: " + LinkingScores.Items + ")\n"
            + "measure   gold  pred  tp  fp  fn  precision  recall     f1\n"
            + "pairwise     4     2   1   1   3      0.500   0.250  0.333\n"
            + "b-cubed      -     -   -   -   -      0.800   0.533  0.640\n"
            + "items 5, gold incidents with 2+ testimonies 2, gold positive pairs 4, false pairs within one testimony 0\n"
            + "pairwise F1 95% interval (bootstrap over the testimonies, 1000 draws): 0.000-1.000\n"
            + "b-cubed F1 95% interval (the same draws): 0.529-1.000\n",
            text.ToString());
    }
}
