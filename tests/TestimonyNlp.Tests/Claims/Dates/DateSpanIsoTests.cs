using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateSpanIsoTests
{
    [Fact]
    public void ToIso_OneDay_IsTheDay()
    {
        Assert.Equal("2016-09-09", DateSpan.Day(new DateOnly(2016, 9, 9)).ToIso());
    }

    [Fact]
    public void ToIso_Month_IsTheRange()
    {
        Assert.Equal("2016-09-01..2016-09-30", DateSpan.Month(2016, 9).ToIso());
    }

    [Fact]
    public void TryParseIso_Range_RoundTrips()
    {
        Assert.True(DateSpan.TryParseIso("2014-08-01..2014-08-31", out var span));
        Assert.Equal(DateSpan.Month(2014, 8), span);
    }

    [Fact]
    public void TryParseIso_Day_IsOneDay()
    {
        Assert.True(DateSpan.TryParseIso("2016-09-09", out var span));
        Assert.Equal(DateSpan.Day(new DateOnly(2016, 9, 9)), span);
    }

    [Theory]
    [InlineData("2016-09-30..2016-09-01")]
    [InlineData("9 September 2016")]
    [InlineData("2016-09-09..")]
    [InlineData("")]
    public void TryParseIso_ReversedOrNotIso_False(string text)
    {
        Assert.False(DateSpan.TryParseIso(text, out _));
    }
}
