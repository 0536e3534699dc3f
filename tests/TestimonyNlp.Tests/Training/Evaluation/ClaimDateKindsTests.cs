using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class ClaimDateKindsTests
{
    [Theory]
    [InlineData("2016-09-09", "2016-09-09", "2016-09-09", "2016-09-09", ClaimDateKind.Exact)]
    [InlineData("2016-09-09", "2016-09-09", "2016-09-01", "2016-09-30", ClaimDateKind.Wider)]
    [InlineData("2016-09-01", "2016-09-30", "2016-09-09", "2016-09-09", ClaimDateKind.Narrower)]
    [InlineData("2016-09-01", "2016-09-10", "2016-09-05", "2016-09-20", ClaimDateKind.Straddling)]
    [InlineData("2016-09-09", "2016-09-09", "2016-09-16", "2016-09-16", ClaimDateKind.DaysOff)]
    [InlineData("2016-09-09", "2016-09-09", "2016-09-17", "2016-09-17", ClaimDateKind.Further)]
    [InlineData("2014-02-08", "2014-02-08", "2017-02-09", "2017-02-09", ClaimDateKind.YearsOff)]
    [InlineData("2014-02-08", "2014-02-08", "2015-03-01", "2015-03-31", ClaimDateKind.Further)]
    [InlineData("2014-02-08", "2014-02-08", null, null, ClaimDateKind.Missing)]
    [InlineData(null, null, "2014-02-08", "2014-02-08", ClaimDateKind.Extra)]
    [InlineData(null, null, null, null, ClaimDateKind.BothUndated)]
    public void Of_GoldAndPredictedRanges_Kind(string? goldFrom, string? goldTo, string? predictedFrom, string? predictedTo, ClaimDateKind expected)
    {
        var kind = ClaimDateKinds.Of((Day(goldFrom), Day(goldTo)), (Day(predictedFrom), Day(predictedTo)));

        Assert.Equal(expected, kind);
    }

    [Fact]
    public void TryParse_CommaList_ReadsEachKind()
    {
        Assert.True(ClaimDateKinds.TryParse("years_off, Missing", out var kinds));

        Assert.Equal([ClaimDateKind.YearsOff, ClaimDateKind.Missing], kinds.OrderByDescending(k => k == ClaimDateKind.YearsOff));
    }

    [Theory]
    [InlineData("years_off,late")]
    [InlineData(" ")]
    public void TryParse_UnknownOrEmpty_False(string text)
    {
        Assert.False(ClaimDateKinds.TryParse(text, out _));
    }

    [Fact]
    public void ToWire_EveryKind_SnakeCaseName()
    {
        Assert.Equal(
            "exact,wider,narrower,straddling,days_off,years_off,further,missing,extra,both_undated",
            string.Join(",", ClaimDateKinds.All.Select(k => k.ToWire())));
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
