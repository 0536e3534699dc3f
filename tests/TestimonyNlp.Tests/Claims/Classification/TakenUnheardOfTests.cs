using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class TakenUnheardOfTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(TakenUnheardOf.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("In May the gunmen took my uncle Ibrahim from his boat near Mopti, and until today nobody knows anything.")]
    [InlineData("They took the boy Amadou in a truck at Gao, and he has not appeared.")]
    [InlineData("More than twenty men of Kidal were taken and not returned.")]
    [InlineData("They took Moussa from the door of the mosque in Gao, and that was the last time I saw him.")]
    public void Apply_TakenAndUnheardOfGivenDetained_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.Detained));
    }

    [Fact]
    public void Apply_TakenAndUnheardOfGivenNoHarm_Missing()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Missing],
            Apply("The other two, they took them in the car to Gao, we don't know where.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_TakenAndUnheardOfBesideAKilling_KillingKept()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed | HarmSet.Missing],
            Apply("They shot Ali in Gao and took his son Omar, and nobody knows where he is.", HarmSet.None, HarmSet.Killed | HarmSet.Detained));
    }

    [Theory]
    [InlineData("They took my cousin Omar in Gao and he is in the prison of Bamako, but no news.")]
    [InlineData("They took five men in Kidal, two came back after a week, three never came back.")]
    [InlineData("They took him in Gao and they held him in a container, we did not know where.")]
    [InlineData("They took my cousin Omar at the checkpoint of Gao.")]
    [InlineData("Nobody knows where he is, they took him from Gao.")]
    public void Apply_HeldOrReturnedOrNothingUnknown_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.Detained));
    }

    [Fact]
    public void Apply_MissingGivenAlready_DetentionKept()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Detained | HarmSet.Missing],
            Apply("They took my cousin Omar in Gao, and nobody knows where he is.", HarmSet.None, HarmSet.Detained | HarmSet.Missing));
    }
}
