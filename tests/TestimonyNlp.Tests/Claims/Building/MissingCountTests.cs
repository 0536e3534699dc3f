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

    [Theory]
    [InlineData("Their mother Awa has asked everybody.")]
    [InlineData("Their father has asked at every post.")]
    public void Build_MissingWithTheOneWhoLooksForThem_TakesTheEarlierDetainedCount(string search)
    {
        const string Taken = "Soldiers took three men from our street in Kirkuk.";
        const string Missing = "We have no news of them until today.";
        var lines = Build(
            Header + Taken + "\nQ: And since then?\nA: " + search + " " + Missing + "\n",
            (Taken, HarmSet.Detained, Basis.Witnessed),
            (search, HarmSet.Missing, Basis.Experienced),
            (Missing, HarmSet.Missing, Basis.Experienced));
        var line = Assert.Single(lines, l => l.Contains(" MISSING ", StringComparison.Ordinal));
        Assert.Equal("3/3", line.Split(' ')[2]);
    }

    private static string MissingCountOfSentences(string taken, params string[] missing)
    {
        var marks = missing.Select(m => (m, HarmSet.Missing, Basis.Experienced)).Prepend((taken, HarmSet.Detained, Basis.Witnessed)).ToArray();
        var lines = Build(Header + taken + "\nQ: And since then?\nA: " + string.Join(" ", missing) + "\n", marks);
        var line = Assert.Single(lines, l => l.Contains(" MISSING ", StringComparison.Ordinal));
        return line.Split(' ')[2];
    }

    [Fact]
    public void Build_MissingWithNamesAnsweredNoAfterOneReadFromAPronoun_CountsTheNames()
    {
        Assert.Equal("2/2", MissingCountOfSentences(
            "Soldiers took my sons at the checkpoint in Kirkuk.",
            "Karim called after two months, he is in the army now, they made him a soldier.", "Tarek and Nabil, no.", "No word since then.",
            "My mother asks every month."));
    }

    [Fact]
    public void Build_MissingWithNamesAndOtherWordsBeforeNo_IsOnePerson()
    {
        Assert.Equal("1/1", MissingCountOfSentences(
            "Soldiers took my son at the checkpoint in Kirkuk.",
            "We asked Tarek and Nabil, no.", "No news of my son until today."));
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

    [Fact]
    public void Build_MissingThemAfterAGroupTold_TakesTheGroup()
    {
        var answer = "Two drivers, they were going back to Kirkuk that night. My husband says the men at the checkpoint took them away. Nobody has heard from them since.";
        var lines = Build(Header + answer + "\n", ("Nobody has heard", HarmSet.Missing, Basis.Hearsay));
        Assert.Equal("2/2", Assert.Single(lines).Split(' ')[2]);
    }

    [Fact]
    public void Build_MissingThemBesideAnotherHe_TakesTheEarlierCount()
    {
        var lines = Build(
            Header + "In June the police took two young men from the car wash in Erbil.\nA: Since then, nobody saw them. The owner says he does not know.\n",
            ("two young men", HarmSet.Detained, Basis.Hearsay),
            ("nobody saw them", HarmSet.Missing, Basis.Hearsay),
            ("The owner says", HarmSet.Missing, Basis.Hearsay));
        var line = Assert.Single(lines, l => l.Contains(" MISSING ", StringComparison.Ordinal));
        Assert.Equal("2/2", line.Split(' ')[2]);
    }

    private static string OneMissing(string answer) => AnswerToll(Header, answer, HarmSet.Missing, Basis.Witnessed);

    [Theory]
    [InlineData("My nephew, Petro Lysenko, he stayed in the town with his mother. Since May no news. Where he is, no one can say.", "1/1")]
    [InlineData("Tamer, no. Tamer is twenty. He was not freed with his uncle. There is no word of him since.", "1/1")]
    [InlineData("My son Karim walked to the border with his friend Ali. After that, silence; where he is, no one can say.", "1/1")]
    public void Build_MissingToldOfOneBesideOthers_CountsOnePerson(string answer, string expected)
    {
        Assert.Equal(expected, OneMissing(answer));
    }

    [Theory]
    [InlineData("My son Karim walked to the border with his friend Ali. After that, silence; where they are, no one can say.", "2/2")]
    [InlineData("His cousin Tomas Berg, a driver, was taken from the road in spring with two other young men. After that, silence; where he is, no one can say.", "3/3")]
    public void Build_MissingToldOfSeveralOrWithAFigure_KeepsTheCount(string answer, string expected)
    {
        Assert.Equal(expected, OneMissing(answer));
    }
}
