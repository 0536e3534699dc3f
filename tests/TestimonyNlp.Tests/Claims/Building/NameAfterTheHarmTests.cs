using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A name set off by a comma after the clause that tells the harm of one person not yet named ("a boy", "she") is that
/// person's name, not a second victim: "A boy was wounded in the stomach, X, we took him to the clinic" is one.
/// </summary>
public sealed class NameAfterTheHarmTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: Was anyone hurt?\nA: ";

    private static string Toll(string answer, HarmSet harm) => AnswerToll(Header, answer, harm, Basis.Witnessed);

    [Theory]
    [InlineData("A boy was wounded in the stomach, Rami, we took him to the clinic in Gaza.", "1/1")]
    [InlineData("An old woman was hit in the leg near the bakery in Hama, Samira Aoun, seventy years.", "1/1")]
    public void Build_NameAfterTheWoundOfAnIndefinitePerson_IsThatPerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("He was dead, Abu Karim, in the door of his shop.", "1/1")]
    [InlineData("She died on the stairs of the hospital in Homs, Lina Haddad.", "1/1")]
    public void Build_NameAfterTheHarmOfAPronoun_IsThatPerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_NameJoinedByAnd_IsAnotherVictim()
    {
        Assert.Equal("2/2", Toll("A boy was wounded in the stomach, and Rami, in the arm.", HarmSet.Injured));
    }

    [Fact]
    public void Build_NameThatOpensItsOwnClause_IsAnotherVictim()
    {
        Assert.Equal("2/2", Toll("A boy was wounded in the stomach, Rami was wounded in the arm.", HarmSet.Injured));
    }
}
