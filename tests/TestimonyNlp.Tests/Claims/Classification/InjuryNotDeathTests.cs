using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class InjuryNotDeathTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(InjuryNotDeath.Apply, "A: " + answer + "\n", harms);

    [Theory]
    [InlineData("The driver, Oleh, lost two fingers.")]
    [InlineData("A sniper shot him in the thigh near the bakery.")]
    [InlineData("The radio said later eleven wounded in Kherson.")]
    public void Apply_KilledNamingWoundNotDeath_Injured(string answer)
    {
        Assert.Equal([HarmSet.Injured], Apply(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("The bullet came in his hip at the corner of the stalls.")]
    [InlineData("Her cousin Samir was hit by a bullet in the thigh.")]
    [InlineData("Karim was hit in the legs by the same mine.")]
    public void Apply_KilledNamingLimbStruck_Injured(string answer)
    {
        Assert.Equal([HarmSet.Injured], Apply(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("A bullet hit him in the head at the corner.")]
    [InlineData("He was hit in the legs and died in the clinic.")]
    public void Apply_LimbStruckWithDeathOrHeadStruck_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("He lost his leg and died the next day in Odesa.")]
    [InlineData("He was shot in front of the door with a rifle in his hand.")]
    [InlineData("Two were killed and five wounded at the market.")]
    [InlineData("Two of the wounded we had on the mattresses in Homs.")]
    public void Apply_KilledNamingDeathOrNoWound_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_KilledAndInjuredNamingWound_InjuredOnly()
    {
        Assert.Equal([HarmSet.Injured], Apply("The boy lost his foot on the path to Izium.", HarmSet.Killed | HarmSet.Injured));
    }

    [Fact]
    public void Apply_SettingBeforeMovedWound_MovedWithIt()
    {
        Assert.Equal(
            [HarmSet.Injured, HarmSet.Injured],
            Apply("Last week a drone hit the bus at the stop in Kherson. The driver, Oleh, lost two fingers.", HarmSet.Killed, HarmSet.Killed));
    }

    [Fact]
    public void Apply_NeighbourNamingDeath_StaysKilled()
    {
        Assert.Equal(
            [HarmSet.Killed, HarmSet.Injured],
            Apply("Two men were killed at the stop in Kherson. The driver, Oleh, lost two fingers.", HarmSet.Killed, HarmSet.Killed));
    }

    [Fact]
    public void Apply_NeighbourNamingBurial_StaysKilled()
    {
        Assert.Equal(
            [HarmSet.Injured, HarmSet.Killed],
            Apply("The wound went bad in Omdurman. We washed him and took him away.", HarmSet.Killed, HarmSet.Killed));
    }

    [Theory]
    [InlineData("The boy picked up a small ball by the well and it exploded in his hand.")]
    [InlineData("Lina and her uncle came out of the cellar coughing, and Lina vomited all night.")]
    public void Apply_KilledNamingBlastOnHandOrGas_Injured(string answer)
    {
        Assert.Equal([HarmSet.Injured], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_BothHarmsBeforeWound_KilledDropped()
    {
        Assert.Equal(
            [HarmSet.Injured, HarmSet.Injured],
            Apply("Karim picked up a small ball near the well in Ariha. He lost two fingers.", HarmSet.Killed | HarmSet.Injured, HarmSet.Injured));
    }

    [Fact]
    public void Apply_BothHarmsAfterWound_KilledDropped()
    {
        Assert.Equal(
            [HarmSet.Injured, HarmSet.Injured],
            Apply("Her brother Tarek was hit by a bullet in the thigh. She was behind him and saw him fall.", HarmSet.Injured, HarmSet.Killed | HarmSet.Injured));
    }

    [Fact]
    public void Apply_BothHarmsNamingDeathBeforeWound_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.Injured, HarmSet.Injured],
            Apply("The ball killed his friend near the well in Ariha. Karim lost two fingers.", HarmSet.Killed | HarmSet.Injured, HarmSet.Injured));
    }

    [Fact]
    public void Apply_KilledOnlyBeforeInjuredWound_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed, HarmSet.Injured],
            Apply("A drone hit the bus at the stop in Kherson. The driver, Oleh, lost two fingers.", HarmSet.Killed, HarmSet.Injured));
    }

    [Fact]
    public void Apply_BothHarmsBeforeWoundOfNextTurn_Unchanged()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.Injured, HarmSet.None, HarmSet.Injured],
            AssessedSentences.After(
                InjuryNotDeath.Apply,
                "A: Karim picked up a small ball near the well in Ariha.\nQ: And then?\nA: He lost two fingers.\n",
                [HarmSet.Killed | HarmSet.Injured, HarmSet.None, HarmSet.Injured]));
    }

    [Fact]
    public void Apply_NoKilled_Unchanged()
    {
        Assert.Equal([HarmSet.None], Apply("The driver, Oleh, lost two fingers.", HarmSet.None));
    }
}
