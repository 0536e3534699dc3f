using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

/// <summary>How a mention follows the story told before it: counted days, weekdays inside a longer event, offsets
/// that need a short previous event, and a day said twice.</summary>
public sealed class DateResolverStoryTests
{
    // A Tuesday.
    private static readonly DateOnly Interview = new(2019, 4, 2);

    // A Friday.
    private static readonly DateSpan Event = DateSpan.Day(new DateOnly(2016, 9, 9));

    private static DateContext After(string from, string to) =>
        new(Interview, new DateSpan(DateOnly.Parse(from), DateOnly.Parse(to)));

    private static void AssertRange(DateResolution result, string from, string to)
    {
        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
    }

    [Theory]
    [InlineData("the second day", "2016-09-10")]
    [InlineData("The third night", "2016-09-11")]
    [InlineData("the first day", "2016-09-09")]
    [InlineData("the fourth day", "2016-09-12")]
    public void Resolve_NthDayAfterOneDay_CountsFromThatDay(string text, string expected)
    {
        var result = DateResolver.Resolve(text, new DateContext(Interview, Event));

        AssertRange(result, expected, expected);
        Assert.Equal(DateAnchor.PreviousEvent, result.Anchor);
    }

    [Fact]
    public void Resolve_NthDayAfterAMonth_IsThatMonth()
    {
        AssertRange(DateResolver.Resolve("the second day", After("2017-03-01", "2017-03-31")), "2017-03-01", "2017-03-31");
    }

    [Theory]
    [InlineData("the second day", "2016-01-01", "2016-12-31")]
    [InlineData("the second day of the siege", "2016-09-09", "2016-09-09")]
    [InlineData("two days later", "2016-01-01", "2016-12-31")]
    [InlineData("a week after", "2016-03-01", "2016-05-31")]
    public void Resolve_CountedDaysWithoutAShortEvent_Unresolved(string text, string from, string to)
    {
        Assert.False(DateResolver.Resolve(text, After(from, to)).IsResolved);
    }

    [Fact]
    public void Resolve_DayBeforeWithNothingTold_NotTheDayBeforeTheInterview()
    {
        Assert.False(DateResolver.Resolve("the day before", new DateContext(Interview)).IsResolved);
    }

    [Fact]
    public void Resolve_CountedDaysBeforeWithNothingTold_CountFromTheInterview()
    {
        AssertRange(DateResolver.Resolve("three days before", new DateContext(Interview)), "2019-03-30", "2019-03-30");
    }

    [Theory]
    // 10-20 October 2023 holds one Sunday, the 15th.
    [InlineData("a Sunday", "2023-10-10", "2023-10-20", "2023-10-15")]
    // 20-31 October 2022 holds one Wednesday, the 26th.
    [InlineData("Wednesday", "2022-10-20", "2022-10-31", "2022-10-26")]
    public void Resolve_WeekdayOnceInPreviousEvent_IsThatDay(string text, string from, string to, string expected)
    {
        AssertRange(DateResolver.Resolve(text, After(from, to)), expected, expected);
    }

    [Theory]
    // 20-31 October 2022 holds two Saturdays, the 22nd and the 29th.
    [InlineData("Saturday", "2022-10-20", "2022-10-31")]
    [InlineData("a Monday", "2024-02-01", "2024-02-29")]
    public void Resolve_WeekdayTwiceInPreviousEvent_Unresolved(string text, string from, string to)
    {
        Assert.False(DateResolver.Resolve(text, After(from, to)).IsResolved);
    }

    [Theory]
    [InlineData("three days after", "2016-09-09")]
    [InlineData("two weeks after", "2016-09-09")]
    [InlineData("the day before", "2016-09-09")]
    [InlineData("three days later", "2016-09-12")]
    public void Resolve_OffsetRightAfterADay_SaysThatDayAgainUnlessItCountsOn(string text, string expected)
    {
        var context = new DateContext(Interview, Event) { PreviousJustBefore = true };

        AssertRange(DateResolver.Resolve(text, context), expected, expected);
    }

    [Fact]
    public void Resolve_OffsetRightAfterAMonth_StaysInIt()
    {
        var context = After("2017-03-01", "2017-03-31") with { PreviousJustBefore = true };

        AssertRange(DateResolver.Resolve("two days after", context), "2017-03-01", "2017-03-31");
    }

    [Theory]
    // From the middle of July 2015, February 2015 is about 150 days back and February 2016 about 210 days on: forward
    // wins unless back is four times nearer.
    [InlineData("February", "2015-07-01", "2015-07-31", "2016-02-01", "2016-02-29")]
    [InlineData("the 3rd of March", "2015-08-01", "2015-08-31", "2016-03-03", "2016-03-03")]
    // December 2014 is about 30 days back, December 2015 about 335 days on.
    [InlineData("December", "2015-01-15", "2015-01-15", "2014-12-01", "2014-12-31")]
    public void Resolve_MonthWithoutYear_PrefersTheOneAfterThePreviousEvent(string text, string previousFrom, string previousTo, string from, string to)
    {
        var context = new DateContext(new DateOnly(2016, 5, 14), new DateSpan(DateOnly.Parse(previousFrom), DateOnly.Parse(previousTo)));

        AssertRange(DateResolver.Resolve(text, context), from, to);
    }

    [Theory]
    [InlineData("Friday", 5)]
    [InlineData("the Tuesday night", 2)]
    [InlineData("that Saturday", 6)]
    public void IsWeekdayAlone_WeekdayWithNothingThatPlacesIt_True(string text, int weekday)
    {
        Assert.True(DateResolver.IsWeekdayAlone(text, out var found));
        Assert.Equal(weekday, found);
    }

    [Theory]
    [InlineData("Friday 25 August")]
    [InlineData("next Friday")]
    [InlineData("the Friday before Eid")]
    [InlineData("the first Friday of April")]
    [InlineData("the night")]
    public void IsWeekdayAlone_WeekdayPlacedOrNone_False(string text)
    {
        Assert.False(DateResolver.IsWeekdayAlone(text, out _));
    }

    [Theory]
    [InlineData("the Friday before the Eid", 5)]
    [InlineData("a Sunday in Ramadan", 0)]
    [InlineData("Thursday", 4)]
    public void NamesWeekday_WeekdayToldBeforeWhatPlacesIt_True(string text, int weekday)
    {
        Assert.True(DateResolver.NamesWeekday(text, out var found));
        Assert.Equal(weekday, found);
    }

    [Theory]
    [InlineData("two days before Friday")]
    [InlineData("after the Friday prayer")]
    [InlineData("the first Monday of May")]
    [InlineData("Friday 25 August")]
    [InlineData("next Friday")]
    public void NamesWeekday_WeekdayCountedFromOrWithADay_False(string text)
    {
        Assert.False(DateResolver.NamesWeekday(text, out _));
    }

    [Theory]
    [InlineData("Ramadan")]
    [InlineData("the Eid")]
    [InlineData("Eid al-Adha")]
    public void NamesFeastAlone_FeastOrTheFastAlone_True(string text)
    {
        Assert.True(DateResolver.NamesFeastAlone(text));
    }

    [Theory]
    [InlineData("three days before Eid al-Adha")]
    [InlineData("June")]
    [InlineData("the morning")]
    public void NamesFeastAlone_FeastCountedFromOrNoFeast_False(string text)
    {
        Assert.False(DateResolver.NamesFeastAlone(text));
    }
}
