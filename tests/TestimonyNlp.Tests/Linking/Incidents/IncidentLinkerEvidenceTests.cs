using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>What two accounts of different testimonies must share to be one incident: harms of one family, a person
/// in common for two flights, and one day in one country even across governorates.</summary>
public sealed class IncidentLinkerEvidenceTests
{
    [Fact]
    public void Link_KilledAndInjuredOnOneStreetAndDay_Link()
    {
        // The day 2 and the street 2 pass the link threshold of 3.5; killed and injured are harms of one strike.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", harm: Harm.Killed),
            Claim(2, "t2", Shaar, "2016-09-09", harm: Harm.Injured),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_KilledAndDetainedOnOneStreetAndDay_StayApart()
    {
        // A strike and a taking share no harm family (-2): 2 is under the threshold of 3.5.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", harm: Harm.Killed),
            Claim(2, "t2", Shaar, "2016-09-09", harm: Harm.Detained),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_KilledAndDetainedWithoutHarmFamilyWeight_Link()
    {
        var options = new IncidentLinkerOptions { OtherHarmFamilyWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", harm: Harm.Killed),
            Claim(2, "t2", Shaar, "2016-09-09", harm: Harm.Detained),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_TwoFlightsFromOneStreetOnOneDayWithoutPersonInCommon_StayApart()
    {
        // The day 2, the street 2 and the harm 1 weigh 5; two flights with nobody in common cost 2: 3.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", harm: Harm.Displaced, min: 6, max: 6),
            Claim(2, "t2", Shaar, "2016-09-09", harm: Harm.Displaced, min: 9, max: 9),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_TwoFlightsFromOneStreetOnOneDayWithVictimInCommon_Link()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", harm: Harm.Displaced, names: ["Rima Aboud"]),
            Claim(2, "t2", Shaar, "2016-09-09", harm: Harm.Displaced, names: ["Rima Aboud", "Yusuf Aboud"]),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayAtLocalSiteAndTownOfAnotherGovernorate_Link()
    {
        // Shaar (Aleppo) and Saraqib (Idlib) share no governorate, so only the block of one day in one country
        // compares them: the day 2, the weapon 2 and the harm 1 weigh 5.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
            Claim(2, "t2", Saraqib, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_OneDayInAnotherGovernorateWithoutCountryDayBlock_StayApart()
    {
        var options = new IncidentLinkerOptions { CountryDayBlock = false };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
            Claim(2, "t2", Saraqib, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayInTwoTownsOfDifferentGovernorates_StayApart()
    {
        // Aleppo and Saraqib are towns of two governorates: two places, so the country block does not compare them.
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", AleppoCity, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
            Claim(2, "t2", Saraqib, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }

    [Fact]
    public void Link_OneDayInTwoTownsOfDifferentGovernoratesComparedByCountry_Link()
    {
        // Compared, the day 2, the weapon 2 and the harm 1 would weigh 5: only the block keeps them apart.
        var options = new IncidentLinkerOptions { CountryDayBlockLocalOnly = false };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", AleppoCity, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
            Claim(2, "t2", Saraqib, "2016-09-09", weapon: WeaponCategory.BarrelBomb),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }
}
