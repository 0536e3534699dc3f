using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A claim other than damage left without a count takes the toll of people (for a flight, also of families) told in the
/// sentence right after its evidence (or one further past a sentence without a count), else in the sentence right before
/// it, when that sentence is of the same answer and no claim's evidence; not a count of times nor a figure said again.
/// </summary>
public sealed class TollBesideTests
{
    private const string Header = "Date of interview: 4 March 2021\n\nQ: What happened then?\nA: ";

    private static string Toll(string harmWord, string answer, HarmSet harm)
    {
        var lines = Build(Header + answer + "\n", (harmWord, harm, Basis.Witnessed));
        var line = Assert.Single(lines);
        return line.Split(' ')[2];
    }

    [Fact]
    public void Build_NoCountAndPeopleCountedInTheNextSentence_TakesThatToll()
    {
        Assert.Equal("7/7", Toll("left", "In May we left Sinjar with only our clothes. Seven people in one small car.", HarmSet.Displaced));
    }

    [Fact]
    public void Build_NoCountAndTheTollPastASentenceWithoutCount_TakesThatToll()
    {
        Assert.Equal("9/9", Toll("took", "The soldiers took the men from the houses. It was raining hard. I counted, nine men.", HarmSet.Detained));
    }

    [Fact]
    public void Build_NoCountAndPeopleCountedInTheSentenceBefore_TakesThatToll()
    {
        Assert.Equal("3/3", Toll("heard", "Three fishermen from Tartus went out that night. Nobody has heard from them since.", HarmSet.Missing));
    }

    [Fact]
    public void Build_NoCountAndAFloorAloneInTheNextSentence_OpensTheToll()
    {
        Assert.Equal("21/null", Toll("wounded", "Many were wounded in the market of Aleppo. More than twenty, in the street.", HarmSet.Injured));
    }

    [Fact]
    public void Build_NoCountAndAFloorOfSomethingElseInTheNextSentence_StaysWithoutCount()
    {
        Assert.Equal("null/null", Toll("wounded", "Many were wounded in the market of Aleppo. More than twenty shops were there.", HarmSet.Injured));
    }

    [Fact]
    public void Build_FlightWithoutCountAndFamiliesCountedInTheNextSentence_TakesThatToll()
    {
        Assert.Equal("50/null", Toll("left", "A lot of people left Puerto Claver after the list. Maybe fifty families, maybe more.", HarmSet.Displaced));
    }

    [Fact]
    public void Build_FlightWithoutCountAndFamiliesThatStayedInTheNextSentence_StaysWithoutCount()
    {
        Assert.Equal("null/null", Toll("left", "A lot of people left Puerto Claver after the list. Fifty families stayed in the school.", HarmSet.Displaced));
    }

    [Fact]
    public void Build_EvidenceCountsTimes_StaysWithoutCount()
    {
        Assert.Equal("null/null", Toll("moved", "We moved four times from Raqqa. Five families in one truck.", HarmSet.Displaced));
    }

    [Fact]
    public void Build_NextSentenceIsAnotherAnswer_StaysWithoutCount()
    {
        var lines = Build(Header + "In May we left Sinjar with only our clothes.\nQ: How many were you?\nA: Seven people in one small car.\n",
            ("left", HarmSet.Displaced, Basis.Witnessed));
        Assert.Equal("null/null", Assert.Single(lines).Split(' ')[2]);
    }
}
