using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class TakingToldObjectFirstTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(TakingToldObjectFirst.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("Four men they took.")]
    [InlineData("Some they took off the truck.")]
    [InlineData("Seven or eight boys they took that evening, my cousin said.")]
    [InlineData("Three, they took with them when they went.")]
    [InlineData("And some of them the soldiers took on the bridge.")]
    public void Apply_CountTakenFirst_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Only the young men they arrested.")]
    [InlineData("Some women they kept, I did not know them.")]
    public void Apply_PeopleTakenFirst_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Then they took him to the river.")]
    [InlineData("The radio they took, and the money.")]
    [InlineData("Him they kept.")]
    [InlineData("Tomas, they kept, and we do not know why.")]
    [InlineData("Some they took from the villages.")]
    [InlineData("Four men they beat.")]
    [InlineData("They took four men.")]
    [InlineData("Later, they took the goats.")]
    public void Apply_NoPeopleTakenFirst_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_SentenceWithHarm_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.Missing], Apply("Four men they took.", HarmSet.None, HarmSet.Missing));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(TakingToldObjectFirst.Apply, "Q: Four men they took?\nA: Yes.\n", [HarmSet.None, HarmSet.None]));
    }

    [Fact]
    public void Apply_Taking_TakesRuleConfidence()
    {
        var document = CraftedTranscript.Tokenized("Q: And then?\nA: Five men they took.\n");
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };
        TakingToldObjectFirst.Apply(document, assessments);
        Assert.Equal(HarmSet.Detained, assessments[1].Harms);
        Assert.Equal(TakingToldObjectFirst.HarmConfidence, assessments[1].HarmConfidence);
    }
}
