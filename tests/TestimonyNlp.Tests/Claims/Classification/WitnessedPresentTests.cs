using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class WitnessedPresentTests
{
    [Theory]
    [InlineData("A: In March the police came to our house in Homs and took my brother Rami.\n")]
    [InlineData("A: They came at night to my flat in Aleppo and took my husband Fadi.\n")]
    [InlineData("A: The militia shot Omar in front of everybody at the bakery in Idlib.\n")]
    [InlineData("A: They took Yusuf away in front of the children, near the mosque in Mosul.\n")]
    public void Apply_PresenceInEvidence_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("I was there, I live next door.")]
    [InlineData("They made us watch.")]
    [InlineData("I saw all of it from the roof.")]
    public void Apply_PresenceNextSentence_Witnessed(string next)
    {
        var document = CraftedTranscript.Tokenized("A: The soldiers shot Karim near the school in Daraa. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_PresenceThirdSentenceAfter_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: The soldiers shot Karim near the school in Daraa. It was a Monday. The road was empty. I was there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: His wife told me they beat Nabil in front of the children in Hama.\n")]
    [InlineData("A: The soldiers shot Karim near the school in Daraa. I was not there.\n")]
    [InlineData("A: The soldiers shot Karim near the school in Daraa. My cousin told me, he was there.\n")]
    public void Apply_PresenceRelayedOrDenied_Hearsay(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_InterviewerAsksBeforeThePresence_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: The soldiers shot Karim near the school in Daraa.\nQ: And your brother?\nA: I was there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_ReportedClaim_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: The radio said the strike in Ariha killed nine people. I was there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Reported) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Theory]
    [InlineData("Q: Did you see it?\nA: I heard it, I was out in the yard behind the mill.\n")]
    [InlineData("Q: Did you see that yourself?\nA: Yes, from the roof of my aunt.\n")]
    public void Apply_AskedIfSeenAnsweredYesOrHeardIt_Witnessed(string question)
    {
        var document = CraftedTranscript.Tokenized("A: A shell fell on the mill of Yusuf in Kafr Nabl and burned it.\n" + question);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("Q: Did you see it?\nA: No, I heard it from Lina, my cousin.\n")]
    [InlineData("Q: Did you see who fired?\nA: Yes, the men on the hill.\n")]
    public void Apply_AskedIfSeenAnsweredNoOrAboutAnotherDetail_Hearsay(string question)
    {
        var document = CraftedTranscript.Tokenized("A: A shell fell on the mill of Yusuf in Kafr Nabl and burned it.\n" + question);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedPresent.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }
}
