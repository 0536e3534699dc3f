using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// One event's damage is one claim (<c>MentionMerge.CanMerge</c>): damage told again merges into the damage claim
/// told before it, except the speaker's own property with others', which keeps its own basis. Damage naming no building,
/// vehicle or another's part of a home is neither, and "my" or "our" after a preposition of where the speaker stood is
/// no property of theirs.
/// </summary>
public sealed class DamageMergeTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Damage = HarmSet.PropertyDamage;

    [Fact]
    public void Build_DamageOfOneStrikeToldAgainAfterAQuestion_MergesIntoOneClaim()
    {
        const string Strike = "A shell hit the bakery in Douma and the roof fell in.";
        const string Again = "The bakery in Douma burned all night, the ovens are black.";
        var claims = Build(
            Header + "A: " + Strike + "\nQ: And after?\nA: " + Again + "\n",
            (Strike[..12], Damage, Basis.Witnessed),
            (Again[..12], Damage, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the bakery in Douma and the roof fell in.] + [The bakery in Douma burned all night, the ovens are black.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OwnWindowsAfterTheNeighboursRoof_StaysApart()
    {
        const string Strike = "A shell hit the house of our neighbours in Douma and the roof fell in.";
        const string Own = "Our windows came in, all of them, and the door of the kitchen flew.";
        var claims = Build(
            Header + "A: " + Strike + "\nQ: And your house?\nA: " + Own + "\n",
            (Strike[..12], Damage, Basis.Witnessed),
            (Own[..12], Damage, Basis.Experienced));

        Assert.Equal(
            [
                "c1 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the house of our neighbours in Douma and the roof fell in.] confidence=0.72",
                "c2 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[Our windows came in, all of them, and the door of the kitchen flew.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_StrikeNamingNoPropertyBeforeOwnWindows_MergesIntoOneClaim()
    {
        const string Strike = "The planes hit Douma at noon, two times, I heard it.";
        const string Own = "Our windows in Douma came in, all of them, and the door of the kitchen flew.";
        var claims = Build(
            Header + "A: " + Strike + "\nQ: And your house?\nA: " + Own + "\n",
            (Strike[..12], Damage, Basis.Witnessed),
            (Own[..12], Damage, Basis.Experienced));

        var claim = Assert.Single(claims);
        Assert.Equal("[" + Strike + "] + [" + Own + "]", "[" + TollAndEvidence(claim).Evidence + "]");
    }

    [Fact]
    public void Build_TheirRoofBeforeOwnWindows_StaysApart()
    {
        const string Strike = "The shell hit their roof in Douma and it folded in.";
        const string Own = "Our windows in Douma came in, all of them, and the door of the kitchen flew.";
        var claims = Build(
            Header + "A: " + Strike + "\nQ: And your house?\nA: " + Own + "\n",
            (Strike[..12], Damage, Basis.Witnessed),
            (Own[..12], Damage, Basis.Experienced));

        Assert.Equal([Strike, Own], claims.Select(c => TollAndEvidence(c).Evidence));
    }

    [Fact]
    public void Build_OwnDoorWhereTheSpeakerStood_MergesWithTheNeighboursHouseToldAgain()
    {
        const string Strike = "From my door I saw the shell hit the house of Karim in Douma.";
        const string Again = "The house of Karim in Douma burned all night, only the walls stayed.";
        var claims = Build(
            Header + "A: " + Strike + "\nQ: And after?\nA: " + Again + "\n",
            (Strike[..12], Damage, Basis.Witnessed),
            (Again[..12], Damage, Basis.Witnessed));

        var claim = Assert.Single(claims);
        Assert.Equal(Strike + "] + [" + Again, TollAndEvidence(claim).Evidence);
    }
}
