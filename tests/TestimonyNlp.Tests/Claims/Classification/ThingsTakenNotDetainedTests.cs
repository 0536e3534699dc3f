using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ThingsTakenNotDetainedTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(ThingsTakenNotDetained.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In Gao the gunmen took my brother's motorbike and his phone, and they hit him.")]
    [InlineData("A: The soldiers took the shops of the market in Kidal, they took the cars also.")]
    [InlineData("A: They drove into Gao in the cars they took from the army.")]
    [InlineData("A: The militia took the checkpoints around Mopti for a week.")]
    [InlineData("A: I took the little boy from his arms and ran to Sevare.")]
    [InlineData("A: In Gao the gunmen took the solar panels of the well and broke the tap.")]
    [InlineData("A: The fighters took the zakat from every family in Kidal.")]
    public void Apply_ThingsOrTheSpeakerTaking_DetainedTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.Detained));
    }

    [Theory]
    [InlineData("A: They took them to the emergency room in Gao, the nurses and the volunteers.")]
    [InlineData("A: They took us in buses to the shelter at Sevare.")]
    [InlineData("A: The soldiers took us in a car to a clinic in a house, then an ambulance took my wife to Mopti hospital.")]
    public void Apply_PeopleTakenToCareOrShelter_DetainedTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.Detained));
    }

    [Theory]
    [InlineData("A: They took him out dead before the rain in Gao.")]
    [InlineData("A: The rescuers took out seven bodies from the school in Gao.")]
    [InlineData("A: The neighbours took out the dead with their hands.")]
    public void Apply_TheDeadTakenOut_DetainedTaken(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.Detained));
    }

    [Fact]
    public void Apply_ThingsTakenBesideAnInjury_InjuryKept()
    {
        Assert.Equal(
            [HarmSet.Injured],
            Apply("A: The gunmen took my brother's motorbike and his phone in Gao, and they hit him.", HarmSet.Injured | HarmSet.Detained));
    }

    [Theory]
    [InlineData("A: At the checkpoint in Gao they took him off the bus.")]
    [InlineData("A: They took his phone and they took him to the camp near Kidal.")]
    [InlineData("A: They took our money and kept us two days in a school in Mopti.")]
    [InlineData("A: In Gao the soldiers arrested my cousin Amadou.")]
    [InlineData("A: They took him to the hospital in Gao and kept him there two weeks under guard.")]
    [InlineData("A: They took him from the hospital in Gao to the camp near Kidal.")]
    [InlineData("A: At night they took him out of a workshop in Gao.")]
    public void Apply_APersonTakenOrHeld_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.Detained], Apply(answer, HarmSet.Detained));
    }
}
