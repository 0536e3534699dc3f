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
    /// <summary>
    /// The name as it stands in the identity path: the core with its vowels made one (<c>a</c>) and <c>g</c> made
    /// <c>k</c> (not in <c>gh</c>), doubled letters once, so that the spellings witnesses and interpreters give one
    /// site merge (Tanak and al-Tenek are <c>tanak</c>; Gogjali and Kokjali <c>kakjala</c>). Only sites with the
    /// same parent share a path, so namesakes in two towns stay two sites.
    /// </summary>
    public string Key { get; } = SpellingKey(Core);

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

    /// <summary>The spelling key of a folded name (see <see cref="Key"/>).</summary>
    internal static string SpellingKey(string folded)
    {
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[256] : new char[folded.Length];
        var written = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i] switch
            {
                'i' or 'u' or 'e' or 'o' => 'a',
                'g' when i + 1 == folded.Length || folded[i + 1] != 'h' => 'k',
                'q' => 'k',
                var other => other,
            };
            if (written == 0 || buffer[written - 1] != c || c == ' ')
            {
                buffer[written++] = c;
            }
        }

        return new string(buffer[..written]);
    }

    private static string Fold(string[] words) => PlaceNameFolding.Key(string.Join(' ', words), PlaceMatchLevel.Folded);
}
