using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DetainedUnwordedTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(DetainedUnworded.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: Soldiers from the north came, and with them boys from Velma that I knew by face.")]
    [InlineData("A: I was digging by the road to Orsk with my cousin and maybe two hundred other men.")]
    [InlineData("A: Seven of us in one room with my uncle's family.")]
    public void Apply_NoWordOfDetention_DetainedTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.Detained));
    }

    [Fact]
    public void Apply_NoWordOfDetentionBesideAnInjury_InjuryKept()
    {
        Assert.Equal([HarmSet.Injured], Apply("A: Soldiers from the north came and hit my cousin Piet.", HarmSet.Injured | HarmSet.Detained));
    }

    [Theory]
    [InlineData("A: In Velma the soldiers arrested my cousin Piet.")]
    [InlineData("A: They kept my brother nine days in a cellar near Orsk.")]
    [InlineData("A: The militia came for my son at night and put him in a van.")]
    [InlineData("A: Piet came back after three weeks, very thin.")]
    public void Apply_AWordOfDetention_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Detained], Apply(answer, HarmSet.Detained));
    }

    [Fact]
    public void Apply_AnswerToTheInterviewer_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Detained],
            Apply("Q: Were other men taken that day?\nA: Seven, maybe eight men.", HarmSet.None, HarmSet.Detained));
    }

    [Fact]
    public void Apply_BesideADetention_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Detained, HarmSet.Detained],
            Apply("A: They arrested my cousin Piet in Velma. Soldiers with masks, four of them.", HarmSet.Detained, HarmSet.Detained));
    }
}
