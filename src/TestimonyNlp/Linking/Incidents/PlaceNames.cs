using System.Collections.Immutable;
using TestimonyNlp.Entities.Places;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>The names around a claim, as <see cref="LinkClaim.ContextPlaces"/> and
/// <see cref="LinkClaim.ContextPeople"/> hold them.</summary>
public static class PlaceNames
{
    /// <summary>The default values.</summary>
    public static class Defaults
    {
        /// <summary>Places this many characters before a claim's evidence or after it count as its context: about a
        /// whole interview, whose town and villages are named once, away from where each harm is told.</summary>
        public const int ContextChars = 2000;

        /// <summary>People this many characters before a claim's evidence or after it count as its context: only
        /// the people its evidence names.</summary>
        public const int PeopleContextChars = 0;
    }

    /// <summary>A name's folded key (<see cref="PlaceNameFolding"/> at <see cref="PlaceMatchLevel.Folded"/>:
    /// "al-Raqqah" and "Raqqa" fold alike), or null when nothing is left. Allocates: fold each mention once.</summary>
    public static string? Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = PlaceNameFolding.Key(name, PlaceMatchLevel.Folded);
        return string.IsNullOrWhiteSpace(key) ? null : key;
    }

    /// <summary>The folded names lying within <paramref name="contextChars"/> of [<paramref name="evidenceStart"/>,
    /// <paramref name="evidenceEnd"/>), plus <paramref name="site"/>; ordinal order, no duplicates.</summary>
    /// <param name="mentions">The testimony's mentions: folded name (<see cref="Fold"/>; null ones are skipped),
    /// start and end offsets.</param>
    /// <param name="evidenceStart">Offset of the claim's first evidence span.</param>
    /// <param name="evidenceEnd">Offset just past the claim's last evidence span.</param>
    /// <param name="site">The folded name of the claim's site mention, or null.</param>
    /// <param name="contextChars">How far around the evidence a mention counts.</param>
    public static ImmutableArray<string> Around(
        IEnumerable<(string? Folded, int Start, int End)> mentions,
        int evidenceStart,
        int evidenceEnd,
        string? site,
        int contextChars)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (site is not null)
        {
            names.Add(site);
        }

        foreach (var (folded, start, end) in mentions)
        {
            if (folded is not null && start >= evidenceStart - contextChars && end <= evidenceEnd + contextChars)
            {
                names.Add(folded);
            }
        }

        return [.. names];
    }
}
