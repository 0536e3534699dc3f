using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// A disappearance told again without naming or counting anyone is the rest of the disappearance of one person drafted
/// a few sentences before it (<c>MentionMerge.NoNewsOf</c>), whatever its place, unless it gives a number or follows a
/// crowd's disappearance.
/// </summary>
public sealed class NoNewsMergeTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Missing = HarmSet.Missing;

    [Fact]
    public void Build_NoNewsInTheNextAnswerAtAnotherPlace_MergesIntoTheDisappearance()
    {
        const string Gone = "My cousin Karim went to the market in Homs and did not come back.";
        const string Search = "We asked at every office in Damascus, nothing, we do not know if he is alive.";
        var claims = BuildTwoAnswers(Gone, "Did you look for him?", Search, Basis.Hearsay, Basis.Experienced);

        Assert.Equal(
            [
                "c1 MISSING 1/1 named=[e1:Karim] event=null weapon=null actor=null site=e2:Homs date=null basis=HEARSAY evidence=[My cousin Karim went to the market in Homs and did not come back.] + [We asked at every office in Damascus, nothing, we do not know if he is alive.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_LaterMentionWithANumber_StaysApart()
    {
        const string Gone = "My cousin Karim went to the market in Homs and did not come back.";
        const string Others = "Nobody has heard from the two in Damascus since.";
        var claims = BuildTwoAnswers(Gone, "And the others?", Others, Basis.Hearsay, Basis.Hearsay);

        Assert.Equal(
            [
                "c1 MISSING 1/1 named=[e1:Karim] event=null weapon=null actor=null site=e2:Homs date=null basis=HEARSAY evidence=[My cousin Karim went to the market in Homs and did not come back.] confidence=0.72",
                "c2 MISSING 1/1 named=[] event=null weapon=null actor=null site=e3:Damascus date=null basis=HEARSAY evidence=[Nobody has heard from the two in Damascus since.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_NoNewsAfterACrowdDisappeared_StaysApart()
    {
        const string Gone = "Forty men from our village in Daraa disappeared that week.";
        const string Search = "We asked at every office in Damascus, nothing, we do not know if he is alive.";
        var claims = BuildTwoAnswers(Gone, "Did you look for him?", Search, Basis.Hearsay, Basis.Experienced);

        Assert.Equal(
            [
                "c1 MISSING 40/40 named=[] event=null weapon=null actor=null site=e1:Daraa date=null basis=HEARSAY evidence=[Forty men from our village in Daraa disappeared that week.] confidence=0.72",
                "c2 MISSING 1/1 named=[] event=null weapon=null actor=null site=e3:Damascus date=null basis=EXPERIENCED evidence=[We asked at every office in Damascus, nothing, we do not know if he is alive.] confidence=0.72",
            ],
            claims);
    }

    /// <summary>Builds the claims of a missing person told in one answer and, after the question, in the next, each
    /// answer drafted as a disappearance of the basis given.</summary>
    private static List<string> BuildTwoAnswers(string first, string question, string second, Basis firstBasis, Basis secondBasis) =>
        Build(
            Header + "A: " + first + "\nQ: " + question + "\nA: " + second + "\n",
            (first[..12], Missing, firstBasis),
            (second[..12], Missing, secondBasis));
}
