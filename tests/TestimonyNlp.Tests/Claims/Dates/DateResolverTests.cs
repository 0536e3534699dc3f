using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Tests.Claims.Dates;

public sealed class DateResolverTests
{
    // A Tuesday.
    private const string Interview = "2019-04-02";

    // A Friday.
    private const string Event = "2016-09-09";

    private static DateContext Context(string? interview, string? previousFrom = null, string? previousTo = null) =>
        new(interview is null ? null : DateOnly.Parse(interview),
            previousFrom is null ? null : new DateSpan(DateOnly.Parse(previousFrom), DateOnly.Parse(previousTo ?? previousFrom)));

    private static void AssertRange(DateResolution result, string from, string to)
    {
        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
    }

    [Theory]
    [InlineData("9 September 2016", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("September 9, 2016", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("the 9th of September 2016", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("on the ninth of September, 2016", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("9/9/2016", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("13/10/2016", "2016-10-13", "2016-10-13", DatePrecision.Day)]
    [InlineData("9/9/16", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("9.9.2016", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("17.08.21", "2021-08-17", "2021-08-17", DatePrecision.Day)]
    [InlineData("2016-09-09", "2016-09-09", "2016-09-09", DatePrecision.Day)]
    [InlineData("Saturday, 18 November 2017", "2017-11-18", "2017-11-18", DatePrecision.Day)]
    [InlineData("the twenty-first of March 2013", "2013-03-21", "2013-03-21", DatePrecision.Day)]
    [InlineData("September 2016", "2016-09-01", "2016-09-30", DatePrecision.Month)]
    [InlineData("in March 2017", "2017-03-01", "2017-03-31", DatePrecision.Month)]
    [InlineData("2016", "2016-01-01", "2016-12-31", DatePrecision.Year)]
    [InlineData("spring 2017", "2017-03-01", "2017-05-31", DatePrecision.Season)]
    [InlineData("the summer of 2014", "2014-06-01", "2014-08-31", DatePrecision.Season)]
    [InlineData("autumn 2020", "2020-09-01", "2020-11-30", DatePrecision.Season)]
    [InlineData("the winter of 2015", "2015-01-01", "2015-02-28", DatePrecision.PartOfYear)]
    [InlineData("the winter of 2016", "2016-01-01", "2016-02-29", DatePrecision.PartOfYear)]
    [InlineData("early March 2015", "2015-03-01", "2015-03-10", DatePrecision.PartOfMonth)]
    [InlineData("the beginning of June 2017", "2017-06-01", "2017-06-10", DatePrecision.PartOfMonth)]
    [InlineData("the middle of July 2019", "2019-07-10", "2019-07-20", DatePrecision.PartOfMonth)]
    [InlineData("late October 2018", "2018-10-20", "2018-10-31", DatePrecision.PartOfMonth)]
    [InlineData("the end of February 2016", "2016-02-20", "2016-02-29", DatePrecision.PartOfMonth)]
    [InlineData("the end of June 2015", "2015-06-20", "2015-06-30", DatePrecision.PartOfMonth)]
    [InlineData("the first days of January 2020", "2020-01-01", "2020-01-07", DatePrecision.Week)]
    [InlineData("the first week of May 2017", "2017-05-01", "2017-05-07", DatePrecision.Week)]
    [InlineData("the second week of February 2024", "2024-02-08", "2024-02-14", DatePrecision.Week)]
    [InlineData("the last week of October 2023", "2023-10-25", "2023-10-31", DatePrecision.Week)]
    [InlineData("the last day of February 2024", "2024-02-29", "2024-02-29", DatePrecision.Day)]
    [InlineData("mid-2015", "2015-05-01", "2015-08-31", DatePrecision.PartOfYear)]
    [InlineData("early 2019", "2019-01-01", "2019-03-31", DatePrecision.PartOfYear)]
    [InlineData("the end of 2013", "2013-10-01", "2013-12-31", DatePrecision.PartOfYear)]
    [InlineData("the end of the summer of 2016", "2016-08-01", "2016-08-31", DatePrecision.Month)]
    [InlineData("between 2014 and 2016", "2014-01-01", "2016-12-31", DatePrecision.Span)]
    [InlineData("the 28th and 29th of November 2016", "2016-11-28", "2016-11-29", DatePrecision.Days)]
    [InlineData("4th or 5th of June 2024", "2024-06-04", "2024-06-05", DatePrecision.Days)]
    [InlineData("the first Friday of April 2016", "2016-04-01", "2016-04-01", DatePrecision.Day)]
    [InlineData("the last Monday of May 2021", "2021-05-31", "2021-05-31", DatePrecision.Day)]
    [InlineData("Christmas 2021", "2021-12-25", "2021-12-25", DatePrecision.Day)]
    [InlineData("2014-2015", "2014-01-01", "2015-12-31", DatePrecision.Span)]
    [InlineData("from January to March 2017", "2017-01-01", "2017-03-31", DatePrecision.PartOfYear)]
    [InlineData("the night of the 5th to the 6th of June 2020", "2020-06-05", "2020-06-06", DatePrecision.Days)]
    public void Resolve_AbsoluteDate_GivesRangeFromWordsAlone(string text, string from, string to, DatePrecision precision)
    {
        var result = DateResolver.Resolve(text, DateContext.Empty);

        AssertRange(result, from, to);
        Assert.Equal(precision, result.Precision);
        Assert.Equal(DateAnchor.Text, result.Anchor);
        Assert.Equal(text, result.Range.Text);
    }

    [Theory]
    [InlineData("tishrin al-awwal 2015", "2015-10-01", "2015-10-31")]
    [InlineData("Tishreen al-Thani 2015", "2015-11-01", "2015-11-30")]
    [InlineData("kanun al-thani 2016", "2016-01-01", "2016-01-31")]
    [InlineData("Kanun al-Awwal 2016", "2016-12-01", "2016-12-31")]
    [InlineData("Ayyar 2013", "2013-05-01", "2013-05-31")]
    [InlineData("the 12th of Haziran 2014", "2014-06-12", "2014-06-12")]
    [InlineData("Aylul 2012", "2012-09-01", "2012-09-30")]
    [InlineData("Shubat 2018", "2018-02-01", "2018-02-28")]
    public void Resolve_ArabicMonthName_GivesGregorianMonth(string text, string from, string to)
    {
        AssertRange(DateResolver.Resolve(text, DateContext.Empty), from, to);
    }

    [Theory]
    // A day alone takes the previous event's month, else the interview month (the month before when the day is
    // still to come).
    [InlineData("the 12th", Interview, Event, null, "2016-09-12", "2016-09-12", DateAnchor.PreviousEvent)]
    [InlineData("on the 12th", null, "2016-09-01", "2016-09-30", "2016-09-12", "2016-09-12", DateAnchor.PreviousEvent)]
    [InlineData("the 12th", Interview, null, null, "2019-03-12", "2019-03-12", DateAnchor.InterviewDate)]
    [InlineData("the 1st", Interview, null, null, "2019-04-01", "2019-04-01", DateAnchor.InterviewDate)]
    [InlineData("the 9th or the 10th", null, Event, null, "2016-09-09", "2016-09-10", DateAnchor.PreviousEvent)]
    [InlineData("around the 8th", null, "2023-11-01", null, "2023-11-06", "2023-11-10", DateAnchor.PreviousEvent)]
    [InlineData("the middle of the month", null, "2016-11-05", null, "2016-11-10", "2016-11-20", DateAnchor.PreviousEvent)]
    [InlineData("the first week", null, "2015-04-20", null, "2015-04-20", "2015-04-27", DateAnchor.PreviousEvent)]
    [InlineData("the second week", null, "2015-04-20", null, "2015-04-08", "2015-04-14", DateAnchor.PreviousEvent)]
    // A day and month take the year of the nearest such day to the previous event, never after the interview.
    [InlineData("12 October", Interview, Event, null, "2016-10-12", "2016-10-12", DateAnchor.PreviousEvent)]
    [InlineData("the 3rd of October", null, "2015-09-20", null, "2015-10-03", "2015-10-03", DateAnchor.PreviousEvent)]
    [InlineData("12 October", Interview, null, null, "2018-10-12", "2018-10-12", DateAnchor.InterviewDate)]
    [InlineData("12 October", "2019-10-20", null, null, "2019-10-12", "2019-10-12", DateAnchor.InterviewDate)]
    [InlineData("27/11", Interview, null, null, "2018-11-27", "2018-11-27", DateAnchor.InterviewDate)]
    [InlineData("16.08", Interview, null, null, "2018-08-16", "2018-08-16", DateAnchor.InterviewDate)]
    [InlineData("The fourth of the second month", Interview, null, null, "2019-02-04", "2019-02-04", DateAnchor.InterviewDate)]
    [InlineData("October", Interview, null, null, "2018-10-01", "2018-10-31", DateAnchor.InterviewDate)]
    [InlineData("in March", Interview, null, null, "2019-03-01", "2019-03-31", DateAnchor.InterviewDate)]
    [InlineData("the end of June", Interview, null, null, "2018-06-20", "2018-06-30", DateAnchor.InterviewDate)]
    [InlineData("early March", null, "2015-01-10", null, "2015-03-01", "2015-03-10", DateAnchor.PreviousEvent)]
    [InlineData("December", "2024-03-18", "2024-02-15", null, "2023-12-01", "2023-12-31", DateAnchor.PreviousEvent)]
    [InlineData("February", "2019-03-11", "2018-10-01", null, "2019-02-01", "2019-02-28", DateAnchor.PreviousEvent)]
    [InlineData("June", null, "2016-01-01", "2016-12-31", "2016-06-01", "2016-06-30", DateAnchor.PreviousEvent)]
    [InlineData("the summer", Interview, "2016-01-01", "2016-12-31", "2018-06-01", "2018-08-31", DateAnchor.InterviewDate)]
    [InlineData("the summer", Interview, "2016-05-01", "2016-05-31", "2016-06-01", "2016-08-31", DateAnchor.PreviousEvent)]
    [InlineData("August", "2024-10-17", "2020-01-01", "2020-12-31", "2024-08-01", "2024-08-31", DateAnchor.InterviewDate)]
    [InlineData("August", "2024-10-17", "2020-06-01", "2020-08-31", "2024-08-01", "2024-08-31", DateAnchor.InterviewDate)]
    [InlineData("August", "2024-10-17", "2020-07-01", "2020-07-31", "2020-08-01", "2020-08-31", DateAnchor.PreviousEvent)]
    [InlineData("the winter", null, "2015-01-01", "2015-12-31", "2015-12-01", "2016-02-29", DateAnchor.PreviousEvent)]
    [InlineData("the winter", null, "2017-01-20", null, "2016-12-01", "2017-02-28", DateAnchor.PreviousEvent)]
    [InlineData("the 8th of February", "2017-04-02", "2014-01-01", "2014-02-28", "2014-02-08", "2014-02-08", DateAnchor.PreviousEvent)]
    // A weekday is the one within three days of a one-day previous event, or inside a previous week.
    [InlineData("Monday", Interview, Event, null, "2016-09-12", "2016-09-12", DateAnchor.PreviousEvent)]
    [InlineData("a Wednesday", Interview, Event, null, "2016-09-07", "2016-09-07", DateAnchor.PreviousEvent)]
    [InlineData("that Saturday", null, Event, null, "2016-09-10", "2016-09-10", DateAnchor.PreviousEvent)]
    [InlineData("the Sunday", null, "2024-09-02", "2024-09-08", "2024-09-08", "2024-09-08", DateAnchor.PreviousEvent)]
    [InlineData("Friday morning", null, "2016-09-07", null, "2016-09-09", "2016-09-09", DateAnchor.PreviousEvent)]
    [InlineData("Sunday, the 11th", null, Event, null, "2016-09-11", "2016-09-11", DateAnchor.PreviousEvent)]
    [InlineData("last Friday", Interview, null, null, "2019-03-29", "2019-03-29", DateAnchor.InterviewDate)]
    // A weekday named with a day picks the month or year where they agree.
    [InlineData("Sunday, the 22nd", "2024-02-20", null, null, "2023-10-22", "2023-10-22", DateAnchor.InterviewDate)]
    [InlineData("Friday, the 22nd of September", Interview, null, null, "2017-09-22", "2017-09-22", DateAnchor.InterviewDate)]
    [InlineData("the 31st", Interview, null, null, "2019-03-31", "2019-03-31", DateAnchor.InterviewDate)]
    // Equally near before and after the previous event: the later one.
    [InlineData("December", "2025-02-03", "2024-06-16", null, "2024-12-01", "2024-12-31", DateAnchor.PreviousEvent)]
    [InlineData("next Friday", null, Event, null, "2016-09-16", "2016-09-16", DateAnchor.PreviousEvent)]
    public void Resolve_PartialDate_TakesTheRestFromContext(
        string text, string? interview, string? previousFrom, string? previousTo, string from, string to, DateAnchor anchor)
    {
        var result = DateResolver.Resolve(text, Context(interview, previousFrom, previousTo));

        AssertRange(result, from, to);
        Assert.Equal(anchor, result.Anchor);
    }

    [Theory]
    [InlineData("Eid al-Fitr", "2016-06-20", "2016-07-06", "2016-07-06")]
    [InlineData("the small Eid", "2016-06-20", "2016-07-06", "2016-07-06")]
    [InlineData("Eid al-Adha", "2016-08-01", "2016-09-12", "2016-09-12")]
    [InlineData("the big Eid", "2016-08-01", "2016-09-12", "2016-09-12")]
    [InlineData("Eid al-Kabir", "2016-08-01", "2016-09-12", "2016-09-12")]
    [InlineData("Tabaski", "2023-07-01", "2023-06-28", "2023-06-28")]
    [InlineData("Eid", "2016-06-20", "2016-07-06", "2016-07-06")]
    [InlineData("the day of Eid", "2016-08-25", "2016-09-12", "2016-09-12")]
    [InlineData("three days before Eid", "2016-06-20", "2016-07-03", "2016-07-03")]
    [InlineData("three days before Eid al-Adha", "2016-09-01", "2016-09-09", "2016-09-09")]
    [InlineData("two days after Eid al-Fitr", "2024-04-01", "2024-04-12", "2024-04-12")]
    [InlineData("the second day of Eid", "2018-06-10", "2018-06-16", "2018-06-16")]
    [InlineData("the third day of Eid al-Adha", "2024-06-01", "2024-06-18", "2024-06-18")]
    [InlineData("the Thursday before Eid al-Adha", "2015-09-01", "2015-09-17", "2015-09-17")]
    [InlineData("Ramadan", "2019-05-20", "2019-05-06", "2019-06-03")]
    [InlineData("the month of Ramadan", "2020-05-01", "2020-04-24", "2020-05-23")]
    [InlineData("the 7th of Ramadan", "2019-05-01", "2019-05-12", "2019-05-12")]
    [InlineData("the first day of Ramadan", "2018-05-01", "2018-05-17", "2018-05-17")]
    [InlineData("the end of Ramadan", "2019-05-01", "2019-05-25", "2019-06-03")]
    [InlineData("the first week of Ramadan", "2018-05-01", "2018-05-17", "2018-05-23")]
    [InlineData("the first Friday of Ramadan", "2020-04-01", "2020-04-24", "2020-04-24")]
    [InlineData("two weeks before Ramadan", "2016-05-01", "2016-05-23", "2016-05-23")]
    [InlineData("Sha'ban", "2016-05-01", "2016-05-08", "2016-06-05")]
    [InlineData("Shawwal", "2015-07-20", "2015-07-17", "2015-08-15")]
    [InlineData("the 27th of Saratan", "2021-07-01", "2021-07-18", "2021-07-18")]
    [InlineData("the end of Asad", "2021-08-01", "2021-08-11", "2021-08-22")]
    [InlineData("the month of Mizan", "2018-10-01", "2018-09-23", "2018-10-22")]
    public void Resolve_ReligiousOrLocalCalendar_TakesYearFromPreviousEvent(string text, string previous, string from, string to)
    {
        var result = DateResolver.Resolve(text, Context(null, previous));

        AssertRange(result, from, to);
        Assert.Equal(DateAnchor.PreviousEvent, result.Anchor);
    }

    [Theory]
    [InlineData("Ramadan 2014", "2014-06-28", "2014-07-27", DatePrecision.Month)]
    [InlineData("Eid al-Adha 2016", "2016-09-12", "2016-09-12", DatePrecision.Day)]
    [InlineData("Eid al-Fitr 2024", "2024-04-10", "2024-04-10", DatePrecision.Day)]
    [InlineData("the 10th of Ramadan 2015", "2015-06-27", "2015-06-27", DatePrecision.Day)]
    [InlineData("Ashura 2018", "2018-09-20", "2018-09-20", DatePrecision.Day)]
    [InlineData("Ramadan 1435", "2014-06-28", "2014-07-27", DatePrecision.Month)]
    [InlineData("the last ten days of Ramadan 2014", "2014-07-18", "2014-07-27", DatePrecision.PartOfMonth)]
    [InlineData("the twelfth night of Ramadan 2017", "2017-06-07", "2017-06-07", DatePrecision.Day)]
    [InlineData("the 10th of Ramadan 1436", "2015-06-27", "2015-06-27", DatePrecision.Day)]
    [InlineData("Rabi al-Thani 1440", "2018-12-08", "2019-01-06", DatePrecision.Month)]
    [InlineData("Eid al-Adha 1437", "2016-09-12", "2016-09-12", DatePrecision.Day)]
    [InlineData("the second day of Eid al-Fitr 1439", "2018-06-16", "2018-06-16", DatePrecision.Day)]
    [InlineData("Asad 1400", "2021-07-23", "2021-08-22", DatePrecision.Month)]
    [InlineData("the 15th of Jawza 1397", "2018-06-05", "2018-06-05", DatePrecision.Day)]
    public void Resolve_FestivalWithYear_GivesTheDayKept(string text, string from, string to, DatePrecision precision)
    {
        var result = DateResolver.Resolve(text, DateContext.Empty);

        AssertRange(result, from, to);
        Assert.Equal(precision, result.Precision);
    }

    [Theory]
    [InlineData("Easter 2023", "2023-04-09", "2023-04-09")]
    [InlineData("Good Friday 2023", "2023-04-07", "2023-04-07")]
    [InlineData("Palm Sunday 2023", "2023-04-02", "2023-04-02")]
    [InlineData("Holy Week 2023", "2023-04-02", "2023-04-08")]
    [InlineData("Semana Santa 2023", "2023-04-02", "2023-04-08")]
    [InlineData("Easter 2019", "2019-04-21", "2019-04-21")]
    [InlineData("Orthodox Easter 2022", "2022-04-24", "2022-04-24")]
    [InlineData("Fasika 2021", "2021-05-02", "2021-05-02")]
    [InlineData("Genna 2021", "2021-01-07", "2021-01-07")]
    [InlineData("Orthodox Christmas 2022", "2022-01-07", "2022-01-07")]
    [InlineData("Christmas Eve 2020", "2020-12-24", "2020-12-24")]
    [InlineData("Nowruz 2017", "2017-03-21", "2017-03-21")]
    [InlineData("Newroz 2016", "2016-03-20", "2016-03-20")]
    [InlineData("Mawlid 2019", "2019-11-09", "2019-11-09")]
    [InlineData("Shab-e-Barat 2024", "2024-02-25", "2024-02-25")]
    [InlineData("Laylat al-Qadr 2018", "2018-06-12", "2018-06-12")]
    public void Resolve_OtherFeastWithYear_GivesItsDay(string text, string from, string to)
    {
        AssertRange(DateResolver.Resolve(text, DateContext.Empty), from, to);
    }

    [Theory]
    [InlineData("Sábado Santo", "2023-04-01", "2023-04-08")]
    [InlineData("two days after Nowruz", "2017-03-01", "2017-03-23")]
    [InlineData("the day before Easter", "2023-04-01", "2023-04-08")]
    public void Resolve_OtherFeastInContext_TakesYearFromPreviousEvent(string text, string previous, string expected)
    {
        AssertRange(DateResolver.Resolve(text, Context(null, previous)), expected, expected);
    }

    [Theory]
    [InlineData("the big Sallah 2019", "2019-08-11")]
    [InlineData("the small Sallah 2021", "2021-05-13")]
    public void Resolve_SallahNamed_IsThatEid(string text, string day)
    {
        AssertRange(DateResolver.Resolve(text, DateContext.Empty), day, day);
    }

    [Theory]
    [InlineData("Thingyan 2023", "2023-04-13", "2023-04-16")]
    [InlineData("two days before Thingyan", "2022-04-11", "2022-04-11")]
    public void Resolve_Thingyan_IsTheWaterFestivalInApril(string text, string from, string to)
    {
        AssertRange(DateResolver.Resolve(text, Context("2022-05-22")), from, to);
    }

    [Theory]
    [InlineData("the feast of the Christians 2019", "2019-12-25")]
    [InlineData("the Christian feast 2019", "2019-12-25")]
    [InlineData("the Easter of the Christians 2019", "2019-04-21")]
    public void Resolve_FeastOfTheChristians_IsChristmasUnlessAnotherFeastIsNamed(string text, string day)
    {
        AssertRange(DateResolver.Resolve(text, DateContext.Empty), day, day);
    }

    [Theory]
    [InlineData("the second half of January 2020", "2020-01-16", "2020-01-31")]
    [InlineData("the first half of June 2023", "2023-06-01", "2023-06-15")]
    public void Resolve_HalfOfAMonth_FirstFifteenDaysOrTheRest(string text, string from, string to)
    {
        AssertRange(DateResolver.Resolve(text, DateContext.Empty), from, to);
    }

    [Fact]
    public void Resolve_HalfPastAnHour_StaysATimeOfTheDayBefore()
    {
        AssertRange(DateResolver.Resolve("half past ten", Context(null, Event)), Event, Event);
    }

    [Fact]
    public void Resolve_HolyMonthOfRamadan_IsRamadanNotEaster()
    {
        AssertRange(DateResolver.Resolve("the holy month of Ramadan", Context(null, "2019-05-20")), "2019-05-06", "2019-06-03");
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("12.5")]
    [InlineData("16.13")]
    public void Resolve_DecimalNumber_IsUnresolved(string text)
    {
        Assert.False(DateResolver.Resolve(text, Context(Interview)).IsResolved);
    }

    [Fact]
    public void Resolve_EidAloneInAYearWithBothEids_IsUnresolved()
    {
        var result = DateResolver.Resolve("Eid", Context(null, "2016-01-01", "2016-12-31"));

        Assert.False(result.IsResolved);
        Assert.Equal("Eid", result.Range.Text);
    }

    [Theory]
    [InlineData("last spring", Interview, "2018-03-01", "2018-05-31")]
    [InlineData("last spring", "2019-07-10", "2019-03-01", "2019-05-31")]
    [InlineData("last summer", "2019-12-01", "2019-06-01", "2019-08-31")]
    [InlineData("last July", Interview, "2018-07-01", "2018-07-31")]
    [InlineData("last Eid", Interview, "2018-08-21", "2018-08-21")]
    [InlineData("last year", Interview, "2018-01-01", "2018-12-31")]
    [InlineData("Last year", "2019-01-15", "2018-01-01", "2018-12-31")]
    [InlineData("this year", Interview, "2019-01-01", "2019-04-02")]
    [InlineData("this summer", "2019-07-10", "2019-06-01", "2019-07-10")]
    [InlineData("last month", Interview, "2019-03-01", "2019-03-31")]
    [InlineData("this month", Interview, "2019-04-01", "2019-04-02")]
    [InlineData("last week", Interview, "2019-03-25", "2019-03-31")]
    [InlineData("last night", Interview, "2019-04-01", "2019-04-01")]
    [InlineData("yesterday", Interview, "2019-04-01", "2019-04-01")]
    [InlineData("the day before yesterday", Interview, "2019-03-31", "2019-03-31")]
    [InlineData("today", Interview, "2019-04-02", "2019-04-02")]
    [InlineData("ten days ago", Interview, "2019-03-23", "2019-03-23")]
    [InlineData("three weeks ago", Interview, "2019-03-11", "2019-03-17")]
    [InlineData("three months ago", Interview, "2019-01-01", "2019-01-31")]
    [InlineData("two years ago", Interview, "2017-01-01", "2017-12-31")]
    [InlineData("a few years ago", Interview, "2014-01-01", "2017-12-31")]
    [InlineData("March last year", Interview, "2018-03-01", "2018-03-31")]
    [InlineData("Ramadan last year", Interview, "2018-05-17", "2018-06-14")]
    [InlineData("January of this year", Interview, "2019-01-01", "2019-01-31")]
    [InlineData("a week before", Interview, "2019-03-26", "2019-03-26")]
    [InlineData("a week before the attack", Interview, "2019-03-26", "2019-03-26")]
    [InlineData("Friday 25 August", "2018-06-21", "2017-08-25", "2017-08-25")]
    [InlineData("the night of 14 September", Interview, "2018-09-14", "2018-09-14")]
    public void Resolve_RelativeToInterview_CountsFromInterviewDate(string text, string interview, string from, string to)
    {
        var result = DateResolver.Resolve(text, Context(interview));

        AssertRange(result, from, to);
        Assert.Equal(DateAnchor.InterviewDate, result.Anchor);
    }

    [Theory]
    [InlineData("two weeks later", "2016-09-23", "2016-09-23")]
    [InlineData("three days after", "2016-09-12", "2016-09-12")]
    [InlineData("after three days", "2016-09-12", "2016-09-12")]
    [InlineData("a week later", "2016-09-16", "2016-09-16")]
    [InlineData("one week before", "2016-09-02", "2016-09-02")]
    [InlineData("a week before the attack", "2016-09-02", "2016-09-02")]
    [InlineData("two days after they entered", "2016-09-11", "2016-09-11")]
    [InlineData("the next day", "2016-09-10", "2016-09-10")]
    [InlineData("the following morning", "2016-09-10", "2016-09-10")]
    [InlineData("the day after", "2016-09-10", "2016-09-10")]
    [InlineData("the day before", "2016-09-08", "2016-09-08")]
    [InlineData("the night before", "2016-09-08", "2016-09-08")]
    [InlineData("the previous day", "2016-09-08", "2016-09-08")]
    [InlineData("that night", "2016-09-09", "2016-09-09")]
    [InlineData("that day", "2016-09-09", "2016-09-09")]
    [InlineData("the same day", "2016-09-09", "2016-09-09")]
    [InlineData("that same night", "2016-09-09", "2016-09-09")]
    [InlineData("the morning", "2016-09-09", "2016-09-09")]
    [InlineData("after the isha prayer", "2016-09-09", "2016-09-09")]
    [InlineData("before iftar", "2016-09-09", "2016-09-09")]
    [InlineData("ten in the morning", "2016-09-09", "2016-09-09")]
    [InlineData("around eleven", "2016-09-09", "2016-09-09")]
    [InlineData("half an hour later", "2016-09-09", "2016-09-09")]
    [InlineData("later that day", "2016-09-09", "2016-09-09")]
    [InlineData("the middle of the night", "2016-09-09", "2016-09-09")]
    [InlineData("the early morning", "2016-09-09", "2016-09-09")]
    [InlineData("the end of the month", "2016-09-20", "2016-09-30")]
    [InlineData("the last day of the month", "2016-09-30", "2016-09-30")]
    [InlineData("a few days later", "2016-09-11", "2016-09-14")]
    [InlineData("the next days", "2016-09-10", "2016-09-16")]
    [InlineData("the week before", "2016-09-02", "2016-09-08")]
    [InlineData("the week after", "2016-09-10", "2016-09-16")]
    [InlineData("the following week", "2016-09-12", "2016-09-18")]
    [InlineData("the same week", "2016-09-05", "2016-09-11")]
    [InlineData("that month", "2016-09-01", "2016-09-30")]
    [InlineData("the same year", "2016-01-01", "2016-12-31")]
    [InlineData("the next year", "2017-01-01", "2017-12-31")]
    [InlineData("two months later", "2016-11-01", "2016-11-30")]
    [InlineData("two years later", "2018-01-01", "2018-12-31")]
    [InlineData("the winter before", "2015-12-01", "2016-02-29")]
    [InlineData("the next summer", "2017-06-01", "2017-08-31")]
    [InlineData("two days after Christmas", "2016-12-27", "2016-12-27")]
    public void Resolve_RelativeToPreviousEvent_CountsFromIt(string text, string from, string to)
    {
        var result = DateResolver.Resolve(text, Context(Interview, Event));

        AssertRange(result, from, to);
        Assert.Equal(DateAnchor.PreviousEvent, result.Anchor);
    }

    [Theory]
    [InlineData("two days later", "2017-03-01", "2017-03-31")]
    [InlineData("the next day", "2017-03-01", "2017-03-31")]
    [InlineData("two weeks later", "2017-03-15", "2017-04-14")]
    [InlineData("that day", "2017-03-01", "2017-03-31")]
    [InlineData("the 12th", "2017-03-12", "2017-03-12")]
    public void Resolve_PreviousEventIsAMonth_KeepsMovesOrNarrowsTheMonth(string text, string from, string to)
    {
        AssertRange(DateResolver.Resolve(text, Context(null, "2017-03-01", "2017-03-31")), from, to);
    }

    [Theory]
    [InlineData("that night", null, null)]
    [InlineData("the same day", Interview, null)]
    [InlineData("two days later", Interview, null)]
    [InlineData("the next day", Interview, null)]
    [InlineData("Monday", Interview, null)]
    [InlineData("Friday", null, "2015-05-01")]
    [InlineData("the 12th", null, "2016-01-01")]
    [InlineData("last year", null, Event)]
    [InlineData("yesterday", null, Event)]
    [InlineData("two years ago", null, Event)]
    [InlineData("October", null, null)]
    [InlineData("Ramadan", null, null)]
    [InlineData("the second day of Eid", null, null)]
    [InlineData("after 2014", Interview, Event)]
    [InlineData("after the market", Interview, Event)]
    [InlineData("the second day of the fighting", Interview, Event)]
    [InlineData("every night", null, null)]
    [InlineData("31 February 2016", null, null)]
    [InlineData("Ramadan 1985", null, null)]
    [InlineData("", Interview, Event)]
    public void Resolve_NothingToPlaceIt_KeepsTextWithoutRange(string text, string? interview, string? previous)
    {
        var result = DateResolver.Resolve(text, Context(interview, previous, previous == "2016-01-01" ? "2016-12-31" : previous == "2015-05-01" ? "2015-05-31" : null));

        Assert.False(result.IsResolved);
        Assert.Null(result.Range.From);
        Assert.Null(result.Range.To);
        Assert.Equal(text, result.Range.Text);
        Assert.Equal(DatePrecision.Unresolved, result.Precision);
        Assert.Equal(DateAnchor.None, result.Anchor);
    }

    [Theory]
    [InlineData("after Christmas 2018", "2018-12-26", "2018-12-31")]
    [InlineData("before Christmas 2018", "2018-12-01", "2018-12-24")]
    [InlineData("just after Christmas 2018", "2018-12-26", "2018-12-31")]
    public void Resolve_BeforeOrAfterFeast_IsRestOfItsMonth(string text, string from, string to)
    {
        var result = DateResolver.Resolve(text, DateContext.Empty);

        AssertRange(result, from, to);
    }

    [Fact]
    public void Resolve_BeforeRamadanBeginningInTheFirstDaysOfAMonth_ReachesIntoTheMonthBefore()
    {
        // Ramadan 2016 begins on the 6th of June.
        var result = DateResolver.Resolve("before Ramadan", Context(Interview, "2016-05-01"));

        AssertRange(result, "2016-05-01", "2016-06-05");
    }

    [Fact]
    public void Resolve_BeforeRamadanBeginningLateInAMonth_IsOnlyThatMonth()
    {
        // Ramadan 2015 begins on the 18th of June.
        var result = DateResolver.Resolve("before Ramadan 2015", DateContext.Empty);

        AssertRange(result, "2015-06-01", "2015-06-17");
    }

    [Theory]
    [InlineData("after the Eid", "2020-06-01", "2020-06-30", "2020-06-01", "2020-06-30")] // Eid al-Fitr on 24 May
    [InlineData("after the Eid", "2018-06-01", "2018-06-30", "2018-06-16", "2018-06-30")] // Eid al-Fitr on 15 June
    [InlineData("before the Eid", "2018-08-01", "2018-08-31", "2018-08-01", "2018-08-20")] // Eid al-Adha on 21 August
    public void Resolve_UnnamedEidCountedFromAMonthTold_IsTheEidThatMonthReaches(
        string text, string monthFrom, string monthTo, string from, string to)
    {
        var result = DateResolver.Resolve(text, Context(null, monthFrom, monthTo));

        AssertRange(result, from, to);
    }

    [Fact]
    public void Resolve_NamedEidCountedFromAMonthTold_IsRestOfItsOwnMonth()
    {
        // Eid al-Adha 2018 falls on the 21st of August, outside the June told.
        var result = DateResolver.Resolve("after Eid al-Adha", Context(Interview, "2018-06-01", "2018-06-30"));

        AssertRange(result, "2018-08-22", "2018-08-31");
    }

    [Theory]
    [InlineData("the rainy season of 2012", "2012-06-01", "2012-09-30")]
    [InlineData("the rains of 2012", "2012-06-01", "2012-09-30")]
    [InlineData("the end of the rainy season of 2012", "2012-09-01", "2012-09-30")]
    public void Resolve_RainySeason_IsJuneToSeptember(string text, string from, string to)
    {
        var result = DateResolver.Resolve(text, DateContext.Empty);

        AssertRange(result, from, to);
    }

    [Fact]
    public void Resolve_SpanOverload_MatchesStringOverload()
    {
        var context = Context(Interview, Event);
        var fromSpan = DateResolver.Resolve("the day after".AsSpan(), context);
        var fromString = DateResolver.Resolve("the day after", context);

        Assert.Equal(fromString, fromSpan);
    }

    [Fact]
    public void Resolve_CurlyApostropheAndCase_ReadLikePlainOnes()
    {
        var result = DateResolver.Resolve("SHA\u2019BAN 2016", DateContext.Empty);

        AssertRange(result, "2016-05-08", "2016-06-05");
    }

    [Fact]
    public void Resolve_VeryLongMention_ReadsOnlyItsFirstTokens()
    {
        var text = "9 September 2016" + string.Concat(Enumerable.Repeat(" and then", 100));

        var result = DateResolver.Resolve(text, DateContext.Empty);

        AssertRange(result, "2016-09-09", "2016-09-09");
    }

    [Fact]
    public void Resolve_NullContext_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DateResolver.Resolve("2016", null!));
    }
}

public sealed class DateResolverYearJustToldTests
{
    private static DateContext YearTold(bool justTold) =>
        new DateContext(new DateOnly(2023, 12, 6), new DateSpan(new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31)))
        {
            YearJustTold = justTold,
        };

    [Theory]
    [InlineData("the 24th of July", true, "2014-07-24", "2014-07-24")]
    [InlineData("the 24th of July", false, "2023-07-24", "2023-07-24")]
    [InlineData("August", true, "2014-08-01", "2014-08-31")]
    [InlineData("August", false, "2023-08-01", "2023-08-31")]
    public void Resolve_WholeYearToldJustBefore_TakesThatYearElseTheInterviewYear(string text, bool justTold, string from, string to)
    {
        var result = DateResolver.Resolve(text, YearTold(justTold));

        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
    }

    [Theory]
    [InlineData("Eid", "2014-07-28", "2014-10-04")]
    [InlineData("the day of Eid", "2014-07-28", "2014-10-04")]
    [InlineData("a week after Eid", "2014-08-04", "2014-10-11")]
    [InlineData("two days before the Eid", "2014-07-26", "2014-10-02")]
    public void Resolve_EidInWholeYearToldJustBefore_SpansBothEidsOfThatYear(string text, string from, string to)
    {
        var result = DateResolver.Resolve(text, YearTold(justTold: true));

        Assert.Equal(DateOnly.Parse(from), result.Range.From);
        Assert.Equal(DateOnly.Parse(to), result.Range.To);
        Assert.Equal(DateAnchor.PreviousEvent, result.Anchor);
    }

    [Fact]
    public void Resolve_EidAfterSeasonToldJustBefore_SpansTheEidsOfThatSeason()
    {
        var summer = new DateContext(new DateOnly(2020, 9, 30), new DateSpan(new DateOnly(2019, 6, 1), new DateOnly(2019, 8, 31)))
        {
            YearJustTold = true,
        };

        var result = DateResolver.Resolve("one week after Eid", summer);

        Assert.Equal(new DateOnly(2019, 6, 11), result.Range.From);
        Assert.Equal(new DateOnly(2019, 8, 18), result.Range.To);
    }
}
