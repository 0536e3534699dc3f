using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>The place names around a claim, as <see cref="LinkClaim.ContextPlaces"/> holds them.</summary>
public static class PlaceNames
{
    /// <summary>The default values.</summary>
    public static class Defaults
    {
        /// <summary>Places this many characters before a claim's evidence or after it count as its context.</summary>
        public const int ContextChars = 2000;

        /// <summary>People this many characters before a claim's evidence or after it count as its context.</summary>
        public const int PeopleContextChars = 0;
    }

    /// <summary>A place name without case, diacritics, punctuation, spaces or a leading Arabic article
    /// ("al-Badu" and "Al Badu" fold alike), or null when nothing is left.</summary>
    public static string? Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && words[0] is "al" or "el" or "ad" or "ar" or "as" or "at" or "an" ? 1 : 0;
        var folded = string.Concat(words[start..]);
        return folded.Length == 0 ? null : folded;
    }

    /// <summary>The folded names of the places lying within <paramref name="contextChars"/> of
    /// [<paramref name="evidenceStart"/>, <paramref name="evidenceEnd"/>), plus <paramref name="siteName"/>;
    /// ordinal order, no duplicates.</summary>
    /// <param name="places">The testimony's places: name, start and end offsets.</param>
    /// <param name="evidenceStart">Offset of the claim's first evidence span.</param>
    /// <param name="evidenceEnd">Offset just past the claim's last evidence span.</param>
    /// <param name="siteName">The name of the claim's site mention, or null.</param>
    /// <param name="contextChars">How far around the evidence a place counts.</param>
    public static ImmutableArray<string> Around(
        IEnumerable<(string? Name, int Start, int End)> places,
        int evidenceStart,
        int evidenceEnd,
        string? siteName,
        int contextChars = Defaults.ContextChars)
    {
        ArgumentNullException.ThrowIfNull(places);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (Fold(siteName) is { } site)
        {
            names.Add(site);
        }

        foreach (var (name, start, end) in places)
        {
            if (start >= evidenceStart - contextChars && end <= evidenceEnd + contextChars && Fold(name) is { } folded)
            {
                names.Add(folded);
            }
        }

        return [.. names];
    }
}
