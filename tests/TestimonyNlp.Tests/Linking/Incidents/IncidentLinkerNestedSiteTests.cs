using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Claims of one testimony on one day at two sites one inside the other (a district and its town) weigh
/// less toward one account than claims at one site.</summary>
public sealed class IncidentLinkerNestedSiteTests
{
    [Fact]
    public void Link_OneDayToldNearAtNestedSitesInOneTestimony_TwoIncidents()
    {
        // The same day 3 and evidence 120 characters apart 1 reach 4; the district inside the town takes 0.5 off.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Displaced, start: 0),
            Claim(2, "t1", AleppoCity, "2016-03-12", Harm.Displaced, start: 200),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayToldNearAtOneSiteInOneTestimony_OneIncident()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Displaced, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Displaced, start: 200),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayToldNearAtNestedSitesWithoutNestedSiteWeight_OneIncident()
    {
        var options = new IncidentLinkerOptions { NestedSiteInTestimonyWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Displaced, start: 0),
            Claim(2, "t1", AleppoCity, "2016-03-12", Harm.Displaced, start: 200),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }
}
