using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateWordsTests
{
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
}
