using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>An account left alone by the second stage joins the incident that holds another account of its testimony
/// told as one event with it.</summary>
public sealed class IncidentLinkerLoneAccountTests
{
    // The link threshold is raised to 5 so that the lone account (4 with the other testimony: the day 2, the site 2)
    // does not link on its own, while the first account of t1 links with t2 (7: the day, the site, the weapon 2, the
    // harm 1). The two claims of t1 lie 5,000 characters apart, too far for the first stage to join them.
    private static readonly IncidentLinkerOptions HighThreshold = new() { LinkThreshold = 5.0 };

    // For one month in common: the first account of t1 links with t2 at 5 (the site 2, the weapon 2, the harm 1), the
    // lone one scores 1.5 with it (the site 2, a month without a weapon -0.5), over a lone mean of 1.
    private static readonly IncidentLinkerOptions MonthOptions = new() { LinkThreshold = 4.0, LoneAccountMeanScore = 1.0 };

    [Fact]
    public void Link_LoneAccountOfSameDayAndSiteInOneTestimony_JoinsItsIncident()
    {
        var result = new IncidentLinker(HighThreshold).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", harm: Harm.PropertyDamage, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }

    [Fact]
    public void Link_LoneAccountWithTheRuleOff_StaysApart()
    {
        var options = HighThreshold with { LoneAccountMeanScore = double.PositiveInfinity };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", harm: Harm.PropertyDamage, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_LoneAccountOfAnotherRange_StaysApart()
    {
        // The month against the day: the witness may tell another event of that month.
        var result = new IncidentLinker(HighThreshold).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-01..2016-03-31", harm: Harm.PropertyDamage, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_LoneAccountOfTheSameMonth_StaysApart()
    {
        // One month in common, wider than a week: many events of one place share it.
        var result = new IncidentLinker(MonthOptions).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-01..2016-03-31", harm: Harm.PropertyDamage, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_LoneAccountOfSameMonthWithWiderLimit_JoinsItsIncident()
    {
        var options = MonthOptions with { LoneAccountMaxDays = 31 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-01..2016-03-31", harm: Harm.PropertyDamage, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-01..2016-03-31", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }

    [Fact]
    public void Link_LoneAccountOfAnotherWeapon_StaysApart()
    {
        var result = new IncidentLinker(HighThreshold).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", harm: Harm.PropertyDamage, weapon: WeaponCategory.Mortar, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_LoneFlightBesideStrike_StaysApart()
    {
        // A family's flight that day is not the strike's dead.
        var result = new IncidentLinker(HighThreshold).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", harm: Harm.Displaced, start: 5000),
            Claim(3, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }
}
