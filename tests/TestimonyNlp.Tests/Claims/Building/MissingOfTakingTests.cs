using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A disappearance whose toll is read in the sentence of the taking counts the missing the rest of its evidence tells
/// of, not everyone taken: "They took him with two other drivers. We do not know where he is." is one.
/// </summary>
public sealed class MissingOfTakingTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: What happened to him?\nA: ";

    private static string Toll(string answer) => AnswerToll(Header, answer, HarmSet.Missing, Basis.Hearsay);

    [Fact]
    public void Build_OnePersonMissingAfterTheTakingOfMany_IsOne()
    {
        Assert.Equal("1/1", Toll("The soldiers took him from the market in Mosul with two other drivers. Since that day we do not know where he is."));
    }

    [Fact]
    public void Build_AllOfThoseTakenMissing_KeepsTheToll()
    {
        Assert.Equal("3/3", Toll("The soldiers took my three sons from the market in Mosul. Since that day we do not know where they are."));
    }
}
