using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class TollToldBySourceTests
{
    private const string Toll = "The shell fell on the market in Mosul and eleven people died there.";

    private static HarmSet[] Apply(string answer, HarmSet toll) =>
        AssessedSentences.After(TollToldBySource.Apply, "Q: What happened at the market?\nA: " + Toll + " " + answer + "\n", [HarmSet.None, toll, HarmSet.None]);

    [Theory]
    [InlineData("The Ministry said seventeen.")]
    [InlineData("The radio of the army said sixty, but they say what they want.")]
    [InlineData("The news in the morning said twelve, and later they said fourteen.")]
    [InlineData("The radio said first ninety-five.")]
    [InlineData("The government said dozens.")]
    [InlineData("The mayor said twenty-four, without the guests from the town.")]
    public void Apply_InstitutionsFigureAfterAKilling_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed, HarmSet.Killed], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_InstitutionsFigureAfterAnInjury_Injured()
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured, HarmSet.Injured], Apply("The hospital page said forty, the next day.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("My husband says sixteen.")]
    [InlineData("Some people in the street say twenty.")]
    [InlineData("The radio said it was seven in the morning.")]
    [InlineData("The radio said two days later that it was the army.")]
    [InlineData("The Ministry did not say seventeen.")]
    [InlineData("Did the Ministry say seventeen?")]
    [InlineData("The Ministry said the school had three floors.")]
    [InlineData("Without a list the Ministry said seventeen.")]
    public void Apply_PeoplesFigureOrNoBareFigure_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed, HarmSet.None], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_FigureAfterADetention_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained, HarmSet.None], Apply("The Ministry said seventeen.", HarmSet.Detained));
    }
}
