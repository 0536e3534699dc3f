using TestimonyNlp.Tests.Support;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Entities;

public sealed class DateNormaliserTests
{
    private static List<EntityMention> Normalise(string content, DateOnly? interview, params string[] dates)
    {
        var document = CraftedTranscript.WitnessDocument(content, new TestimonyMetadata { InterviewDate = interview });
        return NormaliseIn(document, content, dates);
    }

    [Fact]
    public void Process_DayAndMonthWithNoYearNorInterviewDate_NullButYearless()
    {
        var entities = Normalise(
            "On the 12th of March the planes came over Saraqib. The next day they came back.",
            null,
            "the 12th of March",
            "The next day");

        Assert.Equal<string?>([null, null], entities.Select(e => e.Normalized));
        Assert.Equal<DateOnly?>([new DateOnly(2000, 3, 12), new DateOnly(2000, 3, 13)], entities.Select(e => e.Yearless?.From));
    }

    [Fact]
    public void Process_DayCountedFromTheInterviewWithNoInterviewDate_NotYearless()
    {
        // "Yesterday" falls on other days of the year from each placeholder interview: nothing told in the words.
        var entities = Normalise(
            "Yesterday the planes came over Saraqib.",
            null,
            "Yesterday");

        Assert.Null(Assert.Single(entities).Yearless);
    }

