using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Sites;

/// <summary>The identity of a local site's name: what it is and its folded name without generic designators.</summary>
/// <param name="Kind">Street, neighbourhood or building.</param>
/// <param name="Tag">The kind as it appears in the identity path: <c>st</c>, <c>n</c> or <c>b</c>.</param>
/// <param name="Core">The folded name (<see cref="PlaceMatchLevel.Folded"/>) without the designator.</param>
/// <param name="HasDesignator">True when the name carried a street, quarter or building word.</param>
internal sealed record LocalSiteName(SitePrecision Kind, string Tag, string Core, bool HasDesignator)
{
    // Street and quarter words are stripped (Hay al-Thawra = al-Thawra; Shari al-Nil = al-Nil street): they say
    // what the place is, not which. Building words stay in the name: al-Quds hospital and al-Quds school are two.
    private static readonly string[] StreetWords =
        ["street", "st", "road", "rd", "avenue", "ave", "boulevard", "shari", "sharia", "shara", "sharie", "shar"];

    private static readonly string[] QuarterWords =
        ["hay", "hai", "hayy", "hayi", "quarter", "neighbourhood", "neighborhood", "district", "area", "camp", "hara", "harat", "mahalla"];

    private static readonly string[] BuildingWords =
    [
        "hospital", "school", "mosque", "bakery", "market", "building", "church", "clinic", "prison", "university",
        "hotel", "station", "factory", "shelter",
    ];

    /// <summary>Parses a written local site name.</summary>
    public static LocalSiteName Parse(string written)
    {
        var words = PlaceNameFolding.Key(written, PlaceMatchLevel.Exact).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (Array.IndexOf(BuildingWords, word) >= 0)
            {
                return new LocalSiteName(SitePrecision.Building, "b", Fold(words), true);
            }
        }

        if (TryStrip(words, StreetWords, out var street))
        {
            return new LocalSiteName(SitePrecision.Street, "st", Fold(street), true);
        }

        if (TryStrip(words, QuarterWords, out var quarter))
        {
            return new LocalSiteName(SitePrecision.Neighbourhood, "n", Fold(quarter), true);
        }

        return new LocalSiteName(SitePrecision.Neighbourhood, "n", Fold(words), false);
    }

    private static bool TryStrip(string[] words, string[] designators, out string[] rest)
    {
        if (words.Length > 1 && Array.IndexOf(designators, words[0]) >= 0)
        {
            rest = words[1..];
            return true;
        }

        if (words.Length > 1 && Array.IndexOf(designators, words[^1]) >= 0)
        {
            rest = words[..^1];
            return true;
        }

        rest = words;
        return false;
    }

    private static string Fold(string[] words) => PlaceNameFolding.Key(string.Join(' ', words), PlaceMatchLevel.Folded);
}
