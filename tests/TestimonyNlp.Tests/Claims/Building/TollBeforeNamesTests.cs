using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The toll a witness tells before naming the dead: a figure alone opening the answer or said twice, or for a killing
/// a count of people in the sentence before the names, is the claim's toll and opens its evidence.
/// </summary>
public sealed class TollBeforeNamesTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: Who was in the house?\nA: ";

    [Theory]
    // A figure alone opening the answer, then the names.
    [InlineData("Seven. My mother Mariam Saleh. My brother Yusuf Saleh and his wife Dalia died under the roof in Mosul.",
        "My brother", "7/7", "Seven. My mother Mariam Saleh. My brother Yusuf Saleh and his wife Dalia died under the roof in Mosul.")]
    // A figure said twice before the names.
    [InlineData("I saw them carry out six from the house. Six, I counted. Omar Haddad, his wife Salma and their boy died there in Aleppo.",
        "Omar Haddad", "6/6", "Six, I counted. Omar Haddad, his wife Salma and their boy died there in Aleppo.")]
    // A killing's count of people before the names.
    [InlineData("They found four in the river near Raqqa. My cousin Tariq Haddad and two boys from Aleppo. My cousin had a bullet in his head.",
        "My cousin had", "4/4", "They found four in the river near Raqqa. My cousin Tariq Haddad and two boys from Aleppo. My cousin had a bullet in his head.")]
    public void Build_TollBeforeTheNames_CountsTheClaimFromIt(string answer, string mark, string toll, string evidence)
    {
        var claim = Assert.Single(Build(Header + answer + "\n", (mark, HarmSet.Killed, Basis.Witnessed)));

        Assert.Equal((toll, evidence), TollAndEvidence(claim));
    }

    [Theory]
    // A figure after a name is an age.
    [InlineData("My son Omar Haddad. Twenty-two. He was killed at the checkpoint in Homs.", "He was killed", "1/1",
        "He was killed at the checkpoint in Homs.")]
    // Another's figure before the names.
    [InlineData("People told us forty were buried in the town. My neighbour Samir Khoury was killed by his door in Homs.",
        "My neighbour", "1/1", "My neighbour Samir Khoury was killed by his door in Homs.")]
    public void Build_FigureBeforeTheNamesNotAToll_KeepsTheNamedCount(string answer, string mark, string toll, string evidence)
    {
        var claim = Assert.Single(Build(Header + answer + "\n", (mark, HarmSet.Killed, Basis.Witnessed)));

        Assert.Equal((toll, evidence), TollAndEvidence(claim));
    }
}
