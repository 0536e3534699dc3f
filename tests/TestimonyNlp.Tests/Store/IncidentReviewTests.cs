using TestimonyNlp.Model;
using TestimonyNlp.Store;
using static TestimonyNlp.Tests.Store.IncidentReviewSamples;

namespace TestimonyNlp.Tests.Store;

/// <summary>Merging and splitting incidents by hand, verdicts on links and claims, and linking again after them,
/// over a real SQLite store (<see cref="IncidentReviewSamples"/>).</summary>
public sealed class IncidentReviewTests : IncidentSampleStoreTests
{
    [Fact]
    public void Create_ThreeWitnesses_LinksTwoIncidents()
    {
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        var incident = Incident(StorePath, "I0001");
        Assert.Equal((IncidentGrade.Contested, "toll", 7, (int?)9, 2),
            (incident.Grade, string.Join('|', incident.Conflicts), incident.VictimsMin, incident.VictimsMax, incident.IndependentSources));
    }

    [Fact]
    public void MergeIncidents_CurrentVersions_MovesClaimsRetiresSourceAndAudits()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        var (target, source) = (Version("I0001"), Version("I0002"));

        var outcome = store.MergeIncidents(new IncidentMerge("I0001", target, "I0002", source), "rita", Now);

        Assert.Equal(new IncidentOutcome(ReviewOutcomeKind.Applied, "I0001", 1, 2, null), outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0001", Assignments(StorePath));
        Assert.Equal("I0001", IncidentIds(StorePath));
        var merged = Incident(StorePath, "I0001");
        Assert.Equal(
            ("I0002", "DM-007|DM-012|DM-020", 3, IncidentGrade.Contested, "date|toll", 2, (int?)9, target + 1),
            (string.Join('|', merged.PreviousIds), string.Join('|', merged.Testimonies), merged.IndependentSources,
             merged.Grade, string.Join('|', merged.Conflicts), merged.VictimsMin, merged.VictimsMax, merged.Version));
        var audit = store.ReadAudit(0, 10);
        Assert.Equal(
            [
                "link-1 MERGE_INCIDENTS {\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":\"I0001\",\"review_status\":\"ACCEPTED\"} 2",
                "link-2 MERGE_INCIDENTS {\"incident_id\":\"I0001\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":\"I0001\",\"review_status\":\"ACCEPTED\"} 2",
                "link-3 MERGE_INCIDENTS {\"incident_id\":\"I0002\",\"review_status\":\"UNREVIEWED\"} {\"incident_id\":\"I0001\",\"review_status\":\"CORRECTED\"} 2",
            ],
            audit.Select(a => $"{a.Ref} {a.Action.ToWire()} {a.Before} {a.After} {a.VersionAfter}").ToArray());
        using var testimonies = SqliteTestimonyStore.Open(StorePath);
        Assert.Equal(["I0002"], testimonies.ReadRetiredIncidentIds().ToArray());
    }

    [Fact]
    public void MergeIncidents_StaleVersion_RefusedAndNothingWritten()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        var (target, source) = (Version("I0001"), Version("I0002"));

        var outcome = store.MergeIncidents(new IncidentMerge("I0001", target - 1, "I0002", source), "rita", Now);

