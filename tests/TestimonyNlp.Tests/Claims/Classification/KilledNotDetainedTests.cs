using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class KilledNotDetainedTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(KilledNotDetained.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In the spring they took my cousin Omar from the mill in Kunduz and they killed him.")]
    [InlineData("A: They took the two brothers behind the school in Mosul and shot them.")]
    [InlineData("A: The soldiers took Petro from his yard, and after a week the people found his body near Izium.")]
    public void Apply_TakenAndKilled_DetainedTaken(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed | HarmSet.Detained));
    }

    [Fact]
    public void Apply_TakenAndKilledWithoutKilledAsserted_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Detained],
            Apply("A: They took my cousin Omar from the mill in Kunduz and they killed him.", HarmSet.Detained));
    }

    [Fact]
    public void Apply_TakenWhileShootingAtOthers_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.Detained],
            Apply("A: They took my cousin Omar at the checkpoint in Kunduz and shot at the soldiers there.", HarmSet.Killed | HarmSet.Detained));
    }
}
