using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// The country of a corpus transcript, from the prefix of its id (<c>sy-aleppo-014</c> is in Syria): the gold
/// country a gold place is looked up in when geocoding is scored.
/// </summary>
public static class GeocodingCountries
{
    // Prefixes are ISO codes in lower case except the aliases a corpus may use (gz for Gaza); a prefix missing here
    // gives no gold country, so its places are not scored rather than scored against a guess.
    private static readonly FrozenDictionary<string, string> ByPrefix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["af"] = "AF",
        ["am"] = "AM",
        ["az"] = "AZ",
        ["bf"] = "BF",
        ["cd"] = "CD",
        ["co"] = "CO",
        ["et"] = "ET",
        ["gz"] = "PS",
        ["iq"] = "IQ",
        ["lb"] = "LB",
        ["ly"] = "LY",
        ["ml"] = "ML",
        ["mm"] = "MM",
        ["mz"] = "MZ",
        ["ng"] = "NG",
        ["ps"] = "PS",
        ["sd"] = "SD",
        ["so"] = "SO",
        ["ss"] = "SS",
        ["sy"] = "SY",
        ["ua"] = "UA",
        ["ye"] = "YE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The ISO 3166-1 alpha-2 code of the country of transcript <paramref name="corpusId"/>, from the
    /// prefix before its first hyphen; false when the prefix names no country.</summary>
    public static bool TryGetCountry(string corpusId, [NotNullWhen(true)] out string? country)
    {
        ArgumentNullException.ThrowIfNull(corpusId);
        var hyphen = corpusId.IndexOf('-', StringComparison.Ordinal);
        var prefix = hyphen < 0 ? corpusId : corpusId[..hyphen];
        return ByPrefix.TryGetValue(prefix, out country);
    }
}
