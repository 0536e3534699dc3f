using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ExperiencedOwnHarmTests
{
    [Theory]
    [InlineData("A: The shell fell on the market in Kafr Nabl and a piece went into my shoulder.\n")]
    [InlineData("A: After the strike on the bakery in Ariha my arm was broken, here.\n")]
    [InlineData("A: When the plane hit the road near Saraqib I had cuts on my face and hands.\n")]
    [InlineData("A: The mortar fell near the school in Daraa and I was wounded also.\n")]
    [InlineData("A: A stone from the wall in Hama hit me on the head.\n")]
    public void Apply_SpeakerWoundedInEvidence_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.Injured, Basis.Witnessed) };

        ExperiencedOwnHarm.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: The roof of the clinic in Tikrit fell and I broke three ribs.\n")]
    [InlineData("A: I ran from the shelling in Mosul, slipped on the road and broke my left wrist.\n")]
    [InlineData("A: Something from the blast in Homs hit my knee and I fell.\n")]
    [InlineData("A: Many people in the square of Aleppo were hurt, and my own fingers were burned.\n")]
    public void Apply_SpeakerBodyStruckOrBroken_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.Injured, Basis.Witnessed) };

        ExperiencedOwnHarm.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: In May the soldiers took me and two other teachers to the camp near Mekelle.\n")]
    [InlineData("A: The police came to the station in Kherson and took four men, me too.\n")]
    [InlineData("A: They kept us in the basement of the school in Raqqa for nine days.\n")]
    public void Apply_SpeakerTakenInEvidence_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.Detained, Basis.Witnessed) };

        ExperiencedOwnHarm.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: The shell fell on the market in Kafr Nabl and a piece went into the leg of Samir.\n")]
    [InlineData("A: Samir was hit near the mosque in Idlib, I carried him on my back to the car.\n")]
    [InlineData("A: The soldiers broke my door in Aleppo and wounded Samir in the street.\n")]
    public void Apply_OthersWounded_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.Injured, Basis.Witnessed) };

        ExperiencedOwnHarm.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_KillingWithSpeakerWound_Witnessed()
    {
        var document = CraftedTranscript.Tokenized("A: The shell killed Samir in Kafr Nabl and a piece went into my shoulder.\n");
        var claims = new List<Claim> { Over(document, Harm.Killed, Basis.Witnessed) };

        ExperiencedOwnHarm.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_HearsayWounding_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: My cousin says a piece went into my uncle's shoulder in Kafr Nabl, and my arm was broken.\n");
        var claims = new List<Claim> { Over(document, Harm.Injured, Basis.Hearsay) };

        ExperiencedOwnHarm.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    private static Claim Over(Document document, Harm harm, Basis basis) =>
        BasisTestClaims.OverSentence(document, 0, basis) with { Harm = harm };
}
