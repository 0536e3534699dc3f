using System.Runtime.InteropServices;
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

    private static readonly string[] SourceWords = ["radio", "list"];

    [Theory]
    [InlineData("We heard it on the Radio.", true)]
    [InlineData("Her name was on the list", true)]
    [InlineData("The radios were broken.", false)]
    [InlineData("", false)]
    public void ContainsAny_TokensOfTheText_TrueOnlyForAWholeWordOfTheList(string text, bool expected)
    {
        var tokens = TextTestHelper.Tokenize(text);

        Assert.Equal(expected, WordList.ContainsAny(CollectionsMarshal.AsSpan(tokens), text, SourceWords));
    }
}
