using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities.Lexicons;

/// <summary>The lexicon stage on the article convention for weapons and on forms only the tagger may report.</summary>
public sealed class WeaponArticleTests
{
    [Fact]
    public void Process_TheBeforeDrones_InsideTheMention()
    {
        Assert.Equal(["the drones|WEAPON|drone|DRONE_STRIKE"], Spotted("At night the drones came over the farm."));
    }

    [Fact]
    public void Process_TheBeforeAttackingHelicopter_InsideTheMention()
    {
        Assert.Equal(["the helicopter|WEAPON|helicopter|AIRSTRIKE"], Spotted("Then the helicopter fired on the boats."));
    }

    [Fact]
    public void Process_IndefiniteArticle_OutsideTheMention()
    {
        Assert.Equal(["drone|WEAPON|drone|DRONE_STRIKE"], Spotted("A drone hit the car near the school."));
    }

    [Fact]
    public void Process_TheBeforeDroneStrike_OutsideTheMention()
    {
        Assert.Equal(["drone strike|WEAPON|drone strike|DRONE_STRIKE"], Spotted("After the drone strike we left the village."));
    }

    [Fact]
    public void Process_TheBeforeShell_OutsideTheMention()
    {
        Assert.Equal(["mortars|WEAPON|mortar|MORTAR"], Spotted("We heard the mortars all night."));
    }

    [Fact]
    public void Process_AdjectiveBetweenTheAndPlanes_PlanesOnly()
    {
        Assert.Equal(["planes|WEAPON|aircraft|AIRSTRIKE"], Spotted("The Yemeni planes bombed the bridge."));
    }

    [Fact]
    public void Process_TheAntonov_AlwaysAWeapon()
    {
        Assert.Equal(["the Antonov|WEAPON|antonov|AIRSTRIKE"], Spotted("There the problem was the Antonov."));
    }

    [Fact]
    public void Process_TaggedOnlyForms_NotSpotted()
    {
        Assert.Empty(Spotted("The gas was cut and we had no bullets, only explosives for the quarry."));
    }

    [Fact]
    public void Process_CylindersLaunched_Mortar()
    {
        Assert.Equal(["cylinders|WEAPON|gas cylinder mortar|MORTAR"], Spotted("In the night I heard the cylinders fall on the square."));
    }

    [Fact]
    public void Process_CylinderInAVan_NoWeapon()
    {
        Assert.Empty(Spotted("In the van there were mattresses, a gas cylinder and a cage with birds."));
    }

    [Fact]
    public void Process_TearGas_Chemical()
    {
        Assert.Equal(["tear gas|WEAPON|tear gas|CHEMICAL"], Spotted("They fired tear gas into the yard."));
    }

    [Fact]
    public void Process_BombardmentNearPlanes_ExplosiveUnspecified()
    {
        Assert.Equal(
            ["The planes|WEAPON|aircraft|AIRSTRIKE", "bombardment|WEAPON|bombing|EXPLOSIVE_UNSPECIFIED"],
            Spotted("The planes were over us and the bombardment never stopped."));
    }
}
