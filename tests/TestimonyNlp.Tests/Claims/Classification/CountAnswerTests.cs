using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class CountAnswerTests
{
    private static HarmSet[] Apply(string question, string answer, params HarmSet[] harms) =>
        AssessedSentences.After(CountAnswer.Apply, "Q: " + question + "\nA: " + answer + "\n", harms);

    [Fact]
    public void Apply_CountAfterWhetherQuestion_TakesQuestionHarm()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("Was anyone killed in Kharkiv that night?", "Four.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_CountAfterHowManyQuestion_TakesQuestionHarm()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Detained],
            Apply("How many men were taken from Izium?", "Seven, eight men, from our street.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_HyphenatedCount_TakesQuestionHarm()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.PropertyDamage],
            Apply("How many houses burned in Kupiansk?", "Twenty-three, my uncle counted them.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_AnswerWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured],
            Apply("Was anyone killed?", "Three were hurt by the glass.", HarmSet.None, HarmSet.Injured));
    }

    [Theory]
    [InlineData("Was your family hurt?", "My uncle Taras, he is sixty.")]
    [InlineData("Was anyone hurt?", "My aunt Olena, sixty-something, she sold bread.")]
    [InlineData("Were you ever arrested?", "Not since 2015.")]
    [InlineData("Was the market in Kupiansk hit again?", "Yes, in the summer, two weeks after the feast.")]
    public void Apply_AgeYearOrTimeNotCount_Unchanged(string question, string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(question, answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("So five people died?", "Five.")]
    [InlineData("When were they arrested?", "Three days after Easter.")]
    [InlineData("Were the five of them killed.", "Five.")]
    public void Apply_NoQuestionOfWhetherOrHowMany_Unchanged(string question, string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(question, answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_DeniedCount_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("Was anyone killed?", "No, the two boys ran to Sumy.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_RivalHarmNamed_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("Was anyone killed?", "Two wounded, that is all.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_TownTakenBack_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("And when Balakliia was taken back?", "Two weeks later.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_CountLaterInAnswer_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None, HarmSet.None],
            Apply("Was anyone taken?", "I was at the market. Two men from Izium.", HarmSet.None, HarmSet.None, HarmSet.None));
    }
}
