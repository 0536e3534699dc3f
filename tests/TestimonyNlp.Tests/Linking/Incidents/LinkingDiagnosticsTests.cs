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
            "nA=1 nB=1 considered=True score=6.5 conflict=False gap=0 firmGap=0 sameDay=True narrow=True datesApart=False yearsApart=False defYear=False borrowed=False ctxDay=False site=Same km=none depth=2 weapon=2 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "nA=1 nB=1 considered=False score=-2.0 conflict=True gap=2 firmGap=2 sameDay=False narrow=False datesApart=True yearsApart=False defYear=False borrowed=False ctxDay=False site=Unknown km=none depth=0 weapon=0 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "noclaims",
        ], lines);
    }

    [Fact]
    public void ListErrors_FalseRightAndMissedPairs_ListsEachWithItsClaims()
    {
        // Three witnesses of one day at one town, the third of another event; a fourth of the first event dates it
        // a week later.
        var lines = LinkingDiagnostics.ListErrors(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(2, "t2", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(3, "t3", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike),
            Claim(4, "t4", Ariha, "2016-03-19"),
        ], new(), [("t1", "g1", [1]), ("t2", "g1", [2]), ("t3", "g2", [3]), ("t4", "g1", [4])]);

        Assert.Equal(
        [
            "right\tt1\tg1\tt2\tg1\t0\t0\t0\t1\t6.50\tok\tdirect\tgap=0 firmGap=0 sameDay=True narrow=True datesApart=False yearsApart=False defYear=False borrowed=False ctxDay=False site=Same km=none depth=2 weapon=2 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "false\tt1\tg1\tt3\tg2\t0\t0\t0\t2\t6.50\tok\tdirect\tgap=0 firmGap=0 sameDay=True narrow=True datesApart=False yearsApart=False defYear=False borrowed=False ctxDay=False site=Same km=none depth=2 weapon=2 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "missed\tt1\tg1\tt4\tg1\t0\t1\t0\t3\t-2.00\tconflict\tchain\tgap=7 firmGap=7 sameDay=False narrow=False datesApart=True yearsApart=False defYear=False borrowed=False ctxDay=False site=Unknown km=none depth=0 weapon=0 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "false\tt2\tg1\tt3\tg2\t0\t0\t1\t2\t6.50\tok\tdirect\tgap=0 firmGap=0 sameDay=True narrow=True datesApart=False yearsApart=False defYear=False borrowed=False ctxDay=False site=Same km=none depth=2 weapon=2 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "missed\tt2\tg1\tt4\tg1\t0\t1\t1\t3\t-2.00\tconflict\tchain\tgap=7 firmGap=7 sameDay=False narrow=False datesApart=True yearsApart=False defYear=False borrowed=False ctxDay=False site=Unknown km=none depth=0 weapon=0 actorSame=False actorOther=False named=False witness=False place=False person=False datedX=True datedY=True toll=False sameHarm=True famX=1 famY=1 tgtX=0 tgtY=0",
            "claim\t1\tt1\tg1\t0\t0\tKilled\ts-saraqib\ts-idlib-gov|s-sy\t-\t-\t2016-03-12\t2016-03-12\tAirstrike\t-\t-\t-\t0\t0\ttold\ttold",
            "claim\t2\tt2\tg1\t1\t0\tKilled\ts-saraqib\ts-idlib-gov|s-sy\t-\t-\t2016-03-12\t2016-03-12\tAirstrike\t-\t-\t-\t0\t0\ttold\ttold",
            "claim\t3\tt3\tg2\t2\t0\tKilled\ts-saraqib\ts-idlib-gov|s-sy\t-\t-\t2016-03-12\t2016-03-12\tAirstrike\t-\t-\t-\t0\t0\ttold\ttold",
            "claim\t4\tt4\tg1\t3\t1\tKilled\ts-ariha\ts-idlib-gov|s-sy\t-\t-\t2016-03-19\t2016-03-19\t-\t-\t-\t-\t0\t0\ttold\ttold",
        ], lines);
    }

    [Fact]
    public void ListErrors_TwoEventsJoinedInOneAccount_ListsTheWithinPair()
    {
        // One witness tells two strikes of one day at one town with one weapon, 20 characters apart.
        var lines = LinkingDiagnostics.ListErrors(
        [
            Claim(1, "t1", Saraqib, "2016-03-12", weapon: WeaponCategory.Airstrike, min: 2),
            Claim(2, "t1", Saraqib, "2016-03-12", Harm.Injured, weapon: WeaponCategory.Airstrike, start: 100),
        ], new(), [("t1", "g1", [1]), ("t1", "g2", [2])]);

        Assert.Equal(
        [
            "within-false\tt1\tg1\tg2\t1\t2\t5.00\tedge\tKilled\tInjured\tAirstrike\tAirstrike\t736034..736034\t736034..736034\ttold\ttold\t20\t0\t-\t0\t0\t2\t-\ts-saraqib\ts-saraqib",
        ], lines.Where(l => l.StartsWith("within-", StringComparison.Ordinal)));
    }
}
