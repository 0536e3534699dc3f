using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HearsayAnsweredTests
{
    private const string Told = "A: A mortar fell on the bakery in Ariha and killed Samir.\n";

    [Theory]
    [InlineData("Q: Did you see it?\nA: No, my cousin Lina told me on the phone.\n")]
    [InlineData("Q: Thank you. Did you see any of this yourself?\nA: No. I was in Idlib city.\n")]
    [InlineData("Q: Were you there when it happened?\nA: No, I was at the market.\n")]
    [InlineData("Q: You saw that?\nA: Not me, my husband.\n")]
    public void Apply_AskedWhetherSeenAnsweredNo_Hearsay(string exchange)
    {
        var document = CraftedTranscript.Tokenized(Told + exchange);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayAnswered.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Theory]
    [InlineData("Q: Did you see it?\nA: Yes, from the window.\n")]
    [InlineData("Q: Did you see who fired?\nA: No, it came from the hills.\n")]
    [InlineData("Q: Who was Samir?\nA: No, he was not my brother, he was my neighbour.\n")]
    [InlineData("Q: Did you see it happen?\nA: No. I heard the explosion from the kitchen and ran out.\n")]
    public void Apply_SeenOrAskedAboutAnotherDetail_Witnessed(string exchange)
    {
        var document = CraftedTranscript.Tokenized(Told + exchange);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayAnswered.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_AnswersWhatSheTold_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("Q: What did she tell you?\nA: A mortar fell on the bakery in Ariha and killed Samir.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayAnswered.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_AnswersWhatHappened_Witnessed()
    {
        var document = CraftedTranscript.Tokenized("Q: What happened then?\nA: A mortar fell on the bakery in Ariha and killed Samir.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayAnswered.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_ReportedClaimAnsweredNo_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: The radio said the strike in Ariha killed nine people.\nQ: Did you see it?\nA: No.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Reported) };

        HearsayAnswered.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }
}
