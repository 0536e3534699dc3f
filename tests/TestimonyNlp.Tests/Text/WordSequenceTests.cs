using TestimonyNlp.Tests.Support;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Text;

public sealed class WordSequenceTests
{
    private static readonly string[][][] Phrases =
    [
        [["shot", "killed"], ["him", "them"]],
        [["no"], ["one"]],
    ];

    [Fact]
    public void MatchAt_PhraseInAnyCase_ItsLength()
    {
        const string text = "Then they Shot HIM near Mosul.";
        Assert.Equal(2, WordSequence.MatchAt(TextTestHelper.Tokenize(text), text, 2, 6, Phrases));
    }

    [Fact]
    public void MatchAt_PhraseRunsPastEnd_Zero()
    {
        const string text = "Then they shot him near Mosul.";
        Assert.Equal(0, WordSequence.MatchAt(TextTestHelper.Tokenize(text), text, 2, 3, Phrases));
    }

    [Fact]
    public void MatchAt_WordsApart_Zero()
    {
        const string text = "Then they shot at him near Mosul.";
        Assert.Equal(0, WordSequence.MatchAt(TextTestHelper.Tokenize(text), text, 2, 7, Phrases));
    }

    [Fact]
    public void EndsAt_PhraseEndingThere_True()
    {
        const string text = "In Aleppo no one came.";
        var tokens = TextTestHelper.Tokenize(text);
        Assert.True(WordSequence.EndsAt(tokens, text, 0, 3, Phrases));
        Assert.False(WordSequence.EndsAt(tokens, text, 3, 3, Phrases));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void HasWord_WordOfTheListInTheSentence_True(int sentence, bool expected)
    {
        var document = CraftedTranscript.Tokenized("A: The ARMY fired on Idlib. Nobody came.\n");
        Assert.Equal(expected, WordSequence.HasWord(document, document.Sentences[sentence], ["army", "police"]));
    }

    [Theory]
    [InlineData(new[] { 1 }, false)]
    [InlineData(new[] { 1, 0 }, true)]
    [InlineData(new int[0], false)]
    public void HasWordInAny_WordInOneOfTheSentences_True(int[] sentences, bool expected)
    {
        var document = CraftedTranscript.Tokenized("A: The ARMY fired on Idlib. Nobody came.\n");
        Assert.Equal(expected, WordSequence.HasWordInAny(document, [.. sentences], ["army", "police"]));
    }

    [Theory]
    [InlineData(new[] { 0 }, false)]
    [InlineData(new[] { 0, 1 }, true)]
    [InlineData(new int[0], false)]
    public void InAny_PhraseInOneOfTheSentences_True(int[] sentences, bool expected)
    {
        var document = CraftedTranscript.Tokenized("A: The army fired on Idlib. No one came.\n");
        Assert.Equal(expected, WordSequence.InAny(document, [.. sentences], Phrases));
    }
}
