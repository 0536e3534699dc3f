using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Linking.Incidents;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>An undated claim whose words tell a day and month but no year takes the year of another witness's account
/// of that day, with a rare place named around both.</summary>
public sealed class IncidentLinkerBorrowedYearTests
{
    private static readonly IncidentLinker Linker = new();

    private static DateSpan YearlessDay(int month, int day) => DateSpan.Day(new DateOnly(YearlessDates.Year, month, day));

    [Fact]
    public void Link_YearlessDayOfAnAccountDatedThatDayWithARarePlace_LinkOnThatDay()
    {
        // The same day 2, the site 2, the harm 1 and the rare place 0.5 weigh 5.5; undated, the pair would weigh 2.5.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, null) with { Yearless = YearlessDay(3, 12), ContextPlaces = ["bab al-nasr"] },
            Claim(2, "t2", Shaar, "2016-03-12") with { ContextPlaces = ["bab al-nasr"] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal(new DateOnly(2016, 3, 12), incident.DateFrom);
    }

    [Fact]
    public void TryBorrowYear_YearlessDayOfADatedClaim_ThatDayInItsYear()
    {
        var table = new ClaimTable(
        [
            Claim(1, "t1", Shaar, null) with { Yearless = YearlessDay(3, 12) },
            Claim(2, "t2", Shaar, "2016-03-12"),
        ]);

        Assert.True(table.TryBorrowYear(0, 1, 31, 1, out var from, out var to));
        Assert.Equal((new DateOnly(2016, 3, 12).DayNumber, new DateOnly(2016, 3, 12).DayNumber), (from, to));
        Assert.False(table.TryBorrowYear(1, 0, 31, 1, out _, out _));
    }

    [Fact]
    public void TryBorrowYear_FromAnotherYearlessClaim_NoYear()
    {
        // The second claim took the year of the third in linking; it has no date of its own to lend on.
        var table = new ClaimTable(
        [
            Claim(1, "t1", Shaar, null) with { Yearless = YearlessDay(3, 12) },
            Claim(2, "t2", Shaar, null) with { Yearless = YearlessDay(3, 12) },
            Claim(3, "t3", Shaar, "2016-03-12"),
        ]);

        Assert.False(table.TryBorrowYear(0, 1, 31, 1, out _, out _));
        Assert.True(table.TryBorrowYear(1, 2, 31, 1, out _, out _));
    }

    [Fact]
    public void TryBorrowYear_YearlessDayOffByAWeek_NoYear()
    {
        var table = new ClaimTable(
        [
            Claim(1, "t1", Shaar, null) with { Yearless = YearlessDay(3, 19) },
            Claim(2, "t2", Shaar, "2016-03-12"),
        ]);

        Assert.False(table.TryBorrowYear(0, 1, 31, 1, out _, out _));
    }

    [Fact]
    public void Link_YearlessDayWithoutARarePlace_StayApart()
    {
        // The site 2, the harm 1 and the undated account -1 weigh 2: a day of the year alone says nothing of which of a
        // town's events it was.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, null) with { Yearless = YearlessDay(3, 12) },
            Claim(2, "t2", Shaar, "2016-03-12"),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_YearlessDayInAnotherTown_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, null) with { Yearless = YearlessDay(3, 12), ContextPlaces = ["bab al-nasr"] },
            Claim(2, "t2", AleppoCity, "2016-03-12") with { ContextPlaces = ["bab al-nasr"] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_TwoYearlessAccountsAndOneThatTellsTheYear_OnlyEachWithTheTellingOne()
    {
        // The first two share a rare place only with each other: neither has a year to lend, so they stay apart.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, null) with { Yearless = YearlessDay(3, 12), ContextPlaces = ["hay al-qasr"] },
            Claim(2, "t2", Shaar, null) with { Yearless = YearlessDay(3, 12), ContextPlaces = ["bab al-nasr", "hay al-qasr"] },
            Claim(3, "t3", Shaar, "2016-03-12") with { ContextPlaces = ["bab al-nasr"] },
        ], []);

        Assert.Equal("1 2,3", Groups(result));
    }
}
