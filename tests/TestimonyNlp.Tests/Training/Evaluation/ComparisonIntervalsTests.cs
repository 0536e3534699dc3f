using System.Globalization;
using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class ComparisonIntervalsTests
{
    [Fact]
    public void Of_EntitiesOneTestimonyMended_ZeroToOneHigherInDrawsHoldingIt()
    {
        // Both drawn: 2/3 to 1. The first drawn twice: no change. The second drawn twice: 0 to 1.
        var (before, after) = MendedSecondTestimony();

        var interval = Assert.Single(ComparisonIntervals.Of(before, after));

        Assert.Equal("all f1", interval.Figure);
        Assert.Equal(2, interval.Testimonies);
        Assert.Equal(new ScoreInterval(0.0, 1.0), interval.Delta);
        Assert.Equal(DrawsHoldingSecond(), interval.BetterShare);
    }

    [Fact]
    public void Of_LinkingPairMended_OneToOneInEveryDrawWithAPair()
    {
        // A draw of one testimony twice holds no pair and is not scored; every other draw goes from 0 to 1.
        var before = LinkingScorer.Score([new("sy-raqqa-901", "A", "P1"), new("sy-raqqa-902", "A", "P2")]);
        var after = LinkingScorer.Score([new("sy-raqqa-901", "A", "P1"), new("sy-raqqa-902", "A", "P1")]);

        var interval = Assert.Single(ComparisonIntervals.Of(before, after));

        Assert.Equal("pairwise f1", interval.Figure);
        Assert.Equal(new ScoreInterval(1.0, 1.0), interval.Delta);
        Assert.Equal(1.0, interval.BetterShare);
    }

    [Fact]
    public void Of_OneTestimonyInCommon_NoInterval()
    {
        var before = Entities(("sy-homs-901", true));
        var after = Entities(("sy-homs-902", true));

        Assert.Empty(ComparisonIntervals.Of(before, after));
    }

    [Fact]
    public void Of_ScoresWithoutPerTestimonyCounts_NoInterval()
    {
        var scorer = new EntityScorer();
        scorer.Add("sy-homs-901", [Gold()], [Predicted()]);
        scorer.Add("sy-homs-902", [Gold()], []);
        var scores = scorer.Build();

        Assert.Empty(ComparisonIntervals.Of(scores, scores));
    }

    [Fact]
    public void WriteText_EntitiesMended_LineUnderTheTable()
    {
        var (before, after) = MendedSecondTestimony();
        var comparison = new EvaluationComparison(Report(before), Report(after), "old", "new");
        using var text = new StringWriter();

        comparison.WriteText(text);

        var share = DrawsHoldingSecond().ToString("0%", CultureInfo.InvariantCulture);
        Assert.EndsWith(
            "all f1                 0.667  1.000  +0.333\n"
            + "weapon categories f1       -      -       -\n"
            + "category accuracy          -      -       -\n"
            + "ACTOR normalisation        -      -       -\n"
            + "PLACE normalisation        -      -       -\n"
            + "DATE normalisation         -      -       -\n"
            + $"delta 95% intervals (paired bootstrap over the 2 testimonies both scored, 1000 draws): all f1 +0.000 to +1.000, higher in {share} of draws\n",
            text.ToString());
    }

    [Fact]
    public void WriteJson_EntitiesMended_IntervalsBySectionAndFigure()
    {
        var (before, after) = MendedSecondTestimony();
        var comparison = new EvaluationComparison(Report(before), Report(after), "old", "new");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            comparison.WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var f1 = json.RootElement.GetProperty("comparison_intervals").GetProperty("entities").GetProperty("all f1");
        Assert.Equal(2, f1.GetProperty("testimonies").GetInt32());
        Assert.Equal([0.0, 1.0], f1.GetProperty("delta").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(Math.Round(DrawsHoldingSecond(), 6), f1.GetProperty("higher_share").GetDouble());
    }

    private static (EntityScores Before, EntityScores After) MendedSecondTestimony() =>
        (Entities(("sy-homs-901", true), ("sy-homs-902", false)), Entities(("sy-homs-901", true), ("sy-homs-902", true)));

    // The share of the fixed draws that take the second testimony (in id order) at least once.
    private static double DrawsHoldingSecond() =>
        (double)TestimonyDraws.Of(2).Count(drawn => drawn[1] > 0) / TestimonyDraws.Defaults.Resamples;

    private static EntityScores Entities(params (string Id, bool Found)[] testimonies)
    {
        var scorer = new EntityScorer(intervals: true);
        foreach (var (id, found) in testimonies)
        {
            scorer.Add(id, [Gold()], found ? [Predicted()] : []);
        }

        return scorer.Build();
    }

    private static EvaluationReport Report(EntityScores entities) =>
        new("corpus", "test", 2, 10, 8, TimeSpan.Zero, [entities]);

    private static GoldEntity Gold() => new("e1", EntityType.Place, "x", 0, 4, null, null);

    private static EntityMention Predicted() => new("e1", EntityType.Place, 0, 4, "x", null, 0.99);
}
