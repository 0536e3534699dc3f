using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HarmToldByNegationTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(HarmToldByNegation.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("Nobody has heard from my nephew Artem since that day.")]
    [InlineData("Since March we have no news of Artem.")]
    [InlineData("We never saw him again after Kupiansk.")]
    [InlineData("His cousin Artem was never found.")]
    public void Apply_MissingToldByNegation_Missing(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_SomeNeverFound_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("Some of the fishermen were never found.", HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The shell fell by the bakery in Izium. Two old men did not get up.")]
    [InlineData("The roof of the shelter in Izium fell in. They did not come out.")]
    public void Apply_DeathToldByNegation_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None, HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_DidNotComeOutUntil_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("The soldiers did not come out until the morning.", HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Her left foot, there is no foot now.")]
    [InlineData("Since the blast in Kherson my brother Pavlo still cannot hear on the right.")]
    [InlineData("The gas came down the stairs and the children could not breathe.")]
    public void Apply_WoundToldByNegation_Injured(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Our house in Mosul was not a house after that, only stones.")]
    [InlineData("The school in Kherson has no roof now.")]
    [InlineData("There is nothing left of the mill, only the gate.")]
    [InlineData("Of the shop, nothing stands.")]
    public void Apply_DamageToldByNegation_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.PropertyDamage], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_SentenceWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Displaced],
            Apply("We left Sumy for Kyiv because our house had no roof.", HarmSet.None, HarmSet.Displaced));
    }

    [Fact]
    public void Apply_DenialWithoutPhrase_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("They did not come back to burn the fields.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(
                HarmToldByNegation.Apply, "Q: Has nobody heard from him since?\nA: Yes, once.\n", [HarmSet.None, HarmSet.None]));
    }
}
