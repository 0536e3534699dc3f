using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ExperiencedOwnSearchTests
{
    [Theory]
    [InlineData("A: Since that night no news of Tarek, we asked at every checkpoint in Homs.\n")]
    [InlineData("A: Nobody knows where Tarek is, I still ask everybody who comes from Homs.\n")]
    [InlineData("A: I went to the police in Homs twice, nobody knows where Tarek is.\n")]
    [InlineData("A: We have searched the hospitals of Homs, Tarek is nowhere.\n")]
    public void Apply_SpeakerSearchesInEvidence_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Missing(document, 0, Basis.Hearsay) };

        ExperiencedOwnSearch.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_SpeakerSearchesNextSentence_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: Tarek never came back from the bridge in Homs. We asked the Red Crescent.\n");
        var claims = new List<Claim> { Missing(document, 0, Basis.Hearsay) };

        ExperiencedOwnSearch.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_SearchSecondSentenceAfter_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: Tarek never came back from the bridge in Homs. It was winter. We asked the Red Crescent.\n");
        var claims = new List<Claim> { Missing(document, 0, Basis.Hearsay) };

        ExperiencedOwnSearch.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_OthersAsked_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: His mother asked everybody in Homs, nobody knows where Tarek is.\n");
        var claims = new List<Claim> { Missing(document, 0, Basis.Hearsay) };

        ExperiencedOwnSearch.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_WitnessedMissing_Witnessed()
    {
        var document = CraftedTranscript.Tokenized("A: We asked at every checkpoint, nobody knows where Tarek is.\n");
        var claims = new List<Claim> { Missing(document, 0, Basis.Witnessed) };

        ExperiencedOwnSearch.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_DetainedHearsay_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: We asked at the checkpoint and they said the soldiers took Tarek.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) with { Harm = Harm.Detained } };

        ExperiencedOwnSearch.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    private static Claim Missing(Document document, int sentence, Basis basis) =>
        BasisTestClaims.OverSentence(document, sentence, basis) with { Harm = Harm.Missing };
}
