using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Store;

public sealed class SqliteIncidentStoreTests : IDisposable
{
    private const string DoumaId = "s-000000000002";

    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    private static StoredSite Douma => new(DoumaId, "Douma", [], null, 33.5711, 36.4028, SitePrecision.Town, 170592, 0);

    private static StoredIncident Strike => new(
        "I0001", DoumaId, new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9), WeaponCategory.BarrelBomb,
        "Syrian government forces", 5, 7, ["DM-007", "DM-012"], 2, IncidentGrade.Contested, [], 0)
    {
        Conflicts = ["toll"],
    };

    private static StoredIncident Shelling => new(
        "I0002", DoumaId, new DateOnly(2016, 10, 1), new DateOnly(2016, 10, 31), WeaponCategory.Mortar,
        null, 2, null, ["DM-012"], 1, IncidentGrade.SingleSource, [], 0);

    [Fact]
    public void SaveIncidents_NewIncidents_ReadsThemBackAtVersion1WithConflictsAndClaimLink()
    {
        using var store = OpenWithClaim(out var claimRowId);

        store.SaveIncidents([Strike, Shelling], [new ClaimIncident(claimRowId, "I0001")], []);

        var incidents = store.ReadIncidents().ToArray();
        Assert.Equal(["I0001", "I0002"], incidents.Select(i => i.IncidentId).ToArray());
        Assert.Equal(
            ("Syrian government forces", 5, (int?)7, 2, IncidentGrade.Contested, "DM-007|DM-012", "toll", 1),
            (incidents[0].Actor, incidents[0].VictimsMin, incidents[0].VictimsMax, incidents[0].IndependentSources,
             incidents[0].Grade, string.Join('|', incidents[0].Testimonies), string.Join('|', incidents[0].Conflicts),
             incidents[0].Version));
        Assert.Equal((0, (int?)null, 1), (incidents[1].Conflicts.Length, incidents[1].VictimsMax, incidents[1].Version));
        Assert.Equal("I0001", store.ReadClaims().Single().IncidentId);
        Assert.Equal(2, store.GetCounts().Incidents);
    }

    [Fact]
    public void SaveIncidents_SameValuesAgain_KeepsVersion()
    {
        using var store = OpenWithClaim(out var claimRowId);
        store.SaveIncidents([Strike], [new ClaimIncident(claimRowId, "I0001")], []);

        store.SaveIncidents([Strike], [new ClaimIncident(claimRowId, "I0001")], []);

        Assert.Equal(1, store.ReadIncidents().Single().Version);
        Assert.Equal(2, store.ReadClaims().Single().Version);
    }

    [Fact]
    public void SaveIncidents_ChangedConflicts_RaisesVersionAndStoresNewValues()
    {
        using var store = OpenWithClaim(out _);
        store.SaveIncidents([Strike], [], []);

        store.SaveIncidents([Strike with { VictimsMin = 7, Grade = IncidentGrade.Corroborated, Conflicts = [] }], [], []);

        var incident = store.ReadIncidents().Single();
        Assert.Equal((2, 7, IncidentGrade.Corroborated, 0), (incident.Version, incident.VictimsMin, incident.Grade, incident.Conflicts.Length));
    }

    [Fact]
    public void SaveIncidents_RetiredIdWithClaimMovedToSurvivor_DeletesRowAndKeepsClaimOnSurvivor()
    {
        using var store = OpenWithClaim(out var claimRowId);
        store.SaveIncidents([Strike, Shelling], [new ClaimIncident(claimRowId, "I0002")], []);

        store.SaveIncidents(
            [Strike with { PreviousIds = ["I0002"] }], [new ClaimIncident(claimRowId, "I0001")], ["I0002"]);

        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal(("I0001", "I0002", 2), (incident.IncidentId, string.Join('|', incident.PreviousIds), incident.Version));
        Assert.Equal("I0001", store.ReadClaims().Single().IncidentId);
    }

    [Fact]
    public void SaveIncidents_RetiredIdStillNamedByClaim_ClearsClaimIncident()
    {
        using var store = OpenWithClaim(out var claimRowId);
        store.SaveIncidents([Strike, Shelling], [new ClaimIncident(claimRowId, "I0002")], []);

        store.SaveIncidents([], [], ["I0002", "I0099"]);

        Assert.Equal(["I0001"], store.ReadIncidents().Select(i => i.IncidentId).ToArray());
        Assert.Null(store.ReadClaims().Single().IncidentId);
    }

    [Fact]
    public void SaveIncidents_RetiredThenSavedAgain_RemembersIdOnlyWhileRetired()
    {
        using var store = OpenWithClaim(out _);
        store.SaveIncidents([Strike, Shelling], [], []);
        store.SaveIncidents([], [], ["I0002"]);
        var whileRetired = store.ReadRetiredIncidentIds().ToArray();

        store.SaveIncidents([Shelling], [], []);

        Assert.Equal(["I0002"], whileRetired);
        Assert.Empty(store.ReadRetiredIncidentIds());
    }

    [Fact]
    public void SaveIncidents_SiteNotStored_ThrowsStoreExceptionAndWritesNothing()
    {
        using var store = OpenWithClaim(out var claimRowId);

        var exception = Assert.Throws<StoreException>(() => store.SaveIncidents(
            [Shelling, Strike with { SiteId = "s-00000000dead" }], [new ClaimIncident(claimRowId, "I0002")], []));

        Assert.StartsWith($"{DatabasePath}: incidents were not saved (SQLite error 19", exception.Message, StringComparison.Ordinal);
        Assert.Empty(store.ReadIncidents());
        Assert.Null(store.ReadClaims().Single().IncidentId);
    }

    [Fact]
    public void SaveIncidents_IdBothSavedAndRetired_ThrowsArgumentException()
    {
        using var store = OpenWithClaim(out _);

        var exception = Assert.Throws<ArgumentException>(() => store.SaveIncidents([Strike], [], ["I0001"]));

        Assert.Equal("retiredIds", exception.ParamName);
        Assert.Empty(store.ReadIncidents());
    }

    [Fact]
    public void Open_Version1StoreWithIncident_MigratesAndReadsEmptyConflicts()
    {
        using (var connection = SqliteProbe.Connect(DatabasePath))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqliteSchemaVersion1Sql() +
                """
                INSERT INTO incidents (incident_id, testimonies, independent_sources, grade)
                    VALUES ('I0001', '["DM-007"]', 1, 'SINGLE_SOURCE');
                PRAGMA user_version = 1;
                PRAGMA application_id = 1414417488;
                """;
            command.ExecuteNonQuery();
        }

        using var store = SqliteTestimonyStore.Open(DatabasePath);

        Assert.Equal(6, store.MigrationsApplied);
        var incident = Assert.Single(store.ReadIncidents());
        Assert.Equal(("I0001", 0, IncidentGrade.SingleSource), (incident.IncidentId, incident.Conflicts.Length, incident.Grade));
        Assert.Equal(7L, SqliteProbe.Scalar(DatabasePath, "PRAGMA user_version"));
    }

    [Fact]
    public void ReadSegments_SavedTestimony_ReturnsItsSegments()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var testimony = StoreSamples.Testimony() with
        {
            Segments =
            [
                new Segment(0, 2, SpeakerRole.Interviewer, "Q", 0, TimeSpan.FromSeconds(4)),
                new Segment(3, StoreSamples.Content.Length, SpeakerRole.Witness, "Layla Haddad", 1),
            ],
        };
        var rowId = store.Save(new TestimonyResult(testimony, [], [], 20)).TestimonyRowId;

        var segments = store.ReadSegments(rowId);

        Assert.Equal(testimony.Segments.ToArray(), segments.ToArray());
        Assert.Empty(store.ReadSegments(rowId + 1));
    }

    private SqliteTestimonyStore OpenWithClaim(out long claimRowId)
    {
        var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result());
        store.SaveSites([Douma], []);
        claimRowId = store.ReadClaims().Single().RowId;
        return store;
    }

    private static string SqliteSchemaVersion1Sql() =>
        TestimonyNlp.Store.SqliteSchema.Migrations.Single(m => m.Version == 1).Sql;
}
