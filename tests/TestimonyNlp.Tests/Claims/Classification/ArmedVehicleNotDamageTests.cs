using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ArmedVehicleNotDamageTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(ArmedVehicleNotDamage.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In Tula a rocket hit a pickup of the militia on the road.")]
    [InlineData("A: In Oran the drone struck a truck of the soldiers, two men died.")]
    [InlineData("A: In Kamba a mine hit a jeep of the local fighters.")]
    public void Apply_ArmedSideVehicleStruck_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed | HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_ArmedSideVehicleBesideShop_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: In Tula a rocket hit a car of the army and the shop of Bruno burned.", HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_CivilianCar_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: In Tula a rocket hit the car of Bruno on the road.", HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_ArmedSideVehicleAndCivilianCar_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: In Tula a rocket hit a car of the army and the car of Bruno.", HarmSet.PropertyDamage));
    }
}
