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
