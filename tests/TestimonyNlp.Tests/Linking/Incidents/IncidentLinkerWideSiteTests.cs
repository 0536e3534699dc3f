using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Two accounts whose most precise shared site is a governorate or a country weigh less than two at one town
/// (<see cref="IncidentLinkerOptions.WideSameSiteWeight"/>).</summary>
public sealed class IncidentLinkerWideSiteTests
{
    [Fact]
    public void Link_OneDayAtOneGovernorate_TwoIncidents()
    {
        // The day 2 and the governorate 0.5 weigh 2.5, under the 3.5 of the link threshold (a death and a wound: no
        // main harm in common).
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Aleppo, "2016-03-12"),
            Claim(2, "t2", Aleppo, "2016-03-12", Harm.Injured),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtOneTown_OneIncident()
    {
        // The same town weighs 1.5 (WholeTownWeight): 3.5 in all.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", AleppoCity, "2016-03-12"),
            Claim(2, "t2", AleppoCity, "2016-03-12", Harm.Injured),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtOneGovernorateWeighedAsOneSite_OneIncident()
    {
        var options = new IncidentLinkerOptions { WideSameSiteWeight = IncidentLinkerOptions.Defaults.SameSiteWeight };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Aleppo, "2016-03-12"),
            Claim(2, "t2", Aleppo, "2016-03-12", Harm.Injured),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }
}
