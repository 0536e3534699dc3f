using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A figure set off after "all of us" or "all of them" counts the whole group ("we left, all of us, seven"), and
/// granaries are things a damage count numbers.
/// </summary>
public sealed class WholeGroupCountTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What happened then?\nA: ";

    [Theory]
    [InlineData("In May we walked to Kassala, all of us, six.", "6/6")]
    public void Build_FigureAfterAllOfUs_CountsTheGroup(string answer, string expected)
    {
        Assert.Equal(expected, AnswerToll(Header, answer, HarmSet.Displaced, Basis.Experienced));
    }

    [Theory]
    [InlineData("They shot them near the well in Kassala, all of them, nine.", "9/9")]
    public void Build_FigureAfterAllOfThem_CountsTheGroup(string answer, string expected)
    {
        Assert.Equal(expected, AnswerToll(Header, answer, HarmSet.Killed, Basis.Witnessed));
    }

    [Theory]
    [InlineData("In Kassala I counted four granaries burned.", "4/4")]
    public void Build_CountOfGranaries_IsADamageCount(string answer, string expected)
    {
        Assert.Equal(expected, AnswerToll(Header, answer, HarmSet.PropertyDamage, Basis.Witnessed));
    }
}
