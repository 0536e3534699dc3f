using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Where a claim of listed victims ends: a sentence opening with "And" or "Also" and one more person goes on with the
/// list whatever is told of that person after, and a larger toll told with a word of the harm right after three or more
/// listed victims is their total, in the same claim.
/// </summary>
public sealed class ListAndTotalTests
{
    private const string Header = "Date of interview: 3 March 2019\n\nQ: What happened?\nA: ";

    private const string AuntDied = "My aunt Layla Haddad died in her kitchen in Homs.";

    private const string ThreeDied = "My uncle Karim Haddad, his wife Salma and their son Omar died under the roof in Aleppo.";

    [Theory]
    [InlineData(AuntDied + " And my uncle, Tariq Haddad, I found him by the door.", "2/2",
        AuntDied + " And my uncle, Tariq Haddad, I found him by the door.", "My aunt")]
    [InlineData(AuntDied + " Also a man who was buying bread, I did not know him.", "2/2",
        AuntDied + " Also a man who was buying bread, I did not know him.", "My aunt")]
    [InlineData(AuntDied + " And four or five others from the street, people say more.", "1/1", AuntDied, "My aunt")]
    [InlineData("My wife Salma, my son Omar and my mother were in the basement in Douma. And my brother Tariq and his family in the same building.",
        "3/3", "My wife Salma, my son Omar and my mother were in the basement in Douma.", "My wife")]
    [InlineData(ThreeDied + " Seven people from that street died.", "7/7", ThreeDied + " Seven people from that street died.", "My uncle", "Seven people")]
    public void Build_SentenceAfterAList_OneClaimWithItsTollAndEvidence(string answer, string toll, string evidence, params string[] marks)
    {
        var claim = Assert.Single(Build(Header + answer + "\n", marks.Select(m => (m, HarmSet.Killed, Basis.Witnessed)).ToArray()));

        Assert.Equal((toll, evidence), TollAndEvidence(claim));
    }

    [Theory]
    // A household listed and counted, told with no word of the harm.
    [InlineData("My uncle Karim Haddad, his wife Salma and their son Omar were under the roof in Aleppo. Seven people in two rooms.",
        "Seven people", "3/3", "7/7")]
    // Others' figure after the list.
    [InlineData(ThreeDied + " People say nine died in that street.", "People say", "3/3", "9/9")]
    public void Build_FigureAfterAList_StaysAClaimApart(string answer, string figure, string listToll, string figureToll)
    {
        var claims = Build(Header + answer + "\n", ("My uncle", HarmSet.Killed, Basis.Witnessed), (figure, HarmSet.Killed, Basis.Witnessed));

        Assert.Equal([listToll, figureToll], claims.Select(c => TollAndEvidence(c).Toll));
    }
}
