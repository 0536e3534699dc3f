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
    public void Link_CarriedDateOneYearAndTenDaysOff_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2015-03-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
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
