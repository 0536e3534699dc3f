using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Building;

public sealed class HarmWordsTests
{
    [Theory]
    [InlineData(Harm.Displaced, "left", true)]
    [InlineData(Harm.Displaced, "fled", true)]
    [InlineData(Harm.Displaced, "killed", false)]
    [InlineData(Harm.Injured, "burned", false)]
    [InlineData(Harm.Injured, "wounded", true)]
    [InlineData(Harm.Killed, "shot", true)]
    public void NamesOnly_Word_TrueForAStemOfThatHarmAlone(Harm harm, string word, bool expected)
    {
        Assert.Equal(expected, HarmWords.NamesOnly(harm, word));
    }
}
