using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class WoundToldByBodyTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(WoundToldByBody.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("My cousin Tarek was by the bakery in Homs, a piece went in his shoulder.")]
    [InlineData("The metal went into her belly.")]
    [InlineData("His legs, both of them, full of metal.")]
    [InlineData("The roof came on me in Kharkiv and I broke two ribs.")]
    [InlineData("I fell from the bicycle and broke my wrist.")]
    [InlineData("At the school in Idlib dozens were choking from the gas.")]
    public void Apply_WoundToldByBody_Injured(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Behind the bakery my sister was cut on the knee.")]
    [InlineData("Yusuf, twelve, burned on the legs, stayed with us.")]
    [InlineData("My cousin Lina had glass in her arm, only a little.")]
    [InlineData("My uncle Fares got a small piece in his thigh that winter.")]
    [InlineData("The driver of the van had a wound in his abdomen.")]
    [InlineData("Since the blast her right leg is gone.")]
    [InlineData("Karim was carried to the clinic with his belly open.")]
    [InlineData("Sami fell from the truck and his nose was bleeding.")]
    public void Apply_WoundToldByPartCutOrGone_Injured(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_ChokingInKilledSentenceNamingNoDeath_MovedToInjured()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured],
            Apply("In the houses near the mosque in Douma nine people were choking.", HarmSet.None, HarmSet.Killed));
    }

    [Fact]
    public void Apply_ChokingInKilledSentenceNamingDeath_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("Two children died choking in the cellar in Douma.", HarmSet.None, HarmSet.Killed));
    }

    [Theory]
    [InlineData("The bullet went into his head.")]
    [InlineData("The bullets went in the asphalt.")]
    [InlineData("Nobody was choking, the wind took the smoke away.")]
    [InlineData("He came back from the prison in Aleppo with broken ribs.")]
    [InlineData("The guards left Nabil in the cell with his back open.")]
    [InlineData("The truck burned on the side of the hill.")]
    [InlineData("The guard by the gate had a bullet in his chest.")]
    [InlineData("The rope was cut in two.")]
    [InlineData("Adel was released from the camp with a wound on his knee.")]
    public void Apply_NoWoundOfTheBody_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_SentenceOfAnotherHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.PropertyDamage],
            Apply("The glass came into the kitchen and a piece went into my hand.", HarmSet.None, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(WoundToldByBody.Apply, "Q: So a piece went into his leg?\nA: Yes.\n", [HarmSet.None, HarmSet.None]));
    }
}
