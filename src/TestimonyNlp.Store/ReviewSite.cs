namespace TestimonyNlp.Store;

/// <summary>A site as the review app shows and edits it (<see cref="ReviewItemKind.Site"/>).</summary>
/// <param name="Ref">The site's review item (<c>site-3</c>).</param>
/// <param name="SiteId">The stable site id (<c>s-</c> and 12 hex digits).</param>
/// <param name="Name">The site's canonical name.</param>
/// <param name="Lat">Latitude in decimal degrees, or null when not geocoded.</param>
/// <param name="Lon">Longitude in decimal degrees, or null when not geocoded.</param>
/// <param name="Precision">What the coordinates stand for (a wire name such as <c>TOWN</c>), or null.</param>
/// <param name="ReviewStatus">The review state of the geocode.</param>
/// <param name="Version">The site's review version; give it back as <see cref="ReviewChange.ExpectedVersion"/>.
/// Site linking does not change it.</param>
public sealed record ReviewSite(
    ReviewItemRef Ref,
    string SiteId,
    string Name,
    double? Lat,
    double? Lon,
    string? Precision,
    string ReviewStatus,
    int Version);
