using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Claims of one testimony naming the same weapon on one day join into one account though told a few
/// sentences apart.</summary>
public sealed class IncidentLinkerSameWeaponTests
{
    [Fact]
    public void Link_OneDayOneWeaponToldCloseInOneTestimony_OneIncident()
    {
        // The same day 3, evidence 420 characters apart 0.5 and the same weapon 1 reach the account threshold of 4.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, weapon: WeaponCategory.Mortar, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Injured, weapon: WeaponCategory.Mortar, start: 500),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayToldCloseInOneTestimonyWithoutWeapons_TwoIncidents()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Injured, start: 500),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayOneWeaponToldCloseWithoutSameWeaponWeight_TwoIncidents()
    {
        var options = new IncidentLinkerOptions { SameWeaponInTestimonyWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, weapon: WeaponCategory.Mortar, start: 0),
            Claim(2, "t1", Shaar, "2016-03-12", Harm.Injured, weapon: WeaponCategory.Mortar, start: 500),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
