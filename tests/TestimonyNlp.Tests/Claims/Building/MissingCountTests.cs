using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A MISSING claim whose evidence gives no count ("We have no news of them.") takes it from the people taken before:
/// a plural pronoun points back to the nearest earlier DETAINED or MISSING count, and otherwise the speaker waits for
/// one person.
/// </summary>
public sealed class MissingCountTests
{
    private const string Header = "Date of interview: 3 March 2021\n\nQ: What happened to your family?\nA: ";

    private static string MissingCount(string taken, string missing)
    {
        var lines = Build(
            Header + taken + "\nQ: And since then?\nA: " + missing + "\n",
            (taken, HarmSet.Detained, Basis.Witnessed),
            (missing, HarmSet.Missing, Basis.Experienced));
        var line = Assert.Single(lines, l => l.Contains(" MISSING ", StringComparison.Ordinal));
        return line.Split(' ')[2];
    }

    [Fact]
    public void Build_MissingWithPluralPronounAndNoCount_TakesTheEarlierDetainedCount()
    {
        Assert.Equal("3/3", MissingCount("Soldiers took three men from our street in Kirkuk.", "We have no news of them until today."));
    }

    [Fact]
    public void Build_MissingWithNoPronounAndNoCount_IsOnePerson()
    {
        Assert.Equal("1/1", MissingCount("Soldiers took three men from our street in Kirkuk.", "Since that day we know nothing, no call, no paper."));
    }

    [Fact]
    public void Build_MissingWithItsOwnCount_KeepsIt()
    {
        Assert.Equal("2/2", MissingCount("Soldiers took three men from our street in Kirkuk.", "Two of them never came back."));
    }
}
