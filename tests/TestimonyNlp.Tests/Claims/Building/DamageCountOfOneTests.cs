using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Damage has a count when several buildings or things are numbered: a damage claim whose count would be one ("one house
/// of mud just went down", "the house of Yerga was broken") has none, as the corpus labels it.
/// </summary>
public sealed class DamageCountOfOneTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What was destroyed?\nA: ";

    private static string Toll(string damage) =>
        TollAndEvidence(Assert.Single(Build(Header + damage + "\n", (damage, HarmSet.PropertyDamage, Basis.Witnessed)))).Toll;

    [Theory]
    [InlineData("In Geneina the shells fell on the houses near the mosque, one house of mud just went down.")]
    [InlineData("In Kharkiv the station burned, the cars on it burned, one car was melted, like plastic.")]
    [InlineData("In Baghuz the houses of the Shalash family and one more house next to them were sitting on the ground.")]
    public void Build_DamageOfOneThing_HasNoCount(string damage)
    {
        Assert.Equal("null/null", Toll(damage));
    }

    [Theory]
    [InlineData("In Geneina two houses of mud just went down.", "2/2")]
    [InlineData("In Kharkiv eleven houses and the post office were damaged.", "12/12")]
    public void Build_DamageOfSeveralThings_KeepsItsCount(string damage, string expected)
    {
        Assert.Equal(expected, Toll(damage));
    }
}
