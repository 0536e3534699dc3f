using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

/// <summary>Parts of a month named without the month ("the first days", "the second Sunday"), distances of days
/// from a month-long event, and the solar Hijri months these are often told in.</summary>
public sealed class DateResolverMonthPartTests
{
    private static DateContext After(string from, string to) =>
        new(new DateOnly(2025, 3, 4), new DateSpan(DateOnly.Parse(from), DateOnly.Parse(to)));

    private static void AssertResolved(DateResolution result, string from, string to, DatePrecision precision)
    {
        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
        Assert.Equal(precision, result.Precision);
        Assert.Equal(DateAnchor.PreviousEvent, result.Anchor);
    }

    [Theory]
    [InlineData("the first days", "2017-07-01", "2017-07-31", "2017-07-01", "2017-07-07", DatePrecision.Week)]
    [InlineData("the last days", "2016-02-01", "2016-02-29", "2016-02-23", "2016-02-29", DatePrecision.Week)]
    [InlineData("the last week", "2016-02-01", "2016-02-29", "2016-02-23", "2016-02-29", DatePrecision.Week)]
    // Ramadan 1435: 28 June to 27 July 2014 (Umm al-Qura), so its last ten days begin on 18 July.
    [InlineData("The last ten days", "2014-06-28", "2014-07-27", "2014-07-18", "2014-07-27", DatePrecision.PartOfMonth)]
    // Saratan 1400: 22 June to 22 July 2021 (31 days).
    [InlineData("the first days", "2021-06-22", "2021-07-22", "2021-06-22", "2021-06-28", DatePrecision.Week)]
    public void Resolve_DaysOfAMonthWithoutIt_ArePartOfTheMonthJustTold(string text, string previousFrom, string previousTo, string from, string to, DatePrecision precision)
    {
        AssertResolved(DateResolver.Resolve(text, After(previousFrom, previousTo)), from, to, precision);
    }

    [Theory]
    // 4 February 2023 was a Saturday, 9 January 2022 the second Sunday of that month, 27 June 2014 the last Friday of June.
    [InlineData("the first Saturday", "2023-02-01", "2023-02-28", "2023-02-04")]
    [InlineData("The second Sunday", "2022-01-01", "2022-01-31", "2022-01-09")]
    [InlineData("the last Friday", "2014-06-01", "2014-06-30", "2014-06-27")]
    public void Resolve_NthWeekdayWithoutMonth_IsOfTheMonthJustTold(string text, string previousFrom, string previousTo, string day)
    {
        AssertResolved(DateResolver.Resolve(text, After(previousFrom, previousTo)), day, day, DatePrecision.Day);
    }

    [Theory]
    [InlineData("the first Saturday", "2023-02-10", "2023-02-10")]
    [InlineData("the second Sunday", "2023-01-01", "2023-12-31")]
    [InlineData("the first days", "2023-02-10", "2023-02-10")]
    [InlineData("the last ten days", "2014-01-01", "2014-12-31")]
    public void Resolve_PartOfMonthAfterNoMonth_Unresolved(string text, string previousFrom, string previousTo)
    {
        Assert.False(DateResolver.Resolve(text, After(previousFrom, previousTo)).IsResolved);
    }

    [Fact]
    public void Resolve_FirstWeekAfterOneDay_RunsFromThatDayToTheSameWeekdayAWeekOn()
    {
        AssertResolved(DateResolver.Resolve("the first week", After("2019-11-20", "2019-11-20")), "2019-11-20", "2019-11-27", DatePrecision.PartOfMonth);
    }

    [Theory]
    [InlineData("the next day", "2021-02-01", "2021-02-28")]
    [InlineData("The morning after", "2018-04-01", "2018-04-30")]
    [InlineData("two days later", "2014-06-28", "2014-07-27")]
    [InlineData("the day before", "2021-02-01", "2021-02-28")]
    public void Resolve_FewDaysFromAMonthLongEvent_StayInIt(string text, string from, string to)
    {
        AssertResolved(DateResolver.Resolve(text, After(from, to)), from, to, DatePrecision.Month);
    }

    [Theory]
    [InlineData("the next day", "2021-02-10", "2021-02-20", "2021-02-11", "2021-02-21")]
    [InlineData("ten days later", "2021-02-01", "2021-02-08", "2021-02-11", "2021-02-18")]
    public void Resolve_FewDaysFromAShorterEvent_MoveIt(string text, string previousFrom, string previousTo, string from, string to)
    {
        var result = DateResolver.Resolve(text, After(previousFrom, previousTo));

        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
    }

    [Theory]
    // The solar Hijri year 1388 began at the March equinox, 21 March 2009; Hamal to Sonbola have 31 days each
    // (186 days: Mizan begins 23 September 2009), Mizan to Jadi 30 each (120 days), so Dalw begins 21 January 2010
    // and, of 30 days, ends 19 February 2010.
    [InlineData("Dalw 1388", "2010-01-21", "2010-02-19", DatePrecision.Month)]
    // 1398 began 21 March 2019: Hamal, Sawr, Jawza and Saratan (124 days) end on 22 July, so 1 Asad is 23 July 2019.
    [InlineData("the first day of Asad 1398", "2019-07-23", "2019-07-23", DatePrecision.Day)]
    public void Resolve_SolarHijriMonthWithYear_ConvertsByTheCalendarRule(string text, string from, string to, DatePrecision precision)
    {
        var result = DateResolver.Resolve(text, DateContext.Empty);

        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
        Assert.Equal(precision, result.Precision);
        Assert.Equal(DateAnchor.Text, result.Anchor);
    }
}
