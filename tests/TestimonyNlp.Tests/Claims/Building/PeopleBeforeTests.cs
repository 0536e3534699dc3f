using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A claim left without a count whose evidence points back by a pronoun ("They stopped them and took them.", "broke his
/// door") takes the people of the sentence right before it, when that sentence is of the same answer and no other claim's
/// evidence.
/// </summary>
public sealed class PeopleBeforeTests
{
    private const string Header = "Date of interview: 9 June 2020\n\nQ: What happened on the road?\nA: ";

    private static string Toll(string content, params (string Fragment, HarmSet Harms, Basis Basis)[] marks)
    {
        var lines = Build(content, marks);
        var line = Assert.Single(lines, l => l.Contains(" DETAINED ", StringComparison.Ordinal));
        return line.Split(' ')[2];
    }

    [Fact]
    public void Build_NoCountAndAPronounPointingBack_TakesThePeopleOfTheSentenceBefore()
    {
        Assert.Equal("2/2", Toll(
            Header + "My two cousins were driving near Tal Tamr. The men at the checkpoint stopped them and took them.\n",
            ("checkpoint", HarmSet.Detained, Basis.Witnessed)));
    }

    [Fact]
    public void Build_NoCountAndAPossessivePointingBack_TakesThePersonOfTheSentenceBefore()
    {
        Assert.Equal("1/1", Toll(
            Header + "Our neighbour, Samir Khoury. At night the men at the checkpoint in Tal Tamr came and broke his door.\n",
            ("checkpoint", HarmSet.Detained, Basis.Witnessed)));
    }

    [Fact]
    public void Build_NoCountAndThePeopleToldInTheQuestionBefore_StaysWithoutCount()
    {
        Assert.Equal("null/null", Toll(
            "Date of interview: 9 June 2020\n\nQ: Were your two cousins driving near Tal Tamr?\nA: The men at the checkpoint stopped them and took them.\n",
            ("checkpoint", HarmSet.Detained, Basis.Witnessed)));
    }

    [Fact]
    public void Build_NoCountAndTheSentenceBeforeAnotherClaimsEvidence_StaysWithoutCount()
    {
        Assert.Equal("null/null", Toll(
            Header + "My two cousins were wounded near Tal Tamr. The men at the checkpoint stopped them and took them.\n",
            ("wounded", HarmSet.Injured, Basis.Witnessed),
            ("checkpoint", HarmSet.Detained, Basis.Witnessed)));
    }
}
