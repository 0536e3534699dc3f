using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The toll of a crowd told next to one person of the speaker's own: a crowd's toll after someone named by a relation,
/// and the speaker's own named after a crowd's toll, are claims of their own; the names of the toll's victims, a
/// source telling it and names after a bare figure stay in its claim.
/// </summary>
public sealed class CrowdTollTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    [Fact]
    public void Build_CrowdTollAfterARelationNamed_IsAClaimOfItsOwn()
    {
        var claims = Build(Header + "My brother Karim was wounded in the arm in the market of Aleppo. Many others were wounded, fifteen, twenty.\n",
            ("My brother Karim", HarmSet.Injured, Basis.Witnessed), ("Many others", HarmSet.Injured, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 1/1 ", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[My brother Karim was wounded in the arm in the market of Aleppo.]", claims[0], StringComparison.Ordinal);
        Assert.Contains(" 15/20 ", claims[1], StringComparison.Ordinal);
        Assert.Contains("evidence=[Many others were wounded, fifteen, twenty.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OwnNamedAfterACrowdToll_IsAClaimOfItsOwn()
    {
        var claims = Build(Header + "Four people were wounded in the market of Aleppo. My nephew Omar Haddad was hit in the leg.\n",
            ("Four people", HarmSet.Injured, Basis.Witnessed), ("My nephew", HarmSet.Injured, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 4/4 ", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[Four people were wounded in the market of Aleppo.]", claims[0], StringComparison.Ordinal);
        Assert.Contains(" 1/1 ", claims[1], StringComparison.Ordinal);
        Assert.Contains("evidence=[My nephew Omar Haddad was hit in the leg.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OwnNamedAfterABareFigure_StaysInItsClaim()
    {
        var claim = Assert.Single(Build(Header + "Many were hurt in the market of Aleppo. Maybe twenty. My nephew Omar Haddad was hit in the leg.\n",
            ("Many were hurt", HarmSet.Injured, Basis.Witnessed), ("Maybe twenty", HarmSet.Injured, Basis.Witnessed), ("My nephew", HarmSet.Injured, Basis.Witnessed)));
        Assert.Contains(" 20/20 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Many were hurt in the market of Aleppo. Maybe twenty. My nephew Omar Haddad was hit in the leg.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoNamedAfterACrowdToll_StayInItsClaim()
    {
        var claim = Assert.Single(Build(Header + "Nine people died in the market of Aleppo. My uncle Karim Haddad died there, and his son Omar.\n",
            ("Nine people", HarmSet.Killed, Basis.Witnessed), ("My uncle", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 9/9 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Nine people died in the market of Aleppo. My uncle Karim Haddad died there, and his son Omar.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SourceNamedAfterACrowdToll_StaysInItsClaim()
    {
        var claim = Assert.Single(Build(Header + "Nine people died in the market of Aleppo. My cousin Omar told me about the dead.\n",
            ("Nine people", HarmSet.Killed, Basis.Witnessed), ("My cousin", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 9/9 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Nine people died in the market of Aleppo. My cousin Omar told me about the dead.]", claim, StringComparison.Ordinal);
    }
}
