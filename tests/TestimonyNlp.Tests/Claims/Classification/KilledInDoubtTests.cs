using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class KilledInDoubtTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(KilledInDoubt.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: Some say Vitalii is in a camp in the north, some say they shot him.")]
    [InlineData("A: Some people said the boys were taken to the coast, others said they died there.")]
    public void Apply_DeathAsOneOfTwoRumours_KilledTaken(string answer)
    {
        Assert.Equal([HarmSet.Missing], Apply(answer, HarmSet.Killed | HarmSet.Missing));
    }

    [Theory]
    [InlineData("A: Some say they shot him at the well.")]
    [InlineData("A: They killed him, some say at the bridge, I do not know.")]
    [InlineData("A: People say he died there, some say in March.")]
    public void Apply_OneRumourOrNone_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed));
    }
}
