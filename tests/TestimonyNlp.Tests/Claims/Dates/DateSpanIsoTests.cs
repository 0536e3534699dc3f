using System.Globalization;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;

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

    [Theory]
    [InlineData("2016-02-30")]
    [InlineData("2015-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("2016-13-01")]
    [InlineData("2016-00-10")]
    [InlineData("2016-09-00")]
    [InlineData("2016/09/09")]
    [InlineData("2016-9-09")]
    public void TryParseIso_NoSuchDay_False(string text)
    {
        Assert.False(DateSpan.TryParseIso(text, out _));
    }

    [Fact]
    public void TryParseIso_LeapDay_IsOneDay()
    {
        Assert.True(DateSpan.TryParseIso("2024-02-29", out var span));
        Assert.Equal(DateSpan.Day(new DateOnly(2024, 2, 29)), span);
    }

    [Fact]
    public void TryParseIso_EveryDayOfFourYearsAndNearMisses_AgreesWithExactParser()
    {
        var texts = new List<string> { "9999-12-31", "0001-01-01", "2016-09-09 ", " 2016-09-09", "2016-09-0\u0669", "20160-9-09" };
        for (var year = 2015; year <= 2018; year++)
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    texts.Add(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"));
                }
            }
        }

        foreach (var text in texts)
        {
            var exact = DateOnly.TryParseExact(text, IsoDate.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
            Assert.Equal(exact, DateSpan.TryParseIso(text, out var span));
            if (exact)
            {
                Assert.Equal(DateSpan.Day(expected), span);
            }
        }
    }
}
