using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewLeaseTests : IDisposable
{
    private static readonly DateTimeOffset Now = ReviewSamples.Now;
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);
    private readonly TempDirectory _folder = new();
    private readonly SqliteReviewStore _store;

    public ReviewLeaseTests()
    {
        ReviewSamples.Create(DatabasePath);
        _store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(Now.AddMinutes(1)));
    }

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void TryLease_FreeItem_AppliesAndReadItemShowsTheLease()
    {
        var outcome = _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 1, null), outcome);
        var item = _store.ReadItem(ReviewSamples.Omar);
        Assert.Equal(("amira", Now.AddMinutes(5)), (item?.LeasedTo, item?.LeaseExpires));
        Assert.Equal("amira", _store.ReadQueue(ReviewQueueFilter.All, 0, 1)[0].LeasedTo);
    }

    [Fact]
    public void TryLease_HeldByOtherAndUnexpired_ReturnsLeasedToOtherNamingTheHolder()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);

        var outcome = _store.TryLease(ReviewSamples.Omar, "bilal", Now.AddMinutes(4), FiveMinutes);

        Assert.Equal(
            new ReviewOutcome(ReviewOutcomeKind.LeasedToOther, 1,
                "entity-4 is being reviewed by amira until 2026-03-04T09:05:00.000Z"),
            outcome);
        Assert.Equal("amira", _store.ReadItem(ReviewSamples.Omar)?.LeasedTo);
    }

    [Fact]
    public void TryLease_HeldByOtherButExpired_PassesToTheNewReviewer()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);

        var outcome = _store.TryLease(ReviewSamples.Omar, "bilal", Now.AddMinutes(5), FiveMinutes);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        var item = _store.ReadItem(ReviewSamples.Omar);
        Assert.Equal(("bilal", Now.AddMinutes(10)), (item?.LeasedTo, item?.LeaseExpires));
    }

    [Fact]
    public void TryLease_SameReviewer_RenewsTheLease()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);

        var outcome = _store.TryLease(ReviewSamples.Omar, "amira", Now.AddMinutes(3), FiveMinutes);

        Assert.Equal(ReviewOutcomeKind.Applied, outcome.Kind);
        Assert.Equal(Now.AddMinutes(8), _store.ReadItem(ReviewSamples.Omar)?.LeaseExpires);
    }

    [Fact]
    public void ReadItem_LeaseExpiredByTheStoreClock_ShowsNoLease()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now.AddMinutes(-10), FiveMinutes);

        var item = _store.ReadItem(ReviewSamples.Omar);

        Assert.Equal((null, null), (item?.LeasedTo, item?.LeaseExpires));
    }

    [Fact]
    public void TryLease_NoSuchItem_ReturnsNotFound()
    {
        var outcome = _store.TryLease(new ReviewItemRef(ReviewItemKind.Claim, 99), "amira", Now, FiveMinutes);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.NotFound, 0, "claim-99 does not exist"), outcome);
        Assert.Equal(0L, SqliteProbe.Scalar(DatabasePath, "SELECT count(*) FROM leases"));
    }

    [Fact]
    public void TryLease_EntityAndClaimWithSameRowId_AreLeasedApart()
    {
        _store.TryLease(ReviewSamples.Claim, "amira", Now, FiveMinutes);

        var entity = _store.TryLease(new ReviewItemRef(ReviewItemKind.Entity, 1), "bilal", Now, FiveMinutes);
        var link = _store.TryLease(ReviewSamples.Link, "bilal", Now, FiveMinutes);

        Assert.Equal((ReviewOutcomeKind.Applied, ReviewOutcomeKind.Applied), (entity.Kind, link.Kind));
    }

    [Fact]
    public void Apply_LeasedToOther_IsRefusedAndWritesNothing()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);

        var outcome = _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "bilal", Now.AddMinutes(1));

        Assert.Equal(
            new ReviewOutcome(ReviewOutcomeKind.LeasedToOther, 1,
                "entity-4 is being reviewed by amira until 2026-03-04T09:05:00.000Z"),
            outcome);
        Assert.Equal(("UNREVIEWED", 1), (_store.ReadItem(ReviewSamples.Omar)?.ReviewStatus, _store.ReadItem(ReviewSamples.Omar)?.Version));
        Assert.Equal(0L, ReviewSamples.AuditRows(DatabasePath));
    }

    [Fact]
    public void Apply_OwnLeaseOrExpiredLease_Applies()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);
        _store.TryLease(ReviewSamples.Rania, "amira", Now, FiveMinutes);

        var own = _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "amira", Now.AddMinutes(1));
        var expired = _store.Apply(new ReviewChange(ReviewSamples.Rania, 1, ReviewAction.Accept), "bilal", Now.AddMinutes(6));

        Assert.Equal((ReviewOutcomeKind.Applied, 2), (own.Kind, own.CurrentVersion));
        Assert.Equal((ReviewOutcomeKind.Applied, 2), (expired.Kind, expired.CurrentVersion));
    }

    [Fact]
    public void ReleaseLease_OwnLease_FreesTheItemForOthers()
    {
        _store.TryLease(ReviewSamples.Omar, "amira", Now, FiveMinutes);

        Assert.False(_store.ReleaseLease(ReviewSamples.Omar, "bilal"));
        Assert.True(_store.ReleaseLease(ReviewSamples.Omar, "amira"));

        Assert.Equal(ReviewOutcomeKind.Applied, _store.TryLease(ReviewSamples.Omar, "bilal", Now, FiveMinutes).Kind);
    }
}
