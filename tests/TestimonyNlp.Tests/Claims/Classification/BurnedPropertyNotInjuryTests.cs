using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class BurnedPropertyNotInjuryTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(BurnedPropertyNotInjury.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In the night the vans parked by the school burned, five of them.")]
    [InlineData("A: A rocket hit the depot and burned maybe twenty cars.")]
    [InlineData("A: The shed of the cooperative burned, with the hay.")]
    [InlineData("A: Petro saw his shop on the news, the building cut in half.")]
    public void Apply_PropertyBurnedOrCut_DamageInPlaceOfInjury(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.Injured));
    }

    [Fact]
    public void Apply_PropertyBurnedBesideDamage_InjuryTakenDamageKept()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage | HarmSet.Displaced],
            Apply("A: The tents burned, so we left for Tessit.", HarmSet.Injured | HarmSet.PropertyDamage | HarmSet.Displaced));
    }

    [Theory]
    [InlineData("A: The tent burned and her hands were black.")]
    [InlineData("A: The car burned with the driver.")]
    [InlineData("A: He burned his arm on the stove in the kitchen.")]
    [InlineData("A: The glass of the kiosk cut my cousin.")]
    [InlineData("A: The cars burned, I was wounded in the street.")]
    public void Apply_SomeoneNamed_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Injured], Apply(answer, HarmSet.Injured));
    }

    [Fact]
    public void Apply_PropertyBurnedInKilling_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.Injured],
            Apply("A: The market burned that night.", HarmSet.Killed | HarmSet.Injured));
    }
}
