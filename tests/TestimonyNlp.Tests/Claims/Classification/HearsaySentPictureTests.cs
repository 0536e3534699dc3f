using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HearsaySentPictureTests
{
    [Theory]
    [InlineData("A: Our flat in Kharkiv is burned, my neighbour sent me a photo of the balcony.\n", Basis.Experienced)]
    [InlineData("A: The shell took the roof of my shop in Rafah, my cousin sent the video.\n", Basis.Witnessed)]
    [InlineData("A: Her bakery in Homs, the walls are black, her brother sent her photos on WhatsApp.\n", Basis.Reported)]
    public void Apply_PictureSentInEvidence_Hearsay(string text, Basis basis)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, 0, Harm.PropertyDamage, basis) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_PictureSentBefore_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: A friend went back to Irpin in May and sent us pictures. Our house is only a hole now.\n");
        var claims = new List<Claim> { Over(document, 1, Harm.PropertyDamage, Basis.Experienced) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_PicturesSenderAfter_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: My workshop in Mosul burned with all the tools. I know from the photos my uncle Adel sent.\n");
        var claims = new List<Claim> { Over(document, 0, Harm.PropertyDamage, Basis.Experienced) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_MediumNamed_Unchanged()
    {
        var document = CraftedTranscript.Tokenized(
            "A: Our house in Maarat al-Numan is open to the street, a friend sent me the video from a Facebook page.\n");
        var claims = new List<Claim> { Over(document, 0, Harm.PropertyDamage, Basis.Reported) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }

    [Fact]
    public void Apply_MediumNamedAboutAnotherThing_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: My husband went back to Ramadi and sent me photos. Our house is black inside. The radio said there are mines in the streets.\n");
        var claims = new List<Claim> { Over(document, 1, Harm.PropertyDamage, Basis.Reported) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: The shell hit our house in Kherson and the windows fell in.\n")]
    [InlineData("A: The shell hit our house in Kherson. I sent the money to my son.\n")]
    public void Apply_NoPictureSent_Unchanged(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, 0, Harm.PropertyDamage, Basis.Experienced) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_KillingWithPicture_Unchanged()
    {
        var document = CraftedTranscript.Tokenized("A: The drone killed Yusuf in Taiz, his brother sent me the photo.\n");
        var claims = new List<Claim> { Over(document, 0, Harm.Killed, Basis.Witnessed) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_InterviewerSaysPicture_Unchanged()
    {
        var document = CraftedTranscript.Tokenized(
            "Q: Someone sent us a video of your street.\nA: Our shop in Bakhmut has no roof now.\n");
        var claims = new List<Claim> { Over(document, 1, Harm.PropertyDamage, Basis.Experienced) };

        HearsaySentPicture.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    private static Claim Over(Document document, int sentence, Harm harm, Basis basis) =>
        BasisTestClaims.OverSentence(document, sentence, basis) with { Harm = harm };
}
