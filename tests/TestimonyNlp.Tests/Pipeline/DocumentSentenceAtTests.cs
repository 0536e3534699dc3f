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
}
