using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A sentence after a harm, in the same answer, that asserts no harm itself and only names people or gives a figure:
/// its people are the victims of the harm before it, and the sentence is part of the claim's evidence.
/// </summary>
public sealed class FollowingNamesTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    private static string Claim(string answer, string harmFragment, HarmSet harm = HarmSet.Killed) =>
        Assert.Single(Build(Header + answer + "\n", (harmFragment, harm, Basis.Witnessed)));

    [Fact]
    public void Build_NamesAfterAnUncountedKilling_AreItsVictimsAndEvidence()
    {
        var claim = Claim("That night the soldiers killed our neighbours in front of their house in Homs. Karim Haddad and his wife Salma.", "That night");
        Assert.Contains(" 2/2 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[That night the soldiers killed our neighbours in front of their house in Homs. Karim Haddad and his wife Salma.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SentenceAfterTheHarmThatIsNoList_StaysOut()
    {
        var claim = Claim("That night the soldiers killed our neighbours in front of their house in Homs. Karim Haddad told me this later.", "That night");
        Assert.Contains("evidence=[That night the soldiers killed our neighbours in front of their house in Homs.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureAloneAfterAnUncountedHarm_IsItsToll()
    {
        var claim = Claim("In the market in Idlib many people were wounded by the shells. Twelve people, maybe fifteen.", "In the market", HarmSet.Injured);
        Assert.Contains(" 12/15 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[In the market in Idlib many people were wounded by the shells. Twelve people, maybe fifteen.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureThatRepeatsTheSentenceBefore_IsNoToll()
    {
        var claim = Claim("The soldiers took my brother Rami in Homs and kept him nineteen days. Nineteen.", "The soldiers", HarmSet.Detained);
        Assert.Contains(" 1/1 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[The soldiers took my brother Rami in Homs and kept him nineteen days.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ListThatGoesOnWithAnd_AddsToTheNamedVictim()
    {
        var claim = Claim("My cousin Walid Nasser died in the shelling of Douma. And his neighbour, Omar Saleh.", "My cousin");
        Assert.Contains(" 2/2 ", claim, StringComparison.Ordinal);
    }
}
