using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateContextTests
{
    private static readonly DateOnly _interview = new(2019, 4, 2);

    [Fact]
    public void After_ResolvedMention_BecomesPreviousEvent()
    {
        var context = new DateContext(_interview);
        var resolved = DateResolver.Resolve("9 September 2016", context);

        var next = context.After(resolved);

        Assert.Equal(new DateContext(_interview, DateSpan.Day(new DateOnly(2016, 9, 9))), next);
    }

    [Fact]
    public void After_UnresolvedMention_KeepsContext()
    {
        var context = new DateContext(_interview, DateSpan.Day(new DateOnly(2016, 9, 9)));

        var next = context.After(DateResolution.Unresolved("the rainy season"));

        Assert.Same(context, next);
    }

    [Fact]
    public void After_ReadingInOrder_ChainsRelativeDates()
    {
        var context = new DateContext(_interview);
        var days = new List<DateOnly?>();
        foreach (var text in new[] { "the 3rd of March 2017", "two days later", "that night", "the next morning", "Monday" })
        {
            var result = DateResolver.Resolve(text, context);
            days.Add(result.Range.From);
            context = context.After(result);
        }

        Assert.Equal(
            [new DateOnly(2017, 3, 3), new DateOnly(2017, 3, 5), new DateOnly(2017, 3, 5), new DateOnly(2017, 3, 6), new DateOnly(2017, 3, 6)],
            days);
    }

    [Fact]
    public void TryGetSpan_Unresolved_ReturnsFalse()
    {
        var unresolved = new DateResolution(new DateRange("x", null, null), DatePrecision.Unresolved, DateAnchor.None);

        Assert.False(unresolved.TryGetSpan(out _));
        Assert.False(unresolved.IsResolved);
    }

    [Theory]
    [InlineData("2019-04-01", DayOfWeek.Monday, "2019-04-01", "2019-04-07")]
    [InlineData("2019-04-07", DayOfWeek.Sunday, "2019-04-01", "2019-04-07")]
    [InlineData("2019-04-03", DayOfWeek.Wednesday, "2019-04-01", "2019-04-07")]
    public void Week_AnyDay_GivesMondayToSunday(string day, DayOfWeek dayOfWeek, string monday, string sunday)
    {
        var date = DateOnly.Parse(day);
        Assert.Equal(dayOfWeek, date.DayOfWeek);

        Assert.Equal(new DateSpan(DateOnly.Parse(monday), DateOnly.Parse(sunday)), DateSpan.Week(date));
    }
}
