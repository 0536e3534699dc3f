using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A damage claim's count of animals told beside a building or other property struck is no count of the damage:
/// "The barn burned with the hay, two cows died." is uncounted.
/// </summary>
public sealed class AnimalCountBesideDamageTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What was destroyed?\nA: ";

    private static string Toll(string answer) => AnswerToll(Header, answer, HarmSet.PropertyDamage, Basis.Witnessed);

    [Theory]
    [InlineData("In Tartar a mortar fell on the barn. The barn burned with the hay, two cows died.")]
    [InlineData("In Djibo the roof fell into the room of the cows, two cows died.")]
    [InlineData("In Tripoli the greenhouses were torn apart, the chickens dead, two thousand chickens.")]
    [InlineData("In Djibo one came through the roof of his store room, and two goats were killed in the yard.")]
    public void Build_AnimalsCountedBesideProperty_HasNoCount(string answer)
    {
        Assert.Equal("null/null", Toll(answer));
    }

    [Theory]
    [InlineData("In Djibo the shell fell in the pen and three goats died.", "3/3")]
    [InlineData("In Izium the shelling burned two houses and a cow died.", "2/2")]
    [InlineData("In Izium the shelling burned two houses, and two cows died.", "2/2")]
    public void Build_AnimalsAloneOrTheBuildingsCounted_KeepsTheCount(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }
}
