using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class WitnessedStayedBehindTests
{
    [Theory]
    [InlineData("A: The Haddad family left Mayadin for the coast that week. We stayed with the goats.\n", Basis.Experienced)]
    [InlineData("A: Half of the street went to Latakia in May. They rented rooms there. I stayed for the pigeons.\n", Basis.Experienced)]
    [InlineData("A: The Haddad family left Mayadin for the coast that week. We did not leave, the bees needed us.\n", Basis.Hearsay)]
    public void Apply_OthersLeftSpeakerStayedAfter_Witnessed(string text, Basis given)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Displaced(document, 0, given) };

        WitnessedStayedBehind.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_SpeakerInEvidence_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: We left Mayadin with the Haddad family that week. Later we stayed two months in Raqqa.\n");
        var claims = new List<Claim> { Displaced(document, 0, Basis.Experienced) };

        WitnessedStayedBehind.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_OwnHouseholdLeftSpeakerStayed_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: In June my wife and the children went to Hama by bus. I stayed with the goats.\n");
        var claims = new List<Claim> { Displaced(document, 0, Basis.Experienced) };

        WitnessedStayedBehind.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_StayingAfterIf_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: The Haddad family left Mayadin that week. If we stayed one more day, we were dead.\n");
        var claims = new List<Claim> { Displaced(document, 0, Basis.Experienced) };

        WitnessedStayedBehind.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_StayingBeyondTwoSentences_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: The Haddad family left Mayadin that week. They took the bus. It was cold. We stayed.\n");
        var claims = new List<Claim> { Displaced(document, 0, Basis.Experienced) };

        WitnessedStayedBehind.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_KillingWithSpeakerStaying_Unchanged()
    {
        var document = CraftedTranscript.Tokenized("A: The shell killed Samir near the bakery in Mayadin. We stayed.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) with { Harm = Harm.Killed } };

        WitnessedStayedBehind.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    private static Claim Displaced(Document document, int sentence, Basis basis) =>
        BasisTestClaims.OverSentence(document, sentence, basis) with { Harm = Harm.Displaced };
}
