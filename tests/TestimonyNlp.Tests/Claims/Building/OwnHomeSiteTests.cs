using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A claim whose evidence names no place but tells the harm at the witness's own home ("our street", "our house")
/// takes the home the witness told before ("I lived in Douma") over a place named in passing since; a home now or a
/// refuge ("Now we live in Douma") is no such home, and evidence that tells no home of the witness keeps the place
/// carried over.
/// </summary>
public sealed class OwnHomeSiteTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";

    [Theory]
    [InlineData("A: I lived in Douma.", "A shell fell on our street and my brother Karim was killed.", "Douma")]
    [InlineData("A: I lived in Douma.", "A shell fell on the market and my brother Karim was killed.", "Harasta")]
    [InlineData("A: Now we live in Douma.", "A shell fell on our street and my brother Karim was killed.", "Harasta")]
    public void Build_HarmAtTheWitnesssHome_TakesTheHomeTold(string home, string evidence, string site)
    {
        var content = Header + "Q: Where did you live?\n" + home + "\nQ: What happened in March?\nA: The army shelled Harasta all day.\nQ: And then?\nA: "
            + evidence + "\n";

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Fact]
    public void Build_HomeToldAgainWithThePlaceCarried_KeepsThePlaceCarried()
    {
        var content = Header + "Q: Where did you live?\nA: I lived in Douma, near Harasta.\nQ: What happened in March?\nA: The army shelled Harasta all day.\n"
            + "Q: And then?\nA: A shell fell on our street and my brother Karim was killed.\n";

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal("Harasta", SiteName(Assert.Single(claims)));
    }

    private static string SiteName(string claim) => claim.Split(' ').Single(part => part.StartsWith("site=", StringComparison.Ordinal)).Split(':')[1];
}
