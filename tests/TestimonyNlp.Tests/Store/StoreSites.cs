using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

/// <summary>The sites Syria &gt; Douma &gt; Douma market as the store keeps them (version 0: not yet saved). Places are
/// real.</summary>
internal static class StoreSites
{
    public const string SyriaId = "s-000000000001";
    public const string DoumaId = "s-000000000002";
    public const string MarketId = "s-000000000003";

    /// <summary>The country.</summary>
    public static StoredSite Syria => new(SyriaId, "Syria", [], null, 35.0, 38.0, SitePrecision.Country, null, 0);

    /// <summary>The town, under <see cref="Syria"/>.</summary>
    public static StoredSite Douma => new(DoumaId, "Douma", [], SyriaId, 33.5711, 36.4028, SitePrecision.Town, 170592, 0);

    /// <summary>A local site under <see cref="Douma"/>, with the town's coordinates.</summary>
    public static StoredSite Market => new(MarketId, "Douma market", [], DoumaId, 33.5711, 36.4028, SitePrecision.Town, null, 0);

    /// <summary>Saves the three sites and puts every claim of <paramref name="store"/> at the market.</summary>
    public static void PlaceAllAtMarket(SqliteTestimonyStore store) =>
        store.SaveSites([Syria, Douma, Market], store.ReadClaims().Select(c => new ClaimSite(c.RowId, MarketId)).ToList());
}
