using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Where a claim of listed victims ends: a sentence opening with "And" or "Also" and one more person goes on with the
/// list whatever is told of that person after, and a larger toll told with a word of the harm right after three or more
/// listed victims is their total, in the same claim.
/// </summary>
public sealed class ListAndTotalTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    [Fact]
    public void Build_PersonAfterAndWithAClauseOfTheirOwn_GoesOnWithTheList()
    {
        var claim = Assert.Single(Build(Header + "My aunt Layla Haddad died in her kitchen in Homs. And my uncle, Tariq Haddad, I found him by the door.\n",
            ("My aunt", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 2/2 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[My aunt Layla Haddad died in her kitchen in Homs. And my uncle, Tariq Haddad, I found him by the door.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnnamedPersonAfterAlso_GoesOnWithTheList()
    {
        var claim = Assert.Single(Build(Header + "My aunt Layla Haddad died in her kitchen in Homs. Also a man who was buying bread, I did not know him.\n",
            ("My aunt", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 2/2 ", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AndWithAFigureOfOthers_StaysOut()
    {
        var claim = Assert.Single(Build(Header + "My aunt Layla Haddad died in her kitchen in Homs. And four or five others from the street, people say more.\n",
            ("My aunt", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 1/1 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[My aunt Layla Haddad died in her kitchen in Homs.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AndAfterAListWithoutAWordOfTheHarm_StaysOut()
    {
        var claim = Assert.Single(Build(Header + "My wife Salma, my son Omar and my mother were in the basement in Douma. And my brother Tariq and his family in the same building.\n",
            ("My wife", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains("evidence=[My wife Salma, my son Omar and my mother were in the basement in Douma.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TotalAfterAListOfThree_IsItsToll()
    {
        var claim = Assert.Single(Build(Header + "My uncle Karim Haddad, his wife Salma and their son Omar died under the roof in Aleppo. Seven people from that street died.\n",
            ("My uncle", HarmSet.Killed, Basis.Witnessed), ("Seven people", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 7/7 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[My uncle Karim Haddad, his wife Salma and their son Omar died under the roof in Aleppo. Seven people from that street died.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureAfterAHouseholdWithoutAWordOfTheHarm_StaysApart()
    {
        var claims = Build(Header + "My uncle Karim Haddad, his wife Salma and their son Omar were under the roof in Aleppo. Seven people in two rooms.\n",
            ("My uncle", HarmSet.Killed, Basis.Witnessed), ("Seven people", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 7/7 ", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TollOthersToldAfterTheList_StaysApart()
    {
        var claims = Build(Header + "My uncle Karim Haddad, his wife Salma and their son Omar died under the roof in Aleppo. People say nine died in that street.\n",
            ("My uncle", HarmSet.Killed, Basis.Witnessed), ("People say", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 3/3 ", claims[0], StringComparison.Ordinal);
    }
}
