using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A damage claim told without a count takes the figure of buildings that opens the next sentence of the answer, and
/// that sentence joins its evidence: "Our house burned. Twenty-two houses in our section, I counted."
/// </summary>
public sealed class DamageCountAfterTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What was destroyed?\nA: ";

    private static (string Toll, string Evidence) Built(string damage, string next)
    {
        var claim = Assert.Single(Build(Header + damage + " " + next + "\n", (damage, HarmSet.PropertyDamage, Basis.Witnessed)));
        return TollAndEvidence(claim);
    }

    [Theory]
    [InlineData("In Thantlang our house burned, the whole wooden house.", "Twenty-two houses in our section, I counted the smoke one by one.", "22/22")]
    [InlineData("In Tula Toli the houses, all of them burned.", "Four hundred, five hundred houses, the whole village.", "400/500")]
    [InlineData("In Dehbala the tea house burned.", "And maybe six shops, mine also.", "6/6")]
    public void Build_FigureOfBuildingsOpensNextSentence_CountsAndJoinsIt(string damage, string next, string expected)
    {
        Assert.Equal((expected, damage + "] + [" + next), Built(damage, next));
    }

    [Theory]
    [InlineData("In Thantlang our house burned.", "Two houses from us, the family of Htoo lived.")]
    [InlineData("In Thantlang our house burned.", "Three houses down the road they had a shop.")]
    [InlineData("In Thantlang our house burned.", "We had two houses, one in the village.")]
    [InlineData("In Thantlang our house burned.", "Two cars were parked in the street.")]
    [InlineData("In Thantlang our house burned.", "Seven of us slept in the school after.")]
    public void Build_NextSentenceNoFigureOfStruckBuildings_StaysUncounted(string damage, string next)
    {
        Assert.Equal(("null/null", damage), Built(damage, next));
    }

    [Fact]
    public void Build_DamageAlreadyCounted_KeepsItsCountAndEvidence()
    {
        const string Damage = "In Thantlang two shops burned.";
        Assert.Equal(("2/2", Damage), Built(Damage, "Twenty-two houses in our section, I counted the smoke."));
    }
}
