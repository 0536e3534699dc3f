using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A death of fighters the witness sets aside as combat ("That is fighting, soldiers with soldiers.") is no claim
/// (<c>FightingSetAside.SetAside</c>).
/// </summary>
public sealed class FightingSetAsideTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";

    [Fact]
    public void Build_FightersDeathSetAsideAsFighting_IsNoClaim()
    {
        var claims = Build(
            Header + "A: On the hill near Kadugli many soldiers died that week. That is fighting, soldiers with soldiers. In the market it was women with tomatoes.\n",
            ("many soldiers died", HarmSet.Killed, Basis.Hearsay));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_FightersDeathSetAsideAsNotTheWitnesssStory_IsNoClaim()
    {
        var claims = Build(
            Header + "A: People say ten of the fighters died near Kadugli. It is war, this is not my story.\n",
            ("ten of the fighters", HarmSet.Killed, Basis.Hearsay));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_KillingBySoldiersCalledWar_StaysAClaim()
    {
        var claims = Build(
            Header + "A: The soldiers shot my brother at the well in Kadugli, and he died there. That is war for them.\n",
            ("The soldiers shot", HarmSet.Killed, Basis.Witnessed));

        Assert.Single(claims);
    }
}
