using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

public sealed class ContextDatesTests
{
    private static readonly DateSpan March12 = DateSpan.Day(new DateOnly(2016, 3, 12));

    private static readonly DateSpan March = DateSpan.Month(2016, 3);

    [Fact]
    public void Around_MentionsBeforeInsideAndAfterEvidence_KeepsThoseBeforeWithinReachAndInside()
    {
        var spans = ContextDates.Around(
        [
            (DateSpan.Day(new DateOnly(2015, 1, 1)), 100, 110),
            (March12, 800, 812),
            (March, 1000, 1010),
            (null, 1020, 1030),
            (March12, 1040, 1052),
            (DateSpan.Day(new DateOnly(2017, 6, 6)), 1200, 1210),
        ], 1000, 1100, beforeChars: 300);

        Assert.Equal<DateSpan>([March, March12], spans);
    }

    [Fact]
    public void Tells_MentionInsideEvidenceResolvingToTheDate_True()
    {
        var told = ContextDates.Tells(
        [
            (March, 900, 910),
            (March12, 1040, 1052),
        ], 1000, 1100, new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12));

        Assert.True(told);
    }

    [Fact]
    public void Tells_DateOnlyBeforeEvidence_False()
    {
        var told = ContextDates.Tells(
        [
            (March12, 900, 912),
            (March, 1040, 1050),
            (null, 1060, 1070),
        ], 1000, 1100, new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12));

        Assert.False(told);
    }

    [Fact]
    public void Link_MonthDatesAtOneSiteWithAContextDayInCommon_Link()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-01..2016-03-31") with { ContextDates = [March12] },
            Claim(2, "t2", Saraqib, "2016-03-01..2016-03-31") with { ContextDates = [March, March12] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_MonthDatesAtOneSiteWithoutContextDays_StayApart()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-01..2016-03-31") with { ContextDates = [March12] },
            Claim(2, "t2", Saraqib, "2016-03-01..2016-03-31") with { ContextDates = [March] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DaysApartWithAContextDayInCommonAndSoftening_Link()
    {
        var linker = new IncidentLinker(new IncidentLinkerOptions { ContextSoftensDateConflict = true });

        var result = linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike) with { ContextDates = [March12] },
            Claim(2, "t2", Saraqib, "2016-03-15", weapon: WeaponCategory.Airstrike) with { ContextDates = [March12, DateSpan.Day(new DateOnly(2016, 3, 15))] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_DaysApartWithAContextDayInCommonByDefault_StayApart()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike) with { ContextDates = [March12] },
            Claim(2, "t2", Saraqib, "2016-03-15", weapon: WeaponCategory.Airstrike) with { ContextDates = [March12, DateSpan.Day(new DateOnly(2016, 3, 15))] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DaysApartWithContextDaysApartAndSoftening_StayApart()
    {
        var linker = new IncidentLinker(new IncidentLinkerOptions { ContextSoftensDateConflict = true });

        var result = linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike) with { ContextDates = [March12] },
            Claim(2, "t2", Saraqib, "2016-03-15", weapon: WeaponCategory.Airstrike) with { ContextDates = [DateSpan.Day(new DateOnly(2016, 3, 15))] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
