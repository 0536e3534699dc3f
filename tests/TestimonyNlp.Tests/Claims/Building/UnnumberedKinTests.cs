using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A flight told with kin as a plural and no number ("with his wife and the children") says who went, not how many:
/// the count stays null; a figure for the kin still counts them.
/// </summary>
public sealed class UnnumberedKinTests
{
    private const string Header = "Date of interview: 4 May 2022\n\nQ: When did they leave?\nA: ";

    private static string Party(string answer) =>
        AnswerToll(Header, answer, HarmSet.Displaced, Basis.Witnessed);

    [Fact]
    public void Build_FlightWithUnnumberedKin_LeavesTheCountNull()
    {
        Assert.Equal("null/null", Party("In April my uncle Tarek left Sidon for Tyre with his wife and the children."));
    }

    [Theory]
    [InlineData("Abu Fadi took his wife and the girls and they went to Jbeil the next morning in a van.")]
    [InlineData("In April my uncle Tarek left Sidon for Tyre with his boys.")]
    public void Build_FlightWithUnnumberedGirlsOrBoys_LeavesTheCountNull(string answer)
    {
        Assert.Equal("null/null", Party(answer));
    }

    [Fact]
    public void Build_FlightWithNumberedGirls_CountsThem()
    {
        Assert.Equal("3/3", Party("In April my uncle Tarek left Sidon for Tyre with his two girls."));
    }

    [Fact]
    public void Build_FlightWithNumberedKin_CountsThem()
    {
        Assert.Equal("3/3", Party("In April my aunt Salwa left Sidon for Tyre with her two children."));
    }
}
