using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

/// <summary>Which year and month a day or month told without them belongs to: a weekday told just before it, a
/// season or part of a year just told, part of a month just told, and the pull of the story forward.</summary>
public sealed class DateResolverYearTests
{
    private static void AssertRange(DateResolution result, string from, string to, DatePrecision precision)
    {
        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
        Assert.Equal(precision, result.Precision);
    }

    [Fact]
    public void After_WeekdayLeftUnplaced_IsKeptForTheNextMention()
    {
        var context = new DateContext(new DateOnly(2024, 2, 12));
        var sunday = DateResolver.Resolve("Sunday", context);

        var next = context.After(sunday);

        Assert.False(sunday.IsResolved);
        Assert.Equal(0, next.Weekday);
        Assert.Null(next.Previous);
    }

    [Fact]
    public void After_ResolvedMention_ForgetsTheWeekday()
    {
        var context = new DateContext(new DateOnly(2024, 2, 12)) { Weekday = 0 };

        var next = context.After(DateResolver.Resolve("9 September 2016", context));

        Assert.Null(next.Weekday);
        Assert.Equal(DateSpan.Day(new DateOnly(2016, 9, 9)), next.Previous);
    }

    [Fact]
    public void After_OtherUnresolvedMention_ForgetsTheWeekday()
    {
        var context = new DateContext(new DateOnly(2024, 2, 12)) { Weekday = 0 };

        var next = context.After(DateResolution.Unresolved("the rainy season"));

        Assert.Null(next.Weekday);
    }

    [Theory]
    // Told on Monday 12 February 2024: the last 22nd that was a Sunday is in October 2023 (22 January was a Monday).
    [InlineData("Sunday", "the 22nd", "2024-02-12", "2023-10-22")]
    // Told on 20 February 2024: the last 17th that was a Friday is in November 2023 (17 February was a Saturday).
    [InlineData("the Friday", "the 17th", "2024-02-20", "2023-11-17")]
    public void Resolve_DayAfterAnUnplacedWeekday_IsTheLastSuchDayThatFellOnIt(string weekday, string day, string interview, string expected)
    {
        var context = new DateContext(DateOnly.Parse(interview));
        context = context.After(DateResolver.Resolve(weekday, context));

        var result = DateResolver.Resolve(day, context);

        AssertRange(result, expected, expected, DatePrecision.Day);
        Assert.Equal(DateAnchor.InterviewDate, result.Anchor);
    }

    [Fact]
    public void Resolve_DayAndMonthAfterAnUnplacedWeekday_KeepsTheYearOfThePreviousEvent()
    {
        // "November 2020 ... the Thursday ... the 28th of November": a month named is placed by the story, not by a
        // weekday told before it (28 November 2019 was a Thursday).
        var context = new DateContext(null, DateSpan.Month(2020, 11)) { Weekday = 4 };

        AssertRange(DateResolver.Resolve("the 28th of November", context), "2020-11-28", "2020-11-28", DatePrecision.Day);
    }

    [Fact]
    public void Resolve_DayWithoutAWeekdayBefore_IsTheInterviewMonths()
    {
        AssertRange(DateResolver.Resolve("the 22nd", new DateContext(new DateOnly(2024, 2, 12))), "2024-01-22", "2024-01-22", DatePrecision.Day);
    }

    [Fact]
    public void Resolve_DayJustAfterASeasonWithItsYear_IsInThatYear()
    {
        // "In the spring of 2014 ... The 11th of June": the interview (December 2016) would say June 2016.
        var context = new DateContext(new DateOnly(2016, 12, 4), new DateSpan(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31))) { YearJustTold = true };

