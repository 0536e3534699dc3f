using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HearsayToldAfterTests
{
    [Theory]
    [InlineData("I was not there, my cousin Lina told me on the phone.")]
    [InlineData("We were not at home that week.")]
    [InlineData("I did not see it, I only heard the bang.")]
    [InlineData("I didn't see it myself.")]
    [InlineData("His sister told me everything the next morning.")]
    [InlineData("Karim told us all of this when he came to the camp.")]
    [InlineData("I know this from his wife Rima.")]
    public void Apply_SpeakerSourcesTheStoryNextSentence_Hearsay(string next)
    {
        var document = CraftedTranscript.Tokenized("A: A mortar fell on the bakery in Maarat al-Numan and killed Samir. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_SourcedThirdSentenceAfter_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A mortar fell on the bakery in Saraqib and killed Samir. It was a Friday. The bread was cold. I was not there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_SourcedFourthSentenceAfter_Witnessed()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A mortar fell on the bakery in Saraqib and killed Samir. It was a Friday. The bread was cold. Nobody came. I was not there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_AnotherClaimBeforeTheSource_OnlyThatClaimHearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A mortar fell on the bakery in Saraqib and killed Samir. The next week a shell wounded Huda in Binnish. I was not there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed), BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal([Basis.Witnessed, Basis.Hearsay], claims.Select(c => c.Basis));
    }

    [Fact]
    public void Apply_InterviewerAsksBeforeTheSource_Witnessed()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A mortar fell on the bakery in Saraqib and killed Samir.\nQ: And your brother?\nA: I was not there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("My cousin told me that the school was hit too.")]
    [InlineData("I did not see him again after that.")]
    public void Apply_NewFactOrOtherPerson_Witnessed(string next)
    {
        var document = CraftedTranscript.Tokenized("A: A mortar fell on the bakery in Saraqib and killed Samir. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("I did not see it, I heard it from the kitchen.")]
    [InlineData("I heard this. I did not see it.")]
    public void Apply_SpeakerHeardItHappen_Witnessed(string next)
    {
        var document = CraftedTranscript.Tokenized("A: A mortar fell on the bakery in Saraqib and killed Samir. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_ReportedClaim_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: The radio said the strike in Ariha killed nine people. I did not see it.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Reported) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Theory]
    [InlineData("I did not see them hurt, my neighbour Rania told me.")]
    [InlineData("That one I did not see; my uncle phoned us.")]
    [InlineData("I couldn't see, Yusuf called me from the clinic.")]
    public void Apply_NotSeenWithTellerNextSentence_Hearsay(string next)
    {
        var document = CraftedTranscript.Tokenized("A: A mortar fell on the bakery in Kafr Nabl and wounded two boys. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_NotSeenWithTellerInEvidence_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A mortar wounded two boys in Kafr Nabl, I did not see them, their mother told me. The market was closed.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Theory]
    [InlineData("I did not see them, it was dark.")]
    [InlineData("She did not see it, her son told her.")]
    public void Apply_NotSeenWithoutTellerOrNotTheSpeaker_Witnessed(string next)
    {
        var document = CraftedTranscript.Tokenized("A: A mortar fell on the bakery in Kafr Nabl and wounded two boys. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("That is what the civil defence said to my father.")]
    [InlineData("This is what Mona told me, I was in Homs.")]
    public void Apply_ThatIsWhatSomeoneSaidNextSentence_Hearsay(string next)
    {
        var document = CraftedTranscript.Tokenized("A: The shell hit the school in Kafr Nabl and three children died. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_ThatIsWhatWithoutTeller_Witnessed()
    {
        var document = CraftedTranscript.Tokenized(
            "A: The shell hit the school in Kafr Nabl and three children died. That is what I want the world to know.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: A rocket hit the garage in Binnish, two mechanics died, I heard.\n")]
    [InlineData("A: A rocket hit the garage in Binnish, I heard later that two mechanics died.\n")]
    [InlineData("A: Two mechanics died in the garage in Binnish, we heard from the drivers.\n")]
    [InlineData("A: Many shops burned in Binnish, I heard about that in the camp.\n")]
    public void Apply_SpeakerHeardOfItInEvidence_Hearsay(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: A rocket hit the garage in Binnish, I heard the blast, two mechanics died.\n")]
    [InlineData("A: Two mechanics died in the garage in Binnish, I went there when we heard.\n")]
    public void Apply_SpeakerHeardItHappenOrWentOnHearing_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: Soldiers took Omar from the mill in Tal Hadya, this I know from his cousin Fadi.\n")]
    [InlineData("A: Soldiers took Omar from the mill in Tal Hadya, I know from his cousin.\n")]
    public void Apply_SpeakerKnowsFromSomeoneInEvidence_Hearsay(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Theory]
    [InlineData("This I know from his cousin Fadi.")]
    [InlineData("About him we know from the tailor's nephew.")]
    public void Apply_SpeakerKnowsFromSomeoneNextSentence_Hearsay(string next)
    {
        var document = CraftedTranscript.Tokenized("A: Soldiers took Omar from the mill in Tal Hadya. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_AcquaintanceKnownFromPlace_Witnessed()
    {
        var document = CraftedTranscript.Tokenized("A: A shell killed a baker we knew from the mosque in Tal Hadya.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("We did not see the bodies of the boys. My neighbour Hadi told me in the evening.")]
    [InlineData("We could not see the wounded. Our cousin phoned us later.")]
    public void Apply_NotSeenThenTellerNextSentence_Hearsay(string next)
    {
        var document = CraftedTranscript.Tokenized("A: A rocket fell on the garage in Idlib and killed two drivers. " + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_TellerWithoutNotSeenBefore_Witnessed()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A rocket fell on the garage in Idlib and killed two drivers. I saw the dead. My neighbour Hadi told me their names.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_SourceAfterAnotherClaimOfTheSameMatter_BothHearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A shell fell on the pharmacy in Kafr Nabl and killed the nurse Dalia. Her brother was cut on the arm. I was not there.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed), BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal([Basis.Hearsay, Basis.Hearsay], claims.Select(c => c.Basis));
    }

    [Theory]
    [InlineData("A: A shell fell on the pharmacy in Kafr Nabl and killed the nurse Dalia.\nA: Her brother was cut on the arm. I was not there.\n")]
    [InlineData("A: A shell fell on the pharmacy in Kafr Nabl and killed the nurse Dalia. Another shell cut her brother on the arm. I was not there.\n")]
    [InlineData("A: A shell fell on the pharmacy in Kafr Nabl and killed the nurse Dalia. In March her brother was cut on the arm. I was not there.\n")]
    [InlineData("A: A shell fell on the pharmacy in Kafr Nabl and killed the nurse Dalia. Her brother was cut on the arm. We were not in the pharmacy.\n")]
    public void Apply_SourceAfterAnotherClaimOfAnotherMatterOrWeakForm_OnlyThatClaimHearsay(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed), BasisTestClaims.OverSentence(document, 1, Basis.Witnessed) };

        HearsayToldAfter.Apply(document, claims, 0);

        Assert.Equal([Basis.Witnessed, Basis.Hearsay], claims.Select(c => c.Basis));
    }
}
