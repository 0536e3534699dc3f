using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// One building joined by "and" to a count of buildings is one more: "eleven houses and the post office" is 12.
/// </summary>
public sealed class JoinedBuildingTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What was destroyed?\nA: ";

    private static string Toll(string answer) => AnswerToll(Header, answer, HarmSet.PropertyDamage, Basis.Witnessed);

    [Theory]
    [InlineData("In Izium the shelling damaged nine houses and the post office.", "10/10")]
    [InlineData("Three houses burned, and the old bakery near the bridge in Izium.", "4/4")]
    public void Build_BuildingJoinedAfterACountOfBuildings_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("The rocket hit the shop of Karim Haddad in Tyre and two other shops.", "3/3")]
    [InlineData("The bomb flattened the house of the Mansour family, and the two houses beside it in Tyre.", "3/3")]
    public void Build_BuildingJoinedBeforeACountOfBuildings_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("The shelling in Izium burned two shops, the tea shop and the shop of tyres.", "2/2")]
    [InlineData("In Izium they burned nine houses, and the house of Pavlo was one of them.", "9/9")]
    [InlineData("In Izium the shells fell on the houses and four houses burned down.", "4/4")]
    [InlineData("In Izium the school was hit and cracked, and nine houses burned down.", "9/9")]
    public void Build_BuildingAmongOrApartFromTheCount_AddsNothing(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }
}
