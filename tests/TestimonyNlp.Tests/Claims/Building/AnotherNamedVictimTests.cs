using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Deaths and wounds of people named one after another: a sentence telling the harm of another named person, with no
/// word tying them to the run before, starts a claim of its own; two mentions that each name victims and share none
/// are not merged.
/// </summary>
public sealed class AnotherNamedVictimTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    [Fact]
    public void Build_AnotherNamedVictimToldWithTheHarm_IsAClaimOfItsOwn()
    {
        var claims = Build(Header + "Karim Haddad died at the door of the bakery in Aleppo. Omar Nasser was killed in the street.\n",
            ("Karim Haddad", HarmSet.Killed, Basis.Witnessed), ("Omar Nasser", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains("evidence=[Karim Haddad died at the door of the bakery in Aleppo.]", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[Omar Nasser was killed in the street.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnotherNamedVictimToldWithAlso_StaysInTheClaim()
    {
        var claim = Assert.Single(Build(Header + "Karim Haddad died at the door of the bakery in Aleppo. Omar Nasser also died there.\n",
            ("Karim Haddad", HarmSet.Killed, Basis.Witnessed), ("Omar Nasser", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains("evidence=[Karim Haddad died at the door of the bakery in Aleppo. Omar Nasser also died there.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MentionsNamingOtherVictimsAtOneSite_StayApart()
    {
        var claims = Build(Header + "Karim Haddad was killed in the market of Aleppo.\nQ: What did you do then?\nA: I went home.\n"
            + "Q: Do you know anyone else?\nA: Omar Nasser was killed in the market of Aleppo.\n",
            ("Karim Haddad", HarmSet.Killed, Basis.Witnessed), ("Omar Nasser", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains("evidence=[Karim Haddad was killed in the market of Aleppo.]", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[Omar Nasser was killed in the market of Aleppo.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MentionsNamingOneVictimAtOneSite_Merge()
    {
        var claim = Assert.Single(Build(Header + "Karim Haddad was killed in the market of Aleppo.\nQ: What did you do then?\nA: I went home.\n"
            + "Q: Do you know more?\nA: Karim Haddad was killed in the market of Aleppo by a shell.\n",
            ("Karim Haddad was killed in the market of Aleppo.", HarmSet.Killed, Basis.Witnessed), ("by a shell", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains("evidence=[Karim Haddad was killed in the market of Aleppo.] + [Karim Haddad was killed in the market of Aleppo by a shell.]", claim, StringComparison.Ordinal);
    }
}
