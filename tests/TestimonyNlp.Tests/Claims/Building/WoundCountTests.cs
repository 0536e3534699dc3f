using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The wounded counted from how the wound is told, when the evidence gives no number: a part of one person's body
/// ("a piece hit his leg") is one person.
/// </summary>
public sealed class WoundCountTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: Was anyone hurt?\nA: ";

    private static string Toll(string answer, Basis basis = Basis.Witnessed) => AnswerToll(Header, answer, HarmSet.Injured, basis);

    [Theory]
    [InlineData("A piece of metal went into his stomach, near the market in Kramatorsk.", "1/1")]
    [InlineData("The glass of the shop cut her face and her right hand.", "1/1")]
    [InlineData("His foot, there is no foot now, only to the ankle.", "1/1")]
    public void Build_WoundToldByAPartOfOneBody_IsOnePerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("His right hand, there is no hand now. The doctors in Lviv took it at the wrist.", "1/1")]
    [InlineData("Someone left a mine on the track for the soldiers. His leg is of plastic now, from the knee.", "1/1")]
    public void Build_WoundOfOneBodyBesideThoseWhoTendOrFight_IsOnePerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("The children in the yard, the glass cut their legs.", "null/null")]
    [InlineData("Many were hurt, a piece went into his arm too.", "null/null")]
    public void Build_WoundOfSeveralOrOfManyUncounted_StaysUncounted(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("A shell hit the school in Kharkiv. Three children were wounded, one lost an arm.", "3/3")]
    [InlineData("Nine people came to the clinic in Douma coughing, with burning eyes, two children vomiting.", "9/9")]
    public void Build_OnePickedOutAfterALargerCount_IsPartOfTheToll(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_FigureAfterWounding_IsTheToll()
    {
        Assert.Equal("2/2", Toll("Somebody threw a grenade into a shop selling phones, wounding two, the owner and a girl."));
    }

    [Fact]
    public void Build_NameSaidAgainBeforeShotInTheThigh_IsOnePerson()
    {
        Assert.Equal("1/1", Toll("My cousin Wassim, Wasim we say, he was shot in the thigh at the crossing."));
    }
}
