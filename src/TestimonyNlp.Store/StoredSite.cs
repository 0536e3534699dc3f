using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>One site: a place where incidents happened, shared by all testimonies.</summary>
/// <param name="SiteId">Stable id: <c>s-</c> and 12 hex digits of the SHA-256 of the site's identity path
/// (country, parent chain and folded name), so it depends on what the site is, not on processing order.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other names witnesses used.</param>
/// <param name="ParentSiteId">The enclosing site (a building's neighbourhood), or null.</param>
/// <param name="Lat">Latitude in decimal degrees, or null when not geocoded.</param>
/// <param name="Lon">Longitude in decimal degrees, or null when not geocoded.</param>
/// <param name="Precision">What the coordinates stand for, or null.</param>
/// <param name="GeonamesId">The GeoNames id, or null.</param>
/// <param name="Version">Row version for optimistic concurrency.</param>
public sealed record StoredSite(
    string SiteId,
    string Name,
    ImmutableArray<string> Aliases,
    string? ParentSiteId,
    double? Lat,
    double? Lon,
    SitePrecision? Precision,
    long? GeonamesId,
    int Version);
