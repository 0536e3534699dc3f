using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ReportedSourceTests
{
    [Theory]
    [InlineData("A: The municipality said forty-two died in the strike on Sirte.\n")]
    [InlineData("A: The city said seven died near the station in Kramatorsk.\n")]
    [InlineData("A: A drone hit a car near Marib, and the local council wrote that two men were killed.\n")]
    [InlineData("A: The Red Cross says more than ninety bodies were found near Tarhuna.\n")]
    [InlineData("A: The government said 310 people died in Hama.\n")]
    public void Apply_AuthorityCountInEvidence_Reported(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: Our house in Kfar Kila, I saw it in a video the soldiers filmed.\n")]
    [InlineData("A: My uncle saw his name on a list of the dead from Aleppo.\n")]
    public void Apply_MediaInEvidence_Reported(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Fact]
    public void Apply_MediaOfItNextSentence_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: A missile hit the school in Taiz. I read it on the page of the village.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Fact]
    public void Apply_TheirOwnMediaInEvidence_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: The mill of Dorvan burned, my uncle found it on their own channel.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Fact]
    public void Apply_MediaFirstOfItNextSentence_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: A shell hit the bridge at Velmor. She read it first in the paper.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: The government said dozens died in Hama, my neighbours say more.\n")]
    [InlineData("A: The radio said they were fighters, the men killed near Baidoa.\n")]
    [InlineData("A: My cousin said seven died in the strike on Idlib.\n")]
    [InlineData("A: A missile hit the school in Taiz. Later I heard on the radio that more died.\n")]
    public void Apply_NoAuthorityCountOrMediaOfIt_Hearsay(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_ExperiencedClaim_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: Our house in Kfar Kila, I saw it in a video the soldiers filmed.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Experienced) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: On the radio they said eleven porters died near Goma.\n")]
    [InlineData("A: On the channel of the rescue team they wrote five martyrs in Binnish.\n")]
    [InlineData("A: The barrel fell on the school in Atarib, in the paper it said four children.\n")]
    public void Apply_MediaSaysInEvidence_Reported(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Fact]
    public void Apply_PhotoPutOnMediaInEvidence_Unchanged()
    {
        var document = CraftedTranscript.Tokenized("A: They shot Omar at the bridge of Tikrit, and we put his photo on the page.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Witnessed) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: Nine died in the market of Kafr Zita. At the burial the imam read the names.\n")]
    [InlineData("A: The council read out a list in the mosque of Jisr, thirty names.\n")]
    [InlineData("A: Six died in Tal Abyad. I went over the names on the paper at the church.\n")]
    [InlineData("A: Seven names from Binnish, I read them on the door of the school.\n")]
    public void Apply_NamesReadOrListedInEvidence_Reported(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { OverAllSentences(document, Basis.Witnessed) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: Nine died in the market of Kafr Zita, and I read them a letter from the school.\n", Basis.Witnessed, Basis.Witnessed)]
    [InlineData("A: People say nine died in Kafr Zita. The imam read the names.\n", Basis.Hearsay, Basis.Hearsay)]
    public void Apply_ReadWithoutNamesOrHearsayClaim_Unchanged(string text, Basis given, Basis expected)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { OverAllSentences(document, given) };

        ReportedSource.Apply(document, claims, 0);

        Assert.Equal(expected, claims[0].Basis);
    }

    private static Claim OverAllSentences(Document document, Basis basis) =>
        BasisTestClaims.OverSentence(document, 0, basis) with
        {
            Evidence = [new Evidence(document.Sentences[0].Start, document.Sentences[^1].End, "x")],
        };
}
