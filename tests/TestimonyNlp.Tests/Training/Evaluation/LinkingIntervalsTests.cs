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
        Assert.EndsWith("pairwise F1 95% interval (bootstrap over the testimonies, 1000 draws): 1.000-1.000\n", writer.ToString());
    }
}
