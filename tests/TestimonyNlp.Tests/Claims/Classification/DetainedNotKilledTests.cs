using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DetainedNotKilledTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(DetainedNotKilled.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In May the soldiers took my brother Karim and two boys of our street from the bakery in Homs.")]
    [InlineData("A: They pulled Anwar and his son out of the house in Mosul and put them in a truck.")]
    public void Apply_TakenWithoutDeath_KilledTaken(string answer)
    {
        Assert.Equal([HarmSet.Detained], Apply(answer, HarmSet.Killed | HarmSet.Detained));
    }

    [Fact]
    public void Apply_TakenAndFoundDead_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.Detained],
            Apply("A: They took my brother Karim in Homs and we found him dead after three days.", HarmSet.Killed | HarmSet.Detained));
    }

    [Fact]
    public void Apply_TakingWithoutDetainedAsserted_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed],
            Apply("A: With my hands I took out seven from the building in Homs.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_TakingBeforeAKilling_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.Detained, HarmSet.Killed],
            Apply("A: In May the soldiers took my brother Karim from the bakery in Homs.\nA: After four days we found him by the river, killed.", HarmSet.Killed | HarmSet.Detained, HarmSet.Killed));
    }
}
