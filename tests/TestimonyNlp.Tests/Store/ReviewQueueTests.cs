using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewQueueTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SqliteReviewStore _store;

    public ReviewQueueTests()
    {
        ReviewSamples.Create(DatabasePath);
        _store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(ReviewSamples.Now));
    }

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void ReadQueue_NothingReviewed_LowestConfidenceFirstThenRowIdThenKind()
    {
        var queue = _store.ReadQueue(ReviewQueueFilter.All, 0, 100);

        Assert.Equal(
            ["entity-4", "entity-3", "claim-1", "link-1", "claim-2", "entity-2", "entity-6", "entity-1", "entity-5"],
            queue.Select(item => item.Ref.ToString()));
        Assert.Equal(9, _store.CountQueue(ReviewQueueFilter.All));
    }

    [Fact]
    public void ReadQueue_OffsetAndLimit_ReturnsThatPage()
    {
        var page = _store.ReadQueue(ReviewQueueFilter.All, 2, 3);

        Assert.Equal(["claim-1", "link-1", "claim-2"], page.Select(item => item.Ref.ToString()));
        Assert.Empty(_store.ReadQueue(ReviewQueueFilter.All, 9, 3));
    }

    [Fact]
    public void ReadQueue_Items_CarryLabelSpanConfidenceStatusAndVersion()
    {
        var queue = _store.ReadQueue(ReviewQueueFilter.All, 0, 4);

        Assert.Equal(
            new ReviewItem(ReviewSamples.Omar, "DM-007", 1, "PERSON", 104, 108, 0.75, "UNREVIEWED", 1, null, null) { EntityId = "e4" },
            queue[0]);
        Assert.Equal(
            new ReviewItem(ReviewSamples.Claim, "DM-007", 1, "KILLED", 3, 48, 0.91, "UNREVIEWED", 1, null, null)
            {
                Category = "BARREL_BOMB",
                IncidentId = "I0001",
                Actor = "e9",
            },
            queue[2]);
        Assert.Equal(
            new ReviewItem(ReviewSamples.Link, "DM-007", 1, "I0001", 3, 48, 0.91, "UNREVIEWED", 1, null, null)
            {
                IncidentId = "I0001",
            },
            queue[3]);
    }

    [Fact]
    public void ReadQueue_TestimonyFilter_KeepsOnlyThatTestimony()
    {
        var filter = new ReviewQueueFilter(TestimonyId: "DM-008");

        var queue = _store.ReadQueue(filter, 0, 100);

        Assert.Equal(["claim-2", "entity-6", "entity-5"], queue.Select(item => item.Ref.ToString()));
        Assert.Equal(3, _store.CountQueue(filter));
    }

    [Fact]
    public void ReadQueue_KindFilter_KeepsOnlyThatKind()
    {
        var claims = _store.ReadQueue(new ReviewQueueFilter(Kind: ReviewItemKind.Claim), 0, 100);
        var links = _store.ReadQueue(new ReviewQueueFilter(Kind: ReviewItemKind.IncidentLink), 0, 100);

        Assert.Equal(["claim-1", "claim-2"], claims.Select(item => item.Ref.ToString()));
        Assert.Equal(["link-1"], links.Select(item => item.Ref.ToString()));
    }

    [Fact]
    public void ReadQueue_IncidentFilter_KeepsClaimsAndLinksOfThatIncident()
    {
        var queue = _store.ReadQueue(new ReviewQueueFilter(IncidentId: "I0001"), 0, 100);

        Assert.Equal(["claim-1", "link-1"], queue.Select(item => item.Ref.ToString()));
        Assert.Empty(_store.ReadQueue(new ReviewQueueFilter(IncidentId: "I0002"), 0, 100));
    }

    [Fact]
    public void ReadQueue_EntitiesOfAnIncident_GivesNothing()
    {
        var filter = new ReviewQueueFilter(Kind: ReviewItemKind.Entity, IncidentId: "I0001");

        Assert.Empty(_store.ReadQueue(filter, 0, 100));
        Assert.Equal(0, _store.CountQueue(filter));
    }

    [Fact]
    public void ReadQueue_TestimonyAndKindAndIncludeReviewed_AllApply()
    {
        _store.Apply(new ReviewChange(ReviewSamples.Rania, 1, ReviewAction.Accept), "amira", ReviewSamples.Now);
        var filter = new ReviewQueueFilter(TestimonyId: "DM-007", Kind: ReviewItemKind.Entity, IncludeReviewed: true);

        var queue = _store.ReadQueue(filter, 1, 100);

        Assert.Equal(["entity-2", "entity-1", "entity-3"], queue.Select(item => item.Ref.ToString()));
        Assert.Equal(4, _store.CountQueue(filter));
        Assert.Equal(3, _store.CountQueue(filter with { IncludeReviewed = false }));
    }

    [Fact]
    public void ReadQueue_ReviewedItems_LeftOutByDefaultAndLastWhenIncluded()
    {
        Assert.Equal(ReviewOutcomeKind.Applied,
            _store.Apply(new ReviewChange(ReviewSamples.Omar, 1, ReviewAction.Accept), "amira", ReviewSamples.Now).Kind);
        Assert.Equal(ReviewOutcomeKind.Applied,
            _store.Apply(new ReviewChange(ReviewSamples.Link, 1, ReviewAction.Reject), "amira", ReviewSamples.Now).Kind);

        var unreviewed = _store.ReadQueue(ReviewQueueFilter.All, 0, 100);
        var all = _store.ReadQueue(new ReviewQueueFilter(IncludeReviewed: true), 0, 100);

        Assert.Equal(
            ["entity-3", "claim-1", "claim-2", "entity-2", "entity-6", "entity-1", "entity-5"],
            unreviewed.Select(item => item.Ref.ToString()));
        Assert.Equal(
            ["entity-3", "claim-1", "claim-2", "entity-2", "entity-6", "entity-1", "entity-5", "entity-4", "link-1"],
            all.Select(item => item.Ref.ToString()));
        Assert.Equal(("ACCEPTED", 2), (all[7].ReviewStatus, all[7].Version));
        Assert.Equal(("REJECTED", 2), (all[8].ReviewStatus, all[8].Version));
    }

    [Fact]
    public void ReadQueue_SupersededTestimony_LeavesItsItemsOut()
    {
        using (var testimonies = SqliteTestimonyStore.Open(DatabasePath))
        {
            // Same source and id, other content: DM-008 (row 2) is superseded by row 3.
            testimonies.Save(StoreSamples.Result(StoreSamples.HashA, "interviews/dm-008.txt", "DM-008") with
            {
                Entities = [],
                Claims = [],
            });
        }

        var queue = _store.ReadQueue(ReviewQueueFilter.All, 0, 100);

        Assert.Equal(["entity-4", "entity-3", "claim-1", "link-1", "entity-2", "entity-1"],
            queue.Select(item => item.Ref.ToString()));
        Assert.Null(_store.ReadItem(new ReviewItemRef(ReviewItemKind.Entity, 5)));
    }

    [Fact]
    public void ReadItem_EachKind_ReturnsTheItemAsTheQueueShowsIt()
    {
        var queue = _store.ReadQueue(ReviewQueueFilter.All, 0, 100);

        foreach (var item in queue)
        {
            Assert.Equal(item, _store.ReadItem(item.Ref));
        }

        Assert.Equal("barrel bomb", _store.ReadItem(ReviewSamples.Weapon)?.Normalized);
        Assert.Equal("BARREL_BOMB", _store.ReadItem(ReviewSamples.Weapon)?.Category);
    }

    [Fact]
    public void ReadItem_NoSuchItem_ReturnsNull()
    {
        Assert.Null(_store.ReadItem(new ReviewItemRef(ReviewItemKind.Entity, 99)));
        Assert.Null(_store.ReadItem(new ReviewItemRef(ReviewItemKind.IncidentLink, 2)));
    }
}
