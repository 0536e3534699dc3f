using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HearsayAbsentAtTakingTests
{
    [Theory]
    [InlineData(Basis.Experienced)]
    [InlineData(Basis.Witnessed)]
    public void Apply_SpeakerNotThereBeforeDisappearance_Hearsay(Basis basis)
    {
        var document = CraftedTranscript.Tokenized(
            "A: Some say the guards took Tarek at the bridge of Raqqa. I was not there. Since then we know nothing of Tarek.\n");
        var claims = new List<Claim> { Missing(document, 2, basis) };

        HearsayAbsentAtTaking.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_AbsenceBeforeInterviewer_Unchanged()
    {
        var document = CraftedTranscript.Tokenized(
            "A: We weren't there.\nQ: And Tarek?\nA: Since then we know nothing of Tarek.\n");
        var claims = new List<Claim> { Missing(document, 2, Basis.Experienced) };

        HearsayAbsentAtTaking.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_SpeakerThereBeforeDisappearance_Unchanged()
    {
        var document = CraftedTranscript.Tokenized(
            "A: The guards took Tarek at the bridge of Raqqa. I was there. Since then we know nothing of Tarek.\n");
        var claims = new List<Claim> { Missing(document, 2, Basis.Witnessed) };

        HearsayAbsentAtTaking.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_AbsenceBeforeDetention_Unchanged()
    {
        var document = CraftedTranscript.Tokenized("A: I was not there. The guards took Tarek at the bridge of Raqqa.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) with { Harm = Harm.Detained } };

        HearsayAbsentAtTaking.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    private static Claim Missing(Document document, int sentence, Basis basis) =>
        BasisTestClaims.OverSentence(document, sentence, basis) with { Harm = Harm.Missing };
}