        AssertRange(DateResolver.Resolve("The 11th of June", context), "2014-06-11", "2014-06-11", DatePrecision.Day);
    }

    [Fact]
    public void Resolve_DayJustAfterTheEndOfAYear_BeforeIt_IsTheInterviewsYear()
    {
        // "The Rapid Support entered at the end of 2023 ... On the 14th of September": not before what was just told.
        var context = new DateContext(new DateOnly(2025, 4, 9), new DateSpan(new DateOnly(2023, 10, 1), new DateOnly(2023, 12, 31))) { YearJustTold = true };

        AssertRange(DateResolver.Resolve("the 14th of September", context), "2024-09-14", "2024-09-14", DatePrecision.Day);
    }

    [Fact]
    public void Resolve_DayJustAfterTheEndOfAYear_InsideIt_IsInThatYear()
    {
        var context = new DateContext(new DateOnly(2025, 4, 9), new DateSpan(new DateOnly(2023, 10, 1), new DateOnly(2023, 12, 31))) { YearJustTold = true };

        AssertRange(DateResolver.Resolve("the 5th of November", context), "2023-11-05", "2023-11-05", DatePrecision.Day);
    }

    [Theory]
    // "At the end of October ... It was the 5th": the 5th of October lies 15 days back, the 5th of November 5 days on.
    [InlineData("the 5th", "2019-11-05")]
    // Inside what was just told: that month's.
    [InlineData("the 25th", "2019-10-25")]
    public void Resolve_DayAfterTheEndOfAMonth_IsTheNearerOneForward(string text, string expected)
    {
        var context = new DateContext(new DateOnly(2022, 2, 18), new DateSpan(new DateOnly(2019, 10, 20), new DateOnly(2019, 10, 31)));

        var result = DateResolver.Resolve(text, context);

        AssertRange(result, expected, expected, DatePrecision.Day);
        Assert.Equal(DateAnchor.PreviousEvent, result.Anchor);
    }

    [Fact]
    public void Resolve_DayAfterAWholeMonth_IsThatMonths()
    {
        var context = new DateContext(new DateOnly(2022, 2, 18), DateSpan.Month(2019, 10));

        AssertRange(DateResolver.Resolve("the 5th", context), "2019-10-05", "2019-10-05", DatePrecision.Day);
    }

    [Fact]
    public void Resolve_WeekOfAMonthAfterTheMiddleOfIt_StaysInThatMonth()
    {
        // Only a day moves on to the next month; "the second week" is still the month's second.
        var context = new DateContext(new DateOnly(2024, 11, 22), DateSpan.Day(new DateOnly(2024, 10, 12)));

        AssertRange(DateResolver.Resolve("the second week", context), "2024-10-08", "2024-10-14", DatePrecision.Week);
    }

    [Fact]
    public void Resolve_MonthThreeMonthsBackOrNineOn_GoesOn()
    {
        // From May 2015, February 2015 is about 91 days back and February 2016 about 275 days on: back counts four
        // times, so the story goes on to February 2016.
        var context = new DateContext(new DateOnly(2016, 5, 14), DateSpan.Month(2015, 5));

        AssertRange(DateResolver.Resolve("February", context), "2016-02-01", "2016-02-29", DatePrecision.Month);
    }

    [Theory]
    // 1 Meskerem 2013 was 11 September 2020, so Hidar began on 10 November 2020.
    [InlineData("Hidar 10", "2021-04-09", "2020-11-19", "2020-11-19")]
    [InlineData("the 3rd of Megabit", "2021-04-09", "2021-03-12", "2021-03-12")]
    // Told in January 2023: the last Megabit that began by then is the one of March 2022.
    [InlineData("Megabit", "2023-01-21", "2022-03-10", "2022-04-08")]
    [InlineData("Two days before Hidar Tsion", "2021-04-09", "2020-11-28", "2020-11-28")]
    public void Resolve_EthiopianMonth_IsItsGregorianRange(string text, string interview, string from, string to)
    {
        var result = DateResolver.Resolve(text, new DateContext(DateOnly.Parse(interview)));

        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
        Assert.Equal(DateAnchor.InterviewDate, result.Anchor);
    }

    [Fact]
    public void Resolve_EthiopianMonthAfterAGregorianOne_IsTheOneNearIt()
    {
        // "In November 2020 ... in Tahsas": Tahsas 2013 ran from 10 December 2020 to 8 January 2021.
        var context = new DateContext(new DateOnly(2023, 1, 21), DateSpan.Month(2020, 11));

        AssertRange(DateResolver.Resolve("Tahsas", context), "2020-12-10", "2021-01-08", DatePrecision.Month);
    }

    [Fact]
    public void Resolve_MonthJustAfterAYearOfAnotherCalendar_TheMonthBeginningInsideIt()
    {
        // The Ethiopian year 2014 runs from the 11th of September 2021 to the 10th of September 2022.
        var context = new DateContext(new DateOnly(2025, 3, 1), new DateSpan(new DateOnly(2021, 9, 11), new DateOnly(2022, 9, 10)))
        {
            YearJustTold = true,
        };

        AssertRange(DateResolver.Resolve("in October", context), "2021-10-01", "2021-10-31", DatePrecision.Month);
    }

    [Fact]
    public void EthiopianYear_Year2014_FromSeptember2021ToSeptember2022()
    {
        var year = DateParse.EthiopianYear(2014);

        Assert.Equal(new DateSpan(new DateOnly(2021, 9, 11), new DateOnly(2022, 9, 10)), year);
    }
}
