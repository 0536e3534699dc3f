using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>A place named where both witnesses tell the harm stands for the site when the resolved sites share no
/// town, on one day and for one harm (<see cref="IncidentLinkerOptions.EvidencePlaceWeight"/>).</summary>
public sealed class IncidentLinkerEvidencePlaceTests
{
    [Fact]
    public void Link_OneDayPlaceNamedInBothEvidencesAtTwoTowns_OneIncident()
    {
        // Each witness names the village of Kafr Hamra where the dead are told, but one site was resolved to Saraqib
        // and the other to Ariha: the day 2, the harm 1 and the place in the evidence 1 reach the threshold of 3.5.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12") with { EvidencePlaces = ["kafr hamra", "saraqib"] },
            Claim(2, "t2", Ariha, "2016-03-12") with { EvidencePlaces = ["ariha", "kafr hamra"] },
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayNoPlaceNamedInBothEvidencesAtTwoTowns_TwoIncidents()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12") with { EvidencePlaces = ["kafr hamra", "saraqib"] },
            Claim(2, "t2", Ariha, "2016-03-12") with { EvidencePlaces = ["ariha"] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_PlaceNamedInBothEvidencesOverOneWeek_TwoIncidents()
    {
        // A place both name within one week, no day in common: a village is struck many times in a week.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-10..2016-03-14") with { EvidencePlaces = ["kafr hamra"] },
            Claim(2, "t2", Ariha, "2016-03-10..2016-03-14") with { EvidencePlaces = ["kafr hamra"] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_PlaceNamedInBothEvidencesWithoutTheWeight_TwoIncidents()
    {
        var options = new IncidentLinkerOptions { EvidencePlaceWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12") with { EvidencePlaces = ["kafr hamra"] },
            Claim(2, "t2", Ariha, "2016-03-12") with { EvidencePlaces = ["kafr hamra"] },
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
