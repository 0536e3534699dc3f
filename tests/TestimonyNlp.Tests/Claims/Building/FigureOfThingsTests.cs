using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// In an account of damage, a bare figure told after a plural noun of damaged things counts those things; not after a
/// munition, and not where the figure names people.
/// </summary>
public sealed class FigureOfThingsTests
{
    private const string Header = "Date of interview: 9 June 2021\n\nQ: What did you see in the street?\nA: ";

    private static string Damage(string answer) =>
        AnswerToll(Header, answer, HarmSet.PropertyDamage, Basis.Witnessed);

    [Fact]
    public void Build_FigureSetOffAfterDamagedThings_CountsThem()
    {
        Assert.Equal("5/6", Damage("The shops on that road, five or six, they were finished."));
    }

    [Fact]
    public void Build_FigureOfThemAfterMunitionThenThings_CountsTheThings()
    {
        Assert.Equal("3/4", Damage("The jets dropped bombs, and the vans parked by the mosque burned, three or four of them."));
    }

    [Fact]
    public void Build_FigureSaidAgainAsABoundAfterDamagedThings_IsThatBound()
    {
        Assert.Equal("31/null", Damage("The shops along the market road burned, I counted thirty, more than thirty."));
    }

    [Fact]
    public void Build_FigureAfterMunitions_StaysWithoutCount()
    {
        Assert.Equal("null/null", Damage("Mortar rounds fell on the market in the evening, three or four."));
    }

    [Theory]
    [InlineData("The planes bombed the houses along the canal. Our guest room is finished, only two walls stand.")]
    [InlineData("Our house lost the roof of two rooms.")]
    [InlineData("It fell on the house of Habimana, two doors from me, and the roof came down.")]
    public void Build_WallsRoomsOrDoorsOfOneBuilding_StayWithoutCount(string answer)
    {
        Assert.Equal("null/null", Damage(answer));
    }
}
