using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class AffirmedAnswerTests
{
    private static HarmSet[] Apply(string question, string answer, params HarmSet[] harms) =>
        AssessedSentences.After(AffirmedAnswer.Apply, "Q: " + question + "\nA: " + answer + "\n", harms);

    [Fact]
    public void Apply_YesAfterWhetherHurt_TakesInjured()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured, HarmSet.None],
            Apply("Was anyone hurt in Kupiansk?", "Yes. The baker's boy, Taras, in the arm.", HarmSet.None, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("And the wounded?", "Many.")]
    [InlineData("Were people injured at the bus stop?", "Yes, many.")]
    [InlineData("Were you hurt?", "A little.")]
    public void Apply_ManyOrLittleAfterWoundQuestion_TakesInjured(string question, string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(question, answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_YesAfterDeathQuestion_TakesKilled()
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply("Did anyone die in Izium that day?", "Yes.", HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Was your house hit?", "Yes.")]
    [InlineData("Were you taken?", "Yes.")]
    [InlineData("How many were wounded?", "Many.")]
    [InlineData("Who was killed?", "Yes.")]
    [InlineData("So he was wounded.", "Yes.")]
    [InlineData("Were you Dieudonne's neighbour?", "Yes.")]
    public void Apply_NoWhetherQuestionOfDeathOrWound_Unchanged(string question, string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(question, answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Yes, my cousin Olena from Sumy.")]
    [InlineData("No.")]
    public void Apply_AnswerNotOnlyAffirming_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("Was anyone hurt?", answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_AnswerWithHarm_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply("Was anyone hurt?", "Yes.", HarmSet.None, HarmSet.Killed));
    }
}
