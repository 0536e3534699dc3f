using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HearsayAbsentBeforeTests
{
    [Theory]
    [InlineData("I was not there, my shift was in Hama.")]
    [InlineData("We weren't there that night.")]
    [InlineData("That I know from Salma, our neighbour.")]
    [InlineData("My aunt told us everything at the wedding.")]
    public void Apply_AbsentOrToldBeforeEvidence_Hearsay(string before)
    {
        var document = CraftedTranscript.Tokenized("A: " + before + " A shell struck the baker's house in Ariha and killed his son.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayAbsentBefore.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_AbsentFourSentencesBefore_Witnessed()
    {
        var document = CraftedTranscript.Tokenized(
            "A: I was not there. It was winter. We had no bread. The roads were closed. A shell struck the baker's house in Ariha and killed his son.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 4, Basis.Witnessed) };

        HearsayAbsentBefore.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_AbsentBeforeInterviewer_Witnessed()
    {
        var document = CraftedTranscript.Tokenized(
            "A: I was not there.\nQ: And the baker?\nA: A shell struck the baker's house in Ariha and killed his son.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 2, Basis.Witnessed) };

        HearsayAbsentBefore.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData(Basis.Experienced)]
    [InlineData(Basis.Reported)]
    public void Apply_NotWitnessed_Unchanged(Basis basis)
    {
        var document = CraftedTranscript.Tokenized("A: I was not there. A shell struck the baker's house in Ariha and killed his son.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, basis) };

        HearsayAbsentBefore.Apply(document, claims, 0);

        Assert.Equal(basis, claims[0].Basis);
    }

    [Fact]
    public void Apply_SpeakerThereBefore_Witnessed()
    {
        var document = CraftedTranscript.Tokenized("A: I was there. A shell struck the baker's house in Ariha and killed his son.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayAbsentBefore.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }
}
