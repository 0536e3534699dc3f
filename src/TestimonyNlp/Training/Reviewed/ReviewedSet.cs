using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Ingest;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Reviewed;

/// <summary>
/// One folder written by <c>testimony export --annotations DIR</c>: <c>reviewed.jsonl</c> (a line per reviewed
/// testimony in the corpus annotation format, each entity and claim with its <c>review_status</c>, and the rejected
/// ones in the <c>"rejected"</c> extension, <see cref="ReviewedRejections"/>) and the transcripts its offsets point
/// into.
/// </summary>
public sealed class ReviewedSet
{
    private readonly GoldCorpus _transcripts;

    private ReviewedSet(string directory, string sha256, ImmutableArray<ReviewedTestimony> testimonies)
    {
        Directory = directory;
        Sha256 = sha256;
        Testimonies = testimonies;
        _transcripts = GoldCorpus.Over(directory, [.. testimonies.Select(t => t.Gold)]);
    }

    /// <summary>The folder as given.</summary>
    public string Directory { get; }

    /// <summary>The folder's own name (no path), for messages and the training record.</summary>
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory)));

    /// <summary>Lower-case hex SHA-256 of the bytes of <c>reviewed.jsonl</c> (each line holds its transcript's hash).</summary>
    public string Sha256 { get; }

    /// <summary>The testimonies, in file order.</summary>
    public ImmutableArray<ReviewedTestimony> Testimonies { get; }

    /// <summary>
    /// Reads the set in <paramref name="directory"/>: the set, or why it cannot be used (no such folder or file, a
    /// malformed line, named by file and line, never quoting the text).
    /// </summary>
    public static ReviewedSetLoad Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, Defaults.FileName);
        if (!File.Exists(path))
        {
            return ReviewedSetLoad.Failed($"{directory}: no {Defaults.FileName} (write one with 'testimony export --annotations {directory}')");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReviewedSetLoad.Failed($"{path}: cannot read ({CorpusFiles.Describe(e)})");
        }

        var testimonies = ImmutableArray.CreateBuilder<ReviewedTestimony>();
        foreach (var line in GoldJsonLines.Read(Encoding.UTF8.GetString(bytes)))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var problems = line.Problems;
            if (line.Gold is not { } gold)
            {
                return ReviewedSetLoad.Failed(string.Create(CultureInfo.InvariantCulture, $"{path}:{line.Number}: {problems[0]}"));
            }

            using var json = JsonDocument.Parse(line.Text);
            var rejected = ReviewedRejections.Parse(json.RootElement, problems);
            if (problems.Count > 0)
            {
                return ReviewedSetLoad.Failed(string.Create(CultureInfo.InvariantCulture, $"{path}:{line.Number}: {problems[0]}"));
            }

            testimonies.Add(new ReviewedTestimony(
                gold,
                Reviews(json.RootElement, "entities", gold.Entities.Length),
                Reviews(json.RootElement, "claims", gold.Claims.Length))
            {
                Rejected = rejected,
            });
        }

        return ReviewedSetLoad.Loaded(new ReviewedSet(directory, Convert.ToHexStringLower(SHA256.HashData(bytes)), testimonies.ToImmutable()));
    }

    /// <summary>Reads the transcript of <paramref name="testimony"/> from the set's folder with the project's readers.</summary>
    public IngestOutcome ReadTranscript(ReviewedTestimony testimony)
    {
        ArgumentNullException.ThrowIfNull(testimony);
        return _transcripts.ReadTranscript(testimony.Gold);
    }

    private static ImmutableArray<ItemReview> Reviews(JsonElement root, string property, int count)
    {
        var reviews = new ItemReview[count];
        if (root.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (i == count)
                {
                    break;
                }

                reviews[i++] = item.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty(Defaults.ReviewStatusField, out var status)
                    && status.ValueKind == JsonValueKind.String
                    ? ItemReviews.Parse(status.GetString())
                    : ItemReview.Unreviewed;
            }
        }

        return [.. reviews];
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The annotation file of an export folder.</summary>
        public const string FileName = "reviewed.jsonl";

        /// <summary>The field each entity and claim carries.</summary>
        public const string ReviewStatusField = "review_status";
    }
}

/// <summary>The result of <see cref="ReviewedSet.Load"/>: the set, or why it cannot be used.</summary>
/// <param name="Set">The set, or null.</param>
/// <param name="Error">Why not, or null.</param>
public readonly record struct ReviewedSetLoad(ReviewedSet? Set, string? Error)
{
    /// <summary>A loaded set.</summary>
    public static ReviewedSetLoad Loaded(ReviewedSet set) => new(set, null);

    /// <summary>A set that cannot be used.</summary>
    public static ReviewedSetLoad Failed(string error) => new(null, error);
}
