using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class CombatDeathsNotKilledTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(CombatDeathsNotKilled.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: My cousin Tarek was with the militia, he was killed in the fighting near Aleppo.")]
    [InlineData("A: Three of their young men died fighting on the hill above Kidal.")]
    [InlineData("A: The radio in Gao said the army killed terrorists near the river.")]
    public void Apply_CombatantsKilled_KilledTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_KilledInFightingWithInjury_InjuredKept()
    {
        Assert.Equal(
            [HarmSet.Injured],
            Apply("A: Tarek was killed at the front near Aleppo and his friend Samir was wounded.", HarmSet.Killed | HarmSet.Injured));
    }

    [Fact]
    public void Apply_DeathOnADayOfTheFighting_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed],
            Apply("A: Old Miriam was killed in her kitchen in Aleppo on the third day of the fighting.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_ArmySaidTheyDiedInTheFighting_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed],
            Apply("A: The army said the two shepherds died in the fighting near Kidal.", HarmSet.Killed));
    }

    [Fact]
    public void Apply_FigureOfThoseKilled_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed],
            Apply("A: They wrote on their page that they killed twenty rebels in Gao.", HarmSet.Killed));
    }
}
