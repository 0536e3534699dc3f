using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A total the witness says after the people counted ("him and four other men, five men", "so eight") is the toll; a
/// person joined by "and" after a counted group's word of the harm is one more ("four guards were killed and one man").
/// </summary>
public sealed class TollTotalTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What happened?\nA: ";

    private static string Toll(string answer, HarmSet harm) => AnswerToll(Header, answer, harm, Basis.Witnessed);

    [Theory]
    [InlineData("In Hama eight soldiers were killed, two of them officers, and three civilians, eleven.", "11/11")]
    [InlineData("In Tyre nine bodies reached the clinic, and one more died at dawn, so ten.", "10/10")]
    public void Build_TotalSaidAfterThePeople_IsTheToll(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_TotalSaidAfterOneTakenWithOthers_IsTheToll()
    {
        Assert.Equal("4/4", Toll("In Hama they arrested him, and with him three other drivers from the same depot, four men.", HarmSet.Detained));
    }

    [Fact]
    public void Build_SecondFigureCorrectingOneCount_IsNoTotal()
    {
        Assert.Equal("30/32", Toll("Thirty people, thirty-two, died under the school in Raqqa.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("In Mosul four guards were killed and one man who sold bread.", "5/5")]
    [InlineData("In Mosul three soldiers died and a taxi driver who stood next to them.", "4/4")]
    [InlineData("In Mosul two farmers who worked there were killed, and a small child, the daughter of one of them.", "3/3")]
    [InlineData("In Aleppo two men in the car died, and a man selling gas who was passing.", "3/3")]
    [InlineData("The soldiers in Homs told me three of them died, and a boy who sold tea.", "4/4")]
    public void Build_PersonJoinedAfterAGroupsHarm_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("In Mosul four people were killed, and the old baker also.", "4/4")]
    [InlineData("In Mosul four guards were killed and one man of them was my cousin.", "4/4")]
    [InlineData("In Gaza two boys who sold the water were killed, and the man who owned the cart, Abu Jihad, lost his leg.", "2/2")]
    [InlineData("In Homs two of them died, and a woman was wounded.", "2/2")]
    public void Build_PersonJoinedAfterPeopleAsSuchOrAmongThemOrOtherwiseHarmed_AddsNothing(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("Oksana says six, because one more died at the hospital, she says.", "6/6")]
    [InlineData("Seven died near the well in Hajin, and one more died in the hospital.", "8/8")]
    public void Build_OneMoreGivenAsTheReason_IsInTheToll(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("He said four people of his street died, two were shot by the gunmen and two were burned in a house.", "4/4")]
    [InlineData("He said four people of his street died, two were shot by the gunmen and one was burned in a house.", "2/4")]
    public void Build_TotalToldBeforeItsParts_IsTheToll(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("Seven people, including two children, were killed in the market of Kafranbel.", HarmSet.Killed, "7/7")]
    [InlineData("Twelve were wounded in Bentiu, among them my two sons.", HarmSet.Injured, "12/12")]
    [InlineData("Four, including my nephew Mohamud, we still do not know where they are.", HarmSet.Missing, "4/4")]
    public void Build_FigureWithSomePickedOutAfterIt_IsTheToll(string answer, HarmSet harm, string expected)
    {
        Assert.Equal(expected, Toll(answer, harm));
    }

    [Fact]
    public void Build_MoreDeadInTheNextSentence_AddToTheToll()
    {
        Assert.Equal("10/10", Toll("Nine were already dead in the pick-ups near Hodeidah. One more died with us on the road.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("The police said later on the radio nine wounded, but in the health post I counted more, twelve, fourteen maybe.", "9/14")]
    [InlineData("The police said on the radio nine wounded, and I counted twelve more in the health post.", "21/21")]
    [InlineData("The wounded, I wrote twenty-six names, eh, between twenty-five and thirty, some went to the hospital.", "25/30")]
    public void Build_FigureCountedOrCorrectedAfterAnother_WidensTheToll(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("In Homs eight, maybe nine. I know eight names, they read them in the mosque.", "8/9")]
    [InlineData("In Homs eight or nine were killed, I think. The young men said nine.", "8/9")]
    [InlineData("In Homs eight were killed. I know eight names, they read them in the mosque.", "8/8")]
    public void Build_RangeHoldingTheToll_GivesItsBounds(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_HedgedFigureOpeningASentence_WidensTheToll()
    {
        Assert.Equal("8/9", Toll("In Homs the shell killed people. Eight. Maybe nine. I saw eight bodies on the ground.", HarmSet.Killed));
    }
}

