using System.Text;
using System.Text.RegularExpressions;

namespace TestimonyNlp.Store;

/// <summary>
/// The person names of a store with their pseudonyms, for replacing names inside free text (quotes): every
/// surface a PERSON mention was written with, matched as a whole word regardless of letter case, becomes the
/// pseudonym of that mention's person.
/// </summary>
public sealed class PseudonymNames
{
    private readonly Dictionary<string, string> _bySurface;
    private readonly Regex? _pattern;

    private PseudonymNames(Dictionary<string, string> bySurface)
    {
        _bySurface = bySurface;
        if (bySurface.Count == 0)
        {
            return;
        }

        // Longest first, so that "Hussein Darwish" is replaced whole rather than "Hussein" inside it.
        var alternatives = bySurface.Keys
            .OrderByDescending(s => s.Length)
            .ThenBy(s => s, StringComparer.Ordinal)
            .Select(Regex.Escape);
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}\p{M}])(?:");
        pattern.AppendJoin('|', alternatives);
        pattern.Append(@")(?![\p{L}\p{N}\p{M}])");
        _pattern = new Regex(
            pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(Defaults.MatchTimeoutSeconds));
    }

    /// <summary>The number of distinct surfaces (folded) that are replaced.</summary>
    public int Count => _bySurface.Count;

    /// <summary>
    /// Collects the names: each mention's surface maps to the pseudonym of its person, the mention's normalised
    /// name when it has one, else its surface. When mentions with one surface name different people, the
    /// ordinally smallest pseudonym wins, so the choice never depends on the order of the mentions.
    /// </summary>
    /// <param name="persons">The PERSON mentions: surface and normalised name.</param>
    /// <param name="pseudonymiser">Makes the pseudonyms.</param>
    public static PseudonymNames Collect(IEnumerable<(string Text, string? Normalized)> persons, Pseudonymiser pseudonymiser)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(pseudonymiser);
        var bySurface = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (text, normalized) in persons)
        {
            var pseudonym = pseudonymiser.For(PersonKey(text, normalized));
            foreach (var surface in new[] { text, normalized })
            {
                if (string.IsNullOrWhiteSpace(surface))
                {
                    continue;
                }

                var key = Key(surface);
                if (!bySurface.TryGetValue(key, out var existing)
                    || string.CompareOrdinal(pseudonym, existing) < 0)
                {
                    bySurface[key] = pseudonym;
                }
            }
        }

        return new PseudonymNames(bySurface);
    }

    /// <summary>The name a PERSON mention's pseudonym is made from: its normalised name, else its surface.</summary>
    public static string PersonKey(string text, string? normalized) =>
        string.IsNullOrWhiteSpace(normalized) ? text : normalized;

    /// <summary><paramref name="text"/> with every known name replaced by its pseudonym; null stays null.</summary>
    public string? Replace(string? text)
    {
        if (text is null || _pattern is null)
        {
            return text;
        }

        return _pattern.Replace(text, match => _bySurface.TryGetValue(Key(match.Value), out var pseudonym)
            ? pseudonym
            : match.Value);
    }

    // The regex matches regardless of case; the lookup must agree with it, and white space inside a name is
    // matched literally, so lower case is the whole key.
    private static string Key(string surface) => surface.Trim().ToLowerInvariant();

    /// <summary>Defaults of the replacement.</summary>
    public static class Defaults
    {
        /// <summary>A bound on one replacement, in seconds, against pathological input.</summary>
        public const int MatchTimeoutSeconds = 10;
    }
}
