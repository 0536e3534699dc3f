using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Pipeline;

public sealed class DocumentSentenceAtTests
{
    private static Document TwoSentences()
    {
        var document = new Document(new Testimony
        {
            Source = "t.txt",
            TestimonyId = "t",
            ContentSha256 = "00",
            Format = "txt",
            Content = "Header\nOne two. Three four.",
        });
        document.Sentences.Add(new Sentence(7, 15, 0, 0, 0));
        document.Sentences.Add(new Sentence(16, 27, 0, 0, 0));
        return document;
    }

    [Theory]
    [InlineData(0, -1)]
    [InlineData(7, 0)]
    [InlineData(14, 0)]
    [InlineData(15, -1)]
    [InlineData(16, 1)]
    [InlineData(26, 1)]
    [InlineData(27, -1)]
    public void SentenceAt_Offset_GivesItsSentenceOrMinusOne(int offset, int expected)
    {
        Assert.Equal(expected, TwoSentences().SentenceAt(offset));
    }

    [Fact]
    public void SentenceAt_NoSentences_MinusOne()
    {
        var document = TwoSentences();
        document.Sentences.Clear();

        Assert.Equal(-1, document.SentenceAt(7));
    }

    [Fact]
    public void FirstTokenFrom_NoTokens_Zero()
    {
        Assert.Equal(0, TwoSentences().FirstTokenFrom(7));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 2)]
    [InlineData(27, 5)]
    public void FirstTokenFrom_Offset_GivesTheFirstTokenStartingThereOrLater(int offset, int expected)
    {
        var document = TwoSentences();
        document.Tokens.AddRange([
            new Token(7, 3, TokenKind.Word), new Token(11, 3, TokenKind.Word), new Token(14, 1, TokenKind.Punctuation),
            new Token(16, 5, TokenKind.Word), new Token(22, 4, TokenKind.Word)]);

        Assert.Equal(expected, document.FirstTokenFrom(offset));
    }
}
