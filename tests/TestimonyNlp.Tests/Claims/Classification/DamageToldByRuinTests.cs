using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DamageToldByRuinTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(DamageToldByRuin.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: The bakery of Salim was destroyed.")]
    [InlineData("A: Our shop was gone.")]
    [InlineData("A: The water tank was pierced.")]
    [InlineData("A: The kiosk of Hamid, it was finished.")]
    [InlineData("A: The balconies were all smashed.")]
    public void Apply_PropertyThenBeAndRuin_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Her stall burned with all the stock inside.")]
    [InlineData("A: We heard a bang, the window of my aunt broke.")]
    [InlineData("A: Our house has cracks in every wall.")]
    public void Apply_PropertyThenVerbOrMarksOfRuin_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Nobody burned the house of Salim.")]
    [InlineData("A: The school was not damaged.")]
    [InlineData("A: People said the clinic was burned.")]
    [InlineData("A: The door was broken from before.")]
    [InlineData("A: The clinic was already damaged.")]
    public void Apply_RuinDeniedRumouredOrEarlier_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The glass broke on me.")]
    [InlineData("A: He was asked about the day the stalls burned.")]
    [InlineData("A: Our mosque is gone.")]
    [InlineData("A: The pharmacy was closed when the medicine finished.")]
    [InlineData("A: The broken bridge is still there.")]
    public void Apply_RuinOnSomeoneAskedOrNotOfTheProperty_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: A family from Dorvan lives in it now.")]
    [InlineData("A: Our house, a man from Belvo lives in it.")]
    [InlineData("A: He says someone is living in our house.")]
    public void Apply_StrangersLiveInTheHouse_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Nobody lives in it now.")]
    [InlineData("A: A family from Dorvan lived in the village.")]
    [InlineData("A: Our house, can a family live in it?")]
    [InlineData("A: A man from Belvo lives in the next street.")]
    public void Apply_StrangersNotLivingInTheHouse_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The house of Salim was destroyed and his son died.")]
    [InlineData("A: The radio said two were killed and many shops destroyed.")]
    [InlineData("A: Her house lost its whole roof and two neighbours died.")]
    public void Apply_PlainRuinBesideAnotherHarm_DamageAdded(string answer)
    {
        Assert.Equal([HarmSet.Killed | HarmSet.PropertyDamage], Apply(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("A: The roof of Salim's house collapsed and his son died.")]
    [InlineData("A: The school where the children were burned is closed now.")]
    [InlineData("A: His son died, the house was not damaged.")]
    [InlineData("A: The wall fell on him and he died.")]
    public void Apply_FallOrPeopleOrDenialBesideAnotherHarm_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Killed], Apply(answer, HarmSet.Killed));
    }

    [Fact]
    public void Apply_InterviewerQuestion_NoHarm()
    {
        Assert.Equal([HarmSet.None], Apply("Q: The bakery of Salim was destroyed.", HarmSet.None));
    }
    [Theory]
    [InlineData("A: Both shops on the corner lost their doors and windows.")]
    [InlineData("A: Our house lost the whole roof of the back room.")]
    [InlineData("A: Her flat lost every window that night.")]
    [InlineData("A: The church lost all its glass.")]
    public void Apply_PropertyLostAPart_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The shop owner lost his leg.")]
    [InlineData("A: Our shop lost its customers after the war.")]
    public void Apply_NotAPartLost_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: And my taxi, nine holes, I counted them.")]
    [InlineData("A: The awning of the stall was full of holes.")]
    [InlineData("A: The door of the garage was like a sieve.")]
    public void Apply_PropertyHoled_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The road near the garage was full of holes after the rain.")]
    [InlineData("A: The car was there, he had small holes in his face.")]
    [InlineData("A: They dug holes through the walls to go across between houses.")]
    [InlineData("A: We slept in cars and in holes in the ground.")]
    public void Apply_HolesNotOfProperty_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: When the dust went, the bakery of Fadi was not there.")]
    [InlineData("A: I looked for the shop of my uncle, it was not there any more.")]
    public void Apply_BuildingNotThere_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The house of Fadi, I was not there, I just heard of it.")]
    [InlineData("A: The trucks of the army were not there that day.")]
    public void Apply_PersonOrVehicleNotThere_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }
}
