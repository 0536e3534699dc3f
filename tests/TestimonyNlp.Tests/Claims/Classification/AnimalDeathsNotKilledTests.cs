using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class AnimalDeathsNotKilledTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(AnimalDeathsNotKilled.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: The shed in Tartus burned, and three of our goats died.")]
    [InlineData("A: Near Ituango the mule of Anselmo stepped on a mine and died.")]
    [InlineData("A: After the gas the crops died in the fields of Karma.")]
    public void Apply_AnimalsOrCropsDied_KilledTaken(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.Killed | HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A: Two of my camels died in the pens near Beledweyne, and eleven goats.")]
    [InlineData("A: Three goats died with him.")]
    [InlineData("A: Two of the three cows died in the shed of Yusuf.")]
    public void Apply_CountedAnimalsDiedInSentenceOfNoHarm_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Fact]
    public void Apply_CountedAnimalsDiedInSentenceOfKilling_KilledTurnedToDamage()
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply("A: Seven of his goats died in the field by the pagoda.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_AnimalDiedUncounted_NoHarm()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            Apply("A: The cow of Gebre stepped on a bomblet near Hawzen. The cow died.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_AnimalDiedUncountedInKilling_KilledTaken()
    {
        Assert.Equal([HarmSet.None], Apply("A: The mule also died.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_CountedAnimalsDiedBesideWound_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Injured],
            Apply("A: Two cows died, and Sher Ali lost his foot.", HarmSet.Injured));
    }

    [Fact]
    public void Apply_PersonDiedWithTheAnimals_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed],
            Apply("A: The shell fell on the farm in Tartus, two cows died and the shepherd Yusuf was killed.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_NoAnimalDeath_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed],
            Apply("A: Yusuf was taking the cows to the river in Tartus when the shell killed him.", HarmSet.Killed));
    }
}
