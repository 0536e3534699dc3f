using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ToldCountTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(ToldCount.Apply, "Q: What did you hear?\nA: " + answer + "\n", harms);

    [Fact]
    public void Apply_SaidCountKilled_Killed()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("My cousin says two people were killed at the market in Kramatorsk.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_ToldCountArrested_Detained()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Detained],
            Apply("On the radio they said the police arrested forty men in Mosul.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_ToldCountInKilledSentence_AddsInjured()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed | HarmSet.Injured],
            Apply("He told me a teacher died in Sumy, and 5 were hurt.", HarmSet.None, HarmSet.Killed));
    }

    [Fact]
    public void Apply_HyphenedCount_Injured()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured],
            Apply("The nurse in Homs told us twenty-six were wounded.", HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Two people were killed at the market in Kramatorsk.")]
    [InlineData("My cousin says people were killed at the market in Kramatorsk.")]
    [InlineData("He said his father died in 2014 in Aleppo.")]
    [InlineData("They said twelve died, but I do not believe it.")]
    [InlineData("People say there are still two killed under the school in Izium.")]
    [InlineData("My sister said the injured waited two days in Raqqa.")]
    public void Apply_NoSayingCountOrAssertion_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(ToldCount.Apply, "Q: Did he say ten were killed in Sumy.\nA: Yes.\n", [HarmSet.None, HarmSet.None]));
    }
}
