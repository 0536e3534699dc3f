using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Two accounts whose main harms differ but one of which tells only harms the other tells too, their sites
/// not far apart (<see cref="IncidentLinkerOptions.ContainedHarmWeight"/>).</summary>
public sealed class IncidentLinkerContainedHarmTests
{
    private static readonly IncidentLinker Linker = new();

    [Theory]
    [InlineData(Harm.PropertyDamage, "1,2,3")]
    [InlineData(Harm.Injured, "1,2 3")]
    public void Link_KillingAndDamageBesideOneHarm_LinkOnlyWhenTheHarmIsTold(Harm other, string groups)
    {
        // The day 2, the actor 0.5 and the rare place 0.5 weigh 3; the first account's main harm is the killing, the
        // second's the damage or the injury, and only the damage, told in the first too, adds 0.5 to reach the 3.5
        // of the link threshold.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, actor: "Syrian Army", start: 0) with { ContextPlaces = ["bab al-nasr"] },
            Claim(2, "t1", Shaar, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army", start: 100) with { ContextPlaces = ["bab al-nasr"] },
            Claim(3, "t2", Jbeila, "2016-03-12", other, actor: "Syrian Army") with { ContextPlaces = ["bab al-nasr"] },
        ], []);

        Assert.Equal(groups, Groups(result));
    }

    [Fact]
    public void Link_EachAccountWithAHarmTheOtherLacks_TwoIncidents()
    {
        // The damage is told in both, but the killing only in the first and the injury only in the second.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, actor: "Syrian Army", start: 0) with { ContextPlaces = ["bab al-nasr"] },
            Claim(2, "t1", Shaar, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army", start: 100) with { ContextPlaces = ["bab al-nasr"] },
            Claim(3, "t2", Jbeila, "2016-03-12", Harm.Injured, actor: "Syrian Army", start: 0) with { ContextPlaces = ["bab al-nasr"] },
            Claim(4, "t2", Jbeila, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army", start: 100) with { ContextPlaces = ["bab al-nasr"] },
        ], []);

        Assert.Equal("1,2 3,4", Groups(result));
    }

    [Fact]
    public void Link_ContainedHarmAtSitesFarApart_TwoIncidents()
    {
        // Placed about 288 km apart: the rare place spares the far-site weight, but harms in common there are what two
        // strikes of one day share, so they weigh nothing and the pair stays at 3.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, actor: "Syrian Army", start: 0) with
            {
                ContextPlaces = ["bab al-nasr"], SiteLat = AleppoLat, SiteLon = AleppoLon,
            },
            Claim(2, "t1", Shaar, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army", start: 100) with
            {
                ContextPlaces = ["bab al-nasr"], SiteLat = AleppoLat, SiteLon = AleppoLon,
            },
            Claim(3, "t2", Jbeila, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army") with
            {
                ContextPlaces = ["bab al-nasr"], SiteLat = DeirLat, SiteLon = DeirLon,
            },
        ], []);

        Assert.Equal("1,2 3", Groups(result));
    }

    [Fact]
    public void Link_ContainedHarmWithRuleOff_TwoIncidents()
    {
        var options = new IncidentLinkerOptions { ContainedHarmWeight = 0 };
        var result = new IncidentLinker(options).Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", Harm.Killed, actor: "Syrian Army", start: 0) with { ContextPlaces = ["bab al-nasr"] },
            Claim(2, "t1", Shaar, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army", start: 100) with { ContextPlaces = ["bab al-nasr"] },
            Claim(3, "t2", Jbeila, "2016-03-12", Harm.PropertyDamage, actor: "Syrian Army") with { ContextPlaces = ["bab al-nasr"] },
        ], []);

        Assert.Equal("1,2 3", Groups(result));
    }
}
