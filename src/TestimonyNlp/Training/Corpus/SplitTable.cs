using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TestimonyNlp.Training.Corpus;

/// <summary>A transcript's place in the split.</summary>
/// <param name="Id">The corpus id.</param>
/// <param name="Split">Its split.</param>
public sealed record SplitAssignment(string Id, CorpusSplit Split);

/// <summary>
/// The fixed train/dev/test split (<c>corpus/split.tsv</c>: <c>id&lt;TAB&gt;split</c> per line, sorted by id).
/// An assignment never changes once made, and stays when its transcript is removed, so a test id is never reused
/// for training. New ids are placed by a hash of the id (70/15/15); transcripts that tell a common incident go to
/// one split, so that linking can be scored inside dev and test.
/// </summary>
public sealed class SplitTable
{
    private SplitTable(ImmutableSortedDictionary<string, CorpusSplit> assignments)
    {
        Assignments = assignments;
    }

    /// <summary>A table with no assignments.</summary>
    public static SplitTable Empty { get; } = new(ImmutableSortedDictionary.Create<string, CorpusSplit>(StringComparer.Ordinal));

    /// <summary>Every assignment, by id in ordinal order.</summary>
    public ImmutableSortedDictionary<string, CorpusSplit> Assignments { get; }

    /// <summary>Parses the text of <c>split.tsv</c>; malformed lines are added to <paramref name="errors"/> and
    /// skipped.</summary>
    public static SplitTable Parse(string text, List<CorpusError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, CorpusSplit>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Length == 0 && i == lines.Length - 1)
            {
                break;
            }

            var tab = line.IndexOf('\t');
            if (tab < 0 || line.IndexOf('\t', tab + 1) >= 0)
            {
                errors.Add(new CorpusError(CorpusFiles.SplitFile, number, null, "expected 'id<TAB>split'"));
                continue;
            }

            var id = line[..tab];
            if (!CorpusFiles.IsValidId(id))
            {
                errors.Add(new CorpusError(CorpusFiles.SplitFile, number, 1, "invalid corpus id"));
                continue;
            }

            if (!CorpusSplits.TryParse(line[(tab + 1)..], out var split))
            {
                errors.Add(new CorpusError(CorpusFiles.SplitFile, number, tab + 2, "unknown split (expected train, dev or test)"));
                continue;
            }

            if (!firstLine.TryAdd(id, number))
            {
                errors.Add(new CorpusError(CorpusFiles.SplitFile, number, 1, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{id} listed twice (first on line {firstLine[id]})")));
                continue;
            }

            builder[id] = split;
        }

        return new SplitTable(builder.ToImmutable());
    }

    /// <summary>Reads <c>split.tsv</c> from <paramref name="corpusDirectory"/>; a missing file is an empty table.</summary>
    public static SplitTable Load(string corpusDirectory, List<CorpusError> errors)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        var path = CorpusFiles.Full(corpusDirectory, CorpusFiles.SplitFile);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            return Parse(File.ReadAllText(path), errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new CorpusError(CorpusFiles.SplitFile, null, null, "cannot read (" + CorpusFiles.Describe(e) + ")"));
            return Empty;
        }
    }

    /// <summary>The file text: one <c>id&lt;TAB&gt;split</c> line per assignment, sorted by id.</summary>
    public string Serialize()
    {
        var text = new StringBuilder(Assignments.Count * 24);
        foreach (var (id, split) in Assignments)
        {
            text.Append(id).Append('\t').Append(split.ToWire()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Places every id of <paramref name="transcripts"/> that has no assignment yet and returns the table with them
    /// added, and the new assignments in id order. Transcripts are grouped by shared incident keys; a group whose
    /// assigned members are all in one split brings its new members there; a group with no assigned member goes
    /// where the hash of its smallest id says; a group already spread over several splits leaves each new member
    /// to the hash of its own id.
    /// </summary>
    public SplitTable AssignNew(IEnumerable<(string Id, IEnumerable<string> Incidents)> transcripts, out ImmutableArray<SplitAssignment> added)
    {
        ArgumentNullException.ThrowIfNull(transcripts);
        var ids = new List<string>();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var byIncident = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, incidents) in transcripts)
        {
            if (!parent.TryAdd(id, id))
            {
                continue;
            }

            ids.Add(id);
            foreach (var incident in incidents)
            {
                if (byIncident.TryGetValue(incident, out var other))
                {
                    Union(id, other);
                }
                else
                {
                    byIncident[incident] = id;
                }
            }
        }

        var builder = Assignments.ToBuilder();
        var newAssignments = new List<SplitAssignment>();
        foreach (var group in ids.GroupBy(Find).OrderBy(g => g.Min(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            var members = group.OrderBy(id => id, StringComparer.Ordinal).ToList();
            var fresh = members.Where(id => !Assignments.ContainsKey(id)).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            var existing = members.Where(Assignments.ContainsKey).Select(id => Assignments[id]).Distinct().ToList();
            foreach (var id in fresh)
            {
                var split = existing.Count switch
                {
                    0 => HashSplit(fresh[0]),
                    1 => existing[0],
                    _ => HashSplit(id),
                };
                builder[id] = split;
                newAssignments.Add(new SplitAssignment(id, split));
            }
        }

        added = [.. newAssignments.OrderBy(a => a.Id, StringComparer.Ordinal)];
        return new SplitTable(builder.ToImmutable());

        string Find(string id)
        {
            while (parent[id] != id)
            {
                parent[id] = parent[parent[id]];
                id = parent[id];
            }

            return id;
        }

        void Union(string a, string b)
        {
            var rootA = Find(a);
            var rootB = Find(b);
            if (rootA != rootB)
            {
                // The smaller id is the root, so the grouping does not depend on input order.
                if (string.CompareOrdinal(rootA, rootB) < 0)
                {
                    parent[rootB] = rootA;
                }
                else
                {
                    parent[rootA] = rootB;
                }
            }
        }
    }

    /// <summary>The split the hash of <paramref name="key"/> picks: the first eight bytes of its UTF-8 SHA-256, as a
    /// big-endian number, modulo 100: below 70 train, below 85 dev, else test.</summary>
    public static CorpusSplit HashSplit(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        var bucket = BinaryPrimitives.ReadUInt64BigEndian(hash) % 100;
        return bucket < Defaults.TrainPercent ? CorpusSplit.Train
            : bucket < Defaults.TrainPercent + Defaults.DevPercent ? CorpusSplit.Dev
            : CorpusSplit.Test;
    }

    /// <summary>The target shares of the split.</summary>
    public static class Defaults
    {
        /// <summary>Percent of ids hashed to train.</summary>
        public const int TrainPercent = 70;

        /// <summary>Percent of ids hashed to dev; the rest go to test.</summary>
        public const int DevPercent = 15;
    }
}
