using System.Collections.Frozen;
using System.Text;
using TestimonyNlp.Entities.Lexicons;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Decides which testimonies come from one witness, so that two interviews of one person count as one source.
/// Testimonies are joined when one names the other as an earlier interview of the same witness (by interview id or
/// testimony id), and when both give the same full name. Names are compared folded (case, Latin diacritics,
/// apostrophes, hyphens and spaces between the parts of a name: <c>Abdul-Karim</c> = <c>Abdulkarim</c>), and only
/// names of two words or more, each longer than an initial, join: a first name alone is not enough.
/// </summary>
public static class WitnessKeys
{
    /// <summary>Resolves the witness key of every testimony: the ordinally first testimony id of its group.</summary>
    /// <param name="evidence">What each testimony says about its witness; testimony ids are unique.</param>
    /// <returns>The witness key of each testimony id.</returns>
    /// <exception cref="ArgumentException">Two items have the same testimony id.</exception>
    public static IReadOnlyDictionary<string, string> Resolve(IReadOnlyList<WitnessEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var parents = new int[evidence.Count];
        var byId = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var testimonyIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            ArgumentNullException.ThrowIfNull(item);
            if (!testimonyIds.Add(item.TestimonyId))
            {
                throw new ArgumentException($"testimony {item.TestimonyId} is given twice", nameof(evidence));
            }

            parents[i] = i;
            AddId(byId, item.TestimonyId, i);
            if (item.InterviewId is { } interviewId && !string.Equals(interviewId, item.TestimonyId, StringComparison.OrdinalIgnoreCase))
            {
                AddId(byId, interviewId, i);
            }
        }

        for (var i = 0; i < evidence.Count; i++)
        {
            var item = evidence[i];
            if (!item.SameWitnessAs.IsDefaultOrEmpty)
            {
                foreach (var reference in item.SameWitnessAs)
                {
                    if (byId.TryGetValue(reference, out var others))
                    {
                        foreach (var other in others)
                        {
                            Union(parents, i, other);
                        }
                    }
                }
            }

            if (FoldName(item.SpeakerName) is { } name)
            {
                if (byName.TryGetValue(name, out var other))
                {
                    Union(parents, i, other);
                }
                else
                {
                    byName.Add(name, i);
                }
            }
        }

        var keys = new Dictionary<int, string>();
        for (var i = 0; i < evidence.Count; i++)
        {
            var root = Find(parents, i);
            var id = evidence[i].TestimonyId;
            if (!keys.TryGetValue(root, out var key) || string.CompareOrdinal(id, key) < 0)
            {
                keys[root] = id;
            }
        }

        var result = new Dictionary<string, string>(evidence.Count, StringComparer.Ordinal);
        for (var i = 0; i < evidence.Count; i++)
        {
            result.Add(evidence[i].TestimonyId, keys[Find(parents, i)]);
        }

        return result;
    }

    /// <summary>
    /// The form names are compared in: folded letters of each word, words of one letter (initials) and titles
    /// dropped, the rest joined without spaces; null unless at least two words longer than an initial remain, not
    /// counting <c>Abu</c> and <c>Umm</c>.
    /// </summary>
    internal static string? FoldName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = new StringBuilder(name.Length);
        var fullWords = 0;
        var span = name.AsSpan();
        foreach (var range in span.SplitAny(' ', '\t'))
        {
            var word = span[range];
            var start = folded.Length;
            foreach (var c in word)
            {
                var f = TextFolding.Fold(c);
                if (char.IsLetter(f))
                {
                    folded.Append(f);
                }
            }

            var length = folded.Length - start;
            var part = length > 0 ? folded.ToString(start, length) : string.Empty;
            if (length < 2 || Titles.Contains(part))
            {
                folded.Length = start;
                continue;
            }

            // "Umm Sami", "Abu Nour": a kunya stays in the name but does not make it a full name.
            if (!Kunyas.Contains(part))
            {
                fullWords++;
            }
        }

        return fullWords >= 2 ? folded.ToString() : null;
    }

    // Forms of address, not parts of the name ("Mrs. Olena Kravchenko" = "Olena Kravchenko").
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.Ordinal, "mr", "mrs", "ms", "miss", "dr", "haji", "hajji", "hajja", "sheikh", "shaikh");

    private static readonly FrozenSet<string> Kunyas = FrozenSet.Create(StringComparer.Ordinal, "abu", "abou", "umm", "um", "om");

    private static void AddId(Dictionary<string, List<int>> byId, string id, int index)
    {
        if (!byId.TryGetValue(id, out var indices))
        {
            indices = [];
            byId.Add(id, indices);
        }

        indices.Add(index);
    }

    private static int Find(int[] parents, int i)
    {
        while (parents[i] != i)
        {
            parents[i] = parents[parents[i]];
            i = parents[i];
        }

        return i;
    }

    private static void Union(int[] parents, int a, int b)
    {
        var rootA = Find(parents, a);
        var rootB = Find(parents, b);
        if (rootA != rootB)
        {
            parents[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
