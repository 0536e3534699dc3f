using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DamageToldByCropsTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(DamageToldByCrops.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: Our almond trees near Dorvan burned, sixty trees.")]
    [InlineData("A: The barley of my cousin Samir burned, the whole field.")]
    [InlineData("A: They cut the almond trees of my uncle for firewood.")]
    [InlineData("A: In May the orchard behind Dorvan was bulldozed.")]
    [InlineData("A: The pine forest above Dorvan was burning for three days.")]
    [InlineData("A: Our hives burned when the soldiers passed.")]
    public void Apply_CropsRuined_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Nobody burned the wheat of Samir.")]
    [InlineData("A: I am not sure whether the barley burned in May or June.")]
    [InlineData("A: The men lay in rows, like barley cut in a field.")]
    [InlineData("A: Our barley is still in the ground, we had no time to cut it.")]
    [InlineData("A: Somebody said the field hospital of Dorvan was destroyed.")]
    [InlineData("A: Did they burn the wheat?")]
    public void Apply_RuinDeniedDoubtedOrNotOfCrops_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Fact]
    public void Apply_OtherHarmGiven_Unchanged()
    {
        Assert.Equal([HarmSet.Injured], Apply("A: The wheat burned and Samir was burned on the arm.", HarmSet.Injured));
    }

    [Fact]
    public void Apply_CropsNamedNoRuin_NoHarm()
    {
        Assert.Equal([HarmSet.None], Apply("A: In May we went to cut the sesame near Dorvan.", HarmSet.None));
    }
}
