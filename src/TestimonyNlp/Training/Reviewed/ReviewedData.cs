using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Reviewed;

/// <summary>A reviewed testimony refused from training because it is, or may be, a dev or test transcript.</summary>
/// <param name="Set">The name of its reviewed set.</param>
/// <param name="Id">Its id in the set.</param>
/// <param name="TestimonyId">Its testimony id.</param>
/// <param name="CorpusId">The corpus transcript it matches.</param>
/// <param name="Split">That transcript's split.</param>
/// <param name="Match">What matched: <c>id</c>, <c>testimony id</c> or <c>content</c>.</param>
public sealed record ReviewedRefusal(string Set, string Id, string TestimonyId, string CorpusId, CorpusSplit Split, string Match)
{
    /// <summary>The message: names the ids, never the text.</summary>
    public override string ToString() =>
        $"reviewed testimony '{Id}' (testimony id {TestimonyId}) in {Set} is the corpus's {Split.ToWire()} transcript '{CorpusId}' (same {Match}): refused from training, so that it cannot leak into evaluation";
}

/// <summary>One reviewed set as it went into training: for the model's training record.</summary>
/// <param name="Name">The folder's name.</param>
/// <param name="Sha256">The hash of its <c>reviewed.jsonl</c>.</param>
/// <param name="Testimonies">Testimonies in the set.</param>
/// <param name="Refused">Of those, refused as dev or test transcripts.</param>
public sealed record ReviewedSetSummary(string Name, string Sha256, int Testimonies, int Refused);

/// <summary>
/// Reviewed testimonies checked against a corpus and ready to join its training split, with the weight they are
/// given. A testimony that is a dev or test transcript of the corpus is refused (<see cref="Refused"/>): same corpus
/// id, same testimony id (ignoring case), or the same content (the raw file's hash, or the hash of the decoded text
/// as the export writes it); also ids the split assigns without an annotation line.
/// </summary>
/// <remarks>
/// What a reviewed testimony teaches (for both trainers): only the sentences where a reviewer decided something and
/// nobody left something undecided. The tagger learns the sentences that overlap an accepted, corrected or rejected
/// entity and no unreviewed one, with the accepted and corrected entities as gold (so a rejected span, from the line's
/// <c>"rejected"</c> extension or marked <c>REJECTED</c>, is taught as no entity unless a kept entity covers it); the claim classifiers learn the sentences that overlap the evidence of an
/// accepted, corrected or rejected claim and no unreviewed claim's evidence, labelled with the accepted and corrected
/// claims (so a rejected claim's sentence is taught as not asserting its harm, unless a kept claim asserts it there). Every other sentence is left out: nobody
/// checked it, and the model's own output is not gold. Each taught sentence counts <see cref="Weight"/> times.
/// </remarks>
public sealed class ReviewedData
{
    private ReviewedData(ImmutableArray<(ReviewedSet Set, ReviewedTestimony Testimony)> accepted, ImmutableArray<ReviewedRefusal> refused, ImmutableArray<ReviewedSetSummary> sets, int weight)
    {
        Accepted = accepted;
        Refused = refused;
        Sets = sets;
        Weight = weight;
    }

    /// <summary>No reviewed data: training is the corpus's alone.</summary>
    public static ReviewedData None { get; } = new([], [], [], Defaults.Weight);

    /// <summary>The testimonies that join training, with their set.</summary>
    public ImmutableArray<(ReviewedSet Set, ReviewedTestimony Testimony)> Accepted { get; }

    /// <summary>The testimonies refused as dev or test transcripts.</summary>
    public ImmutableArray<ReviewedRefusal> Refused { get; }

    /// <summary>Each set given, in order.</summary>
    public ImmutableArray<ReviewedSetSummary> Sets { get; }

    /// <summary>How many times each taught sentence counts.</summary>
    public int Weight { get; }

    /// <summary>True when no set was given.</summary>
    public bool IsEmpty => Sets.IsEmpty;

