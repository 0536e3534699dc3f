using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A run of a harm that holds no count takes the toll of the sentence right after it (or the one after that, past a
/// sentence with no count), in the same answer and asserting no harm of its own; the claim's evidence stays the run's.
/// </summary>
public sealed class CountAfterRunTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    private static string Claim(string answer, string harmFragment, HarmSet harm) =>
        Assert.Single(Build(Header + answer + "\n", (harmFragment, harm, Basis.Witnessed)));

    [Fact]
    public void Build_FlightWithoutCountThenPeopleInATruck_TakesTheirCount()
    {
        var claim = Claim("In August we left our village near Idlib with nothing. Eleven people in one small truck, to my uncle's house.",
            "In August", HarmSet.Displaced);
        Assert.Contains(" 11/11 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[In August we left our village near Idlib with nothing.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CountTwoSentencesAfter_PastASentenceWithoutCount_IsTheToll()
    {
        var claim = Claim("The soldiers arrested the men of the street in Homs. Then they drove them away. I counted nine men from my window.",
            "The soldiers", HarmSet.Detained);
        Assert.Contains(" 9/9 ", claim, StringComparison.Ordinal);
        Assert.Contains("evidence=[The soldiers arrested the men of the street in Homs.]", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureAfterThatRepeatsTheSentenceBefore_IsNoToll()
    {
        var claim = Claim("We fled from Aleppo to the camps, and we moved three times that year. Three times, with the children.",
            "We fled", HarmSet.Displaced);
        Assert.Contains(" null/null ", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DamageWithoutCountThenCars_StaysUncounted()
    {
        var claim = Claim("The shell destroyed our house in Mosul. Two cars were in the street.", "The shell", HarmSet.PropertyDamage);
        Assert.Contains(" null/null ", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CountInTheNextAnswer_IsNotTaken()
    {
        var claim = Claim("In August we left our village near Idlib with nothing.\nQ: And then?\nA: Eleven people in one small truck.",
            "In August", HarmSet.Displaced);
        Assert.Contains(" null/null ", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FigureAfterACountOfTimes_IsNoToll()
    {
        var claim = Claim("We fled from Aleppo to the camps, and we moved four times, I think. My wife counted five.",
            "We fled", HarmSet.Displaced);
        Assert.Contains(" null/null ", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DetentionOfOneThenARoomOfMen_TakesTheLargerCount()
    {
        var claim = Claim("The police arrested my brother Karim at the bus station in Homs. They held him in a hall with thirty men.",
            "The police", HarmSet.Detained);
        Assert.Contains(" 31/31 ", claim, StringComparison.Ordinal);
    }
}
