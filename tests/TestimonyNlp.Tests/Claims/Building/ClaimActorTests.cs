using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>Which actor a claim takes when its evidence names none: one named after the harm, and for an arrest or a
/// disappearance the one the witness named earlier in the story.</summary>
public sealed class ClaimActorTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const string Answer = "A shell hit our house in Douma and my brother Karim was killed.";

    [Fact]
    public void Build_ActorNamedAfterTheHarm_IsTheActor()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\nQ: Who fired it?\nA: The regime, from the hill.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor=e4:The regime site=e2:Douma date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ArrestAfterADateWithTheActorNamedEarlier_TakesTheActor()
    {
        var claims = Build(
            Header + StoryOfRaqqa + "A: They took my son Omar from his shop.\n",
            ("took my son", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            ["c1 DETAINED 1/1 named=[e4:Omar] event=null weapon=null actor=e1:Daesh site=e2:Raqqa date='2015' 2015-01-01..2015-12-31 basis=WITNESSED evidence=[They took my son Omar from his shop.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_KillingAfterADateWithTheActorNamedEarlier_HasNoActor()
    {
        var claims = Build(
            Header + StoryOfRaqqa + "A: My son Omar was killed in his shop.\n",
            ("was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Omar] event=null weapon=null actor=null site=e2:Raqqa date='2015' 2015-01-01..2015-12-31 basis=WITNESSED evidence=[My son Omar was killed in his shop.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ArrestAfterADateWithTwoActorsNamedEarlier_HasNoActor()
    {
        var claims = Build(
            Header + "Q: Who held the city?\nA: Daesh held Raqqa and the SDF held Tabqa. In 2015 the bridge was bombed.\nQ: And your son?\n"
                + "A: They took my son Omar from his shop.\n",
            ("took my son", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            ["c1 DETAINED 1/1 named=[e6:Omar] event=null weapon=null actor=null site=e2:Raqqa date='2015' 2015-01-01..2015-12-31 basis=WITNESSED evidence=[They took my son Omar from his shop.] confidence=0.72"],
            claims);
    }

    private const string StoryOfRaqqa = "Q: Who held the city?\nA: Daesh held all of Raqqa. In 2015 the bridge was bombed.\nQ: And your son?\n";
}
