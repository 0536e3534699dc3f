using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Dates apart only through dates naming no more than an hour on both sides (<see cref="LinkClaim.DateHourOnly"/>).</summary>
public sealed class IncidentLinkerHourDateTests
{
    private const string Quarter = "bab al-hadid";

    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Link_HourOnlyDatesTwoDaysApartAtOneSiteWithOneWeapon_LinkContestedOnDate()
    {
        // The street 2, the weapon 2, the harm 1 and a place named around both 0.5 weigh 5.5, under the 8 that
        // overrules told dates; both dates name only an hour, so they cost 1: 4.5 links.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-04", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal(IncidentGrade.Contested, incident.Grade);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }

    [Fact]
    public void Link_OneDateNamingItsDayTwoDaysApart_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-04", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_HourOnlyDatesTenDaysApart_StayApart()
    {
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_HourOnlyDatesFiveDaysApartAtTwoTowns_StayApart()
    {
        // A victim named by both 3, two towns of one governorate -0.5, the weapon 2, the harm 1 and the place 0.5
        // weigh 6, under the 8 that overrules told dates; the hour-only dates are forgiven at one town only.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-07", weapon: WeaponCategory.Artillery, names: ["sami"]) with { DateHourOnly = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Ariha, "2016-03-02", weapon: WeaponCategory.Artillery, names: ["sami"]) with { DateHourOnly = true, ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_HourOnlyDatesFiveDaysApartAtOneTown_LinkContestedOnDate()
    {
        // The whole town 1.5, the weapon 2, the harm 1 and the place 0.5 weigh 5, less 1 for the dates: 4 links.
        var result = Linker.Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-07", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Saraqib, "2016-03-02", weapon: WeaponCategory.Artillery) with { DateHourOnly = true, ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal<string>(["date"], incident.Conflicts);
    }
}
