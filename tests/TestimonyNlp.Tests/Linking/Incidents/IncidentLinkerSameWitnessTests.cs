using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Two accounts told by one witness in two interviews (<see cref="IncidentLinkerOptions.SameWitnessWeight"/>).</summary>
public sealed class IncidentLinkerSameWitnessTests
{
    private const string Quarter = "bab al-hadid";

    private static readonly IncidentLinker Linker = new();

    [Fact]
    public void Link_CarriedDateTenDaysOffToldByOneWitnessTwice_LinkAsOneSource()
    {
        // The street 2, the weapon 2, the harm 1 and a place named around both 0.5 weigh 5.5, under the 6 that
        // overrules a carried date; the one witness of both interviews adds 1: 6.5, less the carried date's 1. One witness is one source.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", witness: "w1", weapon: WeaponCategory.Artillery) with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", witness: "w1", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Quarter] },
        ], []);

        var incident = Assert.Single(result.Incidents);
        Assert.Equal<long>([1, 2], incident.ClaimKeys);
        Assert.Equal(1, incident.IndependentSources);
    }

    [Fact]
    public void Link_CarriedDateTenDaysOffToldByOneWitnessWithWeightOff_StayApart()
    {
        var options = new IncidentLinkerOptions { SameWitnessWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", witness: "w1", weapon: WeaponCategory.Artillery) with { DateCarried = true, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", witness: "w1", weapon: WeaponCategory.Artillery) with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
