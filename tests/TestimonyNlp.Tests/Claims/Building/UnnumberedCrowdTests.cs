using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A wounding counted from the people told one by one, opened by a crowd of wounded without a number: the people are
/// some of the wounded, so the toll is a floor (<c>UnnumberedCrowd</c>).
/// </summary>
public sealed class UnnumberedCrowdTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: Was anyone hurt?\nA: ";

    private static string Toll(string answer) => AnswerToll(Header, answer, HarmSet.Injured, Basis.Witnessed);

    [Theory]
    [InlineData("Many people were bleeding. My neighbour Tomas Berg lost his eye.", "1/null")]
    [InlineData("Many wounded. My son Pavel had a cut on his head.", "1/null")]
    public void Build_PeopleToldAfterAnUnnumberedCrowd_LeavesTheTollOpen(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("My neighbour Tomas Berg lost his eye. Many were wounded, I cannot say how many.", "1/1")]
    [InlineData("Many people were bleeding, three were hurt badly.", "3/3")]
    [InlineData("My neighbour Tomas Berg lost his eye.", "1/1")]
    public void Build_CrowdToldAfterThePeopleOrAFigureGiven_KeepsTheTollClosed(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }
}
