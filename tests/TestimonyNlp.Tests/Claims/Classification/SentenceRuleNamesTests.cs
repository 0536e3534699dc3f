using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class SentenceRuleNamesTests
{
    [Fact]
    public void TryParse_All_EveryRule()
    {
        Assert.True(SentenceRuleNames.TryParse("all", out var rules));

        Assert.Equal(SentenceRules.All, rules);
        Assert.Equal(21, SentenceRuleNames.Each.Length);
        Assert.Equal(SentenceRules.All, SentenceRuleNames.Each.Aggregate(SentenceRules.None, (sum, r) => sum | r));
    }

    [Fact]
    public void TryParse_NamesAnyCaseWithSpaces_TheirFlags()
    {
        Assert.True(SentenceRuleNames.TryParse("harmToldByOutcome, RIVALHARMS", out var rules));

        Assert.Equal(SentenceRules.HarmToldByOutcome | SentenceRules.RivalHarms, rules);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("HarmToldByOutcome,NoSuchRule")]
    [InlineData("None")]
    public void TryParse_EmptyOrUnknown_False(string text)
    {
        Assert.False(SentenceRuleNames.TryParse(text, out var rules));

        Assert.Equal(SentenceRules.None, rules);
    }

    [Fact]
    public void ToWire_SomeRules_NamesInTheOrderTheyApply()
    {
        Assert.Equal("CountAnswer,RivalHarms", SentenceRuleNames.ToWire(SentenceRules.RivalHarms | SentenceRules.CountAnswer));
        Assert.Equal("all", SentenceRuleNames.ToWire(SentenceRules.All));
    }
}
