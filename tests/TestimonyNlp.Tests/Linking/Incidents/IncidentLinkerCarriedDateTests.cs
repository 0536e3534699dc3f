using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Dates apart only through a date carried from around a claim (<see cref="LinkClaim.DateCarried"/>).</summary>
public sealed class IncidentLinkerCarriedDateTests
{
    private const string Quarter = "bab al-hadid";

    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Link_CarriedDateTenDaysOffWithSiteWeaponHarmActorAndPlace_LinkContestedOnDate()
    {
        // The street 2, the weapon 2, the harm 1, the actor 0.5 and a place named around both 0.5 weigh 6, under the
        // 8 that overrules told dates but the 6 that overrules a carried date, which costs 1: 5 links. The place
        // also puts the two in one block.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal(IncidentGrade.Contested, incident.Grade);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_BothDatesToldTenDaysApart_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_CarriedDateTwoMonthsOffWithSiteWeaponHarmActorAndPlace_LinkContestedOnDate()
    {
        // Within the 90 days a carried date may be overruled on the same 6 of evidence.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-05-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_CarriedDateFourMonthsOff_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-07-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_CarriedDateTenDaysOffWithoutActor_StayApart()
    {
        // The street, the weapon, the harm and the place weigh 5.5, under the 6 that overrules a carried date.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_CarriedDateTenDaysOffWithRuleOff_StayApart()
    {
        var options = new IncidentLinkerOptions { CarriedDateOverruleScore = double.PositiveInfinity };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_CarriedDateOneYearOffWithSiteWeaponHarmActorAndPlace_LinkContestedOnDate()
    {
        // The same day and month a year apart is a year resolved wrongly, forgiven past the 90 days of other
        // carried dates on the same 6 of evidence.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2015-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_CarriedDateOneYearAndTwentyDaysOff_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2015-03-22", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_CarriedDateTwoYearsAndTwoDaysOffWithSiteWeaponHarmActorAndPlace_LinkContestedOnDate()
    {
        // "The Sunday before Christmas" counted in the interview's year is the 18th of December 2022; two years before,
        // the year the other witness gives, it fell on the 20th: whole years apart but for the weekday.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2022-12-18", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2020-12-20", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_CarriedDateOneLunarYearOffWithSiteWeaponHarmActorAndPlace_LinkContestedOnDate()
    {
        // A day of the hijri calendar counted in the year before lands 354 days earlier: ten days off one whole year.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2017-10-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2018-09-22", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_CarriedDateTwoYearsAndTwoDaysOffWithYearSlackOfOneDay_StayApart()
    {
        var options = new IncidentLinkerOptions { YearsApartSlackDays = 1 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2022-12-18", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2020-12-20", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_BothDatesToldTwoYearsAndTwoDaysApart_StayApart()
    {
        // Told dates need 8 of other evidence to be overruled, whole years apart or not.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2022-12-18", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2020-12-20", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_CarriedDateTwoYearsAndTwoDaysOffWithoutActor_StayApart()
    {
        // The street, the weapon, the harm and the place weigh 5.5, under the 6 that overrules a carried date.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2022-12-18", weapon: WeaponCategory.Artillery) with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2020-12-20", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_BothDatesToldOneYearApart_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2015-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
