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

    /// <summary>
    /// True when two spelling keys (<see cref="Key"/>) of local sites under one parent are one name written two ways
    /// that the key keeps apart: the same letters with the words split or joined differently (Dos Quebradas,
    /// Dosquebradas), a name of <see cref="Defaults.MinPrefixLetters"/> letters or more and the name with a word after
    /// it (Muthafar, Muthafar square), or a letter apart in a name of <see cref="Defaults.OneLetterApart"/> letters or
    /// more, two in one of <see cref="Defaults.TwoLettersApart"/> (Yahidne, Yagidne; Vokzalna, Vokzalnaya).
    /// Interpreters transliterate a name their own way, and the key folds only the commonest of those ways.
    /// </summary>
    internal static bool AreVariants(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= Defaults.MinPrefixLetters
            && longer.Length > shorter.Length
            && longer[shorter.Length] == ' '
            && longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return true;
        }

        if (longer.Length > Defaults.MaxLetters)
        {
            return false;
        }

        Span<char> x = stackalloc char[Defaults.MaxLetters];
        Span<char> y = stackalloc char[Defaults.MaxLetters];
        var joinedX = Letters(shorter, x);
        var joinedY = Letters(longer, y);
        if (joinedX.SequenceEqual(joinedY))
        {
            return true;
        }

        var least = Math.Min(joinedX.Length, joinedY.Length);
        var allowed = least >= Defaults.TwoLettersApart ? 2 : least >= Defaults.OneLetterApart ? 1 : 0;
        return allowed > 0 && WithinEdits(joinedX, joinedY, allowed);
    }

    /// <summary>The key's letters without spaces, in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Letters(string key, Span<char> buffer)
    {
        var written = 0;
        foreach (var c in key)
        {
            if (c != ' ')
            {
                buffer[written++] = c;
            }
        }

        return buffer[..written];
    }

    /// <summary>True when <paramref name="x"/> becomes <paramref name="y"/> in at most <paramref name="allowed"/>
    /// letters put in, left out or changed (a banded edit distance).</summary>
    private static bool WithinEdits(ReadOnlySpan<char> x, ReadOnlySpan<char> y, int allowed)
    {
        if (Math.Abs(x.Length - y.Length) > allowed)
        {
            return false;
        }

        Span<int> previous = stackalloc int[y.Length + 1];
        Span<int> current = stackalloc int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > allowed)
            {
                return false;
            }

            current.CopyTo(previous);
        }

        return previous[y.Length] <= allowed;
    }

    /// <summary>The lengths <see cref="AreVariants"/> allows spellings to differ at.</summary>
    internal static class Defaults
    {
        /// <summary>The least letters of a name that the same name with a word after it may be told as.</summary>
        public const int MinPrefixLetters = 5;

        /// <summary>The least letters of a name two spellings of which may differ by one letter.</summary>
        public const int OneLetterApart = 6;

        /// <summary>The least letters of a name two spellings of which may differ by two letters.</summary>
        public const int TwoLettersApart = 8;

        /// <summary>The longest key compared letter by letter; a longer one is a description, not a name.</summary>
        public const int MaxLetters = 64;
    }

    private static string Fold(string[] words) => PlaceNameFolding.Key(string.Join(' ', words), PlaceMatchLevel.Folded);
}
