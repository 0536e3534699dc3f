using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A wounding counted from the people told one by one, opened by a crowd of wounded without a number: the people are
/// some of the wounded, so the toll is a floor (<c>UnnumberedCrowd</c>); so are the people of a detention told among
/// "the men" taken.
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

    private static string Taken(string answer) => AnswerToll(Header, answer, HarmSet.Detained, Basis.Witnessed);

    [Theory]
    [InlineData("At dawn a patrol entered the clinic yard and took the men; me and my cousin Tarek were pushed into a van.", "2/null")]
    [InlineData("Early on Friday the guards took the men from the bakery queue, the drivers too. My friend, Mr. Salim Haddad, was led off barefoot.", "1/null")]
    [InlineData("By the bridge the militia took away the men, even old ones. My husband Karim and my brother Fadi.", "2/null")]
    [InlineData("When the village emptied, the men they took to a warehouse, my brother on crutches as well.", "1/null")]
    [InlineData("Near the mill a unit seized my uncle Samir, with all the men of our lane.", "1/null")]
    public void Build_PeopleTakenAmongTheMen_LeavesTheTollOpen(string answer, string expected)
    {
        Assert.Equal(expected, Taken(answer));
    }

    [Theory]
    [InlineData("The guards separated the men at the school gate. My husband, Walid, was held ten days.", "1/1")]
    [InlineData("A patrol took the young men at the market. Rami was one.", "1/1")]
    [InlineData("They lined up all the men in a courtyard and read a list. My cousin Fadi was taken to the prison.", "1/1")]
    [InlineData("The patrol took the men away, perhaps thirty men, my son Karim one of them.", "30/30")]
    public void Build_MenSeparatedOrTakenWithAFigure_KeepsTheTollClosed(string answer, string expected)
    {
        Assert.Equal(expected, Taken(answer));
    }
}
