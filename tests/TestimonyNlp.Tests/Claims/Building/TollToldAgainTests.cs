using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A killing's toll told again in a sentence of its own just before the claim's evidence ("I said three died. It was
/// four.") is the claim's toll.
/// </summary>
public sealed class TollToldAgainTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: How many?\nA: ";

    [Theory]
    [InlineData("It was four.", "4/4")]
    [InlineData("It was four bombs.", "1/1")]
    public void Build_BareTollBeforeTheKilling_IsTheToll(string again, string expected)
    {
        var claims = Build(Header + "Before I said three. " + again + "\nOne cousin of Tomas died later, in the clinic.\n",
            ("One cousin of Tomas died later", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(expected, TollAndEvidence(Assert.Single(claims)).Toll);
    }
}
