using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class LinkingIntervalsTests
{
    [Fact]
    public void PairwiseF1_OneTestimony_Null()
    {
        Assert.Null(LinkingIntervals.PairwiseF1(1, []));
    }

    [Fact]
    public void PairwiseF1_OneRightPairOfTwoTestimonies_OneToOne()
    {
        // A draw of one testimony twice holds no pair (its copies are never paired) and is not scored.
        var interval = LinkingIntervals.PairwiseF1(2, [new LinkingIntervals.ScoredPair(0, 1, Gold: true, Predicted: true)]);

        Assert.Equal(new ScoreInterval(1.0, 1.0), interval);
    }

    [Fact]
    public void PairwiseF1_FalsePairWithinATestimony_CountsOncePerCopy()
    {
        // Both testimonies drawn: 1 right pair, 1 false one, 2/3. The first drawn twice: its false pair twice, no
        // right pair, 0. The second drawn twice: nothing to score.
        var interval = LinkingIntervals.PairwiseF1(
            2,
            [
                new LinkingIntervals.ScoredPair(0, 1, Gold: true, Predicted: true),
                new LinkingIntervals.ScoredPair(0, 0, Gold: false, Predicted: true),
            ]);

        Assert.Equal(0.0, interval!.Value.Low);
        Assert.Equal(2.0 / 3, interval.Value.High);
    }

    [Fact]
    public void Score_TwoTestimoniesOneIncident_IntervalPrinted()
    {
        var scores = LinkingScorer.Score(
        [
            new LinkingItem("sy-raqqa-901", "sy-raqqa-20170601-test", "i1"),
            new LinkingItem("sy-raqqa-902", "sy-raqqa-20170601-test", "i1"),
        ]);
        using var writer = new StringWriter();

        scores.WriteText(writer);

        Assert.Equal(new ScoreInterval(1.0, 1.0), scores.PairwiseF1Interval);
        Assert.Equal(new ScoreInterval(1.0, 1.0), scores.BCubedF1Interval);
        Assert.EndsWith(
            "pairwise F1 95% interval (bootstrap over the testimonies, 1000 draws): 1.000-1.000\nb-cubed F1 95% interval (the same draws): 1.000-1.000\n",
            writer.ToString());
    }

    [Fact]
    public void BCubedF1_OneTestimony_Null()
    {
        Assert.Null(LinkingIntervals.BCubedF1(1, [new LinkingIntervals.ClusteredItem(0, 0, 0)]));
    }

    [Fact]
    public void BCubedF1_OneIncidentSplitOverTwoTestimonies_TwoThirdsToOne()
    {
        // Both drawn: precision 1, recall 1/2, F1 2/3. One drawn twice: its copies are never one cluster, so each
        // copy stands alone in gold as in the prediction, F1 1.
        var interval = LinkingIntervals.BCubedF1(
            2,
            [new LinkingIntervals.ClusteredItem(0, Gold: 0, Predicted: 0), new LinkingIntervals.ClusteredItem(1, Gold: 0, Predicted: 1)]);

        Assert.Equal(2.0 / 3, interval!.Value.Low);
        Assert.Equal(1.0, interval.Value.High);
    }

    [Fact]
    public void BCubedF1_TwoEventsOfOneTestimonyJoined_TwoThirdsToOne()
    {
        // Both drawn: the joined items have precision 1/2, the third 1; recall 1: precision 2/3, F1 4/5. The first
        // drawn twice: each copy's two items precision 1/2, F1 2/3. The second drawn twice: F1 1.
        var interval = LinkingIntervals.BCubedF1(
            2,
            [
                new LinkingIntervals.ClusteredItem(0, Gold: 0, Predicted: 0),
                new LinkingIntervals.ClusteredItem(0, Gold: 1, Predicted: 0),
                new LinkingIntervals.ClusteredItem(1, Gold: 2, Predicted: 1),
            ]);

        Assert.Equal(2.0 / 3, interval!.Value.Low);
        Assert.Equal(1.0, interval.Value.High);
    }
}
