using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DamageToldByRuinTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(DamageToldByRuin.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: The bakery of Salim was destroyed.")]
    [InlineData("A: Our shop was gone.")]
    [InlineData("A: The water tank was pierced.")]
    [InlineData("A: The kiosk of Hamid, it was finished.")]
    [InlineData("A: The balconies were all smashed.")]
    public void Apply_PropertyThenBeAndRuin_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Her stall burned with all the stock inside.")]
    [InlineData("A: We heard a bang, the window of my aunt broke.")]
    [InlineData("A: Our house has cracks in every wall.")]
    public void Apply_PropertyThenVerbOrMarksOfRuin_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Nobody burned the house of Salim.")]
    [InlineData("A: The school was not damaged.")]
    [InlineData("A: People said the clinic was burned.")]
    [InlineData("A: The door was broken from before.")]
    [InlineData("A: The clinic was already damaged.")]
    public void Apply_RuinDeniedRumouredOrEarlier_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The glass broke on me.")]
    [InlineData("A: He was asked about the day the stalls burned.")]
    [InlineData("A: Our mosque is gone.")]
    [InlineData("A: The pharmacy was closed when the medicine finished.")]
    [InlineData("A: The broken bridge is still there.")]
    public void Apply_RuinOnSomeoneAskedOrNotOfTheProperty_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: A family from Dorvan lives in it now.")]
    [InlineData("A: Our house, a man from Belvo lives in it.")]
    [InlineData("A: He says someone is living in our house.")]
    public void Apply_StrangersLiveInTheHouse_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Nobody lives in it now.")]
    [InlineData("A: A family from Dorvan lived in the village.")]
    [InlineData("A: Our house, can a family live in it?")]
    [InlineData("A: A man from Belvo lives in the next street.")]
    public void Apply_StrangersNotLivingInTheHouse_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Fact]
    public void Apply_SentenceOfAnotherHarm_Unchanged()
    {
        Assert.Equal([HarmSet.Killed], Apply("A: The house of Salim was destroyed and his son died.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_InterviewerQuestion_NoHarm()
    {
        Assert.Equal([HarmSet.None], Apply("Q: The bakery of Salim was destroyed.", HarmSet.None));
    }
}
