using TestimonyNlp.Tests.Support;
using System.Globalization;
using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

public sealed class SqliteTestimonyStoreTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_NewFile_AppliesMigrationAndSetsSchemaVersion()
    {
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            Assert.Equal(7, store.MigrationsApplied);
        }

        Assert.Equal(7L, SqliteProbe.Scalar(DatabasePath, "PRAGMA user_version"));
        Assert.Equal(0x544E4C50L, SqliteProbe.Scalar(DatabasePath, "PRAGMA application_id"));
        Assert.Equal(7, SqliteTestimonyStore.SchemaVersion);
    }

    [Fact]
    public void Open_UpToDateFile_AppliesNothing()
    {
        using (var first = SqliteTestimonyStore.Open(DatabasePath))
        {
            first.Save(StoreSamples.Result());
        }

        using var second = SqliteTestimonyStore.Open(DatabasePath);

        Assert.Equal(0, second.MigrationsApplied);
        Assert.Equal(new StoreCounts(1, 0, 2, 1, 0, 0), second.GetCounts());
        Assert.Equal(7L, SqliteProbe.Scalar(DatabasePath, "PRAGMA user_version"));
    }

    [Fact]
    public void Open_NewerSchemaVersion_ThrowsStoreExceptionWithBothVersions()
    {
        SqliteTestimonyStore.Open(DatabasePath).Dispose();
        SqliteProbe.Execute(DatabasePath, "PRAGMA user_version = 8");

        var exception = Assert.Throws<StoreException>(() => SqliteTestimonyStore.Open(DatabasePath));

        Assert.Equal($"{DatabasePath} has schema version 8; this build knows up to 7", exception.Message);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random")]
    [InlineData("fake-header")]
    public void Open_FileThatIsNotSqlite_ThrowsStoreExceptionNamingFile(string kind)
    {
        var bytes = kind switch
        {
            "text" => "testimony_id,source\nDM-007,interviews/dm-007.txt\n"u8.ToArray(),
            "random" => RandomBytes(4096),
            _ => [.. "SQLite format 3\0"u8, .. RandomBytes(4080)],
        };
        File.WriteAllBytes(DatabasePath, bytes);

        var exception = Assert.Throws<StoreException>(() => SqliteTestimonyStore.Open(DatabasePath));

        Assert.Equal($"{DatabasePath} is not a SQLite database", exception.Message);
    }

    [Fact]
    public void Open_DamagedTablePages_ThrowsStoreExceptionNamingFile()
    {
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            store.Save(StoreSamples.Result());
        }

        // Page 1 (header and schema) stays intact; every page after it is overwritten.
        var length = new FileInfo(DatabasePath).Length;
        OverwritePages(DatabasePath, firstPage: 2, pageCount: (int)(length / PageSize) - 1);

        var exception = Assert.Throws<StoreException>(() => SqliteTestimonyStore.Open(DatabasePath));

        Assert.Equal($"{DatabasePath} is a corrupt SQLite database", exception.Message);
    }

    [Fact]
    public void ReadEntities_DamagedEntityPage_ThrowsStoreExceptionNamingFile()
    {
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            store.Save(StoreSamples.Result());
        }

        var rootPage = Convert.ToInt32(
            SqliteProbe.Scalar(DatabasePath, "SELECT rootpage FROM sqlite_schema WHERE name = 'entities'"),
            CultureInfo.InvariantCulture);
        OverwritePages(DatabasePath, rootPage, pageCount: 1);
        using var damaged = SqliteTestimonyStore.Open(DatabasePath);

        var exception = Assert.Throws<StoreException>(() => damaged.ReadEntities().ToList());

        Assert.StartsWith($"{DatabasePath} cannot be read (SQLite error 11: ", exception.Message);
    }

    [Fact]
    public void Open_PathIsAFolder_ThrowsStoreException()
    {
        Directory.CreateDirectory(DatabasePath);

        var exception = Assert.Throws<StoreException>(() => SqliteTestimonyStore.Open(DatabasePath));

        Assert.Equal($"{DatabasePath} cannot be opened as a database file", exception.Message);
    }

    [Fact]
    public void Open_SqliteDatabaseOfAnotherProgram_ThrowsStoreException()
    {
        SqliteProbe.Execute(DatabasePath, "CREATE TABLE bookmarks (url TEXT)");

        var exception = Assert.Throws<StoreException>(() => SqliteTestimonyStore.Open(DatabasePath));

        Assert.Equal($"{DatabasePath} is a SQLite database of another program, not a testimony store", exception.Message);
        Assert.Equal(0L, SqliteProbe.Scalar(DatabasePath, "PRAGMA user_version"));
    }

    [Fact]
    public void Open_MissingParentFolders_CreatesThemAndTheFile()
    {
        var path = Path.Combine(_folder.Path, "runs", "2024", "testimony.db");

        using (SqliteTestimonyStore.Open(path))
        {
        }

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Open_NewFile_SetsWalSynchronousNormalAndForeignKeys()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);

        Assert.Equal("wal", store.ReadPragma("journal_mode"));
        Assert.Equal("1", store.ReadPragma("synchronous"));
        Assert.Equal("1", store.ReadPragma("foreign_keys"));
        Assert.Equal("5000", store.ReadPragma("busy_timeout"));
        Assert.Equal("wal", SqliteProbe.Scalar(DatabasePath, "PRAGMA journal_mode"));
    }

    [Fact]
    public void ContainsContent_AfterSave_IsTrueOnlyForSavedHash()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        Assert.False(store.ContainsContent(StoreSamples.HashA));

        var outcome = store.Save(StoreSamples.Result());

        Assert.Equal(new SaveOutcome(SaveStatus.Stored, 1, 0), outcome);
        Assert.True(store.ContainsContent(StoreSamples.HashA));
        Assert.False(store.ContainsContent(StoreSamples.HashB));
    }

    [Fact]
    public void Save_SameResultTwice_StoresOneRow()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);

        var first = store.Save(StoreSamples.Result());
        var second = store.Save(StoreSamples.Result());

        Assert.Equal(new SaveOutcome(SaveStatus.Stored, 1, 0), first);
        Assert.Equal(new SaveOutcome(SaveStatus.AlreadyStored, 1, 0), second);
        Assert.Equal(new StoreCounts(1, 0, 2, 1, 0, 0), store.GetCounts());
        Assert.Equal(1L, SqliteProbe.Scalar(DatabasePath, "SELECT count(*) FROM claim_evidence"));
        Assert.Equal(1L, SqliteProbe.Scalar(DatabasePath, "SELECT count(*) FROM segments"));
    }

    [Fact]
    public void Save_SameContentFromAnotherSource_IsAlreadyStored()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result());

        var outcome = store.Save(StoreSamples.Result(source: "copies/dm-007.txt"));

        Assert.Equal(new SaveOutcome(SaveStatus.AlreadyStored, 1, 0), outcome);
        Assert.Equal(new StoreCounts(1, 0, 2, 1, 0, 0), store.GetCounts());
    }

    [Fact]
    public void Save_EditedTranscript_SupersedesOldVersion()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result(StoreSamples.HashA));

        var outcome = store.Save(StoreSamples.Result(StoreSamples.HashB));

        Assert.Equal(new SaveOutcome(SaveStatus.Stored, 2, 1), outcome);
        Assert.Equal(
            [TestimonyStatus.Superseded, TestimonyStatus.Processed],
            store.ReadTestimonies().Select(t => t.Status));
        Assert.Equal(new StoreCounts(2, 1, 2, 1, 0, 0), store.GetCounts());
        Assert.False(store.ContainsContent(StoreSamples.HashA));
        Assert.True(store.ContainsContent(StoreSamples.HashB));
        Assert.Equal([2L, 2L], store.ReadEntities().Select(e => e.TestimonyRowId));
    }

    [Fact]
    public void Save_OtherTestimonyOfSameSource_SupersedesNothing()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result(StoreSamples.HashA));

        var outcome = store.Save(StoreSamples.Result(StoreSamples.HashB, testimonyId: "DM-008"));

        Assert.Equal(new SaveOutcome(SaveStatus.Stored, 2, 0), outcome);
        Assert.Equal(new StoreCounts(2, 0, 4, 2, 0, 0), store.GetCounts());
    }

    [Fact]
    public void Save_RevertedTranscript_RestoresEarlierVersion()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result(StoreSamples.HashA));
        store.Save(StoreSamples.Result(StoreSamples.HashB));
        Assert.False(store.ContainsContent(StoreSamples.HashA));

        var outcome = store.Save(StoreSamples.Result(StoreSamples.HashA));

        Assert.Equal(new SaveOutcome(SaveStatus.Restored, 1, 1), outcome);
        Assert.Equal(
            [TestimonyStatus.Processed, TestimonyStatus.Superseded],
            store.ReadTestimonies().Select(t => t.Status));
        Assert.True(store.ContainsContent(StoreSamples.HashA));
        Assert.Equal(new StoreCounts(2, 1, 2, 1, 0, 0), store.GetCounts());
    }

    [Fact]
    public void Save_TwoEntitiesWithSameId_RollsBackEverything()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var broken = StoreSamples.Result() with
        {
            Entities = [StoreSamples.Weapon, StoreSamples.Place with { Id = "e1" }],
        };

        var exception = Assert.Throws<StoreException>(() => store.Save(broken));

        Assert.StartsWith($"{DatabasePath}: testimony DM-007 from interviews/dm-007.txt was not saved", exception.Message);
        Assert.False(store.ContainsContent(StoreSamples.HashA));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), store.GetCounts());
        foreach (var table in new[] { "testimonies", "segments", "entities", "claims", "claim_evidence" })
        {
            Assert.Equal(0L, SqliteProbe.Scalar(DatabasePath, $"SELECT count(*) FROM {table}"));
        }

        Assert.Equal(SaveStatus.Stored, store.Save(StoreSamples.Result()).Status);
    }

    [Fact]
    public void Save_FailureAfterSupersedingEarlierVersion_KeepsEarlierVersionCurrent()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result(StoreSamples.HashA));
        var broken = StoreSamples.Result(StoreSamples.HashB) with
        {
            Claims = [StoreSamples.Claim, StoreSamples.Claim],
        };

        Assert.Throws<StoreException>(() => store.Save(broken));

        Assert.Equal([TestimonyStatus.Processed], store.ReadTestimonies().Select(t => t.Status));
        Assert.True(store.ContainsContent(StoreSamples.HashA));
    }

    [Fact]
    public void Save_TestimonyWithWarnings_IsProcessedWithWarnings()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var result = StoreSamples.Result();
        result = result with
        {
            Testimony = result.Testimony with { Warnings = ["decoded as windows-1256", "line 4: unknown speaker label"] },
        };

        store.Save(result);

        var stored = Assert.Single(store.ReadTestimonies());
        Assert.Equal(TestimonyStatus.ProcessedWithWarnings, stored.Status);
        Assert.Equal(["decoded as windows-1256", "line 4: unknown speaker label"], stored.Warnings.ToArray());
    }

    [Fact]
    public void ReadTestimonies_AfterSave_ReturnsMetadataCountsAndTime()
    {
        var now = new DateTimeOffset(2024, 5, 17, 9, 30, 15, 250, TimeSpan.Zero);
        using var store = SqliteTestimonyStore.Open(DatabasePath, new FixedTimeProvider(now));
        store.Save(StoreSamples.Result());

        var stored = Assert.Single(store.ReadTestimonies());

        Assert.Equal(1, stored.RowId);
        Assert.Equal(StoreSamples.TestimonyId, stored.TestimonyId);
        Assert.Equal(StoreSamples.Source, stored.Source);
        Assert.Equal(StoreSamples.HashA, stored.ContentSha256);
        Assert.Equal("text", stored.Format);
        Assert.Equal(StoreSamples.Testimony().Metadata, stored.Metadata);
        Assert.Equal(20, stored.Words);
        Assert.Equal(2, stored.EntityCount);
        Assert.Equal(1, stored.ClaimCount);
        Assert.Equal(TestimonyStatus.Processed, stored.Status);
        Assert.Empty(stored.Warnings.ToArray());
        Assert.Equal(now, stored.CreatedAt);
        Assert.Equal("2024-05-17T09:30:15.250Z", SqliteProbe.Scalar(DatabasePath, "SELECT created_at FROM testimonies"));
        Assert.Equal(StoreSamples.Content, SqliteProbe.Scalar(DatabasePath, "SELECT content FROM testimonies"));
    }

    [Fact]
    public void Save_Segments_AreStoredInOrderWithRoleWireNames()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var result = StoreSamples.Result();
        result = result with
        {
            Testimony = result.Testimony with
            {
                Segments =
                [
                    new Segment(0, 10, SpeakerRole.Interviewer, "Q", 0, TimeSpan.FromMilliseconds(1500)),
                    new Segment(13, 40, SpeakerRole.Witness, null, 1, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(9)),
                ],
            },
        };

        store.Save(result);

        using var connection = SqliteProbe.Connect(DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT ordinal, start, \"end\", role, speaker, turn, time_start_ticks, time_end_ticks FROM segments ORDER BY ordinal";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        }

        Assert.Equal(["0|0|10|INTERVIEWER|Q|0|15000000|", "1|13|40|WITNESS||1|30000000|90000000"], rows);
    }

    [Fact]
    public void ReadEntities_AfterSave_ReturnsMentionsAsSaved()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.ResultWithVictims());

        var entities = store.ReadEntities().ToList();

        Assert.Equal(
            [StoreSamples.Weapon, StoreSamples.Place, StoreSamples.ResultWithVictims().Entities[2], StoreSamples.ResultWithVictims().Entities[3]],
            entities.Select(e => e.Mention));
        Assert.All(entities, e => Assert.Equal((1L, "DM-007", "interviews/dm-007.txt", "UNREVIEWED", 1),
            (e.TestimonyRowId, e.TestimonyId, e.Source, e.ReviewStatus, e.Version)));
        Assert.Equal([1L, 2L, 3L, 4L], entities.Select(e => e.RowId));
    }

    [Fact]
    public void ReadClaims_AfterSave_ReturnsEvidenceAndNamedVictimsInOrder()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var saved = StoreSamples.ResultWithVictims().Claims[0];
        store.Save(StoreSamples.ResultWithVictims());

        var stored = Assert.Single(store.ReadClaims());
        var claim = stored.Claim;

        Assert.Equal((1L, 1L, "DM-007", "interviews/dm-007.txt", null, null, "UNREVIEWED", 1),
            (stored.RowId, stored.TestimonyRowId, stored.TestimonyId, stored.Source, stored.IncidentId, stored.SiteId,
             stored.ReviewStatus, stored.Version));
        Assert.Equal((saved.Id, saved.Event, saved.Harm, saved.Weapon, saved.Actor, saved.Site, saved.Date, saved.Basis, saved.Confidence),
            (claim.Id, claim.Event, claim.Harm, claim.Weapon, claim.Actor, claim.Site, claim.Date, claim.Basis, claim.Confidence));
        Assert.Equal((7, (int?)null), (claim.Victims.Min, claim.Victims.Max));
        Assert.Equal(["e4", "e3"], claim.Victims.Named.ToArray());
        Assert.Equal(
            [new Evidence(3, 48, "The barrel bomb fell on Douma market at noon."), new Evidence(49, 66, "Seven people died")],
            claim.Evidence.ToArray());
    }

    [Fact]
    public void ReadClaims_ClaimWithoutDateOrEvidence_ReadsNullDateAndEmptyEvidence()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var claim = StoreSamples.Claim with { Date = null, Evidence = [], Victims = new VictimCount(null, null, []) };
        store.Save(StoreSamples.Result() with { Claims = [claim] });

        var stored = Assert.Single(store.ReadClaims()).Claim;

        Assert.Null(stored.Date);
        Assert.Empty(stored.Evidence);
        Assert.Equal((null, null), (stored.Victims.Min, stored.Victims.Max));
        Assert.Empty(stored.Victims.Named);
    }

    [Fact]
    public void ReadSitesAndIncidents_RowsInsertedBySql_AreReadWithListsAndVocabulary()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        SqliteProbe.Execute(DatabasePath,
            """
            INSERT INTO sites (site_id, name, aliases, lat, lon, precision, geonames_id)
                VALUES ('S0001', 'Douma', '["Duma"]', 33.5711, 36.4028, 'TOWN', 170592);
            INSERT INTO incidents (incident_id, site_id, date_from, date_to, weapon, actor, victims_min, victims_max,
                    testimonies, independent_sources, grade, previous_ids)
                VALUES ('I0001', 'S0001', '2016-09-09', '2016-09-10', 'BARREL_BOMB', 'Government forces', 7, NULL,
                    '["DM-007","DM-012"]', 2, 'CORROBORATED', '[]');
            """);

        var site = Assert.Single(store.ReadSites());
        var incident = Assert.Single(store.ReadIncidents());

        Assert.Equal(("S0001", "Douma", "Duma", (string?)null, 33.5711, 36.4028, SitePrecision.Town, 170592L, 1),
            (site.SiteId, site.Name, string.Join('|', site.Aliases), site.ParentSiteId, site.Lat, site.Lon, site.Precision,
             site.GeonamesId, site.Version));
        Assert.Equal(("I0001", "S0001", new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 10), WeaponCategory.BarrelBomb,
                "Government forces", 7, (int?)null),
            (incident.IncidentId, incident.SiteId, incident.DateFrom, incident.DateTo, incident.Weapon, incident.Actor,
             incident.VictimsMin, incident.VictimsMax));
        Assert.Equal(["DM-007", "DM-012"], incident.Testimonies.ToArray());
        Assert.Equal((2, IncidentGrade.Corroborated), (incident.IndependentSources, incident.Grade));
        Assert.Empty(incident.PreviousIds);
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 1, 1), store.GetCounts());
    }

    [Fact]
    public void ReadIncidents_UnknownGradeInFile_ThrowsStoreExceptionNamingRow()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        SqliteProbe.Execute(DatabasePath, "INSERT INTO incidents (incident_id, grade) VALUES ('I0001', 'MAYBE')");

        var exception = Assert.Throws<StoreException>(() => store.ReadIncidents().ToList());

        Assert.Equal(
            $"{DatabasePath} is corrupt: table incidents, row 1, column grade holds a value this build cannot read",
            exception.Message);
    }

    private const int PageSize = 4096;

    private static void OverwritePages(string path, int firstPage, int pageCount)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Position = (long)(firstPage - 1) * PageSize;
        file.Write(RandomBytes(pageCount * PageSize));
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