    /// <summary>Checks <paramref name="sets"/> against <paramref name="corpus"/> (whose folder holds the split).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is below 1.</exception>
    public static ReviewedData Prepare(GoldCorpus corpus, IReadOnlyList<ReviewedSet> sets, int weight = Defaults.Weight)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 1);
        var held = HeldOut(corpus);
        var accepted = ImmutableArray.CreateBuilder<(ReviewedSet, ReviewedTestimony)>();
        var refused = ImmutableArray.CreateBuilder<ReviewedRefusal>();
        var summaries = ImmutableArray.CreateBuilder<ReviewedSetSummary>();
        foreach (var set in sets)
        {
            var before = refused.Count;
            foreach (var testimony in set.Testimonies)
            {
                if (held.Match(testimony.Gold) is { } match)
                {
                    refused.Add(new ReviewedRefusal(set.Name, testimony.Gold.Id, testimony.Gold.TestimonyId, match.CorpusId, match.Split, match.What));
                }
                else
                {
                    accepted.Add((set, testimony));
                }
            }

            summaries.Add(new ReviewedSetSummary(set.Name, set.Sha256, set.Testimonies.Length, refused.Count - before));
        }

        return new ReviewedData(accepted.ToImmutable(), refused.ToImmutable(), summaries.ToImmutable(), weight);
    }

    /// <summary>
    /// Each accepted testimony with its document as <paramref name="pipeline"/> makes it, in order; a testimony whose
    /// transcript cannot be read is added to <paramref name="failed"/> as <c>set/id</c> and skipped (for both trainers).
    /// </summary>
    public IEnumerable<(ReviewedTestimony Testimony, Document Document)> AcceptedDocuments(
        TestimonyPipeline pipeline,
        ImmutableArray<string>.Builder failed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(failed);
        return Documents();

        IEnumerable<(ReviewedTestimony, Document)> Documents()
        {
            foreach (var (set, testimony) in Accepted)
            {
                if (!set.ReadTranscript(testimony).TryGetTestimony(out var read))
                {
                    failed.Add(set.Name + "/" + testimony.Gold.Id);
                    continue;
                }

                yield return (testimony, pipeline.Run(read, cancellationToken));
            }
        }
    }

    /// <summary>
    /// Per sentence of <paramref name="document"/>: true when it overlaps a span of <paramref name="reviewed"/> and
    /// none of <paramref name="unreviewed"/>.
    /// </summary>
    public static bool[] TaughtSentences(Document document, IEnumerable<(int Start, int End)> reviewed, IEnumerable<(int Start, int End)> unreviewed)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(unreviewed);
        var sentences = document.Sentences;
        var taught = new bool[sentences.Count];
        var masked = new bool[sentences.Count];
        Mark(sentences, reviewed, taught);
        Mark(sentences, unreviewed, masked);
        for (var s = 0; s < taught.Length; s++)
        {
            taught[s] &= !masked[s];
        }

        return taught;
    }

    private static void Mark(List<Sentence> sentences, IEnumerable<(int Start, int End)> spans, bool[] marks)
    {
        foreach (var (start, end) in spans)
        {
            for (var s = 0; s < sentences.Count; s++)
            {
                if (start < sentences[s].End && sentences[s].Start < Math.Max(end, start + 1))
                {
                    marks[s] = true;
                }
            }
        }
    }

    private static HeldOutTranscripts HeldOut(GoldCorpus corpus)
    {
        var held = new HeldOutTranscripts();
        var splitPath = CorpusFiles.Full(corpus.CorpusDirectory, CorpusFiles.SplitFile);
        if (File.Exists(splitPath))
        {
            var split = SplitTable.Parse(File.ReadAllText(splitPath, Encoding.UTF8), []);
            foreach (var (id, assigned) in split.Assignments)
            {
                if (assigned != CorpusSplit.Train)
                {
                    held.Ids[id] = (id, assigned);
                }
            }
        }

        foreach (var gold in corpus.Testimonies.Where(t => t.Split is CorpusSplit.Dev or CorpusSplit.Test))
        {
            var entry = (gold.Id, gold.Split!.Value);
            held.Ids[gold.Id] = entry;
            held.TestimonyIds.TryAdd(gold.TestimonyId, entry);
            held.Contents.TryAdd(gold.ContentSha256, entry);

            // The export hashes the decoded text in UTF-8, which differs from the raw file's hash for other encodings.
            if (corpus.ReadTranscript(gold).TryGetTestimony(out var testimony))
            {
                held.Contents.TryAdd(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(testimony.Content))), entry);
            }
        }

        return held;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Each reviewed sentence counts three times a corpus sentence: a reviewer checked it against the
        /// model's own mistake, where the corpus's sentences are mostly ones the model already gets right.</summary>
        public const int Weight = 3;
    }

    private sealed class HeldOutTranscripts
    {
        public Dictionary<string, (string CorpusId, CorpusSplit Split)> Ids { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string CorpusId, CorpusSplit Split)> TestimonyIds { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, (string CorpusId, CorpusSplit Split)> Contents { get; } = new(StringComparer.OrdinalIgnoreCase);

        public (string CorpusId, CorpusSplit Split, string What)? Match(GoldTestimony gold)
        {
            if (Ids.TryGetValue(gold.Id, out var byId))
            {
                return (byId.CorpusId, byId.Split, "id");
            }

            if (TestimonyIds.TryGetValue(gold.TestimonyId, out var byTestimonyId))
            {
                return (byTestimonyId.CorpusId, byTestimonyId.Split, "testimony id");
            }

            return Contents.TryGetValue(gold.ContentSha256, out var byContent) ? (byContent.CorpusId, byContent.Split, "content") : null;
        }
    }
}
