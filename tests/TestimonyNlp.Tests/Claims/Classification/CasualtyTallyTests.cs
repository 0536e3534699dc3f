using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class CasualtyTallyTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(CasualtyTally.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("We counted twenty-two bodies by the river in Kherson.")]
    [InlineData("At the clinic in Izium I wrote eleven dead in my notebook.")]
    public void Apply_DeadTally_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_WoundedTally_Injured()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured],
            Apply("That night the hospital in Sumy received thirty-one wounded.", HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("And wounded, maybe thirty, maybe thirty-five, we took them to the hospital in Omdurman.")]
    [InlineData("And the injured, twenty-something, twenty-five maybe.")]
    [InlineData("She saw people lying in the road in Bahri, wounded, she thinks six or seven.")]
    public void Apply_WoundedCountedAfterComma_Injured(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The wounded, we carried them to the cars in Omdurman.")]
    [InlineData("The wounded waited, maybe two hours, in the corridor.")]
    public void Apply_WoundedNotCountedAfterComma_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_WoundedTallyInKilledSentence_AddsInjured()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed | HarmSet.Injured],
            Apply("The radio in Sumy said four were killed and 12 injured.", HarmSet.None, HarmSet.Killed));
    }

    [Theory]
    [InlineData("It was not twenty dead, it was four.")]
    [InlineData("There are still two bodies under the school in Izium.")]
    public void Apply_DeniedOrOpenTally_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_NoCountBeforeNoun_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("The wounded waited in the corridor in Sumy.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(CasualtyTally.Apply, "Q: Were there twenty dead?\nA: I think so.\n", [HarmSet.None, HarmSet.None]));
    }
}