    [Fact]
    public void Process_YearInTheWitnessCalendarThenAMonth_MonthOfThatEthiopianYear()
    {
        var entities = Normalise(
            "It was 2014 in our calendar. In October the shells fell on the mill of Almaz Tesfaye.",
            new DateOnly(2025, 3, 1),
            "2014 in our calendar",
            "In October");

        Assert.Equal<string?>(["2021-09-11..2022-09-10", "2021-10-01..2021-10-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenItsMonth_DayOfThatMonth()
    {
        var entities = Normalise(
            "In 2019 the war came to Idlib. The 8th, in May, the shells fell on our street.",
            null,
            "2019",
            "The 8th",
            "May");

        Assert.Equal("2019-05-08", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayAloneAfterASeasonTold_DayOfTheLastMonthTold()
    {
        var entities = Normalise(
            "On the 6th of October the siege began. We had come back in the spring. On the 12th the planes hit the clinic.",
            new DateOnly(2024, 12, 2),
            "the 6th of October",
            "the spring",
            "the 12th");

        Assert.Equal("2024-10-12", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayAloneAfterAYearCountedFromTheInterview_NotPlacedInAnEarlierMonth()
    {
        var entities = Normalise(
            "In October 2015 we left Kunduz. Last year, at the harvest, on the 14th, the mill of Rahim burned.",
            new DateOnly(2020, 3, 11),
            "October 2015",
            "Last year",
            "the 14th");

        Assert.Null(entities[2].Normalized);
    }

    [Fact]
    public void Process_OrdinalMonthAfterAYearTold_NotReadAsADay()
    {
        var entities = Normalise(
            "In September 2018 the road was closed. In 2019, the first month, the clinic of Farid was shelled.",
            new DateOnly(2020, 3, 11),
            "September 2018",
            "2019",
            "the first month");

        Assert.NotEqual("2018-09-01", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayPlacedFromTheEventBeforeThenAPartOfAMonth_DayOfThatMonth()
    {
        var entities = Normalise(
            "On the 20th of November the road was closed. The house of Nabil fell on the 2nd, early October, at dawn.",
            new DateOnly(2024, 12, 15),
            "the 20th of November",
            "the 2nd",
            "early October");

        Assert.Equal("2024-10-02", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayPlacedFromTheEventBeforeThenAnotherDay_KeepsItsMonth()
    {
        var entities = Normalise(
            "On the 20th of November the road was closed. It was the 2nd, the 3rd of December, when the house of Nabil fell.",
            new DateOnly(2024, 12, 15),
            "the 20th of November",
            "the 2nd",
            "the 3rd of December");

        Assert.Equal("2024-12-02", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayThenAMonthAfterOtherWords_DayNotPlacedInIt()
    {
        var entities = Normalise(
            "In 2019 the war came to Idlib. The 8th the shells fell on our street, and we left in May.",
            null,
            "2019",
            "The 8th",
            "May");

        Assert.Null(entities[1].Normalized);
    }

    [Fact]
    public void Process_DayAndMonthWithAnInterviewDate_ResolvedNotYearless()
    {
        var entities = Normalise(
            "On the 12th of March the planes came over Saraqib.",
            new DateOnly(2019, 4, 2),
            "the 12th of March");

        Assert.Equal("2019-03-12", Assert.Single(entities).Normalized);
        Assert.Null(entities[0].Yearless);
    }

    [Fact]
    public void Process_FullDateThenRelativeDay_EachResolvedAgainstTheOneBefore()
    {
        var entities = Normalise(
            "On 9 September 2016 the planes came over Saraqib. The next day they came back.",
            new DateOnly(2019, 4, 2),
            "9 September 2016",
            "The next day");

        Assert.Equal<string?>(["2016-09-09", "2016-09-10"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_YearThenDayOfMonth_DayTakesTheYearJustTold()
    {
        var entities = Normalise(
            "In 2014 we still lived in Ariha. On the 24th of July the market was shelled.",
            new DateOnly(2019, 4, 2),
            "2014",
            "the 24th of July");

        Assert.Equal<string?>(["2014-01-01..2014-12-31", "2014-07-24"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_EidNamedJustAfterTheMention_ThatEid()
    {
        var entities = Normalise(
            "In June the fighting reached Hays. It was one week after the Eid, the big Eid, when the farm burned.",
            new DateOnly(2019, 2, 11),
            "June",
            "one week after the Eid");

        Assert.Equal<string?>(["2018-06-01..2018-06-30", "2018-08-28"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DaysBeforeEidAlAdhaOf2016_CountedFromTheDayItWasKept()
    {
        var entities = Normalise(
            "The market in Ariha was full. It was three days before Eid al-Adha when the jets came.",
            new DateOnly(2017, 3, 2),
            "three days before Eid al-Adha");

        Assert.Equal<string?>(["2016-09-09"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_FeastTaggedWithoutTheBeforeJustAheadOfIt_DaysBeforeTheFeast()
    {
        var entities = Normalise(
            "In 2016 we lived in Ariha. Before Eid al-Adha the jets hit the market.",
            new DateOnly(2017, 3, 2),
            "2016",
            "Eid al-Adha");

        Assert.Equal("2016-09-01..2016-09-11", entities[1].Normalized);
    }

    [Fact]
    public void Process_FastTaggedWithoutTheAfterJustAheadOfIt_RestOfTheMonthAfterTheFast()
    {
        var entities = Normalise(
            "In 2012 we lived in Homs. After Ramadan we left for Tripoli.",
            new DateOnly(2013, 5, 4),
            "2012",
            "Ramadan");

        Assert.Equal("2012-08-19..2012-08-31", entities[1].Normalized);
    }

    [Fact]
    public void Process_DistanceBeforeTheWordAheadOfTheFast_TheFastItself()
    {
        var entities = Normalise(
            "In 2012 we lived in Homs. Two weeks before Ramadan the shelling began.",
            new DateOnly(2013, 5, 4),
            "2012",
            "Ramadan");

        Assert.Equal("2012-07-20..2012-08-18", entities[1].Normalized);
    }

    [Fact]
    public void Process_MonthWithAfterJustAheadOfIt_TheMonthItself()
    {
        var entities = Normalise(
            "In 2012 we lived in Homs. After June the shelling began.",
            new DateOnly(2013, 5, 4),
            "2012",
            "June");

        Assert.Equal("2012-06-01..2012-06-30", entities[1].Normalized);
    }

    [Fact]
    public void Process_EasterInATestimonyFromUkraine_OrthodoxEaster()
    {
        var entities = Normalise(
            "We stayed in Orikhiv, in Zaporizhzhia oblast. In April, the day before Easter, the shells fell on our street.",
            new DateOnly(2023, 11, 12),
            "April",
            "the day before Easter");

        Assert.Equal<string?>(["2023-04-01..2023-04-30", "2023-04-15"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_EasterInATestimonyFromColombia_WesternEaster()
    {
        var entities = Normalise(
            "We stayed in Tibu, in Norte de Santander, Colombia. In April, the day before Easter, the shots began.",
            new DateOnly(2023, 11, 12),
            "April",
            "the day before Easter");

        Assert.Equal<string?>(["2023-04-01..2023-04-30", "2023-04-08"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_OrthodoxEasterNamedInAColombianTestimony_StaysOrthodox()
    {
        var entities = Normalise(
            "We stayed in Tibu, in Norte de Santander, Colombia. In April, the day before the Orthodox Easter, the shots began.",
            new DateOnly(2023, 11, 12),
            "April",
            "the day before the Orthodox Easter");

        Assert.Equal<string?>(["2023-04-01..2023-04-30", "2023-04-15"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_EidLeftUnnamed_TheNextAfterTheMonthTold()
    {
        var entities = Normalise(
            "In June the fighting reached Hays. It was one week after the Eid when the farm burned.",
            new DateOnly(2019, 2, 11),
            "June",
            "one week after the Eid");

        Assert.Equal<string?>(["2018-06-01..2018-06-30", "2018-06-22"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_RelativeDayWithNothingToResolveAgainst_LeftNull()
    {
        var entities = Normalise("The next day they came back.", null, "The next day");

        Assert.Null(Assert.Single(entities).Normalized);
    }

    [Fact]
    public void Process_WeekdayThenDayThatAgrees_WeekdayTakesThatDay()
    {
        var entities = Normalise(
            "It was Friday, I think the 12th of April, when the tents in Rafah burned.",
            new DateOnly(2024, 5, 20),
            "Friday",
            "the 12th of April");

        Assert.Equal<string?>(["2024-04-12", "2024-04-12"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_WeekdayThenDayThatDisagrees_WeekdayLeftNull()
    {
        var entities = Normalise(
            "It was Monday, I think the 12th of April, when the tents in Rafah burned.",
            new DateOnly(2024, 5, 20),
            "Monday",
            "the 12th of April");

        Assert.Equal<string?>([null, "2024-04-12"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenWeekdayToldWithAFestival_DayMovesToTheYearItFallsOn()
    {
        var entities = Normalise(
            "We moved to Jisr al-Shughur in 2017. On the 31st of May, the Friday before the small Eid, the bakery was hit.",
            new DateOnly(2019, 9, 1),
            "2017",
            "the 31st of May",
            "the Friday before the small Eid");

        Assert.Equal<string?>(["2019-05-31", "2019-05-31"], entities.Skip(1).Select(e => e.Normalized));
    }

    [Fact]
    public void Process_WeekdayThenDayAloneOfAnEarlierMonth_BothTakeTheDayOnThatWeekday()
    {
        var entities = Normalise(
            "It was a Friday. The 17th, when the school in Maghazi was hit.",
            new DateOnly(2024, 1, 10),
            "a Friday",
            "The 17th");

        Assert.Equal<string?>(["2023-11-17", "2023-11-17"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenWeekdayItDoesNotFallOn_DayMovesToTheYearItDoes()
    {
        var entities = Normalise(
            "The soldiers came to Edaga Hamus on the 5th of January. A Tuesday. Mebrat Gebre saw them.",
            new DateOnly(2023, 3, 9),
            "the 5th of January",
            "A Tuesday");

        Assert.Equal("2021-01-05", entities[0].Normalized);
    }

    [Fact]
    public void Process_DayThenWeekdayOneOff_MovesOnlyToTheYearBefore()
    {
        var entities = Normalise(
            "The shelling of Mekelle began on the 28th of November, a Saturday, said Haile Tesfay.",
            new DateOnly(2022, 3, 15),
            "the 28th of November",
            "a Saturday");

        Assert.Equal("2020-11-28", entities[0].Normalized);
    }

    [Fact]
    public void Process_DayThenWeekdayOneOffAndNoYearBeforeFits_KeepsTheInterviewYear()
    {
        var entities = Normalise(
            "The market in Mekelle burned on the 18th of August, a Friday, said Haile Tesfay.",
            new DateOnly(2022, 9, 1),
            "the 18th of August",
            "a Friday");

        Assert.Equal("2022-08-18", entities[0].Normalized);
    }

    [Fact]
    public void Process_DayPlacedFromAYearToldThenWeekdayOneOff_MovesToTheYearItFallsOn()
    {
        // The 5th of January 2019 was a Saturday: a Sunday told after the day checks it, and names 2020.
        var entities = Normalise(
            "In 2019 Mebrat Gebre lived in Edaga Hamus. On the 5th of January, a Sunday, the soldiers came.",
            new DateOnly(2023, 3, 9),
            "2019",
            "the 5th of January",
            "a Sunday");

        Assert.Equal("2020-01-05", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayOfAMonthToldBeforeThenWeekdayOneOff_MovesToTheYearItFallsOn()
    {
        // August is placed from the interview (2022), the 14th in it: a Sunday; the Saturday told after it names 2021.
        var entities = Normalise(
            "In August the fighting reached the river near Tumaco. On the 14th, a Saturday, Rosa Quinones lost her boat.",
            new DateOnly(2022, 11, 21),
            "August",
            "the 14th",
            "a Saturday");

        Assert.Equal("2022-08-01..2022-08-31", entities[0].Normalized);
        Assert.Equal("2021-08-14", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayAloneThenWeekdayNoMonthTold_IsTheLastSuchDayOnThatWeekday()
    {
        // Told on 2 March 2024 with no month: the last 15th that was a Saturday is July 2023 (not February 2020,
        // the interview's month years back).
        var entities = Normalise(
            "It was the 15th, a Saturday, when the shell fell on the yard of Osman Tayeb.",
            new DateOnly(2024, 3, 2),
            "the 15th",
            "a Saturday");

        Assert.Equal("2023-07-15", entities[0].Normalized);
        Assert.Equal("2023-07-15", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayAloneThenWeekdayItFallsOn_KeepsTheInterviewMonth()
    {
        // The 15th of February 2024 was a Thursday.
        var entities = Normalise(
            "It was the 15th, a Thursday, when the shell fell on the yard of Osman Tayeb.",
            new DateOnly(2024, 3, 2),
            "the 15th",
            "a Thursday");

        Assert.Equal("2024-02-15", entities[0].Normalized);
    }

    [Fact]
    public void Process_WeekdayOneOffThenDayOfAMonthToldBefore_KeepsItsYear()
    {
        // Told before the day, a weekday one day off more often names the day a night ran into.
        var entities = Normalise(
            "In August the fighting reached the river near Tumaco. On a Saturday, the 14th, Rosa Quinones lost her boat.",
            new DateOnly(2022, 11, 21),
            "August",
            "a Saturday",
            "the 14th");

        Assert.Equal("2022-08-14", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayPlacedFromAYearToldThenWeekdayFarOff_MovesToTheNearestYearItFallsOn()
    {
        var entities = Normalise(
            "In 2019 Mebrat Gebre lived in Edaga Hamus. On the 5th of January, a Tuesday, the soldiers came.",
            new DateOnly(2023, 3, 9),
            "2019",
            "the 5th of January",
            "a Tuesday");

        Assert.Equal("2021-01-05", entities[1].Normalized);
    }

    [Fact]
    public void Process_WeekdayThenDayOfTheMonthPlacedFromTheMonthBefore_DayMovesToTheYearItFallsOn()
    {
        // February is placed from the interview (2013), the 10th in it: a Sunday; the Friday told names 2012.
        var entities = Normalise(
            "In February the shelling of Baba Amr began. On a Friday, the 10th, a shell hit the clinic of Hisham Khatib.",
            new DateOnly(2013, 6, 17),
            "February",
            "a Friday",
            "the 10th");

        Assert.Equal("2013-02-01..2013-02-28", entities[0].Normalized);
        Assert.Equal("2012-02-10", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayThenAWeekdayDenied_KeepsItsYear()
    {
        // The 9th of January 2024 was a Tuesday: "not the Sunday" sets the weekday aside, it does not check the day.
        var entities = Normalise(
            "On the 9th of January, not the Sunday, the shell hit the house of Rami Haddad in Jabalia.",
            new DateOnly(2024, 2, 12),
            "the 9th of January",
            "the Sunday");

        Assert.Equal("2024-01-09", entities[0].Normalized);
    }

    [Fact]
    public void Process_DateTakenBack_NextDatePlacedFromTheDateBeforeIt()
    {
        // "The start of April" is taken back: the 12th is of March, the month told before it.
        var entities = Normalise(
            "In March the planes came over Kharkiv. At the start of April, no, wait, it was the 12th, the school of Olena Kravets burned.",
            new DateOnly(2023, 5, 1),
            "March",
            "the start of April",
            "the 12th");

        Assert.Equal("2023-03-12", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayTakenBack_DayToldInItsPlaceIsOfItsMonth()
    {
        var entities = Normalise(
            "A drone hit the fuel depot of Karim Nasser on the 11th of May, no, the 12th, before dawn.",
            new DateOnly(2021, 9, 1),
            "the 11th of May",
            "the 12th");

        Assert.Equal("2021-05-12", entities[1].Normalized);
    }

    [Fact]
    public void Process_DateFollowedByAnotherWithoutNo_NextDatePlacedFromIt()
    {
        var entities = Normalise(
            "In March the planes came over Kharkiv. At the start of April, it was the 12th, the school of Olena Kravets burned.",
            new DateOnly(2023, 5, 1),
            "March",
            "the start of April",
            "the 12th");

        Assert.Equal("2023-04-12", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayCountedFromTheEventBeforeThenWeekday_KeepsItsYear()
    {
        // "Two days later" names no day of the month: a weekday that disagrees says nothing of its year.
        var entities = Normalise(
            "On the 3rd of May 2018 the planes came over Saraqib. Two days later, a Friday, they came back.",
            new DateOnly(2019, 4, 2),
            "the 3rd of May 2018",
            "Two days later",
            "a Friday");

        Assert.Equal("2018-05-05", entities[1].Normalized);
    }

    [Fact]
    public void Process_DayThenLastYearAfterAComma_DayTakesThatYear()
    {
        var entities = Normalise(
            "The mortars fell on the market of Afgooye on the 14th of March, last year, said Hodan Warsame.",
            new DateOnly(2020, 8, 4),
            "the 14th of March",
            "last year");

        Assert.Equal<string?>(["2019-03-14", "2019-01-01..2019-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenInAndAYearTaggedApart_DayTakesThatYearAndNextDateCountsFromTheDay()
    {
        // The year tagged as a mention of its own names the day's year; it moves no context, so "The next day" is the
        // day after the 14th, not a day of that year counted from the interview.
        var entities = Normalise(
            "The 14th of January, in 2015, the mortars fell on the market of Muqdadiya. The next day Karim Saleh closed his shop.",
            new DateOnly(2016, 3, 9),
            "The 14th of January",
            "2015",
            "The next day");

        Assert.Equal<string?>(["2015-01-14", "2015-01-01..2015-12-31", "2015-01-15"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenYearAfterACommaWithNoInterviewDate_DayTakesThatYear()
    {
        var entities = Normalise(
            "On the 12th of August, 2022, the boats of Yuriy Tkach were taken at the port of Kherson.",
            null,
            "the 12th of August",
            "2022");

        Assert.Equal<string?>(["2022-08-12", "2022-01-01..2022-12-31"], entities.Select(e => e.Normalized));
    }

    [Theory]
    [InlineData("They took him from the checkpoint in September. The year 2019. After that nobody saw him.")]
    [InlineData("They took him from the checkpoint in September. 2019, yes. After that nobody saw him.")]
    public void Process_MonthThenTheYearOpeningTheNextSentence_MonthTakesThatYear(string content)
    {
        var entities = Normalise(content, new DateOnly(2020, 11, 2), "September", "2019");

        Assert.Equal<string?>(["2019-09-01..2019-09-30", "2019-01-01..2019-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthThenASentenceOpeningInAYear_MonthKeepsItsOwnYear()
    {
        var entities = Normalise(
            "They took him from the checkpoint in September. In 2019 the camp was closed.",
            new DateOnly(2020, 11, 2),
            "September",
            "2019");

        Assert.Equal<string?>(["2020-09-01..2020-09-30", "2019-01-01..2019-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthThenOfAndAYear_MonthTakesThatYear()
    {
        var entities = Normalise(
            "It was late January of 2022 when the shop of Rosa Quintero in Tumaco burned.",
            new DateOnly(2023, 6, 1),
            "late January",
            "2022");

        Assert.Equal<string?>(["2022-01-20..2022-01-31", "2022-01-01..2022-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenAYearAfterOtherWords_DayKeepsTheInterviewYear()
    {
        // Only a comma, "in", "of" or "in the year" join the year to the day; "we left in 2015" tells another event.
        var entities = Normalise(
            "On the 14th of January we left, and in 2015 we came back to Muqdadiya.",
            new DateOnly(2016, 3, 9),
            "the 14th of January",
            "2015");

        Assert.Equal("2016-01-14", entities[0].Normalized);
    }

    [Fact]
    public void Process_MonthThenTheYearBeforeThisOne_YearCountsFromTheInterview()
    {
        var entities = Normalise(
            "It was September, the year before this one, when the shells hit the water tank in Taiz.",
            new DateOnly(2017, 4, 2),
            "September",
            "the year before this one");

        Assert.Equal<string?>(["2016-09-01..2016-09-30", "2016-01-01..2016-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthThenTheYearBeforeAfterAnEventTold_YearCountsFromTheEvent()
    {
        var entities = Normalise(
            "The raid on Sunke was on the 11th of June. In November, the year before, they took the cattle of Garba Musa.",
            new DateOnly(2021, 8, 14),
            "the 11th of June",
            "November",
            "the year before");

        Assert.Equal<string?>(["2021-06-11", "2020-11-01..2020-11-30", "2020-01-01..2020-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_DayThenLastYear_NextDateCountsFromTheDay()
    {
        // The year told after the day moves no context: "the next day" is the day after the 14th, not a year on.
        var entities = Normalise(
            "The mortars fell on the market of Afgooye on the 14th of March, last year. The next day Hodan Warsame left.",
            new DateOnly(2020, 8, 4),
            "the 14th of March",
            "last year",
            "The next day");

        Assert.Equal("2019-03-15", entities[2].Normalized);
    }

    [Fact]
    public void Process_DayThenWeekdayFarAfter_KeepsTheInterviewYear()
    {
        var entities = Normalise(
            "The soldiers came to Edaga Hamus on the 5th of January. Mebrat Gebre hid with her two daughters in the church until dark. On Tuesday they left.",
            new DateOnly(2023, 3, 9),
            "the 5th of January",
            "Tuesday");

        Assert.Equal("2023-01-05", entities[0].Normalized);
    }

    [Fact]
    public void Process_MonthAfterSinceYear_TakesTheInterviewYearNotThePeriodStart()
    {
        var entities = Normalise(
            "Yusra Haddad has lived in Mafraq since 2013. In May, on the 3rd, a shell hit the camp.",
            new DateOnly(2015, 3, 1),
            "2013",
            "May",
            "the 3rd");

        Assert.Equal<string?>(["2013-01-01..2013-12-31", "2014-05-01..2014-05-31", "2014-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterYearTold_TakesThatYear()
    {
        var entities = Normalise(
            "Yusra Haddad lived in Mafraq in 2013. In May, on the 3rd, a shell hit the camp.",
            new DateOnly(2015, 3, 1),
            "2013",
            "May",
            "the 3rd");

        Assert.Equal<string?>(["2013-01-01..2013-12-31", "2013-05-01..2013-05-31", "2013-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_OffsetAfterCommaAndDay_SaysThatDayAgain()
    {
        var entities = Normalise(
            "We left Orikhiv on the 10th of February, three days after the strike on the school.",
            new DateOnly(2024, 6, 13),
            "the 10th of February",
            "three days after");

        Assert.Equal<string?>(["2024-02-10", "2024-02-10"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_OffsetInTheNextSentence_CountsFromTheDay()
    {
        var entities = Normalise(
            "We buried Taras Melnyk in Orikhiv on the 10th of February. Three days after, we left.",
            new DateOnly(2024, 6, 13),
            "the 10th of February",
            "Three days after");

        Assert.Equal<string?>(["2024-02-10", "2024-02-13"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_NoHeaderDateButPhoneNotesDateLine_RelativeDatesCountFromItAndItsOwnMentionIsNull()
    {
        var entities = Normalise(
            "PHONE CALL NOTES\nRef: SO-BLW-908\nDate: 2023-02-27\n\nThe clinic in Beledweyne was hit last year.\n",
            null,
            "2023-02-27",
            "last year");

        Assert.Equal<string?>([null, "2022-01-01..2022-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_YearInAnEarlierAnswerThenMonthAfterAQuestion_MonthTakesThatYear()
    {
        const string content = "Interview ID: LY-MIS-900\nDate: 2019-11-14\n\nQ: Where was your pharmacy?\n"
            + "A: On Tripoli Street, the street of the war in 2011.\nQ: What do you remember?\nA: In March a sniper shot my assistant.\n";

        var entities = NormaliseParsed(content, "2011", "March");

        Assert.Equal<string?>(["2011-01-01..2011-12-31", "2011-03-01..2011-03-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_YearAskedInTheQuestion_DayOfTheAnswerTakesThatYear()
    {
        const string content = "Interview ID: SY-ARI-900\nDate: 2019-04-02\n\nQ: What happened in 2015?\n"
            + "A: On the 24th of July the market was shelled.\n";

        var entities = NormaliseParsed(content, "2015", "the 24th of July");

        Assert.Equal<string?>(["2015-01-01..2015-12-31", "2015-07-24"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_YearThenMonthInOneAnswer_MonthTakesThatYear()
    {
        const string content = "Interview ID: NG-GWO-900\nDate: 2021-06-08\n\nQ: When did you leave?\n"
            + "A: In 2014. In August, after the market was burned.\n";

        var entities = NormaliseParsed(content, "2014", "August");

        Assert.Equal<string?>(["2014-01-01..2014-12-31", "2014-08-01..2014-08-31"], entities.Select(e => e.Normalized));
    }

    // The testimony as the plain-text reader gives it (metadata from the parser), with DATE mentions on the texts.
    private static List<EntityMention> NormaliseParsed(string content, params string[] dates)
    {
        var document = CraftedTranscript.Tokenized(content);
        return NormaliseIn(document, content, dates);
    }

    // Marks each of dates, in order, as a DATE mention of document and runs the normaliser over them.
    [Theory]
    [InlineData("In August 2019 the drone hit the yard of the elders. Before this, in February, the shells fell on the market.", "February", "2019-02-01..2019-02-28")]
    [InlineData("In August 2019 the drone hit the yard of the elders. And before that, in February, the shells fell on the market.", "February", "2019-02-01..2019-02-28")]
    [InlineData("In October 2002 the army came into the comuna, it was Orión. Before Orión there was Mariscal, in May.", "May", "2002-05-01..2002-05-31")]
    public void Process_MonthToldAsBeforeTheEventToldLast_TheOneBeforeIt(string content, string month, string expected)
    {
        var entities = Normalise(content, null, content.Contains("2019", StringComparison.Ordinal) ? "August 2019" : "October 2002", month);

        Assert.Equal(expected, entities[1].Normalized);
    }

    [Theory]
    [InlineData("In August 2019 the drone hit the yard of the elders. Before we left, in February, the shells fell on the market.", "February", "2020-02-01..2020-02-29")]
    [InlineData("In August 2019 the drone hit the yard of the elders. Before I left, in February, the shells fell on the market.", "February", "2020-02-01..2020-02-29")]
    [InlineData("In August 2019 the drone hit the yard of the elders. We stayed, and in February the shells fell on the market.", "February", "2020-02-01..2020-02-29")]
    public void Process_MonthNotToldAsBeforeTheEventToldLast_TheNearerOneAfterIt(string content, string month, string expected)
    {
        var entities = Normalise(content, null, "August 2019", month);

        Assert.Equal(expected, entities[1].Normalized);
    }

    [Fact]
    public void Process_MonthAfterAFeastCountedBackFrom_TheNearerOneAfterTheEventToldLast()
    {
        // The "before" is the feast's date ("a few days before Eid al-Adha"), not the event's place in the story.
        const string content = "In March 2018 the market burned. A few days before Eid al-Adha, in August, a Grad came into the yard.";

        var entities = Normalise(content, null, "March 2018", "A few days before Eid al-Adha", "August");

        Assert.Equal("2018-08-01..2018-08-31", entities[2].Normalized);
    }

    private static List<EntityMention> NormaliseIn(Document document, string content, string[] dates)
    {
        var from = 0;
        foreach (var date in dates)
        {
            var start = content.IndexOf(date, from, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention("e" + document.Entities.Count, EntityType.Date, start, start + date.Length, date, null, 0.9));
            from = start + date.Length;
        }

        new DateNormaliser().Process(document, CancellationToken.None);
        return document.Entities;
    }

    // An answer long enough that a year told at its start is more than 200 characters before the month.
    private const string LongAnswer =
        "A: Hard. The bakery of Salim Haddad closed, the water came two hours a week, and the school near our street "
        + "was full of families from the farms. My daughter Lina walked every morning to the mosque well with two cans.\n";

    [Fact]
    public void Process_MonthFarIntoTheAnswerToAYearAsked_PlacedInThatYear()
    {
        const string content = "Date of interview: 2 April 2019\n\nQ: Tell me about 2016. How was life in Douma?\n"
            + LongAnswer + "A: In March the shells fell on the market of Douma.\n";

        var entities = NormaliseParsed(content, "2 April 2019", "2016", "March");

        Assert.Equal("2016-03-01..2016-03-31", entities[2].Normalized);
    }

    [Fact]
    public void Process_MonthAfterANewQuestionFollowingAYearAsked_PlacedFromTheInterview()
    {
        const string content = "Date of interview: 2 April 2019\n\nQ: Tell me about 2016. How was life in Douma?\n"
            + LongAnswer + "Q: Were you hurt?\nA: In March the shells fell on the market of Douma.\n";

        var entities = NormaliseParsed(content, "2 April 2019", "2016", "March");

        Assert.Equal("2019-03-01..2019-03-31", entities[2].Normalized);
    }

    [Fact]
    public void Process_MonthAfterTheInterviewerAsksOfThisWar_PlacedFromTheInterview()
    {
        const string content = "Interview ID: PS-KHU-900\nDate: 2024-05-20\n\nQ: What happened in 2014?\n"
            + "A: In 2014, in July, the tanks shelled our street.\nQ: And in this war?\n"
            + "A: In November the planes hit the school near our house.\n";

        var entities = NormaliseParsed(content, "2014", "2014", "July", "November");

        Assert.Equal<string?>(["2014-07-01..2014-07-31", "2023-11-01..2023-11-30"], entities.Skip(2).Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterTheInterviewerAsksOfThisWarWithSince_DayPlacedFromTheInterview()
    {
        // "since October" begins a period and moves no context; the months after it are still of this war.
        const string content = "Interview ID: PS-KHU-901\nDate: 2024-05-20\n\nQ: Tell me about 2014.\n"
            + "A: In August the shells fell on the market.\nQ: And in this war, since October?\n"
            + "A: In December, the 3rd, the planes hit our house.\n";

        var entities = NormaliseParsed(content, "2014", "August", "October", "December", "the 3rd");

        Assert.Equal<string?>(["2014-08-01..2014-08-31", "2023-12-01..2023-12-31", "2023-12-03"],
            new[] { entities[1], entities[3], entities[4] }.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterTheInterviewerAsksBeforeThisWar_KeepsTheYearTold()
    {
        const string content = "Interview ID: PS-KHU-902\nDate: 2024-05-20\n\nQ: Was anyone hurt before this war?\n"
            + "A: In 2014, in July, the tanks shelled our street.\n";

        var entities = NormaliseParsed(content, "2014", "July");

        Assert.Equal("2014-07-01..2014-07-31", entities[1].Normalized);
    }

    [Fact]
    public void Process_ThisWarToldByTheWitness_MonthKeepsTheYearTold()
    {
        const string content = "Interview ID: PS-KHU-903\nDate: 2024-05-20\n\nQ: What happened in 2014?\n"
            + "A: In 2014 it was like this war. In July the tanks shelled our street.\n";

        var entities = NormaliseParsed(content, "2014", "2014", "July");

        Assert.Equal("2014-07-01..2014-07-31", entities[2].Normalized);
    }

    [Fact]
    public void Process_MonthFarAfterAYearTheWitnessTold_PlacedFromTheInterview()
    {
        const string content = "Date of interview: 2 April 2019\n\nQ: How was life in Douma?\nA: We were there in 2016.\n"
            + LongAnswer + "A: In March the shells fell on the market of Douma.\n";

        var entities = NormaliseParsed(content, "2 April 2019", "2016", "March");

        Assert.Equal("2019-03-01..2019-03-31", entities[2].Normalized);
    }

    [Fact]
    public void Process_PhoneNotesDateUnderATitleAndAnUnknownKey_IsTheHeaderDate()
    {
        const string content = "PHONE CALL NOTES\nRef: SO-BLW-908\nDate: 2023-02-27\n\nThe clinic in Beledweyne was hit last year.\n";

        var entities = NormaliseParsed(content, "2023-02-27", "last year");

        Assert.Equal<string?>(["2023-02-27", "2022-01-01..2022-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_RecordingSentenceReportedAsMetadata_ItsOwnMentionStaysNull()
    {
        const string content =
            "INTERVIEWER: We are recording, 12 March 2023.\nWITNESS: The bakery in Manbij was hit two days before, on 10 March 2023.\n";

        var entities = NormaliseParsed(content, "12 March 2023", "10 March 2023");

        Assert.Equal<string?>([null, "2023-03-10"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_HeaderDateLine_MentionResolvedAgainstTheHeader()
    {
        const string content = "Interview ID: HM-009\nDate of interview: 2 April 2019\n\nQ: What happened?\nA: The market in Ariha was hit last year.\n";

        var entities = NormaliseParsed(content, "2 April 2019", "last year");

        Assert.Equal<string?>(["2019-04-02", "2018-01-01..2018-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MetadataDateOtherThanTheOpeningLines_OpeningMentionResolved()
    {
        var entities = Normalise(
            "Recorded on 3 May 2021 in Gaziantep. The school in Saraqib was hit last year.",
            new DateOnly(2021, 5, 9),
            "3 May 2021",
            "last year");

        Assert.Equal<string?>(["2021-05-03", "2020-01-01..2020-12-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_NoHeaderDateButRecordingMonth_LastYearCountsFromThatMonth()
    {
        var entities = Normalise(
            "Interview recorded in Saada city, October 2018.\n\nThe bus was hit last year near Dahyan.\n",
            null,
            "last year");

        Assert.Equal("2017-01-01..2017-12-31", Assert.Single(entities).Normalized);
    }

    [Fact]
    public void Process_MonthAfterAnAsidesYear_TakesTheInterviewYearNotTheAsides()
    {
        var entities = Normalise(
            "My uncle died in 2012, but that is another story. In March the school in Ariha was shelled.",
            new DateOnly(2019, 4, 2),
            "2012",
            "March");

        Assert.Equal<string?>(["2012-01-01..2012-12-31", "2019-03-01..2019-03-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterAYearWithNoAside_TakesThatYear()
    {
        var entities = Normalise(
            "The army came in 2012, and that is when we left. In March the school in Ariha was shelled.",
            new DateOnly(2019, 4, 2),
            "2012",
            "March");

        Assert.Equal<string?>(["2012-01-01..2012-12-31", "2012-03-01..2012-03-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_TimeOfDayAfterTheDayItIsRememberedBy_TakesTheDayTold()
    {
        var entities = Normalise(
            "It was the 3rd of May 2015, I am sure because my daughter had her exam the day after. After the noon prayer the market in Idlib was hit.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "the day after",
            "After the noon prayer");

        Assert.Equal<string?>(["2015-05-03", "2015-05-04", "2015-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_TimeOfDayAfterTheDayOfTheReason_TakesTheDayTold()
    {
        var entities = Normalise(
            "It was the 3rd of May 2015. I know because my cousin's wedding was on the 5th. In the evening the market in Idlib was hit.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "the 5th",
            "the evening");

        Assert.Equal<string?>(["2015-05-03", "2015-05-05", "2015-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_TimeOfDayAfterADistanceToldAsTheDayItself_TakesTheDayTold()
    {
        var entities = Normalise(
            "It was the 3rd of May 2015. I remember because it was the day before the school trip. In the evening the market in Idlib was hit.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "the day before the school trip",
            "the evening");

        Assert.Equal<string?>(["2015-05-03", "2015-05-02", "2015-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_TimeOfDayAfterADayCountedBackInThePastPerfect_TakesTheDayTold()
    {
        var entities = Normalise(
            "It was the 3rd of May 2015. The bread had come the day before. In the morning the market in Idlib was hit.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "the day before",
            "the morning");

        Assert.Equal<string?>(["2015-05-03", "2015-05-02", "2015-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_TimeOfDayAfterAVisitTheNextMorning_TakesTheDayOfTheEvent()
    {
        var entities = Normalise(
            "On the 3rd of May 2015 the market in Idlib was hit. I went there the next morning with my brother. In the evening the planes had come low.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "the next morning",
            "the evening");

        Assert.Equal<string?>(["2015-05-03", "2015-05-04", "2015-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_TimeOfDayAfterTheNextDayTold_TakesTheNextDay()
    {
        var entities = Normalise(
            "It was the 3rd of May 2015, and my daughter had her exam the day after. After the noon prayer the market in Idlib was hit.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "the day after",
            "After the noon prayer");

        Assert.Equal<string?>(["2015-05-03", "2015-05-04", "2015-05-04"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_ThatDayAskedAfterADayCountedOn_TakesTheDayCountedFrom()
    {
        var entities = Normalise(
            "On the 3rd of May 2015 the market in Idlib was shelled. The next day we buried my cousin.\nQ: Were there fighters in the market that day?\nA: No.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "The next day",
            "that day");

        Assert.Equal<string?>(["2015-05-03", "2015-05-04", "2015-05-03"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_ThatDayToldAfterADayCountedOnWithNoQuestion_TakesTheDayCountedOn()
    {
        var entities = Normalise(
            "On the 3rd of May 2015 the market in Idlib was shelled. The next day we buried my cousin, and that day the planes came again.",
            new DateOnly(2016, 1, 10),
            "the 3rd of May 2015",
            "The next day",
            "that day");

        Assert.Equal<string?>(["2015-05-03", "2015-05-04", "2015-05-04"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterTheYearOfADeath_TakesTheInterviewYear()
    {
        var entities = Normalise(
            "My grandfather died in 2019. In March the school in Ariha was shelled.",
            new DateOnly(2022, 4, 19),
            "2019",
            "March");

        Assert.Equal<string?>(["2019-01-01..2019-12-31", "2022-03-01..2022-03-31"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterTheYearOfAStay_TakesTheInterviewYear()
    {
        var entities = Normalise(
            "My father opened the bakery in 2016, by the mosque. In June mortars fell near the water tank.",
            new DateOnly(2018, 9, 3),
            "2016",
            "June");

        Assert.Equal<string?>(["2016-01-01..2016-12-31", "2018-06-01..2018-06-30"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void Process_MonthAfterAStayAsked_TakesTheYearAsked()
    {
        var entities = Normalise(
            "You stayed in Kramatorsk in 2022? Yes. In June a rocket hit the station.",
            new DateOnly(2024, 9, 3),
            "2022",
            "June");

        Assert.Equal<string?>(["2022-01-01..2022-12-31", "2022-06-01..2022-06-30"], entities.Select(e => e.Normalized));
    }

    [Fact]
    public void SpanOf_NormalisedRange_ParsesIt()
    {
        var mention = new EntityMention("e1", EntityType.Date, 0, 10, "March 2017", "2017-03-01..2017-03-31", 0.9);

        Assert.Equal(DateSpan.Month(2017, 3), DateNormaliser.SpanOf(mention));
    }

    [Fact]
    public void SpanOf_PlaceMention_IsNull()
    {
        var mention = new EntityMention("e1", EntityType.Place, 0, 10, "2017-03-01", "2017-03-01", 0.9);

        Assert.Null(DateNormaliser.SpanOf(mention));
    }
}