        Assert.Equal(ReviewOutcomeKind.Stale, outcome.Kind);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Equal("I0001 I0002", IncidentIds(StorePath));
        Assert.Equal(target, Version("I0001"));
        Assert.Empty(store.ReadAudit(0, 10));
    }

    [Fact]
    public void SplitIncident_IntoNewIncident_TakesIdPastEveryIdUsed()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.MergeIncidents(new IncidentMerge("I0001", Version("I0001"), "I0002", Version("I0002")), "rita", Now);

        var outcome = store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [3]), "rita", Now);

        // I0002 was merged away and is retired: the new incident is I0003.
        Assert.Equal(new IncidentOutcome(ReviewOutcomeKind.Applied, "I0003", 1, 0, null), outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0003", Assignments(StorePath));
        var split = Incident(StorePath, "I0003");
        Assert.Equal(("DM-020", IncidentGrade.SingleSource, 2, (int?)2, 1),
            (string.Join('|', split.Testimonies), split.Grade, split.VictimsMin, split.VictimsMax, split.Version));
        Assert.Equal((IncidentGrade.Contested, "toll"), (Incident(StorePath, "I0001").Grade, string.Join('|', Incident(StorePath, "I0001").Conflicts)));
        Assert.Equal(4, store.ReadAudit(0, 10).Count);
    }

    [Fact]
    public void SplitIncident_EveryClaim_InvalidAndNothingWritten()
    {
        using var store = SqliteReviewStore.Open(StorePath);

        var outcome = store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [1, 2]), "rita", Now);

        Assert.Equal(ReviewOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Empty(store.ReadAudit(0, 10));
    }

    [Fact]
    public void SplitIncident_ClaimOfAnotherIncident_InvalidAndNothingWritten()
    {
        using var store = SqliteReviewStore.Open(StorePath);

        var outcome = store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [3]), "rita", Now);

        Assert.Equal((ReviewOutcomeKind.Invalid, "claim row 3 is not a claim of incident I0001"), (outcome.Kind, outcome.Message));
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
    }

    [Fact]
    public void SplitIncident_IntoExistingIncidentWithStaleTargetVersion_Refused()
    {
        using var store = SqliteReviewStore.Open(StorePath);

        var outcome = store.SplitIncident(
            new IncidentSplit("I0001", Version("I0001"), [2], "I0002", Version("I0002") + 1), "rita", Now);

        Assert.Equal(ReviewOutcomeKind.Stale, outcome.Kind);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
    }

    [Fact]
    public void Undo_SplitLink_MovesClaimBackAndRetiresEmptiedIncident()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [2]), "rita", Now);
        var link = new ReviewItemRef(ReviewItemKind.IncidentLink, 2);

        var outcome = store.Apply(new ReviewChange(link, store.ReadItem(link)!.Version, ReviewAction.Undo), "rita", Now);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Equal("I0001 I0002", IncidentIds(StorePath));
        Assert.Equal(StoreVocabulary.Unreviewed, store.ReadItem(link)!.ReviewStatus);
        Assert.Equal((IncidentGrade.Contested, 9), (Incident(StorePath, "I0001").Grade, Incident(StorePath, "I0001").VictimsMax));
    }

    [Fact]
    public void Undo_LinkMovedByMerge_InvalidSinceTheMergedIncidentIsGone()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.MergeIncidents(new IncidentMerge("I0001", Version("I0001"), "I0002", Version("I0002")), "rita", Now);
        var link = new ReviewItemRef(ReviewItemKind.IncidentLink, 3);

        var outcome = store.Apply(new ReviewChange(link, store.ReadItem(link)!.Version, ReviewAction.Undo), "rita", Now);

        Assert.Equal(ReviewOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("1:I0001 2:I0001 3:I0001", Assignments(StorePath));
        Assert.Equal(3, store.ReadAudit(0, 10).Count);
    }

    [Fact]
    public void RejectLink_ClaimInIncident_MovesClaimIntoItsOwnIncident()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        var link = new ReviewItemRef(ReviewItemKind.IncidentLink, 2);

        store.Apply(new ReviewChange(link, 1, ReviewAction.Reject), "rita", Now);

        Assert.Equal("1:I0001 2:I0003 3:I0002", Assignments(StorePath));
        var left = Incident(StorePath, "I0001");
        Assert.Equal(("DM-007", IncidentGrade.SingleSource, 7, (int?)7),
            (string.Join('|', left.Testimonies), left.Grade, left.VictimsMin, left.VictimsMax));
        Assert.Equal((StoreVocabulary.Rejected, "I0003"), (store.ReadItem(link)!.ReviewStatus, store.ReadItem(link)!.IncidentId));
    }

    [Fact]
    public void UndoRejectLink_MovesClaimBack()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        var link = new ReviewItemRef(ReviewItemKind.IncidentLink, 2);
        store.Apply(new ReviewChange(link, 1, ReviewAction.Reject), "rita", Now);

        store.Apply(new ReviewChange(link, 2, ReviewAction.Undo), "rita", Now);

        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Equal("I0001 I0002", IncidentIds(StorePath));
        using var testimonies = SqliteTestimonyStore.Open(StorePath);
        Assert.Empty(testimonies.ReadRejectedLinks());
    }

    [Fact]
    public void RejectLinkThenProcessMore_ClaimNeverBackInRejectedIncident()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            store.Apply(new ReviewChange(new ReviewItemRef(ReviewItemKind.IncidentLink, 2), 1, ReviewAction.Reject), "rita", Now);
        }

        AddMore(StorePath);

        Assert.Equal("1:I0001 2:I0003 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
    }

    [Fact]
    public void ProcessMore_NoReviews_LinksNewWitnessesIntoTheirIncidents()
    {
        AddMore(StorePath);

        Assert.Equal("1:I0001 2:I0001 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
    }

    [Fact]
    public void MergeThenProcessMore_MergedAssignmentsHold()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            store.MergeIncidents(new IncidentMerge("I0001", Version("I0001"), "I0002", Version("I0002")), "rita", Now);
        }

        AddMore(StorePath);

        Assert.Equal("1:I0001 2:I0001 3:I0001 4:I0001 5:I0001", Assignments(StorePath));
        Assert.Equal("I0001", IncidentIds(StorePath));
        Assert.Equal("I0002", string.Join('|', Incident(StorePath, "I0001").PreviousIds));
    }

    [Fact]
    public void MergeSplitThenProcessMore_SplitAssignmentsHold()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            store.MergeIncidents(new IncidentMerge("I0001", Version("I0001"), "I0002", Version("I0002")), "rita", Now);
            store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [3]), "rita", Now);
        }

        AddMore(StorePath);
        AddMore(StorePath);

        Assert.Equal("1:I0001 2:I0001 3:I0003 4:I0001 5:I0003", Assignments(StorePath));
        Assert.Equal("I0001 I0003", IncidentIds(StorePath));
    }

    [Fact]
    public void AcceptLinkThenProcessMore_PinnedClaimKept()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            // DM-012 tells of the January bombing in truth: moved there by hand and accepted.
            store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [2], "I0002", Version("I0002")), "rita", Now);
        }

        AddMore(StorePath);

        Assert.Equal("1:I0001 2:I0002 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
    }

    [Fact]
    public void RejectClaimThenProcess_ClaimInNoIncidentNorInOutputs()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            store.Apply(new ReviewChange(new ReviewItemRef(ReviewItemKind.Claim, 2), 3, ReviewAction.Reject), "rita", Now);
        }

        AddMore(StorePath);

        Assert.Equal("1:I0001 2:- 3:I0002 4:I0001 5:I0002", Assignments(StorePath));
        var output = Folder.File("out");
        using (var testimonies = SqliteTestimonyStore.Open(StorePath))
        {
            new CsvExporter().Export(testimonies, output);
        }

        var claims = File.ReadAllLines(Path.Combine(output, "claims.csv"));
        Assert.Equal(["DM-007", "DM-020", "DM-031", "DM-040"], claims.Skip(1).Select(l => l.Split(',')[1]).ToArray());
        var incidents = File.ReadAllLines(Path.Combine(output, "incidents.csv"));
        Assert.Equal(
            [
                "I0001,s-000000000003,2016-09-09,2016-09-09,BARREL_BOMB,Syrian government forces,7,7,DM-007;DM-031,2,CORROBORATED,,,UNREVIEWED",
                "I0002,s-000000000003,2017-01-05,2017-01-05,BARREL_BOMB,Syrian government forces,2,2,DM-020;DM-040,2,CORROBORATED,,,UNREVIEWED",
            ],
            incidents.Skip(1).ToArray());
    }

    [Fact]
    public void Export_AfterSplitAndAfterAcceptingEveryLink_IncidentReviewStatusCorrectedAndAccepted()
    {
        using (var store = SqliteReviewStore.Open(StorePath))
        {
            // Claim 2 moves by hand into I0002 (CORRECTED; claim 3 left in place is ACCEPTED); I0001's one claim left
            // is then accepted.
            store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [2], "I0002", Version("I0002")), "rita", Now);
            var link = new ReviewItemRef(ReviewItemKind.IncidentLink, 1);
            Assert.True(store.Apply(new ReviewChange(link, store.ReadItem(link)!.Version, ReviewAction.Accept), "rita", Now).Success);
        }

        var output = Folder.File("out");
        using (var testimonies = SqliteTestimonyStore.Open(StorePath))
        {
            new CsvExporter().Export(testimonies, output);
        }

        var incidents = File.ReadAllLines(Path.Combine(output, "incidents.csv"));
        Assert.Equal(
            ["I0001 ACCEPTED", "I0002 CORRECTED"],
            incidents.Skip(1).Select(l => l.Split(',')[0] + " " + l.Split(',')[^1]).ToArray());
        var claims = File.ReadAllLines(Path.Combine(output, "claims.csv"));
        Assert.Equal(
            ["DM-007 I0001 UNREVIEWED ACCEPTED", "DM-012 I0002 UNREVIEWED CORRECTED", "DM-020 I0002 UNREVIEWED ACCEPTED"],
            claims.Skip(1).Select(l => l.Split(',')).Select(c => $"{c[1]} {c[3]} {c[^2]} {c[^1]}").ToArray());
    }

    [Fact]
    public void SplitIncident_AfterClaimRejected_RejectedClaimNotInToll()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        AddMore(StorePath);
        store.Apply(new ReviewChange(new ReviewItemRef(ReviewItemKind.Claim, 2), ClaimVersion(2), ReviewAction.Reject), "rita", Now);

        store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [4]), "rita", Now);

        var left = Incident(StorePath, "I0001");
        Assert.Equal(("DM-007", IncidentGrade.SingleSource, 7, (int?)7, 1),
            (string.Join('|', left.Testimonies), left.Grade, left.VictimsMin, left.VictimsMax, left.IndependentSources));
    }

    [Fact]
    public void ReadClaimsAndEntities_OfTestimonyRows_GiveOnlyTheirs()
    {
        using var store = SqliteTestimonyStore.Open(StorePath);

        var claims = store.ReadClaims([1, 3]).Select(c => c.RowId).ToArray();
        var entities = store.ReadEntities([2]).Select(e => $"{e.TestimonyId}/{e.Mention.Id}").ToArray();

        Assert.Equal([1L, 3L], claims);
        Assert.Equal(["DM-012/e1", "DM-012/e2", "DM-012/e3"], entities);
        Assert.Empty(store.ReadClaims([]));
    }

    [Fact]
    public void Open_Migration6_IndexesLinkRejections()
    {
        Assert.Equal(1L, SqliteProbe.Scalar(StorePath, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_audit_log_link_rejections'"));
    }

    [Fact]
    public void MergeIncidents_MovedLinkLeasedByOther_RefusedNamingHolderAndNothingWritten()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 3), "sami", Now, TimeSpan.FromMinutes(5));
        var (target, source) = (Version("I0001"), Version("I0002"));

        var outcome = store.MergeIncidents(new IncidentMerge("I0001", target, "I0002", source), "rita", Now.AddMinutes(4));

        Assert.Equal(
            new IncidentOutcome(ReviewOutcomeKind.LeasedToOther, null, 0, 0,
                "link-3 is being reviewed by sami until 2026-03-04T09:05:00.000Z"),
            outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Equal("I0001 I0002", IncidentIds(StorePath));
        Assert.Equal((target, source), (Version("I0001"), Version("I0002")));
        Assert.Empty(store.ReadAudit(0, 10));
    }

    [Fact]
    public void MergeIncidents_ConfirmedLinkLeasedByOther_RefusedAndNothingWritten()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 2), "sami", Now, TimeSpan.FromMinutes(5));
        var (target, source) = (Version("I0001"), Version("I0002"));

        var outcome = store.MergeIncidents(new IncidentMerge("I0001", target, "I0002", source), "rita", Now);

        Assert.Equal(
            new IncidentOutcome(ReviewOutcomeKind.LeasedToOther, null, 0, 0,
                "link-2 is being reviewed by sami until 2026-03-04T09:05:00.000Z"),
            outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Empty(store.ReadAudit(0, 10));
    }

    [Fact]
    public void MergeIncidents_LeaseExpired_Applied()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 3), "sami", Now, TimeSpan.FromMinutes(5));
        var (target, source) = (Version("I0001"), Version("I0002"));

        var outcome = store.MergeIncidents(new IncidentMerge("I0001", target, "I0002", source), "rita", Now.AddMinutes(5));

        Assert.Equal(new IncidentOutcome(ReviewOutcomeKind.Applied, "I0001", 1, 2, null), outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0001", Assignments(StorePath));
    }

    [Fact]
    public void MergeIncidents_LeaseHeldBySameReviewer_Applied()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 3), "rita", Now, TimeSpan.FromMinutes(5));
        var (target, source) = (Version("I0001"), Version("I0002"));

        var outcome = store.MergeIncidents(new IncidentMerge("I0001", target, "I0002", source), "rita", Now.AddMinutes(1));

        Assert.Equal(new IncidentOutcome(ReviewOutcomeKind.Applied, "I0001", 1, 2, null), outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0001", Assignments(StorePath));
    }

    [Fact]
    public void SplitIncident_StayingLinkLeasedByOther_RefusedNamingHolderAndNothingWritten()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 1), "sami", Now, TimeSpan.FromMinutes(5));
        var version = Version("I0001");

        var outcome = store.SplitIncident(new IncidentSplit("I0001", version, [2]), "rita", Now);

        Assert.Equal(
            new IncidentOutcome(ReviewOutcomeKind.LeasedToOther, null, 0, 0,
                "link-1 is being reviewed by sami until 2026-03-04T09:05:00.000Z"),
            outcome);
        Assert.Equal("1:I0001 2:I0001 3:I0002", Assignments(StorePath));
        Assert.Equal("I0001 I0002", IncidentIds(StorePath));
        Assert.Equal(version, Version("I0001"));
        Assert.Empty(store.ReadAudit(0, 10));
    }

    [Fact]
    public void SplitIncident_MovedLinkLeasedBySameReviewer_Applied()
    {
        using var store = SqliteReviewStore.Open(StorePath);
        store.TryLease(new ReviewItemRef(ReviewItemKind.IncidentLink, 2), "rita", Now, TimeSpan.FromMinutes(5));

        var outcome = store.SplitIncident(new IncidentSplit("I0001", Version("I0001"), [2]), "rita", Now);

        Assert.Equal(new IncidentOutcome(ReviewOutcomeKind.Applied, "I0003", 1, 1, null), outcome);
        Assert.Equal("1:I0001 2:I0003 3:I0002", Assignments(StorePath));
    }

    private int Version(string incidentId) => Incident(StorePath, incidentId).Version;

    private int ClaimVersion(long rowId)
    {
        using var store = SqliteTestimonyStore.Open(StorePath);
        return store.ReadClaims().Single(c => c.RowId == rowId).Version;
    }
}
