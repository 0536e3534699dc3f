using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateWordsTests
{
    [Theory]
    [InlineData("the 6th of March")]
    [InlineData("the 15th or the 16th")]
    [InlineData("the Wednesday")]
    [InlineData("March")]
    [InlineData("the second of June")]
    public void NamesCalendarDay_DayMonthOrWeekday_IsTrue(string text) => Assert.True(DateWords.NamesCalendarDay(text));

    [Theory]
    [InlineData("two weeks later")]
    [InlineData("the morning")]
    [InlineData("two days after the 6th")]
    [InlineData("the week before Eid")]
    [InlineData("that night")]
    public void NamesCalendarDay_CountedOrNoDayNamed_IsFalse(string text) => Assert.False(DateWords.NamesCalendarDay(text));

    [Theory]
    [InlineData("two weeks later")]
    [InlineData("after three days")]
    [InlineData("a week later")]
    [InlineData("a few months after")]
    public void MovesOn_SpanCountedOnFromTheEvent_IsTrue(string text) => Assert.True(DateWords.MovesOn(text));

    [Theory]
    [InlineData("the day after")]
    [InlineData("after the Friday prayer")]
    [InlineData("two days before Eid")]
    [InlineData("5 November 2019")]
    [InlineData("three hours later")]
    public void MovesOn_NoSpanOfDaysCountedOn_IsFalse(string text) => Assert.False(DateWords.MovesOn(text));

    [Theory]
    [InlineData("one night")]
    [InlineData("that evening")]
    [InlineData("the morning")]
    public void PartOfDayOnly_NoDayOrMonthNamed_IsTrue(string text) => Assert.True(DateWords.PartOfDayOnly(text));

    [Theory]
    [InlineData("the night of 5 November")]
    [InlineData("Friday evening")]
    [InlineData("two days later")]
    [InlineData("December")]
    public void PartOfDayOnly_DayOrMonthNamed_IsFalse(string text) => Assert.False(DateWords.PartOfDayOnly(text));

    [Theory]
    [InlineData("the next morning")]
    [InlineData("two days later")]
    [InlineData("after three days")]
    [InlineData("the day before")]
    [InlineData("one week before")]
    public void CountsFromEventTold_DistanceFromTheEventBefore_IsTrue(string text) => Assert.True(DateWords.CountsFromEventTold(text));

    [Theory]
    [InlineData("three days before Eid")]
    [InlineData("the next Thursday")]
    [InlineData("after the isha prayer")]
    [InlineData("two weeks ago")]
    [InlineData("that day")]
    public void CountsFromEventTold_AnchorNamedOrNoDistance_IsFalse(string text) => Assert.False(DateWords.CountsFromEventTold(text));

    [Theory]
    [InlineData("that day")]
    [InlineData("the same night")]
    [InlineData("that same morning")]
    [InlineData("that afternoon")]
    public void SaysDayTold_DayOfTheEventBefore_IsTrue(string text) => Assert.True(DateWords.SaysDayTold(text));

    [Theory]
    [InlineData("those days")]
    [InlineData("that week")]
    [InlineData("the next day")]
    [InlineData("the morning")]
    public void SaysDayTold_OtherWords_IsFalse(string text) => Assert.False(DateWords.SaysDayTold(text));

    [Theory]
    [InlineData("last year", 1, false)]
    [InlineData("the year before this one", 1, false)]
    [InlineData("this year", 0, false)]
    [InlineData("the year before", 1, true)]
    public void YearsBack_WholeYearCountedBack_CountsAndWhence(string text, int back, bool fromEventTold)
    {
        Assert.Equal(back, DateWords.YearsBack(text, out var fromEvent));
        Assert.Equal(fromEventTold, fromEvent);
    }

    [Theory]
    [InlineData("last month")]
    [InlineData("the 3rd of May last year")]
    [InlineData("two years before")]
    [InlineData("2019")]
    public void YearsBack_MoreThanAYearCountedBack_IsNull(string text) => Assert.Null(DateWords.YearsBack(text, out _));

    [Theory]
    [InlineData("three days before the Eid", true)]
    [InlineData("Eid", true)]
    [InlineData("three days before the big Eid", false)]
    [InlineData("Eid al-Fitr", false)]
    [InlineData("the 3rd of May", false)]
    public void EidUnnamed_Text_SaysWhetherAnEidIsLeftUnnamed(string text, bool expected) =>
        Assert.Equal(expected, DateWords.EidUnnamed(text));

    [Theory]
    [InlineData("the day before Easter", true)]
    [InlineData("Holy Week", true)]
    [InlineData("the Orthodox Easter", false)]
    [InlineData("a week after Fasika", false)]
    [InlineData("the 3rd of May", false)]
    public void EasterUnnamed_Text_SaysWhetherEasterIsLeftUnnamed(string text, bool expected) =>
        Assert.Equal(expected, DateWords.EasterUnnamed(text));

    [Theory]
    [InlineData("It was a week after the Eid, the big Eid. People ran.", 27, "big")]
    [InlineData("It was the day before Eid. The small Eid, after Ramadan.", 25, "small")]
    [InlineData("It was a week after the Eid, the big market.", 27, null)]
    [InlineData("It was a week after the Eid, and then the big Eid came.", 27, null)]
    [InlineData("It was a week after the Eid", 27, null)]
    public void EidNamedAt_WordsAfterTheMention_TheWordSayingWhichEid(string text, int end, string? expected) =>
        Assert.Equal(expected, DateWords.EidNamedAt(text, end));

    [Theory]
    [InlineData("It was 2012 in our calendar, in the dry months.", "2012 in our calendar", 2012)]
    [InlineData("It was 2013, in the Ethiopian calendar.", "2013", 2013)]
    [InlineData("That was in 2014 in our calendar.", "in 2014", 2014)]
    public void OwnCalendarYear_YearOfTheWitnessCalendar_TheYear(string text, string mention, int year)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Equal(year, DateWords.OwnCalendarYear(text, start, start + mention.Length));
    }

    [Theory]
    [InlineData("It was 2015, in the dry months.", "2015")]
    [InlineData("In May 2015 in our calendar it rained.", "May 2015")]
    [InlineData("It was the 3rd of Hamle, in our calendar.", "the 3rd of Hamle")]
    public void OwnCalendarYear_NoCalendarNamedOrNotAYearAlone_Null(string text, string mention)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.Null(DateWords.OwnCalendarYear(text, start, start + mention.Length));
    }
}
