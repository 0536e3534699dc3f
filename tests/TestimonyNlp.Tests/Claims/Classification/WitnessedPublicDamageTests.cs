using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class WitnessedPublicDamageTests
{
    [Theory]
    [InlineData("A: The barrel fell on the girls' school in Saraqib and the second floor came down.\n")]
    [InlineData("A: In our mosque in Jalalabad the wall split from the roof to the floor.\n")]
    [InlineData("A: Half of the market of Kassala burned that night, the stalls and the sacks.\n")]
    public void Apply_PublicBuildingNoOwnProperty_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Experienced) };

        WitnessedPublicDamage.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: The shell hit the school in Homs and the glass of our kitchen came in.\n")]
    [InlineData("A: My stall in the market of Kassala, nothing is left of it.\n")]
    public void Apply_OwnPropertyBeside_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Experienced) };

        WitnessedPublicDamage.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_HotelAsLandmark_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: The jets hit near the Nile Hotel in Khartoum, two streets from our room.\n");
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Experienced) };

        WitnessedPublicDamage.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_BakeryNoOwnProperty_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: The bakery in Kafranbel burned, the flour and the new oven.\n");
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Experienced) };

        WitnessedPublicDamage.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Fact]
    public void Apply_HearsaySchoolDamage_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: My cousin says the school in Idlib lost its roof.\n");
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Hearsay) };

        WitnessedPublicDamage.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_DisplacedToSchool_Experienced()
    {
        var document = CraftedTranscript.Tokenized("A: We left Raqqa and slept in a school in Tabqa for a month.\n");
        var claims = new List<Claim> { Over(document, Harm.Displaced, Basis.Experienced) };

        WitnessedPublicDamage.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    private static Claim Over(Document document, Harm harm, Basis basis) =>
        BasisTestClaims.OverSentence(document, 0, basis) with { Harm = harm };
}
