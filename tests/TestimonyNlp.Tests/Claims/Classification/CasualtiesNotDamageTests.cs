using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class CasualtiesNotDamageTests
{
    private const HarmSet Both = HarmSet.Killed | HarmSet.PropertyDamage;

    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(CasualtiesNotDamage.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In May a shell fell on the house of the Haddad family in Homs and three of them died.")]
    [InlineData("A: Near Marib the drone hit a car and two men were killed.")]
    public void Apply_StruckPlaceOnlySettingOfDeaths_DamageTaken(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, Both));
    }

    [Fact]
    public void Apply_StruckPlaceOnlySettingOfWounds_DamageTaken()
    {
        Assert.Equal(
            [HarmSet.Injured],
            Apply("A: In June a shell hit the house of Nadia in Aleppo and her husband was wounded in the leg.", HarmSet.Injured | HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_GlassThatCut_DamageTaken()
    {
        Assert.Equal(
            [HarmSet.Injured],
            Apply("A: In Odesa the windows of our flat came in and my neighbour Olha was cut on the face.", HarmSet.Injured | HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_GlassWithDeathOnly_Unchanged()
    {
        Assert.Equal(
            [Both],
            Apply("A: In Odesa the windows of our flat came in and my neighbour Olha died.", Both));
    }

    [Fact]
    public void Apply_DamageTold_Unchanged()
    {
        Assert.Equal(
            [Both],
            Apply("A: In May a shell destroyed the house of the Haddad family in Homs and three of them died.", Both));
    }

    [Fact]
    public void Apply_SeveralHousesStruck_Unchanged()
    {
        Assert.Equal(
            [Both],
            Apply("A: In May a strike hit the house of Karim in Homs and the two houses beside it, and his son died.", Both));
    }

    [Fact]
    public void Apply_InsideDamageRun_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage, Both],
            Apply("A: Our shop in Homs was all stones. In May a shell hit the house of Karim and his son died.", HarmSet.PropertyDamage, Both));
    }

    [Fact]
    public void Apply_NoCasualtyAsserted_Unchanged()
    {
        Assert.Equal(
            [HarmSet.PropertyDamage],
            Apply("A: Near Marib the drone hit a car and two men were killed.", HarmSet.PropertyDamage));
    }
}
