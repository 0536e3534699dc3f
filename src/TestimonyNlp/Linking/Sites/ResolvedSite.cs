using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Sites;

/// <summary>One site of the hierarchy country &gt; governorate &gt; town &gt; local site (a row of sites.csv).</summary>
/// <param name="SiteId">Stable id: <c>s-</c> and 12 hex digits of the SHA-256 of <paramref name="IdentityPath"/>.</param>
/// <param name="Name">The canonical name: the gazetteer's name for a gazetteer place, else the spelling witnesses
/// used most (ties: the ordinally first).</param>
/// <param name="Aliases">Every other spelling seen, ordinal order, without <paramref name="Name"/>.</param>
/// <param name="ParentSiteId">The enclosing site, or null for a country or a site with no known parent.</param>
/// <param name="Lat">Latitude in decimal degrees, or null when not geocoded.</param>
/// <param name="Lon">Longitude in decimal degrees, or null when not geocoded.</param>
/// <param name="Precision">What the coordinates stand for (a local site carrying its town's coordinates says
/// <see cref="SitePrecision.Town"/>), or null when there are none.</param>
/// <param name="GeonamesId">The GeoNames id, when known.</param>
/// <param name="Kind">What the site itself is (a street, a neighbourhood, a town ...), whatever its coordinates.</param>
/// <param name="IdentityPath">The identity the id hashes: country, parent chain and folded name
/// (<c>SY/g:alipu/t:alipu/st:jadida</c>).</param>
public sealed record ResolvedSite(
    string SiteId,
    string Name,
    ImmutableArray<string> Aliases,
    string? ParentSiteId,
    double? Lat,
    double? Lon,
    SitePrecision? Precision,
    long? GeonamesId,
    SitePrecision Kind,
    string IdentityPath);
