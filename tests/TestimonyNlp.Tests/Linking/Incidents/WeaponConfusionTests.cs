using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Which weapons hold two witnesses' claims apart: guns against an unspecified explosion do not.</summary>
public sealed class WeaponConfusionTests
{
    [Theory]
    [InlineData(WeaponCategory.SmallArms, WeaponCategory.ExplosiveUnspecified, false)]
    [InlineData(WeaponCategory.ExplosiveUnspecified, WeaponCategory.SmallArms, false)]
    [InlineData(WeaponCategory.SmallArms, WeaponCategory.Artillery, true)]
    [InlineData(WeaponCategory.SmallArms, WeaponCategory.SmallArms, false)]
    [InlineData(WeaponCategory.Artillery, WeaponCategory.Mortar, false)]
    [InlineData(WeaponCategory.Airstrike, WeaponCategory.Artillery, true)]
    public void AreApart_TwoCategories_Expected(WeaponCategory a, WeaponCategory b, bool expected) =>
        Assert.Equal(expected, WeaponConfusion.AreApart(a, b));

    [Fact]
    public void Link_GunsAndUnspecifiedExplosionOneDayOneSite_OneIncident()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, weapon: WeaponCategory.SmallArms),
            Claim(2, "t2", Shaar, "2016-03-12", Harm.Killed, weapon: WeaponCategory.ExplosiveUnspecified),
        ], []);

        Assert.Equal("1,2", Groups(result));
    }

    [Fact]
    public void Link_GunsAndArtilleryOneDayOneSite_TwoIncidents()
    {
        var result = new IncidentLinker().Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, weapon: WeaponCategory.SmallArms),
            Claim(2, "t2", Shaar, "2016-03-12", Harm.Killed, weapon: WeaponCategory.Artillery),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
