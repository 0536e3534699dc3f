using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Accounts whose dates miss each other by a day, within the slack, at sites placed nowhere near each other
/// (<see cref="IncidentLinkerOptions.NearDayUnplacedWeight"/>).</summary>
public sealed class IncidentLinkerNearDayTests
{
    private const string Square = "bab al-nasr";

    private static readonly IncidentLinker Linker = new();

    [Theory]
    [InlineData(null)]
    [InlineData(Jbeila)]
    public void Link_DayApartAtNoSiteOrOnlyOneCountry_StayApart(string? site)
    {
        // The weapon 2, the harm 1 and a place named around both 0.5 weigh the 3.5 of the link threshold; the site adds
        // nothing (none on a side, or a street of another governorate) and the day between the dates takes 0.5 off.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Square] },
            Claim(2, "t2", site, "2016-03-13", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Square] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_DayApartAtNoSiteWithWeightOff_Link()
    {
        var options = new IncidentLinkerOptions { NearDayUnplacedWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Square] },
            Claim(2, "t2", null, "2016-03-13", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Square] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_DayApartAtBuildingOfOneStreet_Link()
    {
        // A mosque on the street told a day later is the same event told a day off: the nested site weighs 1, 4.5 in all.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Square] },
            Claim(2, "t2", ShaarMosque, "2016-03-13", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Square] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }
}
