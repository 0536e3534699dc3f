using TestimonyNlp.Model;
using TestimonyNlp.Store;
using TestimonyNlp.Tests.Support;
using static TestimonyNlp.Tests.Store.StoreSites;

namespace TestimonyNlp.Tests.Store;

public sealed class SqliteSiteStoreTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string DatabasePath => _folder.File("testimony.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void SaveSites_ChildrenBeforeParents_InsertsAllAndSetsClaimSiteId()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result());
        var claimRowId = store.ReadClaims().Single().RowId;

        store.SaveSites([Market, Douma, Syria], [new ClaimSite(claimRowId, MarketId)]);

        Assert.Equal(
            [Market with { Version = 1 }, Douma with { Version = 1 }, Syria with { Version = 1 }],
            store.ReadSites().ToArray());
        Assert.Equal(MarketId, store.ReadClaims().Single().SiteId);
        Assert.Equal(3, store.GetCounts().Sites);
    }

    [Fact]
    public void SaveSites_NewSpelling_KeepsRowAndMergesAliases()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        var thawra = new StoredSite(MarketId, "Hay al-Thawra", [], null, null, null, null, null, 0);
        store.SaveSites([thawra], []);

        store.SaveSites([thawra with { Name = "Hai al-Thawra", Aliases = ["Hay Al Thawra"], Lat = 36.335, Lon = 43.11889, Precision = SitePrecision.Town }], []);

        var site = Assert.Single(store.ReadSites());
        Assert.Equal("Hai al-Thawra", site.Name);
        Assert.Equal(["Hay Al Thawra", "Hay al-Thawra"], site.Aliases.ToArray());
        Assert.Equal(36.335, site.Lat);
        Assert.Equal(43.11889, site.Lon);
        Assert.Equal(SitePrecision.Town, site.Precision);
        Assert.Equal(2, site.Version);
    }

    [Fact]
    public void SaveSites_SameResultTwice_KeepsIdsRowsAndVersions()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result());
        var claimRowId = store.ReadClaims().Single().RowId;
        store.SaveSites([Syria, Douma, Market], [new ClaimSite(claimRowId, DoumaId)]);
        var first = store.ReadSites().ToArray();

        store.SaveSites([Syria, Douma, Market], [new ClaimSite(claimRowId, DoumaId)]);

        Assert.Equal(first, store.ReadSites().ToArray());
        Assert.Equal([SyriaId, DoumaId, MarketId], store.ReadSites().Select(s => s.SiteId).ToArray());
        Assert.Equal((DoumaId, 2), (store.ReadClaims().Single().SiteId, store.ReadClaims().Single().Version));
    }

    [Fact]
    public void SaveSites_ClaimSiteNull_ClearsClaimSiteId()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result());
        var claimRowId = store.ReadClaims().Single().RowId;
        store.SaveSites([Syria], [new ClaimSite(claimRowId, SyriaId)]);

        store.SaveSites([], [new ClaimSite(claimRowId, null)]);

        Assert.Null(store.ReadClaims().Single().SiteId);
        Assert.Single(store.ReadSites());
    }

    [Fact]
    public void SaveSites_ParentNeitherGivenNorStored_ThrowsStoreExceptionAndWritesNothing()
    {
        using var store = SqliteTestimonyStore.Open(DatabasePath);
        store.Save(StoreSamples.Result());
        var claimRowId = store.ReadClaims().Single().RowId;

        var exception = Assert.Throws<StoreException>(
            () => store.SaveSites([Douma], [new ClaimSite(claimRowId, DoumaId)]));

        Assert.StartsWith($"{DatabasePath}: sites were not saved (SQLite error 19", exception.Message, StringComparison.Ordinal);
        Assert.Empty(store.ReadSites());
        Assert.Null(store.ReadClaims().Single().SiteId);
    }

    [Fact]
    public void SaveSites_DataFromBeforeReopen_KeepsIdsAcrossOpens()
    {
        using (var store = SqliteTestimonyStore.Open(DatabasePath))
        {
            store.SaveSites([Syria, Douma], []);
        }

        using var reopened = SqliteTestimonyStore.Open(DatabasePath);
        reopened.SaveSites([Market, Douma with { Name = "Duma" }, Syria], []);

        Assert.Equal([SyriaId, DoumaId, MarketId], reopened.ReadSites().Select(s => s.SiteId).ToArray());
        var douma = reopened.ReadSites().Single(s => s.SiteId == DoumaId);
        Assert.Equal("Duma", douma.Name);
        Assert.Equal(["Douma"], douma.Aliases.ToArray());
        Assert.Equal(2, douma.Version);
    }
}
