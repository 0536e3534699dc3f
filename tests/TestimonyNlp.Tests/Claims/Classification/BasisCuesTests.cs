using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class BasisCuesTests
{
    private static Basis? Stated(string answer)
    {
        var content = "A: " + answer + "\n";
        var document = CraftedTranscript.Tokenized(content);
        return BasisCues.Stated(document, document.Sentences[0]);
    }

    [Theory]
    [InlineData("I was wounded in the leg when the shell fell.", Basis.Experienced)]
    [InlineData("We were badly hurt, my wife and I.", Basis.Experienced)]
    [InlineData("They arrested me at the checkpoint near Harasta.", Basis.Experienced)]
    [InlineData("In March we fled to Idlib with the children.", Basis.Experienced)]
    [InlineData("Our house was destroyed by the barrel bomb.", Basis.Experienced)]
    [InlineData("I saw the shell fall on the bakery.", Basis.Witnessed)]
    [InlineData("He died there, I saw it with my own eyes.", Basis.Witnessed)]
    [InlineData("We saw on the news that thirty people were killed.", Basis.Reported)]
    [InlineData("They read the names of the dead on Facebook.", Basis.Reported)]
    [InlineData("My neighbour told me that the market was hit.", Basis.Hearsay)]
    [InlineData("People say that forty died in the mosque.", Basis.Hearsay)]
    public void Stated_PhraseOfABasis_ThatBasis(string answer, Basis expected)
    {
        Assert.Equal(expected, Stated(answer));
    }

    [Theory]
    [InlineData("The shell fell on the market and seven people died.")]
    [InlineData("My brother was wounded in the leg.")]
    public void Stated_NoPhrase_Null(string answer)
    {
        Assert.Null(Stated(answer));
    }
}
