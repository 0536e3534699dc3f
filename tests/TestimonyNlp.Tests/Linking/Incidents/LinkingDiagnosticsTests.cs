using TestimonyNlp.Model;
using TestimonyNlp.Training.Evaluation;
using static TestimonyNlp.Tests.Linking.Incidents.LinkClaims;

namespace TestimonyNlp.Tests.Linking.Incidents;

public sealed class LinkingDiagnosticsTests
{
    [Fact]
    public void ExplainPairs_TwoAccountsOfOneDayAtOneTown_DescribesTheirEvidence()
    {
        var lines = LinkingDiagnostics.ExplainPairs(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, actor: "Syrian Arab Army"),
            Claim(3, "t3", Ariha, "2016-03-14"),
        ], new(), [([1], [2]), ([1], [3]), ([1], [9])]);

        Assert.Equal(
        [
            "nA=1 nB=1 considered=True score=6.5 conflict=False gap=0 firmGap=0 sameDay=True narrow=True datesApart=False yearsApart=False defYear=False ctxDay=False site=Same km=none depth=2 weapon=2 actorSame=False actorOther=False named=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "nA=1 nB=1 considered=False score=-2.0 conflict=True gap=2 firmGap=2 sameDay=False narrow=False datesApart=True yearsApart=False defYear=False ctxDay=False site=Unknown km=none depth=0 weapon=0 actorSame=False actorOther=False named=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "noclaims",
        ], lines);
    }
}
