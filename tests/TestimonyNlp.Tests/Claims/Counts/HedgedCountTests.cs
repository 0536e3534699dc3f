using TestimonyNlp.Claims.Counts;
using static TestimonyNlp.Tests.Claims.Counts.CountTestHelper;

namespace TestimonyNlp.Tests.Claims.Counts;

/// <summary>Second figures given as a hedge ("maybe eleven", "some said twelve"), the speaker's own group ("we
/// were five") and plural relations of a known size ("my parents").</summary>
public sealed class HedgedCountTests
{
    [Theory]
    [InlineData("I counted nine bodies, maybe eleven, near the school.", "10:nine bodies, maybe eleven 9/11 People")]
    [InlineData("People said eight died, some said twelve.", "12:eight died, some said twelve 8/12 People")]
    [InlineData("They told us forty, or thirty-five, they were not sure.", "13:forty, or thirty-five 35/40 People")]
    [InlineData("They said six killed, five or six, in the market.", "10:six killed, five or six 5/6 People")]
    [InlineData("That day I counted nineteen houses, maybe twenty.", "19:nineteen houses, maybe twenty 19/20 Things")]
    [InlineData("The radio said forty-two, and others said fifty.", "15:forty-two, and others said fifty 42/50 People")]
    public void Find_HedgedSecondFigure_WidensTheCount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Six, I think six, were wounded.", "0:Six, I think six, 6/6 People")]
    [InlineData("Twelve, I believe twelve, people died.", "0:Twelve, I believe twelve, people 12/12 People")]
    public void Find_FigureSaidAgainAfterAHedge_IsOneCount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Seven, I think seven, with wounds in the legs.", "0:Seven, I think seven 7/7 People")]
    [InlineData("In Aleppo we buried fourteen, I think fourteen, all from one street.", "20:fourteen, I think fourteen 14/14 People")]
    public void Find_FigureSaidTwiceBeforeNoPeople_IsTheCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("We waited two days, I think two, in the basement.", "")]
    public void Find_FigureSaidTwiceOfATime_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Many, more than twelve, they carried them to the clinic in Rafah.", "6:more than twelve 13/null People")]
    public void Find_FigureTakenUpByThem_IsTheCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Many, more than twelve, they carried us to the clinic.", "")]
    public void Find_FigureNotTakenUpByThem_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("Five died in the market, and three more in the hospital, so eight.", "0:Five 5/5 People | 60:eight 8/8 People")]
    public void Find_FigureAfterSo_IsACount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("So two days later we left.", "")]
    public void Find_TimeAfterSo_IsNoCount(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("At the checkpoint they took men, I counted thirty, more than thirty.", "43:thirty, more than thirty 31/null People")]
    [InlineData("We buried ten, at least ten, behind the mosque in Kidal.", "10:ten, at least ten 10/null People")]
    public void Find_FigureSaidAgainAsABound_IsThatBound(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("I counted twenty, more than thirty were wounded.", "10:twenty 20/20 People | 18:more than thirty 31/null People")]
    public void Find_OtherFigureAsABound_IsAnotherCount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Two died, maybe three injured.", "0:Two 2/2 People | 10:maybe three injured 3/3 People")]
    [InlineData("Seven died, twelve of them children.", "0:Seven 7/7 People")]
    [InlineData("Nine people were killed, maybe eleven years ago.", "0:Nine people 9/9 People")]
    public void Find_FigureOfSomethingElse_LeavesTheCount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Maybe fifteen, one died in the night in Azaz.", true, 15, 15)]
    [InlineData("Some said forty-three.", true, 43, 43)]
    [InlineData("And maybe twenty.", true, 20, 20)]
    [InlineData("Maybe more, we lost count.", true, null, null)]
    [InlineData("Maybe fifteen people from Azaz came later.", false, null, null)]
    [InlineData("Fifteen died.", false, null, null)]
    [InlineData("Maybe dozens.", false, null, null)]
    [InlineData("A journalist from Aden wrote fifteen.", true, 15, 15)]
    [InlineData("The people in the mosque said ten.", true, 10, 10)]
    [InlineData("The families say more, two thousand.", true, 2000, 2000)]
    [InlineData("The people in the mosque said they would come.", false, null, null)]
    [InlineData("My neighbour said ten people from Azaz came later.", false, null, null)]
    [InlineData("People in Goma say more, fifty, sixty.", false, null, null)]
    public void TryReadAlternative_SentenceOpening_ReadsTheFigure(string text, bool expected, int? min, int? max)
    {
        var found = VictimCountReader.TryReadAlternative(text, Tokenize(text), out var readMin, out var readMax);

        Assert.Equal((expected, min, max), (found, readMin, readMax));
    }

    [Theory]
    [InlineData("We were five, in the car.", "0:We were five 5/5 People")]
    [InlineData("We were all together, fifteen, in the cars.", "0:We were all together, fifteen 15/15 People")]
    [InlineData("We are five here in the tent.", "0:We are five 5/5 People")]
    [InlineData("We were five minutes from the school.", "")]
    public void Find_WeWereN_CountsTheSpeakersGroup(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("We moved, me, my wife, my parents and my four children.", "10:me, my wife, my parents and my four children 8/8 People")]
    [InlineData("My parents and my brother were killed.", "0:My parents and my brother 3/3 People")]
    [InlineData("My children and my brother were killed.", "0:My children and my brother 1/null People")]
    public void Find_ParentsInAList_CountAsTwo(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Theory]
    [InlineData("By the tents near the water, fifteen, sixteen.", "29:fifteen, sixteen 15/16 People")]
    [InlineData("Thirty, forty, I don't know how many.", "0:Thirty, forty 30/40 People")]
    [InlineData("He was ten, eleven years old.", "")]
    public void Find_BareTwoFigures_AreACount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Four, maybe five, on that side, the people said.", "0:Four, maybe five 4/5 People")]
    [InlineData("In Homs eight, maybe nine people were killed.", "8:eight, maybe nine people 8/9 People")]
    [InlineData("Three died, perhaps four.", "0:Three died, perhaps four 3/4 People")]
    [InlineData("Two, maybe three days later they came back.", "")]
    public void Find_FigureWithAHedgedLargerOneAfterAComma_IsOneRange(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }

    [Theory]
    [InlineData("Between nineteen and twenty-five in total, because some died later.", "0:Between nineteen and twenty-five in total 19/25 People")]
    [InlineData("Fifteen, sixteen altogether, I think.", "0:Fifteen, sixteen altogether 15/16 People")]
    public void Find_TwoFiguresInTotal_AreACount(string text, string expected)
    {
        Assert.Equal(expected, RenderAll(text));
    }
}
