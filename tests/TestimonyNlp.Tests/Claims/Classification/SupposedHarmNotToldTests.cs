using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class SupposedHarmNotToldTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(SupposedHarmNotTold.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: Tarik says if he goes home and they shoot him, he dies on his own land.", HarmSet.Killed)]
    [InlineData("A: If the car had stopped at the bridge, they would all have died.", HarmSet.Killed)]
    [InlineData("A: The nurse said if the piece was lower she would lose the foot.", HarmSet.Injured)]
    [InlineData("A: If you walk to the fields at night, they kill you and burn the barn.", HarmSet.Killed | HarmSet.PropertyDamage)]
    public void Apply_HarmSupposed_KilledAndInjuredTaken(string answer, HarmSet given)
    {
        Assert.Equal([given & ~(HarmSet.Killed | HarmSet.Injured)], Apply(answer, given));
    }

    [Theory]
    [InlineData("A: The boys had small holes in the legs, as if somebody threw tacks at them.", HarmSet.Injured)]
    [InlineData("A: A girl beside me, Nura, they hit her with a stick, nobody could tell if she lived.", HarmSet.Injured)]
    [InlineData("A: They shot my uncle at the gate, even if he raised his hands.", HarmSet.Killed)]
    [InlineData("A: Nobody can tell us if Karim sits in a jail or if they killed him.", HarmSet.Missing)]
    [InlineData("A: They shot my uncle at the gate of the mill.", HarmSet.Killed)]
    public void Apply_NoSupposition_Unchanged(string answer, HarmSet given)
    {
        Assert.Equal([given], Apply(answer, given));
    }
}
