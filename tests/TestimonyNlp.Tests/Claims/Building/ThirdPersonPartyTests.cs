using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The party of a flight told in the third person: the one a relation or a pronoun names before "with" or "and" goes
/// with the people counted after it ("my sister with the three children left": 4; "she and her son left": 2).
/// </summary>
public sealed class ThirdPersonPartyTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: Who left?\nA: ";

    private static string Toll(string answer) => AnswerToll(Header, answer, HarmSet.Displaced, Basis.Witnessed);

    [Theory]
    [InlineData("My sister with the three children left on the 4th, to Zhytomyr.", "4/4")]
    public void Build_RelationRightBeforeWithAndACount_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("In March she and her son left Kherson for Odesa.", "2/2")]
    public void Build_PronounAndOneRelation_AreTwo(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("Her parents left Kherson for Odesa with her four sisters.", "6/6")]
    public void Build_GroupCountedBeforeWith_GoesWhole(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("Ivan and his wife left for Lviv in May with their grandson.", "3/3")]
    [InlineData("Ivan left for Lviv in May with his grandson.", "2/2")]
    public void Build_CompanionAfterWithInThirdPerson_IsCounted(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }
}
