using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// The closed list of canonical actor names: the first column of the table under <c>## Canonical actors</c> in
/// <c>corpus/MARKUP.md</c>. It is read from that file at run time, so adding an actor to the table is the whole
/// change a corpus writer makes.
/// </summary>
public sealed class CanonicalActors
{
    /// <summary>The file the table is read from, relative to the corpus folder.</summary>
    public const string FileName = "MARKUP.md";

    private const string Heading = "## Canonical actors";

    private readonly FrozenSet<string> _names;

    /// <summary>Creates the list from <paramref name="names"/>.</summary>
    public CanonicalActors(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = [.. names.Distinct(StringComparer.Ordinal)];
        _names = Names.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The canonical names, in table order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>True when <paramref name="name"/> is a canonical actor (exact, case-sensitive).</summary>
    public bool Contains(string? name) => name is not null && _names.Contains(name);

    /// <summary>Reads the table from <c>MARKUP.md</c> in <paramref name="corpusDirectory"/>.</summary>
    /// <returns>The list, or null with <paramref name="error"/> set.</returns>
    public static CanonicalActors? Load(string corpusDirectory, out CorpusError? error)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(corpusDirectory, FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new CorpusError(FileName, null, null, "cannot read the canonical actor table (" + CorpusFiles.Describe(e) + ")");
            return null;
        }

        return Parse(text, out error);
    }

    /// <summary>Parses the canonical actor table out of the text of <c>MARKUP.md</c>.</summary>
    /// <returns>The list, or null with <paramref name="error"/> set.</returns>
    public static CanonicalActors? Parse(string markdown, out CorpusError? error)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        error = null;
        var lines = markdown.Split('\n');
        var heading = Array.FindIndex(lines, line => line.TrimEnd('\r', ' ').Equals(Heading, StringComparison.Ordinal));
        if (heading < 0)
        {
            error = new CorpusError(FileName, null, null, $"no '{Heading}' section");
            return null;
        }

        var names = new List<string>();
        var rows = 0;
        for (var i = heading + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                break;
            }

            if (!line.StartsWith('|'))
            {
                if (rows > 0)
                {
                    break;
                }

                continue;
            }

            rows++;
            var cells = line.Split('|');
            var first = cells.Length > 1 ? cells[1].Trim() : string.Empty;

            // The first row is the header and the second the separator.
            if (rows <= 2 || first.Length == 0)
            {
                continue;
            }

            names.Add(first);
        }

        if (names.Count == 0)
        {
            error = new CorpusError(FileName, heading + 1, null, "the canonical actor table is empty");
            return null;
        }

        return new CanonicalActors(names);
    }
}
