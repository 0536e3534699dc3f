using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class DamageToldByStrikeTests
{
    private static HarmSet[] Apply(string text, params HarmSet[] harms) =>
        AssessedSentences.After(DamageToldByStrike.Apply, text + "\n", harms);

    [Theory]
    [InlineData("A: In May a shell fell on the house of Karim Tello.")]
    [InlineData("A: The drone hit a car on the road to Zarin.")]
    [InlineData("A: That night the planes bombed the bakery of Salim.")]
    public void Apply_StrikeOnPropertyInSentenceOfNoHarm_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Fact]
    public void Apply_StrikeOnPropertyInSentenceOfKilling_DamageAdded()
    {
        Assert.Equal(
            [HarmSet.Killed | HarmSet.PropertyDamage],
            Apply("A: One rocket fell on the shop of Omar Dabbas, and his son died.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("A: The shells fell near the school, by the gate.")]
    [InlineData("A: The mortars fell on the street of the mill.")]
    [InlineData("A: A shell fell in the compound of our neighbours.")]
    [InlineData("A: I fell in the house when I ran.")]
    [InlineData("A: He was hit in the house by a piece of metal.")]
    public void Apply_StrikeBesideOrNotOnProperty_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The shell did not hit the house.")]
    [InlineData("A: We were afraid they would hit the school.")]
    [InlineData("A: Why they hit the mill, I do not know.")]
    [InlineData("A: The drone hit a car of the army on the bridge road.")]
    [InlineData("A: The jets hit a farm where the fighters slept.")]
    public void Apply_StrikeDeniedFearedOrOnArmedSide_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The barrel that fell on the house of Hiba, I remember it.")]
    [InlineData("A: After they hit the school, we went out.")]
    [InlineData("A: A rocket fell in Souq Marwa at noon.")]
    [InlineData("A: A shell fell on the kitchen when he was cooking.")]
    public void Apply_StrikeToldElsewhereOrOnPlaceNameOrRoom_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Fact]
    public void Apply_TownNamedHitInsideSentence_NoHarm()
    {
        Assert.Equal([HarmSet.None], Apply("A: We stayed in the house near the Hit bridge.", HarmSet.None));
    }

    [Fact]
    public void Apply_SentenceWithDamage_Unchanged()
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply("A: A shell fell on the house of Karim Tello.", HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_InterviewerQuestion_NoHarm()
    {
        Assert.Equal([HarmSet.None], Apply("Q: A shell fell on the house of Karim Tello.", HarmSet.None));
    }

    [Theory]
    [InlineData("A: My cousin said a clinic was hit.")]
    [InlineData("A: The house of Karim Tello was also shelled that night.")]
    [InlineData("A: The shops were bombed in the morning.")]
    public void Apply_PropertyStruckInPassive_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: The people in the house were hit by the shells.")]
    [InlineData("A: The car of Omar, his son was hit in it.")]
    [InlineData("A: The kitchen was hit when he was cooking.")]
    [InlineData("A: The truck of the army was hit on the bridge road.")]
    public void Apply_PassiveStrikeOnPeopleRoomOrArmedSide_NoHarm(string answer)
    {
        Assert.Equal([HarmSet.None], Apply(answer, HarmSet.None));
    }

    [Theory]
    [InlineData("A: Something hit the tents of the Tello family, I do not know what.")]
    [InlineData("A: I am not sure of the day, a shell fell on the bakery of Salim.")]
    public void Apply_StrikeOnPropertyWithDoubtOfItsDetails_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.PropertyDamage], Apply(answer, HarmSet.None));
    }

    /// <summary>The harms of a one-sentence answer of no harm after the rule, with <paramref name="weapon"/>, when
    /// given, marked as a WEAPON mention at its first occurrence.</summary>
    private static HarmSet ApplyWithWeapon(string answer, string? weapon)
    {
        var content = answer + "\n";
        var document = CraftedTranscript.Tokenized(content);
        if (weapon is not null)
        {
            var start = content.IndexOf(weapon, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention("e1", EntityType.Weapon, start, start + weapon.Length, weapon, weapon, 1.0));
        }

        var assessments = new[] { SentenceAssessment.NoHarm };
        DamageToldByStrike.Apply(document, assessments);
        return assessments[0].Harms;
    }

    [Theory]
    [InlineData("A: The second shell came through the shop of Salim.", "shell")]
    [InlineData("A: One rocket went into the bakery of Salim.", "rocket")]
    public void Apply_WeaponArrivingOnProperty_PropertyDamage(string answer, string weapon)
    {
        Assert.Equal(HarmSet.PropertyDamage, ApplyWithWeapon(answer, weapon));
    }

    [Theory]
    [InlineData("A: The soldiers came into the house at night.", null)]
    [InlineData("A: The shell came near the school, by the gate.", "shell")]
    public void Apply_PeopleArrivingOrWeaponBesideProperty_NoHarm(string answer, string? weapon)
    {
        Assert.Equal(HarmSet.None, ApplyWithWeapon(answer, weapon));
    }
}
