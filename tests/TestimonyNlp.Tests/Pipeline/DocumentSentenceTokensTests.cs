using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Pipeline;

public sealed class DocumentSentenceTokensTests
{
    private const string Text = "Header\nAmal ran. Yes\nThen home.";

    /// <summary>A header token outside every sentence, then three sentences: three tokens, one token, three tokens.</summary>
    private static Document ThreeSentences()
    {
        var document = new Document(CraftedTranscript.Testimony(Text));
        document.Tokens.AddRange(
        [
            new Token(0, 6, TokenKind.Word),
            new Token(7, 4, TokenKind.Word),
            new Token(12, 3, TokenKind.Word),
            new Token(15, 1, TokenKind.Punctuation),
            new Token(17, 3, TokenKind.Word),
            new Token(21, 4, TokenKind.Word),
            new Token(26, 4, TokenKind.Word),
            new Token(30, 1, TokenKind.Punctuation),
        ]);
        document.Sentences.Add(new Sentence(7, 16, 1, 3, 0));
        document.Sentences.Add(new Sentence(17, 20, 4, 1, 0));
        document.Sentences.Add(new Sentence(21, 31, 5, 3, 0));
        return document;
    }

    [Theory]
    [InlineData(0, "Amal|ran|.")]
    [InlineData(1, "Yes")]
    [InlineData(2, "Then|home|.")]
    public void SentenceTokens_Sentence_GivesItsTokensOnly(int sentence, string expected)
    {
        var tokens = ThreeSentences().SentenceTokens(sentence);

        var words = new List<string>();
        foreach (var token in tokens)
        {
            words.Add(token.Span(Text).ToString());
        }

        Assert.Equal(expected, string.Join('|', words));
    }

    [Fact]
    public void SentenceTokens_OneTokenSentence_GivesThatToken()
    {
        Assert.Equal([new Token(17, 3, TokenKind.Word)], ThreeSentences().SentenceTokens(1).ToArray());
    }

    [Fact]
    public void SentenceTokens_PastLastSentence_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeSentences().SentenceTokens(3).Length);
    }
}
