namespace TestimonyNlp.Entities.Places;

/// <summary>
/// Words that name the kind of a region rather than the region (<c>Governorate</c>, <c>Oblast</c>,
/// <c>Muhafazat</c>): region names are also indexed without them, and a designator after a region's name in a
/// text makes the mention that region (<c>Idlib Governorate</c>, <c>Donetsk oblast</c>) while staying outside it.
/// </summary>
internal static class PlaceDesignators
{
    private static readonly string[] Trailing =
    [
        "regional state", "federal district", "autonomous republic", "governorate", "province", "oblast", "region",
        "state", "department", "district", "county", "division",
        "municipality", "prefecture", "raion", "rayon", "township", "wilaya", "wilayah", "vilayet", "krai",
        "territory", "emirate", "zone",
    ];

    private static readonly string[] Leading = ["muhafazat", "mohafazat", "wilayat", "province of", "governorate of"];

    // What is left of "Northern Territory" or "Capital Region" is no name.
    private static readonly string[] Generic =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "capital", "upper",
        "lower", "middle", "federal", "autonomous", "special", "national", "city", "new", "greater", "inner", "outer",
        "north east", "north west", "south east", "south west", "northeast", "northwest", "southeast", "southwest",
    ];

    /// <summary>True when the exact key of a word is a region designator.</summary>
    public static bool IsRegionDesignator(ReadOnlySpan<char> plainWord)
    {
        foreach (var word in Trailing)
        {
            if (plainWord.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The region name without its designator (<c>Sanaa Governorate</c>: <c>Sanaa</c>; <c>Muhafazat
    /// Hadramaout</c>: <c>Hadramaout</c>), or null when it has none or nothing would be left.
    /// </summary>
    public static string? StripDesignator(string name)
    {
        var lower = name.ToLowerInvariant();
        foreach (var word in Trailing)
        {
            if (lower.Length > word.Length + 1 && lower.EndsWith(word, StringComparison.Ordinal)
                && !char.IsLetterOrDigit(lower[^(word.Length + 1)]))
            {
                return NameOrNull(name[..^(word.Length + 1)].TrimEnd(' ', '-', ','));
            }
        }

        foreach (var word in Leading)
        {
            if (lower.Length > word.Length + 1 && lower.StartsWith(word, StringComparison.Ordinal)
                && !char.IsLetterOrDigit(lower[word.Length]))
            {
                return NameOrNull(name[(word.Length + 1)..].TrimStart(' ', '-', ','));
            }
        }

        return null;
    }

    private static string? NameOrNull(string rest)
    {
        var key = PlaceNameFolding.Key(rest, PlaceMatchLevel.Exact);
        return key.Length == 0 || Array.IndexOf(Generic, key) >= 0 ? null : rest;
    }
}
