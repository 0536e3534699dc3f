namespace TestimonyNlp.Model;

/// <summary>Where a place found in the gazetteer lies.</summary>
/// <param name="Lat">Latitude in decimal degrees.</param>
/// <param name="Lon">Longitude in decimal degrees.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Precision">What the coordinates stand for.</param>
/// <param name="GeonamesId">The GeoNames id, when the place came from GeoNames.</param>
public sealed record GeoPoint(double Lat, double Lon, string? Country, SitePrecision Precision, long? GeonamesId = null);

/// <summary>One mention of an entity in a testimony.</summary>
/// <param name="Id">Id unique within the testimony (<c>e1</c>, <c>e2</c>, ...).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Start">Offset of the first character in <see cref="Testimony.Content"/>.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The mention as written: <c>Content[Start..End]</c>.</param>
/// <param name="Normalized">The canonical form (actor canonical name, gazetteer place name), or null.</param>
/// <param name="Confidence">Probability that the mention is right, in [0, 1].</param>
public sealed record EntityMention(
    string Id,
    EntityType Type,
    int Start,
    int End,
    string Text,
    string? Normalized,
    double Confidence)
{
    /// <summary>Weapon category, for <see cref="EntityType.Weapon"/> mentions.</summary>
    public WeaponCategory? Category { get; init; }

    /// <summary>Coordinates, for places found in the gazetteer.</summary>
    public GeoPoint? Geo { get; init; }

    /// <summary>True when the mention won over an overlapping mention of another type or another span (the spotters
    /// and the tagger disagreed on these words), so that reviewers look at it first among mentions of like
    /// confidence. Not written in the JSON output.</summary>
    public bool Disputed { get; init; }

    /// <summary>For a <see cref="EntityType.Date"/> mention left unresolved in a testimony with no interview date:
    /// the day or month its words tell without a year ("Saturday, 12 March", "the 18th" after "March"), as a range in
    /// a placeholder year (<c>YearlessDates.Year</c>); null otherwise. Not written in the JSON output (the mention's
    /// normalised value stays null).</summary>
    public DateRange? Yearless { get; init; }
}
