using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Actors carried from around a claim's evidence (<see cref="LinkClaim.ActorCarried"/>) weigh less.</summary>
public sealed class IncidentLinkerCarriedActorTests
{
    private const string Quarter = "bab al-hadid";

    private static readonly IncidentLinker Linker = new();

    [Theory]
    [InlineData(false, "1 2")]
    [InlineData(true, "1,2")]
    public void Link_DifferentActorsAtThreshold_LinkOnlyWhenOneIsCarried(bool carried, string groups)
    {
        // The street 2, the harm 1 and days overlapping within a week 0.5 weigh the 3.5 of the link threshold: two
        // told actors cost 0.5, a carried one nothing.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", actor: "Syrian Army") with { ActorCarried = carried },
            Claim(2, "t2", Shaar, "2016-03-10..2016-03-14", actor: "Islamic State"),
        ], []);

        Assert.Equal(groups, Groups(result));
    }

    [Theory]
    [InlineData(false, "1,2")]
    [InlineData(true, "1 2")]
    public void Link_CarriedDateTenDaysOffWithSameActor_LinkOnlyWhenTheActorIsTold(bool carried, string groups)
    {
        // The street 2, the weapon 2, the harm 1 and a place named around both 0.5 weigh 5.5: a told actor in common
        // adds 0.5 and reaches the 6 that overrules a carried date, a carried one 0.25 and does not.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { DateCarried = true, ActorCarried = carried, ContextPlaces = [Quarter] },
            Claim(2, "t2", Shaar, "2016-03-02", weapon: WeaponCategory.Artillery, actor: "Syrian Army") with { ContextPlaces = [Quarter] },
        ], []);

        Assert.Equal(groups, Groups(result));
    }

    [Fact]
    public void Link_DifferentActorsOneCarriedInOneTestimony_StayTwoAccounts()
    {
        // Within one testimony two actors are still two events, carried or not.
        var result = Linker.Link(
        [
            Claim(1, "t1", Shaar, "2016-03-12", actor: "Syrian Army", start: 100) with { ActorCarried = true },
            Claim(2, "t1", Shaar, "2016-03-12", harm: Harm.Injured, actor: "Islamic State", start: 200),
        ], []);

        Assert.Equal("1 2", Groups(result));
    }
}
