using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// An injury that is the wound of a death, told right before that person's death or as the wounded dying, is no claim
/// of its own: the killing is the claim (<c>WoundThatKilled.Fatal</c>).
/// </summary>
public sealed class WoundThatKilledTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";

    [Fact]
    public void Build_WoundFollowedByThatPersonsDeath_LeavesOnlyTheKilling()
    {
        var claims = Build(
            Header + "A: My aunt was in the yard in Idlib, and a piece of the shell hit her in the hip. She died after three days, there was no doctor.\n",
            ("a piece of the shell", HarmSet.Injured, Basis.Witnessed),
            ("She died after", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(["KILLED"], claims.Select(Harm).ToList());
    }

    [Fact]
    public void Build_SpeakersWoundBeforeAnothersDeath_StaysAnInjury()
    {
        var claims = Build(
            Header + "A: A piece of glass cut me on the arm in Idlib. My neighbour was in the street. He died there.\n",
            ("A piece of glass", HarmSet.Injured, Basis.Experienced),
            ("He died there", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(["INJURED", "KILLED"], claims.Select(Harm).ToList());
    }

    [Fact]
    public void Build_WoundFollowedByATold_StaysAnInjury()
    {
        var claims = Build(
            Header + "A: My aunt was in the yard in Idlib, and a piece of the shell hit her in the hip. She said many died in the street.\n",
            ("a piece of the shell", HarmSet.Injured, Basis.Witnessed),
            ("She said many", HarmSet.Killed, Basis.Hearsay));

        Assert.Equal(["INJURED", "KILLED"], claims.Select(Harm).ToList());
    }

    [Fact]
    public void Build_WoundedToldDying_LeavesOnlyTheKilling()
    {
        var claims = Build(
            Header + "A: Two of the wounded died that night in the clinic in Hama.\n",
            ("Two of the wounded", HarmSet.Injured | HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(["KILLED"], claims.Select(Harm).ToList());
    }

    [Fact]
    public void Build_WoundedAndDeadInTwoClauses_StayTwoClaims()
    {
        var claims = Build(
            Header + "A: The wounded came to the clinic in Hama all afternoon; by night seven were dead.\n",
            ("The wounded came", HarmSet.Injured | HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(["INJURED", "KILLED"], claims.Select(Harm).OrderBy(h => h, StringComparer.Ordinal).ToList());
    }

    private static string Harm(string rendered) => rendered.Split(' ')[1];
}
