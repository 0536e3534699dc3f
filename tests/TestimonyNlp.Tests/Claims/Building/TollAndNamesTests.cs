using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A toll and the victims named near it: names told a few sentences after the witness's own toll are some of its
/// victims (across a question too, when they are told without a word of death, or spoken of only as "the bodies"), a toll of a crowd after named victims is a claim of its own, and a figure given alone after the harm is its
/// toll even when the count reader reads no people in it.
/// </summary>
public sealed class TollAndNamesTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    [Fact]
    public void Build_NamesAFewSentencesAfterTheToll_MergeIntoIt()
    {
        var claim = Assert.Single(Build(Header + "Six people died at the bus stop in Aleppo. I saw six. Maybe more later. The man who sold melons, Karim Haddad, and his nephew Omar.\n",
            ("Six people died", HarmSet.Killed, Basis.Witnessed), ("The man who sold", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 6/6 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Six people died at the bus stop in Aleppo.] + [The man who sold melons, Karim Haddad, and his nephew Omar.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NamesAfterATollTheRadioGave_StayApart()
    {
        var claims = Build(Header + "The city said six people died at the bus stop in Aleppo. I saw the smoke from my roof. The man who sold melons, Karim Haddad, he died.\n",
            ("The city said", HarmSet.Killed, Basis.Hearsay), ("The man who sold", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 6/6 ", claims[0], StringComparison.Ordinal);
        Assert.Contains(" 1/1 ", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_VictimsNamedWithoutAWordOfDeathAfterAQuestion_MergeIntoTheToll()
    {
        var claim = Assert.Single(Build(Header + "A shell fell on the market in Aleppo. Seven people were dead. I counted them.\nQ: Who were they?\nA: Karim Haddad, the baker, and his son Omar.\n",
            ("Seven people were dead", HarmSet.Killed, Basis.Witnessed), ("Karim Haddad", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 7/7 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Seven people were dead.] + [Karim Haddad, the baker, and his son Omar.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_VictimWhoseDeathIsToldAfterAQuestion_StaysApart()
    {
        var claims = Build(Header + "A shell fell on the market in Aleppo. Seven people were dead. I counted them.\nQ: Who were they?\nA: Karim Haddad, the baker, he died at his oven.\n",
            ("Seven people were dead", HarmSet.Killed, Basis.Witnessed), ("Karim Haddad", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 7/7 ", claims[0], StringComparison.Ordinal);
        Assert.Contains(" 1/1 ", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BodiesSpokenOfAfterAQuestionAndAnswer_MergeIntoTheToll()
    {
        var claim = Assert.Single(Build(Header + "A drone hit the garage near the bus station in Mekelle. Two men died there, I knew only one, Tesfay. The garage burned.\nQ: Did you see it?\nA: I heard it. I was at the well. I saw the smoke. The bodies I did not see, my brother went.\n",
            ("Two men died", HarmSet.Killed, Basis.Witnessed), ("The bodies I did not see", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains(" 2/2 ", claim, StringComparison.Ordinal);
        Assert.Contains("+ [The bodies I did not see, my brother went.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DeathToldAsFarAfterTheToll_StaysApart()
    {
        var claims = Build(Header + "A drone hit the garage near the bus station in Mekelle. Two men died there, I knew only one, Tesfay. The garage burned.\nQ: Did you see it?\nA: I heard it. I was at the well. I saw the smoke. The bodies I did not see, but my brother died later.\n",
            ("Two men died", HarmSet.Killed, Basis.Witnessed), ("The bodies I did not see", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 2/2 ", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[The bodies I did not see, but my brother died later.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureOfAnOfficialSourceAfterNamedDead_StaysApart()
    {
        var claims = Build(Header + "My father Sami Haddad and my brother Rami died on the stairs in Aleppo.\nQ: How many died in the whole town?\nA: Official, for all of Homs, is four thousand.\n",
            ("My father", HarmSet.Killed, Basis.Witnessed), ("Official, for", HarmSet.Killed, Basis.Reported));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 2/2 ", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[Official, for all of Homs, is four thousand.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TollOfACrowdAfterANamedVictim_IsAClaimOfItsOwn()
    {
        var claims = Build(Header + "Karim Haddad, who sold melons, died in the market of Aleppo. Twenty people were killed there that day.\n",
            ("Karim Haddad", HarmSet.Killed, Basis.Witnessed), ("Twenty people", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal(2, claims.Count);
        Assert.Contains(" 1/1 ", claims[0], StringComparison.Ordinal);
        Assert.Contains("evidence=[Twenty people were killed there that day.]", claims[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TollThatCountsTheNamedVictimWithOthers_StaysInItsClaim()
    {
        var claim = Assert.Single(Build(Header + "Karim Haddad, who sold melons, died in the market of Aleppo. Four people died with him.\n",
            ("Karim Haddad", HarmSet.Killed, Basis.Witnessed), ("Four people died", HarmSet.Killed, Basis.Witnessed)));
        Assert.Contains("evidence=[Karim Haddad, who sold melons, died in the market of Aleppo. Four people died with him.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BareFigureWithAnOpenEnd_IsTheToll()
    {
        var claim = Assert.Single(Build(Header + "A shell fell on the school in Idlib. Injured, many. Ten, maybe more.\n",
            ("Injured, many", HarmSet.Injured, Basis.Witnessed)));
        Assert.Contains(" 10/null ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[Injured, many. Ten, maybe more.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureSaidToBeAGuess_IsTheToll()
    {
        var claim = Assert.Single(Build(Header + "A shell fell on the school in Idlib. Injured, many. Fifteen, twenty, I don't know.\n",
            ("Injured, many", HarmSet.Injured, Basis.Witnessed)));
        Assert.Contains(" 15/20 ", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureOfYearsAfterTheHarm_IsNoToll()
    {
        var claim = Assert.Single(Build(Header + "The soldiers took my brother Rami Haddad in Homs. Twelve years.\n",
            ("The soldiers took", HarmSet.Detained, Basis.Witnessed)));
        Assert.Contains(" 1/1 ", claim, StringComparison.Ordinal);
    }
}
