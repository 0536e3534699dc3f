using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// Runs the pipeline on every gold transcript of a split and scores its geocoding with
/// <see cref="GeocodingScorer"/>. Transcripts that cannot be read or no longer match their annotation are left out
/// (<see cref="EntityEvaluator"/> reports them).
/// </summary>
public sealed class GeocodingEvaluator
{
    private readonly TestimonyPipeline _pipeline;
    private readonly PlaceGazetteer _gazetteer;

    /// <summary>Creates an evaluator for <paramref name="pipeline"/>, with gold locations from
    /// <paramref name="gazetteer"/>.</summary>
    public GeocodingEvaluator(TestimonyPipeline pipeline, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _pipeline = pipeline;
        _gazetteer = gazetteer;
    }

    /// <summary>Scores the transcripts of <paramref name="split"/>, <paramref name="threads"/> at a time; the result
    /// does not depend on the number of threads (testimonies are scored in id order).</summary>
    public GeocodingScores Evaluate(
        GoldCorpus corpus,
        CorpusSplit split,
        int threads = EntityEvaluator.Defaults.Threads,
        int maxErrors = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var golds = corpus.InSplit(split).ToArray();
        var predicted = new IReadOnlyList<EntityMention>?[golds.Length];
        Parallel.For(
            0,
            golds.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            i => predicted[i] = Run(corpus, golds[i], cancellationToken));

        var scorer = new GeocodingScorer(_gazetteer, maxErrors);
        for (var i = 0; i < golds.Length; i++)
        {
            if (predicted[i] is { } entities)
            {
                scorer.Add(golds[i].Id, golds[i].Entities, entities);
            }
        }

        return scorer.Build();
    }

    private EntityMention[]? Run(GoldCorpus corpus, GoldTestimony gold, CancellationToken cancellationToken)
    {
        var read = corpus.ReadTranscript(gold);
        if (!read.TryGetTestimony(out var testimony)
            || !string.Equals(testimony.ContentSha256, gold.ContentSha256, StringComparison.Ordinal))
        {
            return null;
        }

        return [.. _pipeline.Run(testimony, cancellationToken).Entities];
    }
}
