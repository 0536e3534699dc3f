using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Two accounts of one testimony (two events) that resemble one account of another testimony equally: the one
/// whose site lies closer to it is taken first, whatever their order.</summary>
public sealed class IncidentLinkerTieTests
{
    [Fact]
    public void Link_TwoAccountsOfOneTestimonyEqualScores_CloserSiteJoins()
    {
        // One day, one weapon. Claim 1 lies at Jbeila (Deir ez-Zor), claim 2 at a mosque of Shaar (Aleppo), told 400
        // characters apart: two events. Claim 3, at Sukkari (Aleppo), scores 5 with each (the day 2, the weapon 2, the
        // harm 1; a local site of another governorate and one of another quarter of the town both weigh 0); the mosque
        // and Sukkari share the town.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Jbeila, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", ShaarMosque, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 400),
            Claim(3, "t2", Sukkari, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1 2,3", Groups(result));
    }

    [Fact]
    public void Link_TwoAccountsOfOneTestimonyEqualScoresKeysSwapped_CloserSiteJoins()
    {
        // The same with the keys the other way round: the closer site still wins, not the lower index.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", ShaarMosque, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 400),
            Claim(2, "t1", Jbeila, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(3, "t2", Sukkari, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }
}
