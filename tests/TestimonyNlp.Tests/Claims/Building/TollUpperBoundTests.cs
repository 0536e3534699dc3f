using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The words just after a toll may bound it above: "more" set off by a comma or a hedge leaves it open, a larger
/// figure set off the same way is its upper bound.
/// </summary>
public sealed class TollUpperBoundTests
{
    private const string Header = "Date of interview: 9 June 2019\n\nQ: What happened?\nA: ";

    private static string Toll(string answer, HarmSet harm = HarmSet.Killed) =>
        AnswerToll(Header, answer, harm, Basis.Witnessed);

    [Theory]
    [InlineData("Forty people were killed in the market of Aleppo, maybe a little more.", "40/null")]
    [InlineData("They took sixty men from the school in Mosul, more, and put them in the trucks.", "60/null")]
    public void Build_MoreSetOffAfterTheToll_LeavesItOpen(string answer, string expected)
    {
        var harm = answer.Contains("took", StringComparison.Ordinal) ? HarmSet.Detained : HarmSet.Killed;
        Assert.Equal(expected, Toll(answer, harm));
    }

    [Theory]
    [InlineData("We pulled out seven dead from the house in Homs, and the neighbours said there were more under the stones.", "7/null")]
    [InlineData("Seven died in the shelter in Raqqa, and people say there are more, we do not know.", "7/null")]
    public void Build_ThereWereMoreAfterTheToll_LeavesItOpen(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_ThereWereMoreOfAnotherHarm_KeepsTheTollClosed()
    {
        Assert.Equal("5/5", Toll("Five people died in the market of Idlib, and there were more wounded."));
    }

    [Theory]
    [InlineData("They took the men from the street in Mosul, nine or ten men, I counted from the window, maybe more.", "9/10")]
    [InlineData("They took nine men from the street in Mosul, I counted from the window, maybe more.", "9/null")]
    public void Build_MoreAfterTheWitnesssOwnRange_KeepsTheRange(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Detained));
    }

    [Theory]
    [InlineData("Three men died near the mill in Homs, maybe four, I saw three.", "3/4")]
    [InlineData("Twenty people, twenty-two, died in the shelter in Raqqa.", "20/22")]
    [InlineData("I know nine dead from the shells in Idlib, nine or ten, until we left.", "9/10")]
    public void Build_LargerHedgedFigureAfterTheToll_IsItsUpperBound(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_OtherFigureOfTheDeadThenWoundedWhoDied_IsItsUpperBound()
    {
        Assert.Equal(
            "31/35",
            Toll("The lists in the hussainiya of Kadhimiya said thirty-one, and some say thirty-five, because the injured died after."));
    }

    [Fact]
    public void Build_OtherFigureOfTheWounded_IsNoBoundOfTheDead()
    {
        Assert.Equal("31/31", Toll("In Kadhimiya thirty-one people died, and thirty-five were injured."));
    }

    [Fact]
    public void Build_MoreOrLessAfterTheToll_KeepsItClosed()
    {
        Assert.Equal("30/30", Toll("Thirty people died in Daraa that night, more or less."));
    }

    private static (string Toll, string Evidence) TollAfterSentence(string harmSentence, string next) =>
        TollAndEvidence(Assert.Single(Build(Header + harmSentence + " " + next + "\n", (harmSentence, HarmSet.Killed, Basis.Witnessed))));

    [Theory]
    [InlineData("Near the mill in Axum we found thirty-eight bodies.", "Maybe more, we lost count.", "38/null")]
    [InlineData("Forty men fell on the sand in Tula Toli.", "Or even more.", "40/null")]
    public void Build_NextSentenceOpensOnMaybeMore_LeavesTheTollOpenAndJoinsIt(string harmSentence, string next, string expected)
    {
        Assert.Equal((expected, harmSentence + "] + [" + next), TollAfterSentence(harmSentence, next));
    }

    [Theory]
    [InlineData("Six died in the market in Jisr al-Shughur.", "Maybe more later.")]
    [InlineData("Six died in the market in Jisr al-Shughur.", "Maybe more than that, I do not know.")]
    [InlineData("Six died in the market in Jisr al-Shughur.", "More came after.")]
    public void Build_NextSentenceNoOpenEnd_KeepsTheTollClosed(string harmSentence, string next)
    {
        Assert.Equal(("6/6", harmSentence), TollAfterSentence(harmSentence, next));
    }

    [Theory]
    [InlineData("We buried thirty in the orchard of Belmira.", "The imam wrote down thirty and more.", "30/null")]
    [InlineData("Two thousand died in the shelling of Belmira.", "The radio gave two thousand, some say more.", "2000/null")]
    public void Build_NextSentenceRepeatsTheTollWithMore_LeavesItOpenAndJoinsIt(string harmSentence, string next, string expected)
    {
        Assert.Equal((expected, harmSentence + "] + [" + next), TollAfterSentence(harmSentence, next));
    }

    [Theory]
    [InlineData("We buried thirty in the orchard of Belmira.", "The imam wrote down forty and more.")]
    [InlineData("We buried thirty in the orchard of Belmira.", "The imam wrote down thirty and more were hurt.")]
    [InlineData("We buried thirty in the orchard of Belmira.", "Thirty, and then we found more in the river.")]
    public void Build_NextSentenceOtherFigureOrMoreOfSomethingElse_KeepsTheTollClosed(string harmSentence, string next)
    {
        Assert.Equal(("30/30", harmSentence), TollAfterSentence(harmSentence, next));
    }

    private static string TollOfRun(string first, string second) =>
        TollAndEvidence(Assert.Single(Build(Header + first + " " + second + "\n",
            (first, HarmSet.Killed, Basis.Hearsay), (second, HarmSet.Killed, Basis.Hearsay)))).Toll;

    [Theory]
    [InlineData("After, people said more than twenty died in Hawzen.", "Twenty-one, twenty-two.", "21/22")]
    [InlineData("More than twenty died in the market of Hawzen.", "Twenty-five.", "25/25")]
    public void Build_OwnFigureAboveAFloorToldBefore_ClosesTheToll(string first, string second, string expected)
    {
        Assert.Equal(expected, TollOfRun(first, second));
    }

    [Theory]
    [InlineData("More than thirty were killed in the market of Hawzen, some say fifty.", "31/null")]
    [InlineData("More than thirty were killed in the market of Hawzen, people said thirty-five.", "31/null")]
    public void Build_OthersFigureAfterAFloor_KeepsItOpen(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }
}
