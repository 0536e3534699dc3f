using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

/// <summary>
/// A store file for the review tests: testimony DM-007 (row 1: entities 1-4 with confidences 0.99, 0.97654, 0.9,
/// 0.75; claim 1 with confidence 0.91, evidence 3..48 and 49..66, linked to incident I0001) and testimony DM-008
/// (row 2: entities 5-6 with confidences 0.99 and 0.97654; claim 2 with confidence 0.91, no incident).
/// </summary>
internal static class ReviewSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The length of <see cref="StoreSamples.Content"/>.</summary>
    public const int ContentLength = 109;

    public static readonly ReviewItemRef Weapon = new(ReviewItemKind.Entity, 1);
    public static readonly ReviewItemRef Place = new(ReviewItemKind.Entity, 2);
    public static readonly ReviewItemRef Rania = new(ReviewItemKind.Entity, 3);
    public static readonly ReviewItemRef Omar = new(ReviewItemKind.Entity, 4);
    public static readonly ReviewItemRef Claim = new(ReviewItemKind.Claim, 1);
    public static readonly ReviewItemRef Link = new(ReviewItemKind.IncidentLink, 1);
    public static readonly ReviewItemRef OtherClaim = new(ReviewItemKind.Claim, 2);

    /// <summary>Writes the two testimonies and the incident link into <paramref name="databasePath"/>.</summary>
    public static void Create(string databasePath)
    {
        using (var store = SqliteTestimonyStore.Open(databasePath))
        {
            store.Save(StoreSamples.ResultWithVictims());
            store.Save(StoreSamples.Result(StoreSamples.HashB, "interviews/dm-008.txt", "DM-008"));
        }

        SqliteProbe.Execute(databasePath,
            """
            INSERT INTO incidents (incident_id, testimonies, independent_sources, grade)
                VALUES ('I0001', '["DM-007"]', 1, 'SINGLE_SOURCE');
            UPDATE claims SET incident_id = 'I0001' WHERE id = 1;
            """);
    }

    /// <summary>The number of audit rows in the file.</summary>
    public static long AuditRows(string databasePath) =>
        (long)SqliteProbe.Scalar(databasePath, "SELECT count(*) FROM audit_log")!;
}
