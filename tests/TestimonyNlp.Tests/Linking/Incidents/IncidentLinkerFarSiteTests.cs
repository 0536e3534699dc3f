using TestimonyNlp.Linking.Incidents;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Accounts of one day whose sites lie in towns far apart weigh against a link
/// (<see cref="IncidentLinkerOptions.FarSiteWeight"/>).</summary>
public sealed class IncidentLinkerFarSiteTests
{
    private static readonly IncidentLinker Linker = new();

    [Theory]
    [InlineData(false, "1,2")]
    [InlineData(true, "1 2")]
    public void Link_OneDayAtLocalSitesOfFarTowns_LinkOnlyWhenNotPlaced(bool placed, string groups)
    {
        // The day 2, the harm 1 and the actor 0.5 weigh the 3.5 of the link threshold; the street in Aleppo and the
        // quarter of Deir ez-Zor share only their country (0), and lie about 288 km apart (-1.5) once placed.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", actor: "Syrian Army") with
            {
                SiteLat = placed ? AleppoLat : null,
                SiteLon = placed ? AleppoLon : null,
            },
            Claim(2, "t2", Jbeila, "2016-03-12", actor: "Syrian Army") with
            {
                SiteLat = placed ? DeirLat : null,
                SiteLon = placed ? DeirLon : null,
            },
        ], []);

        Assert.Equal(groups, Groups(result));
    }

    [Fact]
    public void Link_OneDayAtLocalSiteAndNearTown_Link()
    {
        // Aleppo and Saraqib lie about 48 km apart: a witness's town and the next town's name for one event.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", actor: "Syrian Army") with { SiteLat = AleppoLat, SiteLon = AleppoLon },
            Claim(2, "t2", Saraqib, "2016-03-12", actor: "Syrian Army") with { SiteLat = SaraqibLat, SiteLon = SaraqibLon },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_FarTownsWithPlaceNamedAroundBoth_Link()
    {
        // A rare place both witnesses name says one of the sites was resolved to a namesake far away.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", actor: "Syrian Army") with { SiteLat = AleppoLat, SiteLon = AleppoLon, ContextPlaces = ["bab al-nasr"] },
            Claim(2, "t2", Jbeila, "2016-03-12", actor: "Syrian Army") with { SiteLat = DeirLat, SiteLon = DeirLon, ContextPlaces = ["bab al-nasr"] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void SiteKm_TwoPlacedClaims_HaversineKilometres()
    {
        var table = new ClaimTable(
        [
            Claim(1, "t1", Shaar, null) with { SiteLat = AleppoLat, SiteLon = AleppoLon },
            Claim(2, "t2", Jbeila, null) with { SiteLat = DeirLat, SiteLon = DeirLon },
            Claim(3, "t3", Saraqib, null),
        ]);

        Assert.Equal(288, Math.Round(table.SiteKm(0, 1)));
        Assert.True(double.IsNaN(table.SiteKm(0, 2)));
    }
}
