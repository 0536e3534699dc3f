using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Two local sites of one town whose names are one name spelled two ways weigh as one site when the two
/// claims tell the same harm within a week (<see cref="LinkClaim.SiteName"/>, <c>ClaimTable.Sites</c>).</summary>
public sealed class IncidentLinkerSpelledSiteTests
{
    [Fact]
    public void Link_OneQuarterSpelledTwoWaysOneDay_OneIncident()
    {
        // Shaar and Sukkari stand for two site ids of one parent. As one site: the day 2, the site 2, the weapon 2 and
        // the harm 1 weigh 7; as neighbours the site costs 2 and the pair weighs 3, under the 3.5 of a link.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { SiteName = "Bab al-Nairab" },
            Claim(2, "t2", Sukkari, "2016-03-12", weapon: WeaponCategory.Artillery) with { SiteName = "Bab al-Nayrab" },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_TwoQuartersOneDay_TwoIncidents()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { SiteName = "al-Shaar" },
            Claim(2, "t2", Sukkari, "2016-03-12", weapon: WeaponCategory.Artillery) with { SiteName = "al-Sukkari" },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneQuarterSpelledTwoWaysOtherHarms_TwoIncidents()
    {
        // A death and a wound at a quarter shelled every day: as one site they would weigh 6 (no harm in common).
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { SiteName = "Bab al-Nairab" },
            Claim(2, "t2", Sukkari, "2016-03-12", Harm.Injured, weapon: WeaponCategory.Artillery) with { SiteName = "Bab al-Nayrab" },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneQuarterSpelledTwoWaysDayInsideMonth_TwoIncidents()
    {
        // A day inside another witness's month: as one site they would weigh 5.5 (the narrower date 0.5).
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { SiteName = "Bab al-Nairab" },
            Claim(2, "t2", Sukkari, "2016-03-01..2016-03-31", weapon: WeaponCategory.Artillery) with { SiteName = "Bab al-Nayrab" },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
