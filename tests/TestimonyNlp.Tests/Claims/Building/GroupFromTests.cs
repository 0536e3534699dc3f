using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A killing's run is cut where a sentence opens on "From" a household, a family or a street with victims of its own,
/// after the run counted or named its victims: gold keeps that group in a claim of its own.
/// </summary>
public sealed class GroupFromTests
{
    private const string Header = "Date of interview: 9 May 2020\n\nQ: How many were killed?\nA: ";

    [Fact]
    public void Build_FamilyWithItsOwnVictimsAfterAToll_IsAClaimOfItsOwn()
    {
        var claims = Build(Header + "More than twenty, I think. I saw many bodies in the road, I could not count. From the Alizai family, three brothers, Samiullah, Hayatullah and Ezatullah, all three died.\n",
            ("More than twenty", HarmSet.Killed, Basis.Witnessed), ("I saw many", HarmSet.Killed, Basis.Witnessed), ("From the Alizai", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 21/null ", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[More than twenty, I think. I saw many bodies in the road, I could not count.]", claims[0], StringComparison.Ordinal);
        Assert.Contains(" 3/3 ", claims[1], StringComparison.Ordinal);
        Assert.Contains("evidence=[From the Alizai family, three brothers, Samiullah, Hayatullah and Ezatullah, all three died.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_StreetCountedAfterANamedDeath_IsAClaimOfItsOwn()
    {
        var claims = Build(Header + "My cousin Salam Idris fell on her jerrycan at the tap in Geneina. From our street I counted six who did not get up.\n",
            ("My cousin", HarmSet.Killed, Basis.Witnessed), ("From our street", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 1/1 ", claims[0], StringComparison.Ordinal);
        Assert.Contains(" 6/6 ", claims[1], StringComparison.Ordinal);
        Assert.Contains("evidence=[From our street I counted six who did not get up.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FamilyInAListGivenItsTotal_GoesOnWithTheRun()
    {
        var claim = Assert.Single(Build(Header + "My father-in-law, Hajj Kamel, seventy-four. My mother-in-law Wadad. My husband's sister Sawsan and her two girls, Rim and Hanin, seven and nine. And from the Dakroub family four people, the old man Abu Fouad, his wife and his two sons. Nine people. [crying]\n",
            ("My father", HarmSet.Killed, Basis.Witnessed), ("My mother", HarmSet.Killed, Basis.Witnessed), ("Sawsan", HarmSet.Killed, Basis.Witnessed),
            ("Dakroub", HarmSet.Killed, Basis.Witnessed), ("Nine people", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 9/9 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[My father-in-law, Hajj Kamel, seventy-four. My mother-in-law Wadad.", claim, StringComparison.Ordinal);
        Assert.Contains("Nine people. [crying]]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FromAPlaceWithoutVictims_GoesOnWithTheRun()
    {
        var claim = Assert.Single(Build(Header + "Nine people died in the market of Aleppo. From the roof we saw them lying there.\n",
            ("Nine people", HarmSet.Killed, Basis.Witnessed), ("From the roof", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 9/9 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Nine people died in the market of Aleppo. From the roof we saw them lying there.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FamilyAfterARunWithoutVictims_GoesOnWithTheRun()
    {
        var claim = Assert.Single(Build(Header + "The house in Maghazi was on the ground. From the Abu Hamad family twenty-two died.\n",
            ("The house", HarmSet.Killed, Basis.Witnessed), ("From the Abu Hamad", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 22/22 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[The house in Maghazi was on the ground. From the Abu Hamad family twenty-two died.]", claim, StringComparison.Ordinal);
    }
}
