using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewConcurrencyTests : IDisposable
{
    private const int Reviewers = 20;
    private const int Rounds = 10;

    private static readonly ReviewItemRef[] Items =
    [
        ReviewSamples.Weapon,
        ReviewSamples.Place,
        ReviewSamples.Omar,

        // Not claim 1: rejecting it takes it out of its incident, which moves the link contended here too.
        ReviewSamples.OtherClaim,
        ReviewSamples.Link,
    ];

    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Apply_TwentyReviewersOnFiveItems_EveryChangeAppliedOrStaleAndNoneLost()
    {
        ReviewSamples.Create(DatabasePath);
        SqliteReviewStore.Open(DatabasePath).Dispose();
        var outcomes = new (ReviewItemRef Item, int Expected, ReviewOutcome Outcome)[Reviewers, Rounds * Items.Length];
        using var start = new Barrier(Reviewers);

        var threads = Enumerable.Range(0, Reviewers).Select(reviewer => new Thread(() =>
        {
            using var store = SqliteReviewStore.Open(DatabasePath);
            var name = $"reviewer-{reviewer:D2}";
            start.SignalAndWait();
            for (var i = 0; i < Rounds * Items.Length; i++)
            {
                // Each reviewer walks the items from its own starting point, so that all five are contended.
                var item = Items[(reviewer + i) % Items.Length];
                var version = store.ReadItem(item)!.Version;
                var action = (reviewer + i) % 2 == 0 ? ReviewAction.Accept : ReviewAction.Reject;
                outcomes[reviewer, i] = (item, version, store.Apply(new ReviewChange(item, version, action), name, ReviewSamples.Now));
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        var all = outcomes.Cast<(ReviewItemRef Item, int Expected, ReviewOutcome Outcome)>().ToList();
        Assert.Equal(Reviewers * Rounds * Items.Length, all.Count);
        Assert.All(all, o => Assert.True(
            o.Outcome.Kind is ReviewOutcomeKind.Applied or ReviewOutcomeKind.Stale, $"{o.Item}: {o.Outcome}"));

        // An applied change went on top of the version its reviewer read; a stale one found a newer version.
        Assert.All(all, o => Assert.True(
            o.Outcome.Kind == ReviewOutcomeKind.Applied
                ? o.Outcome.CurrentVersion == o.Expected + 1
                : o.Outcome.CurrentVersion > o.Expected,
            $"{o.Item}: read {o.Expected}, {o.Outcome}"));
        using var reader = SqliteReviewStore.Open(DatabasePath);
        foreach (var item in Items)
        {
            var applied = all.Count(o => o.Item == item && o.Outcome.Kind == ReviewOutcomeKind.Applied);
            var finalVersion = reader.ReadItem(item)!.Version;
            var history = reader.ReadHistory(item);

            Assert.Equal(finalVersion - 1, applied);
            Assert.Equal(applied, history.Count);

            // One audit row per version step, each starting from the state the previous one left: no lost update.
            Assert.Equal(Enumerable.Range(2, applied), history.Select(e => e.VersionAfter));
            Assert.All(history.Skip(1).Zip(history), pair => Assert.Equal(pair.Second.After, pair.First.Before));
            Assert.Equal(
                all.Where(o => o.Item == item && o.Outcome.Kind == ReviewOutcomeKind.Applied)
                    .Select(o => o.Outcome.CurrentVersion).Order(),
                history.Select(e => e.VersionAfter));
        }

        Assert.Equal(all.Count(o => o.Outcome.Kind == ReviewOutcomeKind.Applied), (int)ReviewSamples.AuditRows(DatabasePath));
    }
}
