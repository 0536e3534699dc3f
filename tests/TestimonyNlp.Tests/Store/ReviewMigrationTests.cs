using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class ReviewMigrationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_Schema2StoreWithEntityAndLinkedClaim_MigratesAndReviewsThem()
    {
        using (var connection = SqliteProbe.Connect(DatabasePath))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = MigrationSql(1) + MigrationSql(2) +
                """
                INSERT INTO testimonies (content_sha256, testimony_id, source, format, content, words, status, created_at)
                    VALUES ('aaaa', 'DM-007', 'interviews/dm-007.txt', 'text', 'Omar saw the mortar fall.', 5,
                        'PROCESSED', '2025-01-02T03:04:05.000Z');
                INSERT INTO entities (testimony_row_id, entity_id, type, text, start, "end", confidence)
                    VALUES (1, 'e1', 'PERSON', 'Omar', 0, 4, 0.5);
                INSERT INTO incidents (incident_id, testimonies, independent_sources, grade)
                    VALUES ('I0001', '["DM-007"]', 1, 'SINGLE_SOURCE');
                INSERT INTO claims (testimony_row_id, claim_id, incident_id, harm, confidence, version)
                    VALUES (1, 'c1', 'I0001', 'INJURED', 0.6, 3);
                PRAGMA user_version = 2;
                PRAGMA application_id = 1414417488;
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(ReviewSamples.Now));

        Assert.Equal(7L, SqliteProbe.Scalar(DatabasePath, "PRAGMA user_version"));
        Assert.Equal(
            [
                new ReviewItem(new ReviewItemRef(ReviewItemKind.Entity, 1), "DM-007", 1, "PERSON", 0, 4, 0.5, "UNREVIEWED", 1, null, null) { EntityId = "e1" },
                new ReviewItem(new ReviewItemRef(ReviewItemKind.Claim, 1), "DM-007", 1, "INJURED", 0, 0, 0.6, "UNREVIEWED", 3, null, null)
                {
                    IncidentId = "I0001",
                },
                new ReviewItem(new ReviewItemRef(ReviewItemKind.IncidentLink, 1), "DM-007", 1, "I0001", 0, 0, 0.6, "UNREVIEWED", 1, null, null)
                {
                    IncidentId = "I0001",
                },
            ],
            store.ReadQueue(ReviewQueueFilter.All, 0, 10));
        Assert.Empty(store.ReadUsers());
        store.AddUser("amira", ReviewRole.Admin, "h1");
        var outcome = store.Apply(
            new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, 1), 1, ReviewAction.Accept), "amira", ReviewSamples.Now);
        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Applied, 2, null), outcome);
    }

    [Fact]
    public void Open_ClaimWithoutEvidence_AdjustSpanIsInvalid()
    {
        using (var testimonies = SqliteTestimonyStore.Open(DatabasePath))
        {
            testimonies.Save(StoreSamples.Result() with { Claims = [StoreSamples.Claim with { Evidence = [] }] });
        }

        using var store = SqliteReviewStore.Open(DatabasePath, new FixedTimeProvider(ReviewSamples.Now));
        var change = new ReviewChange(new ReviewItemRef(ReviewItemKind.Claim, 1), 1, ReviewAction.AdjustSpan, NewStart: 3, NewEnd: 8);

        var outcome = store.Apply(change, "amira", ReviewSamples.Now);

        Assert.Equal(new ReviewOutcome(ReviewOutcomeKind.Invalid, 1, "claim-1: the claim has no evidence span to adjust"), outcome);
    }

    [Fact]
    public void Open_ReviewStoreOnNewFile_CreatesATestimonyStoreAtTheLatestSchema()
    {
        SqliteReviewStore.Open(DatabasePath).Dispose();

        using var testimonies = SqliteTestimonyStore.Open(DatabasePath);

        Assert.Equal(0, testimonies.MigrationsApplied);
        Assert.Equal(7L, SqliteProbe.Scalar(DatabasePath, "PRAGMA user_version"));
        Assert.Equal("wal", SqliteProbe.Scalar(DatabasePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_FileOfAnotherProgram_ThrowsStoreException()
    {
        SqliteProbe.Execute(DatabasePath, "CREATE TABLE notes (id INTEGER PRIMARY KEY)");

        var exception = Assert.Throws<StoreException>(() => SqliteReviewStore.Open(DatabasePath));

        Assert.Equal($"{DatabasePath} is a SQLite database of another program, not a testimony store", exception.Message);
    }

    private static string MigrationSql(int version) =>
        SqliteSchema.Migrations.Single(m => m.Version == version).Sql + ";\n";
}
