using TestimonyNlp.Model;
using TestimonyNlp.Text;
using static TestimonyNlp.Tests.Text.TextTestHelper;

namespace TestimonyNlp.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_TwoSentences_ExactOffsetsAndTokens()
    {
        const string text = "We ran. They followed.";

        var sentences = Split(text);

        Assert.Equal([new Sentence(0, 7, 0, 3, 0), new Sentence(8, 22, 3, 3, 0)], sentences);
    }

    [Fact]
    public void Split_SegmentIndexGiven_RecordedOnEverySentence()
    {
        const string text = "We ran. They followed.";
        var tokens = Tokenize(text);
        var sentences = new List<Sentence>();

        new SentenceSplitter().Split(text, tokens, 0, tokens.Count, 4, sentences);

        Assert.Equal([4, 4], sentences.Select(s => s.Segment));
    }

    [Theory]
    [InlineData("We ran. They followed.", "We ran. | They followed.")]
    [InlineData("Where were you? At home.", "Where were you? | At home.")]
    [InlineData("Run! Now.", "Run! | Now.")]
    [InlineData("We ran. and then we hid.", "We ran. and then we hid.")]
    [InlineData("Where? in the basement.", "Where? in the basement.")]
    [InlineData("We counted. 12 were dead.", "We counted. | 12 were dead.")]
    [InlineData("We ran. - then stopped.", "We ran. - then stopped.")]
    [InlineData("No sentence mark at all", "No sentence mark at all")]
    public void Split_SentenceMarks_EndOnlyBeforeSentenceStart(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Theory]
    [InlineData("Dr. Karim came. He helped us.", "Dr. Karim came. | He helped us.")]
    [InlineData("We asked Mr. Haddad. He agreed.", "We asked Mr. Haddad. | He agreed.")]
    [InlineData("Sgt. Then was his name.", "Sgt. Then was his name.")]
    [InlineData("It was house No. 5 on the street.", "It was house No. 5 on the street.")]
    public void Split_TitleAbbreviation_NeverEnds(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Theory]
    [InlineData("We lived in the U.S. Then we returned.", "We lived in the U.S. | Then we returned.")]
    [InlineData("The U.S. Army came.", "The U.S. Army came.")]
    [InlineData("He called the U.N. Karim answered.", "He called the U.N. Karim answered.")]
    [InlineData("Bread, water etc. We had nothing.", "Bread, water etc. | We had nothing.")]
    [InlineData("Bread, water etc. and blankets.", "Bread, water etc. and blankets.")]
    [InlineData("It began at 5 a.m. The planes came.", "It began at 5 a.m. | The planes came.")]
    [InlineData("We lived on Baron St. Then we moved.", "We lived on Baron St. | Then we moved.")]
    public void Split_OtherAbbreviation_EndsOnlyBeforeStarterWord(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Theory]
    [InlineData("He said \"run.\" Then we ran.", "He said \"run.\" | Then we ran.")]
    [InlineData("He said “run.” Then we ran.", "He said “run.” | Then we ran.")]
    [InlineData("\"Run!\" he shouted.", "\"Run!\" he shouted.")]
    [InlineData("He said, \"We will come back. Nobody leaves.\" Then he left.", "He said, \"We will come back. Nobody leaves.\" | Then he left.")]
    [InlineData("He ran. \"Stop!\" she cried.", "He ran. | \"Stop!\" she cried.")]
    [InlineData("She said ‘go.’ We went.", "She said ‘go.’ | We went.")]
    [InlineData("(We hid.) Then it fell.", "(We hid.) | Then it fell.")]
    [InlineData("He said \"run. Then we ran.", "He said \"run. | Then we ran.")]
    public void Split_Quotations_ClosingQuoteStaysWithSentence(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Fact]
    public void Split_QuoteClosedTooFarAway_NotAQuotation()
    {
        var words = string.Join(" ", Enumerable.Repeat("And", SentenceSplitter.Defaults.MaxQuoteTokens));
        var text = $"He said \"run. {words} then.\" We ran.";

        var sentences = Split(text);

        Assert.Equal(3, sentences.Count);
        Assert.Equal("He said \"run.", text[sentences[0].Start..sentences[0].End]);
    }

    [Theory]
    [InlineData("I saw... the plane came back.", "I saw... the plane came back.")]
    [InlineData("I saw… the plane came back.", "I saw… the plane came back.")]
    [InlineData("I saw... Then it fell.", "I saw... | Then it fell.")]
    [InlineData("... Then we ran.", "... Then we ran.")]
    public void Split_Ellipsis_EndsOnlyBeforeSentenceStart(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Theory]
    [InlineData("Where were you?! We looked everywhere.", "Where were you?! | We looked everywhere.")]
    [InlineData("Where were you?!? we looked.", "Where were you?!? we looked.")]
    public void Split_QuestionExclamationRun_OneBoundary(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Theory]
    [InlineData("It was 1.5 km away. We walked.", "It was 1.5 km away. | We walked.")]
    [InlineData("At 6.30am the shelling began.", "At 6.30am the shelling began.")]
    [InlineData("On 14.10.2016 the bakery was hit.", "On 14.10.2016 the bakery was hit.")]
    [InlineData("About 1,200.50 dollars were taken.", "About 1,200.50 dollars were taken.")]
    public void Split_NumbersWithPeriods_NoBoundaryInside(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Theory]
    [InlineData("We ran\n\nthey followed", "We ran | they followed")]
    [InlineData("We ran\r\n\r\nthey followed", "We ran | they followed")]
    [InlineData("We ran\n \t\nthey followed", "We ran | they followed")]
    [InlineData("We ran\nthey followed", "We ran\nthey followed")]
    [InlineData("We ran\r\nThey followed", "We ran\r\nThey followed")]
    public void Split_BlankLine_EndsSentence(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Fact]
    public void Split_BlankLineInsideQuote_EndsSentenceAndQuote()
    {
        const string text = "He said \"run\n\nwe ran.\" Then it fell.";

        Assert.Equal("He said \"run | we ran.\" | Then it fell.", RenderSentences(text));
    }

    [Theory]
    [InlineData("We hid. [crying] Then it stopped.", "We hid. | [crying] Then it stopped.")]
    [InlineData("We hid. [crying]", "We hid. [crying]")]
    [InlineData("[inaudible]", "[inaudible]")]
    [InlineData("[crying]\n\nWe hid.", "[crying]\n\nWe hid.")]
    [InlineData("We hid.\n\n[crying]\n\nThen it stopped.", "We hid.\n\n[crying] | Then it stopped.")]
    [InlineData("[crying] [inaudible].", "[crying] [inaudible].")]
    [InlineData("We hid. [crying] the roof fell.", "We hid. [crying] the roof fell.")]
    public void Split_NoteAlone_NeverItsOwnSentenceUnlessOnlyThing(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Fact]
    public void Split_NoteMergedIntoPrevious_ExactTokenCount()
    {
        const string text = "We hid. [crying]";

        var sentences = Split(text);

        Assert.Equal(new Sentence(0, 16, 0, 4, 0), Assert.Single(sentences));
    }

    [Theory]
    [InlineData("سقط الصاروخ. مات أخي.", "سقط الصاروخ. | مات أخي.")]
    [InlineData("Снаряд упав. Ми сховались.", "Снаряд упав. | Ми сховались.")]
    public void Split_OtherScripts_UncasedOrUpperStartsSentence(string text, string expected)
    {
        Assert.Equal(expected, RenderSentences(text));
    }

    [Fact]
    public void Split_TurnOfTwoSegments_SentenceContinuesAcrossSegments()
    {
        const string text = "The planes came\nat six. Everyone ran.";
        var tokens = new List<Token>();
        var tokenizer = new Tokenizer();
        tokenizer.Tokenize(text, 0, 15, tokens);
        var second = tokens.Count;
        tokenizer.Tokenize(text, 16, text.Length, tokens);
        var sentences = new List<Sentence>();

        new SentenceSplitter().Split(text, tokens.ToArray(), 0, tokens.Count, [new TurnSegment(2, 0), new TurnSegment(3, second)], sentences);

        Assert.Equal([new Sentence(0, 23, 0, 6, 2), new Sentence(24, 37, 6, 3, 3)], sentences);
    }

    [Fact]
    public void Split_EmptySegmentInTurn_SentenceTakesNextSegment()
    {
        const string text = "We ran. They came.";
        var tokens = Tokenize(text);
        var sentences = new List<Sentence>();

        new SentenceSplitter().Split(
            text,
            tokens.ToArray(),
            0,
            tokens.Count,
            [new TurnSegment(0, 0), new TurnSegment(1, 3), new TurnSegment(2, 3)],
            sentences);

        Assert.Equal([0, 2], sentences.Select(s => s.Segment));
    }

    [Fact]
    public void Split_TokenRangeInsideList_OnlyThoseTokens()
    {
        const string text = "We ran. They came. Then silence.";
        var tokens = Tokenize(text);
        var sentences = new List<Sentence>();

        new SentenceSplitter().Split(text, tokens, 3, 3, 1, sentences);

        Assert.Equal(new Sentence(8, 18, 3, 3, 1), Assert.Single(sentences));
    }

    [Fact]
    public void Split_SentencesAlreadyInList_AppendsAndNeverMergesIntoThem()
    {
        const string text = "We ran. [crying]";
        var tokens = Tokenize(text);
        var earlier = new Sentence(0, 2, 0, 1, 0);
        var sentences = new List<Sentence> { earlier };

        new SentenceSplitter().Split(text, tokens, 3, 1, 1, sentences);

        Assert.Equal([earlier, new Sentence(8, 16, 3, 1, 1)], sentences);
    }

    [Fact]
    public void Split_NoTokens_NoSentences()
    {
        var sentences = new List<Sentence>();

        new SentenceSplitter().Split("", [], 0, 0, 0, sentences);

        Assert.Empty(sentences);
    }

    [Fact]
    public void Split_TokenRangeOutsideList_Throws()
    {
        var tokens = Tokenize("We ran.");

        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSplitter().Split("We ran.", tokens, 1, 3, 0, []));
    }

    [Fact]
    public void Split_NoSegments_Throws()
    {
        var tokens = Tokenize("We ran.");

        Assert.Throws<ArgumentException>(() => new SentenceSplitter().Split("We ran.", tokens.ToArray(), 0, 3, [], []));
    }
}
