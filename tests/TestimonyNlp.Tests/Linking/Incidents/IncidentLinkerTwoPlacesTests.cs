using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Two accounts of one testimony on one day at two places neither equal nor nested, told apart, are two
/// events: an account of another testimony resembling both joins only one of them.</summary>
public sealed class IncidentLinkerTwoPlacesTests
{
    [Fact]
    public void Link_OneDayAtTwoQuartersToldApartInOneTestimony_OtherTestimonyJoinsOne()
    {
        // Shaar and Sukkari are two quarters of one town; the evidence lies 320 characters apart. The third claim, at
        // the town, scores 6 with each (the day 2, one inside the other 1, the weapon 2, the harm 1).
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Sukkari, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 400),
            Claim(3, "t2", AleppoCity, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtTwoQuartersToldNearInOneTestimony_OneIncident()
    {
        // 40 characters apart: one strike told at a street and at the square beside it.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Sukkari, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 120),
            Claim(3, "t2", AleppoCity, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtTwoTownsToldApartInOneTestimony_OneIncident()
    {
        // Two towns are not counted: the pipeline resolves one place to a town and to the camp named after it.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Ariha, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 400),
            Claim(3, "t2", Idlib, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtTownAndBuildingInItToldApartInOneTestimony_OtherTestimonyJoinsOne()
    {
        // The dead told at the town, and 1,100 characters on the dead of a mosque in one of its quarters: two strikes
        // of that day. The third claim, at the quarter, scores 6 with each (the day 2, one inside the other 1, the
        // weapon 2, the harm 1).
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", AleppoCity, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", ShaarMosque, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 1200),
            Claim(3, "t2", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,3 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtTwoQuartersToldApartWithoutTheRule_OneIncident()
    {
        var options = new IncidentLinkerOptions { TwoPlacesInTestimonyChars = int.MaxValue };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 0),
            Claim(2, "t1", Sukkari, "2016-03-12", weapon: WeaponCategory.Airstrike, start: 400),
            Claim(3, "t2", AleppoCity, "2016-03-12", weapon: WeaponCategory.Airstrike),
        ], []);

        Assert.Equal("1,2,3", Groups(result));
    }
}
