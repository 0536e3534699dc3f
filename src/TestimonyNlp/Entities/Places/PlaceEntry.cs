using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>One place in the gazetteer.</summary>
/// <param name="Id">Index of the entry in its gazetteer (stable for one gazetteer file, not across rebuilds).</param>
/// <param name="Name">The name as the source writes it (<c>Deir ez-Zor</c>, <c>Ḩamāh</c>).</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Admin1">Name of the first-level region the place lies in (its own name for a region), or null.</param>
/// <param name="Lat">Latitude in decimal degrees.</param>
/// <param name="Lon">Longitude in decimal degrees.</param>
/// <param name="Precision"><see cref="SitePrecision.Town"/> for towns, <see cref="SitePrecision.Governorate"/> for
/// first-level regions, <see cref="SitePrecision.Country"/> for countries.</param>
/// <param name="Prominence">How well known the place is.</param>
public sealed record PlaceEntry(
    int Id,
    string Name,
    string Country,
    string? Admin1,
    double Lat,
    double Lon,
    SitePrecision Precision,
    PlaceProminence Prominence)
{
    /// <summary>The entry as a <see cref="GeoPoint"/> (no GeoNames id: the source carries none).</summary>
    public GeoPoint ToGeoPoint() => new(Lat, Lon, Country, Precision);
}
