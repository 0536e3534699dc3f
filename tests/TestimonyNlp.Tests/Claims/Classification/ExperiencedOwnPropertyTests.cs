using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ExperiencedOwnPropertyTests
{
    [Theory]
    [InlineData("A: The rocket fell in Maarat al-Numan and the glass of our kitchen came in on the floor.\n")]
    [InlineData("A: In Kherson the shell took off the roof of my shop, the stock was burned.\n")]
    [InlineData("A: My stall in the market of Kassala, nothing is left of it.\n")]
    public void Apply_SpeakerPropertyOnly_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Witnessed) };

        ExperiencedOwnProperty.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: In Kherson our first van, the grey one, burned to the frame.\n")]
    [InlineData("A: The drone hit the pump of our well near Saada, the engine is broken.\n")]
    [InlineData("A: In Homs the shell came through the roof of our guest room.\n")]
    public void Apply_SpeakerVehicleWellOrNamedRoomOnly_Experienced(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Witnessed) };

        ExperiencedOwnProperty.Apply(document, claims, 0);

        Assert.Equal(Basis.Experienced, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: The rocket in Maarat al-Numan broke our windows and the shop of my uncle Tarek.\n")]
    [InlineData("A: In Kherson the shell hit our roof and the car of Oleh next door.\n")]
    [InlineData("A: Nine boats burned at the pier in Mykolaiv, mine too.\n")]
    [InlineData("A: The bomb fell on their house in Idlib and our door flew into the room.\n")]
    public void Apply_OthersPropertyBeside_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Witnessed) };

        ExperiencedOwnProperty.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("A: A house in Deir al-Balah was hit three hundred metres from our tent.\n")]
    [InlineData("A: When we came back to Bucha our house had no roof.\n")]
    [InlineData("A: Our house in Sirte was standing, but the kitchen had burned.\n")]
    public void Apply_LandmarkOrReturn_Witnessed(string text)
    {
        var document = CraftedTranscript.Tokenized(text);
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Witnessed) };

        ExperiencedOwnProperty.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Fact]
    public void Apply_HearsayDamage_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: My brother says the shell in Homs broke our windows.\n");
        var claims = new List<Claim> { Over(document, Harm.PropertyDamage, Basis.Hearsay) };

        ExperiencedOwnProperty.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_InjuryWithOwnHouse_Witnessed()
    {
        var document = CraftedTranscript.Tokenized("A: The shell hit our house in Homs and Samir was cut by the glass.\n");
        var claims = new List<Claim> { Over(document, Harm.Injured, Basis.Witnessed) };

        ExperiencedOwnProperty.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    private static Claim Over(Document document, Harm harm, Basis basis) =>
        BasisTestClaims.OverSentence(document, 0, basis) with { Harm = harm };
}
