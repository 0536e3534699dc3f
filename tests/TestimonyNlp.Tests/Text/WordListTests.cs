using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Text;

public sealed class WordListTests
{
    private static readonly string[] Parts = ["roof", "hole"];

    [Theory]
    [InlineData("rooftops")]
    [InlineData("WHOLE")]
    [InlineData("roof")]
    public void HasAnyPart_PartInsideTheWord_True(string word)
    {
        Assert.True(WordList.HasAnyPart(word, Parts));
    }

    [Fact]
    public void HasAnyPart_NoPartInside_False()
    {
        Assert.False(WordList.HasAnyPart("room", Parts));
    }
}
