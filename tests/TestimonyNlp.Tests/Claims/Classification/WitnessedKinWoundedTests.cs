using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class WitnessedKinWoundedTests
{
    [Theory]
    [InlineData("A: A splinter grazed my nephew Tomas on the chin.\n")]
    [InlineData("A: Our youngest girl burned her feet on the hot tin roof.\n")]
    public void Apply_KinWoundedNoSpeaker_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Injured(document, 0, Basis.Experienced) };

        WitnessedKinWounded.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: A splinter went in my back, and my nephew Tomas burned his feet.\n")]
    [InlineData("A: I slipped on the tin roof and my nephew Tomas burned his feet.\n")]
    public void Apply_SpeakerAlsoWounded_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Injured(document, 0, Basis.Experienced) };

        WitnessedKinWounded.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_HearsayKinWounded_Unchanged()
    {
        var document = CraftedTranscript.Tokenized("A: A splinter grazed my nephew Tomas on the chin.\n");
        var claims = new List<Claim> { Injured(document, 0, Basis.Hearsay) };

        WitnessedKinWounded.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_KinKilled_Unchanged()
    {
        var document = CraftedTranscript.Tokenized("A: A splinter from the shell killed my nephew Tomas.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Experienced) with { Harm = Harm.Killed } };

        WitnessedKinWounded.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    private static Claim Injured(Document document, int sentence, Basis basis) =>
        BasisTestClaims.OverSentence(document, sentence, basis) with { Harm = Harm.Injured };
}
