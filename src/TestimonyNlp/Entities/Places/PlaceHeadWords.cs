namespace TestimonyNlp.Entities.Places;

/// <summary>The head words that make a name a facility's, an area's or a group's rather than a town's ("Saraqib
/// hospital", "Jinderes district", "the Bakkar family"), shared by the place stages so that each reads the same
/// words; each stage joins the lists it needs.</summary>
internal static class PlaceHeadWords
{
    /// <summary>Buildings, streets and other facilities a town's name may lead.</summary>
    public static readonly string[] Facilities =
    [
        "mosque", "hospital", "school", "street", "road", "market", "square", "bakery", "checkpoint", "bridge",
        "barracks", "avenue", "junction", "compound", "airbase", "dam", "port", "palace", "centre", "center", "house",
        "university", "clinic", "prison", "airport", "base", "station", "roundabout", "building", "tower", "hotel",
        "stadium", "factory", "church", "cemetery", "park",
    ];

    /// <summary>Parts of a town that a name may lead ("the Shaar quarter").</summary>
    public static readonly string[] TownParts = ["camp", "neighbourhood", "neighborhood", "quarter"];

    /// <summary>Kinds of settlement, land and region ("Jinderes district", "the Barada valley").</summary>
    public static readonly string[] Areas =
    [
        "city", "town", "village", "district", "area", "river", "valley", "mountain", "mountains", "countryside", "suburb",
        "suburbs", "outskirts", "border", "crossing",
    ];

    /// <summary>Families, units and bodies whose name may be a place's ("the Hananu brigade").</summary>
    public static readonly string[] Groups =
    [
        "family", "clan", "tribe", "brigade", "battalion", "forces", "militia", "group", "council", "front",
    ];

    /// <summary>Joins word lists into one.</summary>
    public static string[] Join(params string[][] lists) => [.. lists.SelectMany(l => l)];
}
