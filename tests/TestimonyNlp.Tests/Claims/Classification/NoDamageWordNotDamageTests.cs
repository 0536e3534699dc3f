using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class NoDamageWordNotDamageTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(NoDamageWordNotDamage.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: The car of Samir was parked near the corner of the bakery in Homs.")]
    [InlineData("A: Big house, with a garden, at the end of our street in Mosul.")]
    public void Apply_PropertyNamedNoDamageAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In May the mortars fell on our street in Homs, three or four.")]
    [InlineData("A: Rockets from the helicopter over Idlib, two or three.")]
    [InlineData("A: In May the shells hit the whole street of Homs.")]
    public void Apply_StrikeWithNothingStruckAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In May the mortars fell on our district in Homs.")]
    [InlineData("A: The helicopter dropped two barrels on the huts near Myitkyina.")]
    [InlineData("A: The house of Karim in Homs, the drone hit it twice.")]
    [InlineData("A: In May the tractor of Samir went on a landmine near Homs.")]
    [InlineData("A: The car of Samir in Homs was on fire.")]
    [InlineData("A: In May the shells made a hole in our street in Homs.")]
    public void Apply_StrikeOnSomethingStruckOrDamageWordWhole_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In May the shelling hit al-Nour in Homs, the dome and the minaret.")]
    [InlineData("A: The mortars hit the tomb of the sheikh in Homs.")]
    public void Apply_StrikeOnDomeMinaretOrTomb_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: We fixed one room in Homs with plastic on the window.")]
    [InlineData("A: In Idlib we put nylon on the windows for the winter.")]
    public void Apply_RepairAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: Our flat in Homs was damaged, we fixed it.")]
    [InlineData("A: The walls in Homs are cracked, I put plastic in the windows.")]
    public void Apply_RepairWithRuinTold_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_StrangersLiveInTheHouse_Unchanged()
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply("A: Our house in Homs, a family from Dorvan lives in it.", HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_OtherHarmKept_OnlyDamageTaken()
    {
        Assert.Equal(
            [HarmSet.Injured],
            Apply("A: My cousin Rami was wounded near the house of Karim in Homs.", HarmSet.Injured | HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In May the shop of Karim in Homs burned.")]
    [InlineData("A: In May the planes hit the market of Idlib.")]
    [InlineData("A: The house of Karim in Homs was not a house any more.")]
    [InlineData("A: When Nadia went back to Raqqa, our floor was not there.")]
    [InlineData("A: Our house in Homs, I saw it in a video from a neighbour.")]
    [InlineData("A: Three buildings across the street in Mosul, the bakery and the two beside it.")]
    public void Apply_DamageStrikeOrLossTold_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_InsideDamageRun_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage, HarmSet.PropertyDamage],
            Apply("A: In May the shop of Karim in Homs burned. Our house, the shed and the old barn.", HarmSet.PropertyDamage, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: The house of Karim in Homs is standing.")]
    [InlineData("A: In Idlib our clinic was still standing.")]
    public void Apply_PropertyStandingAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In Homs only the gate of the school is standing.")]
    [InlineData("A: Not one shed in Dorvan was standing.")]
    public void Apply_LittleLeftStanding_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: By then the strangers were gone from Homs.")]
    [InlineData("A: In May the power was gone in Idlib.")]
    [InlineData("A: When we came to Dorvan the families were all gone.")]
    public void Apply_PeopleOrPowerGoneAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: The clinic of Dorvan was not hit.")]
    [InlineData("A: I looked, the mill of Dorvan was not touched, only one pane.")]
    [InlineData("A: Our flat in Homs, thank God, no damage, only the gate.")]
    [InlineData("A: The hall in Idlib was not damaged, only a pane.")]
    [InlineData("A: We slept in their shed, it was already broken.")]
    public void Apply_DamageDeniedOrFromBeforeAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_DamageDeniedInsideDamageRun_DenialOnlyTaken()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage, HarmSet.None],
            Apply("A: In May the shop of Karim in Homs burned. Our kiosk was not damaged, only a pane.", HarmSet.PropertyDamage, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_RepairInsideDamageRun_RepairOnlyTaken()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage, HarmSet.None],
            Apply("A: In May the shop of Karim in Homs burned. We fixed the shutter and the counter in a week.", HarmSet.PropertyDamage, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_DenialThenBut_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: The kiosk of Karim was not hit, but the bakery in Homs burned.", HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In May I watched it all from the roof of the school in Homs.")]
    [InlineData("A: My cousin Samir was sitting by the window of the kitchen.")]
    [InlineData("A: One on the road, another on the roof of the garage behind.")]
    public void Apply_PartNamedAsPlaceAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: All the windows of the clinic in Homs came in.")]
    [InlineData("A: The school of Dorvan, only the walls.")]
    [InlineData("A: The glass of our kiosk, all of it.")]
    public void Apply_PartNamedAsWhatWasHit_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: I heard the shelling near Homs, the walls of our kitchen were shaking.")]
    [InlineData("A: The rockets hit it twice, the whole house shook.")]
    public void Apply_ShakingAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_ShakingWithRuin_Unchanged()
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply("A: The house in Homs shook and the roof collapsed.", HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: In May there was no water in Homs, we waited for the truck of the neighbour.")]
    [InlineData("A: For a week the kiosk of Karim had to close, there was no electricity.")]
    public void Apply_LackOfSupplyAlone_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_NoPropertyLeft_Unchanged()
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply("A: When we came back to Homs there was no car.", HarmSet.PropertyDamage));
    }
    [Theory]
    [InlineData("A: They told the elders of Dorvan, if you hide anyone we will burn the houses.")]
    [InlineData("A: We were afraid the jets would hit the whole street in Homs.")]
    [InlineData("A: The leaflets said every car on the road to Belvo would be hit.")]
    public void Apply_StrikeThreatenedOrFeared_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_ThreatInsideDamageRun_ThreatOnlyTaken()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage, HarmSet.None],
            Apply("A: In May the shop of Karim in Homs burned. They said they will burn the mill too.", HarmSet.PropertyDamage, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: They burned the kiosk of Karim and said they will burn the mill too.")]
    [InlineData("A: Afraid they might shell us, but the shop of Karim in Homs burned first.")]
    public void Apply_ThreatBesideRuinDone_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.PropertyDamage));
    }
}
