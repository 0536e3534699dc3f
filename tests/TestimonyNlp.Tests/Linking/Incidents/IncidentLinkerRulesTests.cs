using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>The defaulted-year rule and the mean score two groups of accounts must hold to join.</summary>
public sealed class IncidentLinkerRulesTests
{
    private static readonly IncidentLinker YearRule = new(new IncidentLinkerOptions { DefaultedYearOverruleScore = 5.0 });

    [Fact]
    public void Link_DefaultedYearOnSameDayAndMonthWithSiteWeaponAndHarm_LinkContestedOnDate()
    {
        // The site 2, the weapon 2 and the harm 1 weigh 5, the defaulted year costs 1: 4 reaches the link threshold.
        var result = YearRule.Link(
        [
            Claim(1, "t1", Shaar, "2019-03-12", weapon: WeaponCategory.Artillery) with { YearDefaulted = true },
            Claim(2, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery),
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal(IncidentGrade.Contested, incident.Grade);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_DefaultedYearWithDayOffByOne_Link()
    {
        var result = YearRule.Link(
        [
            Claim(1, "t1", Shaar, "2019-03-13", weapon: WeaponCategory.Artillery) with { YearDefaulted = true },
            Claim(2, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_BothYearsTold_StayApart()
    {
        var result = YearRule.Link(
        [
            Claim(1, "t1", Shaar, "2019-03-12", weapon: WeaponCategory.Artillery),
            Claim(2, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DefaultedYearOnAnotherMonth_StayApart()
    {
        var result = YearRule.Link(
        [
            Claim(1, "t1", Shaar, "2019-05-12", weapon: WeaponCategory.Artillery) with { YearDefaulted = true },
            Claim(2, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DefaultedYearWithoutWeapon_StayApart()
    {
        // The site 2 and the harm 1 weigh 3, under the 5 that forgives a defaulted year.
        var result = YearRule.Link(
        [
            Claim(1, "t1", Shaar, "2019-03-12") with { YearDefaulted = true },
            Claim(2, "t2", Shaar, "2016-03-12"),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DefaultedYearOnAWholeMonth_StayApart()
    {
        // A month is wider than the 7 days a freed year is matched over here: "March" in another year is not the
        // same day and month.
        var options = new IncidentLinkerOptions { DefaultedYearOverruleScore = 5.0, DefaultedYearMaxDays = 7 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2019-03-01..2019-03-31", weapon: WeaponCategory.Artillery) with { YearDefaulted = true },
            Claim(2, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DefaultedYearWithDefaultOptions_StayApart()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2019-03-12", weapon: WeaponCategory.Artillery) with { YearDefaulted = true },
            Claim(2, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_ThirdAccountTiedToOneOfTwoOnly_StaysApart()
    {
        // 1 and 2 share a victim, the day, the site, the weapon and the harm (10). 3 shares another victim of 2's
        // and the day with 2 (5), but only the day with 1, whose actor is another (0): the pairs 3 would hold in
        // the incident average 2.5, under the link threshold of 3.5.
        var result = new IncidentLinker().Link(Chain(), []);

        Assert.Equal("1,2 3", Groups(result));
    }

    [Fact]
    public void Link_ThirdAccountTiedToOneOfTwoWithoutMeanScore_JoinsAlongTheChain()
    {
        var options = new IncidentLinkerOptions { MergeMeanScore = double.NegativeInfinity };
        var result = new IncidentLinker(options).Link(Chain(), []);

        Assert.Equal("1,2,3", Groups(result));
    }

    private static LinkClaim[] Chain() =>
    [
        Claim(1, "t1", Shaar, "2016-09-09", weapon: WeaponCategory.BarrelBomb, actor: "Syrian Army", names: ["Karim Haddad"]),
        Claim(2, "t2", Shaar, "2016-09-09", weapon: WeaponCategory.BarrelBomb, names: ["Karim Haddad", "Salma Nasser"]),
        Claim(3, "t3", null, "2016-09-09", harm: Harm.Injured, actor: "Russia", names: ["Salma Nasser"]),
    ];
}
