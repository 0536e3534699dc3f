using TestimonyNlp.Model;
using TestimonyNlp.Store;
using static TestimonyNlp.Tests.Store.IncidentReviewSamples;

namespace TestimonyNlp.Tests.Store;

/// <summary>A rejected claim leaves its incident at once (re-summed, audited as a link entry), and taking the
/// rejection back puts it back while the incident exists (<see cref="IncidentReviewSamples"/>).</summary>
public sealed class ClaimRejectionIncidentTests : IncidentSampleStoreTests
{
    [Fact]
    public void RejectClaim_InContestedIncident_LeavesItAtOnceAndResumsIt()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        var before = Incident(StorePath, "I0001").Version;

        var outcome = Reject(store, 2);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        Assert.Equal("1:I0001 2:- 3:I0002", Assignments(StorePath));
        var left = Incident(StorePath, "I0001");
        Assert.Equal(("DM-007", IncidentGrade.SingleSource, "", 7, (int?)7, 1, before + 1),
            (string.Join('|', left.Testimonies), left.Grade, string.Join('|', left.Conflicts), left.VictimsMin, left.VictimsMax,
             left.IndependentSources, left.Version));
        Assert.Equal(
            [
                "link-2 CLAIM_REJECTED {\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":null,\"review_status\":\"UNREVIEWED\"} 2",
                "claim-2 REJECT",
            ],
            store.ReadAudit(0, 10).Select(a => a.Ref.Kind == ReviewItemKind.IncidentLink
                ? $"{a.Ref} {a.Action.ToWire()} {a.Before} {a.After} {a.VersionAfter}"
                : $"{a.Ref} {a.Action.ToWire()}").ToArray());
        Assert.Null(store.ReadItem(new ReviewItemRef(ReviewItemKind.IncidentLink, 2)));
    }

    [Fact]
    public void RejectClaimThenExportWithoutProcess_IncidentsCsvHasTheNewToll()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            Reject(store, 2);
        }

        var output = Folder.File("shared");
        using (var testimonies = SqliteTestimonyStore.Open(StorePath))
        {
            new ReviewedCsvExport().Export(testimonies, output);
        }

        Assert.Equal(
            [
                "I0001,s-000000000003,2016-09-09,2016-09-09,BARREL_BOMB,Syrian government forces,7,7,DM-007,1,SINGLE_SOURCE,,,UNREVIEWED",
                "I0002,s-000000000003,2017-01-05,2017-01-05,BARREL_BOMB,Syrian government forces,2,2,DM-020,1,SINGLE_SOURCE,,,UNREVIEWED",
            ],
            File.ReadAllLines(Path.Combine(output, "incidents.csv")).Skip(1).ToArray());
        Assert.Equal(["DM-007", "DM-020"], File.ReadAllLines(Path.Combine(output, "claims.csv")).Skip(1).Select(l => l.Split(',')[1]).ToArray());
    }

    [Fact]
    public void UndoRejectClaim_IncidentStillExists_PutsItBackAndResumsIt()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        Reject(store, 2);

        var outcome = store.Apply(new ReviewChange(Claim(2), ClaimVersion(2), ReviewAction.Undo), "rita", Now);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        var back = Incident(StorePath, "I0001");
        Assert.Equal(("DM-007|DM-012", IncidentGrade.Contested, 7, (int?)9, 2),
            (string.Join('|', back.Testimonies), back.Grade, back.VictimsMin, back.VictimsMax, back.IndependentSources));
        var link = store.ReadHistory(new ReviewItemRef(ReviewItemKind.IncidentLink, 2));
        Assert.Equal(
            [
                "CLAIM_REJECTED {\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":null,\"review_status\":\"UNREVIEWED\"} 2 ",
                $"UNDO {{\"incident_id\":null,\"review_status\":\"UNREVIEWED\"}} {{\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"}} 3 {link[0].Id}",
            ],
            link.Select(a => $"{a.Action.ToWire()} {a.Before} {a.After} {a.VersionAfter} {a.Reverts}").ToArray());
        Assert.Equal((StoreVocabulary.Unreviewed, 3), (store.ReadItem(new ReviewItemRef(ReviewItemKind.IncidentLink, 2))!.ReviewStatus, store.ReadItem(new ReviewItemRef(ReviewItemKind.IncidentLink, 2))!.Version));
        using var testimonies = SqliteTestimonyStore.Open(StorePath);
        Assert.Empty(testimonies.ReadRejectedLinks());
    }

    [Fact]
    public void AcceptRejectedClaim_PutsItBackToo()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        Reject(store, 2);

        store.Apply(new ReviewChange(Claim(2), ClaimVersion(2), ReviewAction.Accept), "rita", Now);

        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Equal(9, Incident(StorePath, "I0001").VictimsMax);
    }

    [Fact]
    public void RejectSoleClaim_IncidentRetiredAndUndoLeavesTheClaimToTheNextProcess()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            Reject(store, 3);
            Assert.Equal("I0001", IncidentIds(StorePath));

            var outcome = store.Apply(new ReviewChange(Claim(3), ClaimVersion(3), ReviewAction.Undo), "rita", Now);

            Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
            Assert.Equal("1:I0001 2:I0001 3:-", Assignments(StorePath));
            Assert.Equal(StoreVocabulary.Unreviewed, store.ReadItem(Claim(3))!.ReviewStatus);
        }

        AddMore(StorePath);

        Assert.Equal("1:I0001 2:I0001 3:I0003 4:I0001 5:I0003", Assignments(StorePath));
    }

    [Fact]
    public void RejectClaimThenProcessMore_StaysOutAndTheIncidentTakesTheNewWitness()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            Reject(store, 2);
        }

        AddMore(StorePath);

        Assert.Equal("1:I0001 2:- 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
        Assert.Equal((7, (int?)7, 2), (Incident(StorePath, "I0001").VictimsMin, Incident(StorePath, "I0001").VictimsMax, Incident(StorePath, "I0001").IndependentSources));
    }

    [Fact]
    public void RejectLinkThenProcessMore_ClaimStaysInItsOwnIncidentAndItsLinkStaysRejected()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            store.Apply(new ReviewChange(Link(2), 1, ReviewAction.Reject), "rita", Now);
        }

        AddMore(StorePath);

        using var reread = SqliteReviewStore.Open(StorePath);
        Assert.Equal("1:I0001 2:I0003 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
        Assert.Equal((StoreVocabulary.Rejected, 2), (reread.ReadItem(Link(2))!.ReviewStatus, reread.ReadItem(Link(2))!.Version));
    }

    [Fact]
    public void RejectedLinkClaimMovedByProcessIntoAnotherIncident_LinkUnreviewedAgainAndStillNeverInTheRejectedOne()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            // The link rejected (own incident I0003), then the claim rejected (I0003 retired) and taken back: the
            // claim is in no incident until linking puts it into another one.
            store.Apply(new ReviewChange(Link(2), 1, ReviewAction.Reject), "rita", Now);
            Reject(store, 2);
            store.Apply(new ReviewChange(Claim(2), ClaimVersion(2), ReviewAction.Undo), "rita", Now);
            Assert.Equal("1:I0001 2:- 3:I0002", Assignments(StorePath));
        }

        AddMore(StorePath);

        using var reread = SqliteReviewStore.Open(StorePath);
        Assert.Equal("1:I0001 2:I0004 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
        var link = reread.ReadItem(Link(2))!;
        Assert.Equal((StoreVocabulary.Unreviewed, 4), (link.ReviewStatus, link.Version));
        Assert.Equal(["REJECT", "CLAIM_REJECTED"], reread.ReadHistory(Link(2)).Select(a => a.Action.ToWire()).ToArray());
        using var testimonies = SqliteTestimonyStore.Open(StorePath);
        Assert.Equal(["I0001"], testimonies.ReadRejectedLinks()[2].ToArray());
    }

    private static ReviewItemRef Link(long rowId) => new(ReviewItemKind.IncidentLink, rowId);

    private static ReviewItemRef Claim(long rowId) => new(ReviewItemKind.Claim, rowId);

    private ReviewOutcome Reject(SqliteReviewStore store, long rowId)
    {
        var outcome = store.Apply(new ReviewChange(Claim(rowId), ClaimVersion(rowId), ReviewAction.Reject), "rita", Now);
        Assert.True(outcome.Success, outcome.Message);
        return outcome;
    }

    private int ClaimVersion(long rowId)
    {
        using var store = SqliteTestimonyStore.Open(StorePath);
        return store.ReadClaims().Single(c => c.RowId == rowId).Version;
    }
}
