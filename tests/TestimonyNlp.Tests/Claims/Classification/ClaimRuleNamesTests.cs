using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ClaimRuleNamesTests
{
    [Fact]
    public void TryParse_All_EveryRuleOfBoth()
    {
        Assert.True(ClaimRuleNames.TryParse("all", out var sentence, out var basis));

        Assert.Equal((SentenceRules.All, BasisRules.All), (sentence, basis));
        Assert.Equal(30, ClaimRuleNames.EachSentenceRule.Length);
        Assert.Equal(14, ClaimRuleNames.EachBasisRule.Length);
        Assert.Equal(SentenceRules.All, ClaimRuleNames.EachSentenceRule.Aggregate(SentenceRules.None, (sum, r) => sum | r));
        Assert.Equal(BasisRules.All, ClaimRuleNames.EachBasisRule.Aggregate(BasisRules.None, (sum, r) => sum | r));
    }

    [Theory]
    [InlineData("sentence", SentenceRules.All, BasisRules.None)]
    [InlineData("Basis", SentenceRules.None, BasisRules.All)]
    [InlineData("harmToldByOutcome, RIVALHARMS", SentenceRules.HarmToldByOutcome | SentenceRules.RivalHarms, BasisRules.None)]
    [InlineData("ReportedSource,CountAnswer", SentenceRules.CountAnswer, BasisRules.ReportedSource)]
    public void TryParse_NamesOrGroups_TheirFlags(string text, SentenceRules expectedSentence, BasisRules expectedBasis)
    {
        Assert.True(ClaimRuleNames.TryParse(text, out var sentence, out var basis));

        Assert.Equal((expectedSentence, expectedBasis), (sentence, basis));
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("HarmToldByOutcome,NoSuchRule")]
    [InlineData("None")]
    public void TryParse_EmptyOrUnknown_False(string text)
    {
        Assert.False(ClaimRuleNames.TryParse(text, out var sentence, out var basis));

        Assert.Equal((SentenceRules.None, BasisRules.None), (sentence, basis));
    }

    [Theory]
    [InlineData(SentenceRules.RivalHarms | SentenceRules.CountAnswer, BasisRules.None, "CountAnswer,RivalHarms")]
    [InlineData(SentenceRules.All, BasisRules.All, "all")]
    [InlineData(SentenceRules.All, BasisRules.ReportedSource, "sentence,ReportedSource")]
    [InlineData(SentenceRules.None, BasisRules.All, "basis")]
    public void ToWire_Rules_NamesInTheOrderTheyApply(SentenceRules sentence, BasisRules basis, string expected)
    {
        Assert.Equal(expected, ClaimRuleNames.ToWire(sentence, basis));
    }
}
