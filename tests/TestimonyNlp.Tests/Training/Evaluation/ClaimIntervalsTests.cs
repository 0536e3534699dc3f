using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class ClaimIntervalsTests
{
    private static readonly int FieldCount = Enum.GetValues<ClaimField>().Length;

    [Fact]
    public void Bootstrap_OneTestimony_Null()
    {
        Assert.Null(ClaimIntervals.Bootstrap([Killed(tp: 1, fp: 0, fn: 0, fieldsEqual: 1)]));
    }

    [Fact]
    public void Bootstrap_TestimoniesAlike_IntervalIsTheirScore()
    {
        // Every draw holds the same counts, so every draw scores 6 / 8 and half the fields agree.
        var testimony = Killed(tp: 3, fp: 1, fn: 1, fieldsEqual: 1, matched: 2);

        var intervals = ClaimIntervals.Bootstrap([testimony, testimony, testimony])!;

        Assert.Equal(new ScoreInterval(0.75, 0.75), intervals.ClaimF1);
        Assert.Equal(new ScoreInterval(0.75, 0.75), intervals.HarmMacroF1);
        Assert.Equal(new ScoreInterval(0.5, 0.5), intervals.Fields.Single(f => f.Field == ClaimField.Basis).Interval);
        Assert.Equal(3, intervals.Testimonies);
        Assert.Equal(1000, intervals.Resamples);
    }

    [Fact]
    public void Bootstrap_OneRightOneWrongTestimony_IntervalFromNoneToAll()
    {
        // Draws of the right testimony twice score 1, of the wrong one twice 0, of both 0.5; each pure draw is a
        // quarter of all, so the 2.5th and 97.5th percentiles are the two ends.
        var intervals = ClaimIntervals.Bootstrap(
            [Killed(tp: 1, fp: 0, fn: 0, fieldsEqual: 1), Killed(tp: 0, fp: 1, fn: 1, fieldsEqual: 0, matched: 0)])!;

        Assert.Equal(new ScoreInterval(0.0, 1.0), intervals.ClaimF1);
        Assert.Equal(new ScoreInterval(1.0, 1.0), intervals.Fields.Single(f => f.Field == ClaimField.VictimsMin).Interval);
    }

    [Fact]
    public void Bootstrap_NoClaimsAnywhere_NullBounds()
    {
        var empty = new TestimonyClaimCounts(
            "sy-raqqa-901",
            [.. Enum.GetValues<Model.Harm>().Select(_ => default(MatchCounts))], [.. new int[FieldCount]], 0);

        var intervals = ClaimIntervals.Bootstrap([empty, empty])!;

        Assert.Equal(new ScoreInterval(null, null), intervals.ClaimF1);
        Assert.Equal("-", intervals.ClaimF1.ToString());
    }

    [Fact]
    public void WriteText_TestimoniesAlike_OneLineOfIntervals()
    {
        var testimony = Killed(tp: 3, fp: 1, fn: 1, fieldsEqual: 1, matched: 2);
        using var writer = new StringWriter();

        ClaimIntervals.Bootstrap([testimony, testimony])!.WriteText(writer);

        Assert.Equal(
            "95% intervals (bootstrap over the 2 testimonies, 1000 draws): claim F1 0.750-0.750, harm macro-F1 0.750-0.750, "
            + "victims_min 0.500-0.500, victims_max 0.500-0.500, weapon 0.500-0.500, actor 0.500-0.500, site 0.500-0.500, "
            + "date 0.500-0.500, basis 0.500-0.500\n",
            writer.ToString());
    }

    [Fact]
    public void WriteJson_TestimoniesAlike_PairsOfLowAndHigh()
    {
        var testimony = Killed(tp: 3, fp: 1, fn: 1, fieldsEqual: 1, matched: 2);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ClaimIntervals.Bootstrap([testimony, testimony])!.WriteJson(writer);
        }

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Equal(1000, root.GetProperty("resamples").GetInt32());
        Assert.Equal(2, root.GetProperty("testimonies").GetInt32());
        Assert.Equal([0.75, 0.75], root.GetProperty("claim_f1").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([0.5, 0.5], root.GetProperty("fields").GetProperty("basis").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void Build_ScorerAskedForIntervals_ScoresCarryThem()
    {
        var scorer = new ClaimScorer(intervals: true);
        scorer.Add("sy-raqqa-901", [], [], [], []);
        scorer.Add("sy-raqqa-902", [], [], [], []);

        var scores = scorer.Build();

        Assert.Equal(2, scores.Intervals!.Testimonies);
        Assert.Null(new ClaimScorer().Build().Intervals);
    }

    [Fact]
    public void WriteJson_ScorerAskedForIntervals_ListsEachTestimonysCounts()
    {
        var scorer = new ClaimScorer(intervals: true);
        scorer.Add("sy-raqqa-901", [], [], [], []);
        scorer.Add("sy-raqqa-902", [], [], [], []);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            scorer.Build().WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var testimonies = json.RootElement.GetProperty("by_testimony").EnumerateArray().ToArray();
        Assert.Equal(["sy-raqqa-901", "sy-raqqa-902"], testimonies.Select(t => t.GetProperty("id").GetString()));
        Assert.Equal([0, 0, 0], testimonies[0].GetProperty("by_harm").GetProperty("KILLED").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0, testimonies[1].GetProperty("fields_equal").GetProperty("basis").GetInt32());
    }

    [Fact]
    public void Of_FiveTestimonies_EveryDrawTakesFive()
    {
        var draws = TestimonyDraws.Of(5, resamples: 20).Select(taken => (taken.Length, taken.Sum())).ToArray();

        Assert.Equal(20, draws.Length);
        Assert.All(draws, draw => Assert.Equal((5, 5), draw));
    }

    [Fact]
    public void Of_SameSeed_SameDraws()
    {
        var first = TestimonyDraws.Of(7, resamples: 3, seed: 11).Select(taken => string.Join(',', taken)).ToArray();
        var second = TestimonyDraws.Of(7, resamples: 3, seed: 11).Select(taken => string.Join(',', taken)).ToArray();

        Assert.Equal(first, second);
    }

    private static TestimonyClaimCounts Killed(int tp, int fp, int fn, int fieldsEqual, int matched = 1)
    {
        var byHarm = Enum.GetValues<Model.Harm>()
            .Select(h => h == Model.Harm.Killed ? new MatchCounts(tp, fp, fn) : default)
            .ToImmutableArray();
        return new TestimonyClaimCounts("sy-raqqa-901", byHarm, [.. Enumerable.Repeat(fieldsEqual, FieldCount)], matched);
    }
}
