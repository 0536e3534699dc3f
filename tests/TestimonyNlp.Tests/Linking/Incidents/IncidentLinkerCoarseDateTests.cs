using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Accounts of two testimonies that share no more than a month the witnesses told and no weapon weigh less
/// (<see cref="IncidentLinkerOptions.CoarseDateNoWeaponWeight"/>).</summary>
public sealed class IncidentLinkerCoarseDateTests
{
    private static readonly IncidentLinker Linker = new();

    [Theory]
    [InlineData(null, null, "1 2")]
    [InlineData(WeaponCategory.Mortar, null, "1,2")]
    [InlineData(null, WeaponCategory.Mortar, "1 2")]
    public void Link_OneMonthAtOneStreetNoWeaponInCommon_LinkOnlyWithWeapon(WeaponCategory? first, WeaponCategory? second, string groups)
    {
        // The street 2, the harm 1 and a rare place named around both 0.5 weigh the 3.5 of the link threshold; March
        // in common without a weapon in common takes 0.5 off. The same weapon adds 2; one named by one side only
        // is no weapon in common.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-01..2016-03-31", Harm.PropertyDamage, weapon: first) with { ContextPlaces = ["shaar"] },
            Claim(2, "t2", Shaar, "2016-03-01..2016-03-31", Harm.PropertyDamage, weapon: second ?? first) with { ContextPlaces = ["shaar"] },
        ], []);

        Assert.Equal(groups, Groups(result));
    }

    [Fact]
    public void Link_OneMonthAtOneStreetWeightOff_Link()
    {
        var result = new IncidentLinker(new IncidentLinkerOptions { CoarseDateNoWeaponWeight = 0 }).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-01..2016-03-31", Harm.PropertyDamage) with { ContextPlaces = ["shaar"] },
            Claim(2, "t2", Shaar, "2016-03-01..2016-03-31", Harm.PropertyDamage) with { ContextPlaces = ["shaar"] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtOneStreetNoWeapon_Link()
    {
        // One day in common is not coarse: the day 2, the street 2 and the harm 1.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.PropertyDamage),
            Claim(2, "t2", Shaar, "2016-03-12", Harm.PropertyDamage),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneMonthAtOneTownContextNamesOneDay_Link()
    {
        // The whole town 1.5, the harm 1 and one day named around both 1: the dates told around them say they share
        // more than the month, so nothing is taken off.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-01..2016-03-31") with { ContextDates = [new DateSpan(new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12))] },
            Claim(2, "t2", Saraqib, "2016-03-01..2016-03-31") with { ContextDates = [new DateSpan(new DateOnly(2016, 3, 12), new DateOnly(2016, 3, 12))] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneMonthAtOneStreetOneDateCarried_Link()
    {
        // The street 2, the harm 1 and the place 0.5: the first claim's month was carried from around it, not told.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-01..2016-03-31", Harm.PropertyDamage) with { ContextPlaces = ["shaar"], DateCarried = true },
            Claim(2, "t2", Shaar, "2016-03-01..2016-03-31", Harm.PropertyDamage) with { ContextPlaces = ["shaar"] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }
}
