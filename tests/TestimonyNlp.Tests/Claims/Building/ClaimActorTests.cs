using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>Which actor a claim takes when its evidence names none and the witness names one after the harm.</summary>
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
}
