using System.Collections.Immutable;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Training;

/// <summary>
/// Trains the averaged-perceptron tagger on the train split of the gold corpus, keeps the epoch with the best dev
/// F1 and calibrates confidences on dev. Single-threaded and deterministic: the same corpus, spotters and seed give
/// the same model bytes.
/// </summary>
public sealed class TaggerTrainer
{
    private readonly TaggerTrainingOptions _options;

    /// <summary>Creates a trainer with <paramref name="options"/>.</summary>
    public TaggerTrainer(TaggerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Bits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Bits, 24);
        _options = options;
    }

    /// <summary>
    /// Trains on <paramref name="corpusDirectory"/>. <paramref name="spotters"/> are the stages run after the text
    /// stage to build each document (the place and lexicon spotters); <paramref name="names"/> feeds the given-name
    /// features. <paramref name="progress"/> receives each epoch's dev scores.
    /// </summary>
    public TaggerTrainingResult Train(
        string corpusDirectory,
        IReadOnlyList<IPipelineStage> spotters,
        GivenNameLexicon? names,
        Action<EpochScores>? progress = null,
        CancellationToken cancellationToken = default) =>
        Train(corpusDirectory, ReviewedData.None, spotters, names, progress, cancellationToken);

    /// <summary>
    /// Trains on <paramref name="corpusDirectory"/>'s train split joined by <paramref name="reviewed"/> (prepared
    /// against the same corpus): each reviewed testimony adds the sentences <see cref="ReviewedData"/> says it
    /// teaches, with its accepted and corrected entities as gold, visited <see cref="ReviewedData.Weight"/> times per
    /// epoch. With <see cref="ReviewedData.None"/> the model is byte for byte the corpus-only one.
    /// </summary>
    public TaggerTrainingResult Train(
        string corpusDirectory,
        ReviewedData reviewed,
        IReadOnlyList<IPipelineStage> spotters,
        GivenNameLexicon? names,
        Action<EpochScores>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(spotters);
        var corpus = GoldCorpus.Load(corpusDirectory);
        var splitHash = TaggerTrainingSplitHash.Compute(corpusDirectory);
        var stages = new List<IPipelineStage> { new Text.TextStage() };
        stages.AddRange(spotters);
        var pipeline = new TestimonyPipeline(stages);
        var failed = ImmutableArray.CreateBuilder<string>();

        var train = new TrainingSet(_options.Bits);
        var trainDocuments = 0;
        foreach (var gold in corpus.InSplit(CorpusSplit.Train))
        {
            var document = Build(corpus, gold, pipeline, failed, cancellationToken);
            if (document is not null)
            {
                train.Add(document, gold.Entities, names);
                trainDocuments++;
            }
        }

        var corpusTokens = train.TokenCount;
        var reviewedTestimonies = 0;
        var reviewedSentences = 0;
        foreach (var (testimony, document) in reviewed.AcceptedDocuments(pipeline, failed, cancellationToken))
        {
            var keep = ReviewedData.TaughtSentences(document, testimony.ReviewedEntitySpans, testimony.UnreviewedEntitySpans);
            var added = train.Add(document, testimony.TaughtEntities, names, keep, reviewed.Weight);
            reviewedTestimonies += added > 0 ? 1 : 0;
            reviewedSentences += added;
        }

        var dev = new List<(Document Document, ImmutableArray<GoldEntity> Gold)>();
        foreach (var gold in corpus.InSplit(CorpusSplit.Dev))
        {
            var document = Build(corpus, gold, pipeline, failed, cancellationToken);
            if (document is not null)
            {
                dev.Add((document, gold.Entities));
            }
        }

        var bucketCount = 1 << _options.Bits;
        var weights = new float[bucketCount * TaggerModel.Stride];
        var totals = new double[weights.Length];
        var stamps = new int[weights.Length];
        var clock = 0;
        var order = train.Visits();
        var random = new Random(_options.Seed);
        var epochs = ImmutableArray.CreateBuilder<EpochScores>();
        TaggerModel? best = null;
        var bestScore = double.NegativeInfinity;
        List<(float Margin, bool Correct)> bestSpans = [];
        Span<int> buckets = stackalloc int[TaggerFeatures.MaxStatic + TaggerFeatures.DynamicCount];
        Span<float> scores = stackalloc float[TaggerModel.Stride];

        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var s in order)
            {
                var (firstToken, count) = train.Sentence(s);
                byte previous = BilouTags.Outside, beforePrevious = BilouTags.Outside;
                for (var t = firstToken; t < firstToken + count; t++)
                {
                    var n = train.StaticBuckets(t, buckets);
                    n += TaggerFeatures.Dynamic(train.Lower[t], train.Shape[t], previous, beforePrevious, _options.Bits, buckets[n..]);
                    var features = buckets[..n];
                    AveragedPerceptronTagger.Score(weights, features, scores);
                    var guess = AveragedPerceptronTagger.BestAny(scores);
                    var truth = train.Tags[t];
                    clock++;
                    if (guess != truth)
                    {
                        mistakes++;
                        foreach (var bucket in features)
                        {
                            var row = bucket * TaggerModel.Stride;
                            Update(weights, totals, stamps, row + truth, 1f, clock);
                            Update(weights, totals, stamps, row + guess, -1f, clock);
                        }
                    }

                    beforePrevious = previous;
                    previous = guess;
                }
            }

            var averaged = new float[weights.Length];
            for (var j = 0; j < weights.Length; j++)
            {
                averaged[j] = weights[j] == 0 && totals[j] == 0 ? 0 : (float)((totals[j] + ((double)(clock - stamps[j]) * weights[j])) / Math.Max(clock, 1));
            }

            var settings = new TaggerSettings(_options.Bits, _options.Epochs, epoch, _options.Seed);
            var model = new TaggerModel(averaged, settings, splitHash, PlattScaling.Uncalibrated).Rounded();
            var spans = new List<(float Margin, bool Correct)>();
            var scored = new EpochScores(epoch, Evaluate(model, names, dev, spans), mistakes);
            epochs.Add(scored);
            progress?.Invoke(scored);
            // On a tie the later epoch wins: it has seen the training data more often.
            if (scored.MacroF1 >= bestScore)
            {
                bestScore = scored.MacroF1;
                best = model;
                bestSpans = spans;
            }
        }

        var calibration = PlattCalibration.Fit(bestSpans);
        var final = new TaggerModel(best!.Weights, best.Settings, splitHash, calibration);
        return new TaggerTrainingResult(final, epochs.ToImmutable(), trainDocuments, corpusTokens, train.SkippedSpans, train.OutsideSentences, failed.ToImmutable())
        {
            Reviewed = new ReviewedTaught(reviewedTestimonies, reviewedSentences, train.TokenCount - corpusTokens, reviewed.Weight),
        };
    }

    /// <summary>
    /// Scores <paramref name="model"/> on <paramref name="documents"/> (already through the text stage and spotters):
    /// exact-span precision, recall and F1 per type, over the gold spans that start inside a sentence; <paramref name="spans"/> receives each predicted span's margin
    /// and whether it was right.
    /// </summary>
    public static ImmutableArray<TypeScore> Evaluate(
        TaggerModel model,
        GivenNameLexicon? names,
        IReadOnlyList<(Document Document, ImmutableArray<GoldEntity> Gold)> documents,
        List<(float Margin, bool Correct)>? spans = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var tagger = new AveragedPerceptronTagger(model, names);
        var gold = new int[BilouTags.TypeCount];
        var predicted = new int[BilouTags.TypeCount];
        var correct = new int[BilouTags.TypeCount];
        var found = new List<TaggedSpan>();
        foreach (var (document, entities) in documents)
        {
            var expected = new HashSet<(int, int, EntityType)>();
            foreach (var entity in entities)
            {
                // Header values lie outside the sentences the tagger reads; they are not its to find.
                if (!InSentence(document, entity.Start))
                {
                    continue;
                }

                gold[(int)entity.Type]++;
                expected.Add((entity.Start, entity.End, entity.Type));
            }

            found.Clear();
            tagger.Tag(document, found);
            foreach (var span in found)
            {
                predicted[(int)span.Type]++;
                var right = expected.Remove((span.Start, span.End, span.Type));
                if (right)
                {
                    correct[(int)span.Type]++;
                }

                spans?.Add((span.Margin, right));
            }
        }

        return [.. Enum.GetValues<EntityType>().Select(t => new TypeScore(t, gold[(int)t], predicted[(int)t], correct[(int)t]))];
    }

    /// <summary>Reads a gold transcript and runs <paramref name="pipeline"/> on it; null (and the id in
    /// <paramref name="failed"/>) when it cannot be read.</summary>
    public static Document? Build(
        GoldCorpus corpus,
        GoldTestimony gold,
        TestimonyPipeline pipeline,
        ImmutableArray<string>.Builder failed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(failed);
        if (!corpus.ReadTranscript(gold).TryGetTestimony(out var testimony))
        {
            failed.Add(gold.Id);
            return null;
        }

        return pipeline.Run(testimony, cancellationToken);
    }

    private static bool InSentence(Document document, int offset)
    {
        foreach (var sentence in document.Sentences)
        {
            if (offset >= sentence.Start && offset < sentence.End)
            {
                return true;
            }
        }

        return false;
    }

    private static void Update(float[] weights, double[] totals, int[] stamps, int index, float delta, int clock)
    {
        totals[index] += (double)(clock - stamps[index]) * weights[index];
        stamps[index] = clock;
        weights[index] += delta;
    }
}
