using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>What an entity evaluation produced: the report, and the gold transcripts that could not be read.</summary>
/// <param name="Report">The report, over the transcripts that were read.</param>
/// <param name="Failures">Transcripts that could not be read or no longer match their annotation, by id.</param>
/// <param name="Results">What the pipeline made of each transcript that was read, with its gold testimony, in id
/// order: what linking across testimonies starts from.</param>
public sealed record EvaluationResult(
    EvaluationReport Report,
    ImmutableArray<IngestError> Failures,
    ImmutableArray<(GoldTestimony Gold, TestimonyResult Predicted)> Results);

/// <summary>
/// Runs the pipeline on every gold transcript of a split, read from its raw file with the project's readers, and
/// scores the predicted entity mentions and claims against the gold ones (<see cref="EntityScores"/>, then
/// <see cref="ClaimScores"/>).
/// </summary>
public sealed class EntityEvaluator
{
    private static readonly ClaimBuilder Builder = new();

    private readonly TestimonyPipeline _pipeline;

    /// <summary>Creates an evaluator for <paramref name="pipeline"/>.</summary>
    public EntityEvaluator(TestimonyPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <summary>
    /// Evaluates the transcripts of <paramref name="split"/>, <paramref name="threads"/> at a time. The result does
    /// not depend on the number of threads: testimonies are scored in id order once all have run.
    /// </summary>
    /// <param name="corpus">The loaded gold corpus.</param>
    /// <param name="split">The split to evaluate.</param>
    /// <param name="threads">Transcripts processed in parallel (at least 1).</param>
    /// <param name="maxErrors">Error examples to keep for each section (0 for none).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="sentences">Where claims come from: the pipeline's (<see cref="SentenceSource.Model"/>), or rebuilt
    /// by <see cref="ClaimBuilder"/> from the gold sentence labels (<see cref="SentenceSource.Gold"/>).</param>
    public EvaluationResult Evaluate(
        GoldCorpus corpus,
        CorpusSplit split,
        int threads = Defaults.Threads,
        int maxErrors = 0,
        CancellationToken cancellationToken = default,
        SentenceSource sentences = SentenceSource.Model)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var stopwatch = Stopwatch.StartNew();
        var golds = corpus.InSplit(split).ToArray();
        var outcomes = new Outcome[golds.Length];
        Parallel.For(
            0,
            golds.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            i => outcomes[i] = Run(corpus, golds[i], sentences, cancellationToken));

        var scorer = new EntityScorer(maxErrors, intervals: true);
        var claimScorer = new ClaimScorer(maxErrors, intervals: true);
        var failures = ImmutableArray.CreateBuilder<IngestError>();
        var results = ImmutableArray.CreateBuilder<(GoldTestimony, TestimonyResult)>(golds.Length);
        var transcripts = 0;
        long tokens = 0;
        long words = 0;
        for (var i = 0; i < golds.Length; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                failures.Add(error);
                continue;
            }

            transcripts++;
            tokens += outcomes[i].Tokens;
            words += outcomes[i].Words;
            scorer.Add(golds[i].Id, golds[i].Entities, outcomes[i].Entities);
            claimScorer.Add(golds[i].Id, golds[i].Claims, golds[i].Entities, outcomes[i].Claims, outcomes[i].Entities);
            results.Add((golds[i], new TestimonyResult(outcomes[i].Testimony!, outcomes[i].Entities, outcomes[i].Claims, outcomes[i].Words)));
        }

        stopwatch.Stop();
        var report = new EvaluationReport(
            corpus.CorpusDirectory,
            split.ToWire(),
            transcripts,
            tokens,
            words,
            stopwatch.Elapsed,
            [scorer.Build(), claimScorer.Build()])
        {
            Sentences = sentences.ToWire(),
        };
        return new EvaluationResult(report, failures.ToImmutable(), results.ToImmutable());
    }

    private Outcome Run(GoldCorpus corpus, GoldTestimony gold, SentenceSource sentences, CancellationToken cancellationToken)
    {
        var read = corpus.ReadTranscript(gold);
        if (!read.TryGetTestimony(out var testimony))
        {
            return new Outcome(null, [], [], 0, 0, read.Error);
        }

        if (!string.Equals(testimony.ContentSha256, gold.ContentSha256, StringComparison.Ordinal))
        {
            return new Outcome(null, [], [], 0, 0, new IngestError(
                gold.Source,
                null,
                string.Create(CultureInfo.InvariantCulture, $"{gold.Id}: transcript does not match its annotation (run 'testimony corpus build')")));
        }

        // Only the mentions, claims and counts are kept, so a large split does not hold every document's tokens at once.
        var document = _pipeline.Run(testimony, cancellationToken);
        if (sentences == SentenceSource.Gold)
        {
            document.Claims.Clear();
            Builder.Build(document, SentenceSources.GoldAssessments(document, gold.Claims), document.Claims);
        }

        return new Outcome(testimony, [.. document.Entities], [.. document.Claims], document.Tokens.Count, document.WordCount, null);
    }

    private readonly record struct Outcome(
        Testimony? Testimony,
        IReadOnlyList<EntityMention> Entities,
        IReadOnlyList<Claim> Claims,
        int Tokens,
        int Words,
        IngestError? Error);

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Transcripts processed in parallel when not told.</summary>
        public const int Threads = 4;
    }
}
