using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Tests.Linking.Incidents;

public sealed class DateYearsTests
{
    [Theory]
    [InlineData("9 September 2016", true)]
    [InlineData("spring 1998", true)]
    [InlineData("last year", true)]
    [InlineData("two years ago", true)]
    [InlineData("the year before", true)]
    [InlineData("three months ago", true)]
    [InlineData("the 12th of March", false)]
    [InlineData("that night", false)]
    [InlineData("Friday", false)]
    [InlineData("the 20th", false)]
    [InlineData("at 2015 hours", true)]
    [InlineData("20160", false)]
    [InlineData("house 12016", false)]
    [InlineData("the yearly fair", false)]
    [InlineData("", false)]
    public void Tells_Words_SaysWhetherTheyGiveAYear(string text, bool expected)
    {
        Assert.Equal(expected, DateYears.Tells(text));
    }

    [Theory]
    [InlineData("the morning", true)]
    [InlineData("ten o'clock", true)]
    [InlineData("around ten", true)]
    [InlineData("after the fajr", true)]
    [InlineData("before noon", true)]
    [InlineData("that day", true)]
    [InlineData("the same night", true)]
    [InlineData("the next morning", false)]
    [InlineData("two days later", false)]
    [InlineData("the day before", false)]
    [InlineData("the night before Eid", false)]
    [InlineData("Friday morning", false)]
    [InlineData("March", false)]
    [InlineData("those days", false)]
    [InlineData("", false)]
    public void HourOnly_Words_SaysWhetherTheyNameNoDay(string text, bool expected)
    {
        Assert.Equal(expected, DateYears.HourOnly(text));
    }

    [Fact]
    public void HourOnly_ResolvedDateOfAnHour_True()
    {
        Assert.True(DateYears.HourOnly("that morning", new DateOnly(2019, 3, 12), new DateOnly(2019, 3, 12)));
    }

    [Fact]
    public void HourOnly_UnresolvedDateOfAnHour_False()
    {
        Assert.False(DateYears.HourOnly("that morning", null, null));
    }

    [Fact]
    public void HourOnly_NoText_False()
    {
        Assert.False(DateYears.HourOnly(null, new DateOnly(2019, 3, 12), new DateOnly(2019, 3, 12)));
    }

    [Fact]
    public void Defaulted_ResolvedDateWithoutYearWords_True()
    {
        Assert.True(DateYears.Defaulted("the 12th of March", new DateOnly(2019, 3, 12), new DateOnly(2019, 3, 12)));
    }

    [Fact]
    public void Defaulted_ResolvedDateWithYear_False()
    {
        Assert.False(DateYears.Defaulted("12 March 2016", new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12)));
    }

    [Fact]
    public void Defaulted_UnresolvedDate_False()
    {
        Assert.False(DateYears.Defaulted("the day of the wedding", null, null));
    }

    [Fact]
    public void Defaulted_NoText_False()
    {
        Assert.False(DateYears.Defaulted(null, new DateOnly(2019, 3, 12), new DateOnly(2019, 3, 12)));
    }
}
