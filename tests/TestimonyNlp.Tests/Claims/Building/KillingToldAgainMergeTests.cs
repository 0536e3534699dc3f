using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A later killing mention that tells only what became of the dead already told (their burial, their washing, "the
/// bodies"; <c>MentionMerge.BurialOf</c>) or answers another account of the dead put by the interviewer
/// (<c>MentionMerge.ChallengedTollOf</c>) joins the killing drafted a few sentences before it.
/// </summary>
public sealed class KillingToldAgainMergeTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Killed = HarmSet.Killed;

    [Fact]
    public void Build_BurialAfterAKilling_JoinsTheKilling()
    {
        var claims = Build(
            Header + "A: A shell fell on the bakery in Saqba and killed my uncle Nabil.\nQ: What happened then?\nA: We buried him the next morning behind the mosque.\n",
            ("A shell fell", Killed, Basis.Witnessed),
            ("We buried him", Killed, Basis.Witnessed));

        Assert.Equal(
            ["[A shell fell on the bakery in Saqba and killed my uncle Nabil.] + [We buried him the next morning behind the mosque.]"],
            claims.Select(Evidence).ToList());
    }

    [Fact]
    public void Build_BodiesPointingBackAfterAKilling_JoinTheKilling()
    {
        var claims = Build(
            Header + "A: A shell fell on the bakery in Saqba and killed my uncle Nabil.\nQ: Did you go there?\nA: In the evening. The bodies they had taken already.\n",
            ("A shell fell", Killed, Basis.Witnessed),
            ("The bodies they", Killed, Basis.Witnessed));

        Assert.Equal(
            ["[A shell fell on the bakery in Saqba and killed my uncle Nabil.] + [The bodies they had taken already.]"],
            claims.Select(Evidence).ToList());
    }

    [Fact]
    public void Build_BurialWithACount_StaysApart()
    {
        var claims = Build(
            Header + "A: A shell fell on the bakery in Saqba and killed my uncle Nabil.\nQ: What happened then?\nA: We buried eleven the next morning behind the mosque.\n",
            ("A shell fell", Killed, Basis.Witnessed),
            ("We buried eleven", Killed, Basis.Witnessed));

        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void Build_AnswerToAnotherAccountOfTheDead_JoinsTheKilling()
    {
        var claims = Build(
            Header + "A: The mortar hit the market in Douma and three people died.\nQ: Another witness told us two died.\nA: Three. The third died on the way to the clinic.\n",
            ("The mortar hit", Killed, Basis.Witnessed),
            ("The third died", Killed, Basis.Witnessed));

        Assert.Equal(
            ["[The mortar hit the market in Douma and three people died.] + [Three. The third died on the way to the clinic.]"],
            claims.Select(Evidence).ToList());
    }

    [Fact]
    public void Build_AnswerToAQuestionPuttingNoOtherAccount_StaysApart()
    {
        var claims = Build(
            Header + "A: The mortar hit the market in Douma and three people died.\nQ: Was anyone else hurt in your family?\nA: Yes. My cousin died on the way to the clinic.\n",
            ("The mortar hit", Killed, Basis.Witnessed),
            ("My cousin died", Killed, Basis.Witnessed));

        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void Build_AnswerToAnotherAccountNamingOthers_StaysApart()
    {
        var claims = Build(
            Header + "A: The mortar hit the market in Douma and killed my brother Samir.\nQ: Some people say four died there.\nA: Some count Walid Haddad, who died in Beirut a month later.\n",
            ("The mortar hit", Killed, Basis.Witnessed),
            ("Some count Walid", Killed, Basis.Witnessed));

        Assert.Equal(2, claims.Count);
    }

    [Theory]
    [InlineData("Now people say forty, because many died later.", 2)]
    [InlineData("Now people say twenty, no more.", 1)]
    public void Build_HearsayFigureAfterAnOpenToll_StaysApartOnlyWhenLarger(string hearsay, int count)
    {
        var claims = Build(
            Header + "A: The mortar hit the market in Douma. We buried more than twenty that day. " + hearsay + "\n",
            ("We buried", Killed, Basis.Witnessed),
            ("people say", Killed, Basis.Hearsay));

        Assert.Equal(count, claims.Count);
    }

    [Fact]
    public void Build_TollPassedOnFromOthersAfterTheWitnesssOwn_StaysApart()
    {
        var claims = Build(
            Header + "A: I saw five dead by the bakery in Saqba. My brother says five died there.\n",
            ("I saw five", Killed, Basis.Witnessed),
            ("My brother says", Killed, Basis.Hearsay));

        Assert.Equal(
            ["[I saw five dead by the bakery in Saqba.]", "[My brother says five died there.]"],
            claims.Select(Evidence).ToList());
    }

    [Fact]
    public void Build_TollToldAgainOnTheSameBasis_Joins()
    {
        var claims = Build(
            Header + "A: I saw five dead by the bakery in Saqba. My brother says five died there.\n",
            ("I saw five", Killed, Basis.Witnessed),
            ("My brother says", Killed, Basis.Witnessed));

        Assert.Equal(
            ["[I saw five dead by the bakery in Saqba.] + [My brother says five died there.]"],
            claims.Select(Evidence).ToList());
    }

    /// <summary>The evidence part of a rendered claim.</summary>
    private static string Evidence(string rendered)
    {
        var start = rendered.IndexOf(" evidence=", StringComparison.Ordinal) + " evidence=".Length;
        return rendered[start..rendered.IndexOf(" confidence=", start, StringComparison.Ordinal)];
    }
}
