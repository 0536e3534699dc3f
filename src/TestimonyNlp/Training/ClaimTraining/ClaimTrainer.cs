using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training;

/// <summary>
/// Trains the claim classifiers (harm, basis) with ML.NET on the train split of the gold corpus, scores every
/// candidate trainer on dev and keeps the best for each task. Single-threaded trainers and a fixed seed make the
/// weights reproducible; the split hash in the model file ties it to its corpus.
/// </summary>
public sealed class ClaimTrainer
{
    private const int NegationSlot = 10;
    private const int IrrealisSlot = 11;

    private static readonly DateTimeOffset FixedEntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ClaimTrainingOptions _options;

    /// <summary>Creates a trainer with <paramref name="options"/>.</summary>
    public ClaimTrainer(ClaimTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Candidates.Count == 0)
        {
            throw new ArgumentException("at least one candidate is needed", nameof(options));
        }

        _options = options;
    }

    /// <summary>
    /// Trains on <paramref name="corpusDirectory"/>, building each document with <paramref name="pipeline"/> (the
    /// default pipeline, so that the entity features are those seen at run time). <paramref name="progress"/>
    /// receives each candidate's dev scores. Returns null when the train split is too small to train on: every harm
    /// needs sentences with and without it, and the basis at least two values.
    /// </summary>
    public ClaimTrainingResult? Train(
        string corpusDirectory,
        TestimonyPipeline pipeline,
        Action<ClaimCandidateScores>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(pipeline);
        var corpus = GoldCorpus.Load(corpusDirectory);
        var splitHash = TaggerTrainingSplitHash.Compute(corpusDirectory);
        var failed = ImmutableArray.CreateBuilder<string>();
        var train = Rows(corpus, CorpusSplit.Train, pipeline, failed, cancellationToken);
        var dev = Rows(corpus, CorpusSplit.Dev, pipeline, failed, cancellationToken);

        if (!Trainable(train))
        {
            return null;
        }

        var ml = new MLContext(ClaimClassifier.Defaults.Seed);
        var trainData = ml.Data.LoadFromEnumerable(train);
        var trainBasisData = ml.Data.LoadFromEnumerable(train.Where(r => r.Basis.Length > 0).ToList());
        var devData = ml.Data.LoadFromEnumerable(dev);
        var scores = ImmutableArray.CreateBuilder<ClaimCandidateScores>();
        var harmModels = new List<byte[]>();
        var basisModels = new List<byte[]>();
        foreach (var candidate in _options.Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var harm = HarmPipeline(ml, candidate).Fit(trainData);
            var basis = BasisPipeline(ml, candidate).Fit(trainBasisData);
            var score = Score(ml, candidate, harm, basis, devData, dev);
            scores.Add(score);
            progress?.Invoke(score);
            harmModels.Add(Save(ml, harm, trainData.Schema));
            basisModels.Add(Save(ml, basis, trainData.Schema));
        }

        var harmBest = ArgMax(scores, s => s.HarmMacroF1);
        var basisBest = ArgMax(scores, s => s.BasisAccuracy);
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"harm={scores[harmBest].Candidate}; basis={scores[basisBest].Candidate}; n-grams: words 1-2, characters 3");
        var classifier = ClaimClassifier.Create(harmModels[harmBest], basisModels[basisBest], splitHash, scores[harmBest].Threshold, description);
        return new ClaimTrainingResult(
            classifier,
            scores.ToImmutable(),
            scores[harmBest].Candidate,
            scores[basisBest].Candidate,
            train.Count,
            train.Count(r => r.Basis.Length > 0),
            dev.Count,
            failed.ToImmutable());
    }

    /// <summary>The training rows of one split: the sentences that can assert harm, with their gold labels.</summary>
    internal static List<ClaimSentenceRow> Rows(
        GoldCorpus corpus,
        CorpusSplit split,
        TestimonyPipeline pipeline,
        ImmutableArray<string>.Builder failed,
        CancellationToken cancellationToken)
    {
        var rows = new List<ClaimSentenceRow>();
        var indices = new List<int>();
        foreach (var gold in corpus.InSplit(split))
        {
            var outcome = corpus.ReadTranscript(gold);
            if (outcome.Testimony is null)
            {
                failed.Add(gold.Id);
                continue;
            }

            var document = pipeline.Run(outcome.Testimony, cancellationToken);
            var labels = ClaimLabeler.Derive(document, gold.Claims);
            var first = rows.Count;
            indices.Clear();
            ClaimClassifier.Rows(document, rows, indices);
            for (var k = 0; k < indices.Count; k++)
            {
                var label = labels[indices[k]];
                rows[first + k].Harms = label.Harms;
                rows[first + k].Basis = label.Harms != HarmSet.None && label.Basis is { } basis ? BasisLabels.Basis(basis) : string.Empty;
            }
        }

        return rows;
    }

    /// <summary>True when every harm has positive and negative rows and the basis has two values or more.</summary>
    internal static bool Trainable(List<ClaimSentenceRow> rows)
    {
        foreach (var harm in Enum.GetValues<Harm>())
        {
            var positives = rows.Count(r => r.Harms.Contains(harm));
            if (positives == 0 || positives == rows.Count)
            {
                return false;
            }
        }

        return rows.Where(r => r.Basis.Length > 0).Select(r => r.Basis).Distinct(StringComparer.Ordinal).Count() >= 2;
    }

    private static IEstimator<ITransformer> Features(MLContext ml, ClaimCandidate candidate)
    {
        IEstimator<ITransformer> features = ml.Transforms.Text.FeaturizeText(
            "TextFeatures",
            new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = true,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            },
            nameof(ClaimSentenceRow.Text));
        List<string> columns = ["TextFeatures"];
        if (candidate.Context)
        {
            features = features.Append(ml.Transforms.Text.FeaturizeText(
                "ContextFeatures",
                new TextFeaturizingEstimator.Options
                {
                    CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                    KeepDiacritics = false,
                    KeepPunctuations = false,
                    KeepNumbers = true,
                    WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
                    CharFeatureExtractor = null,
                    Norm = TextFeaturizingEstimator.NormFunction.L2,
                },
                nameof(ClaimSentenceRow.Context)));
            columns.Add("ContextFeatures");
        }

        if (candidate.HandFeatures)
        {
            columns.Add(nameof(ClaimSentenceRow.Hand));
        }

        return features.Append(ml.Transforms.Concatenate("Features", [.. columns]));
    }

    private static IEstimator<ITransformer> HarmPipeline(MLContext ml, ClaimCandidate candidate)
    {
        var pipeline = Features(ml, candidate);
        foreach (var column in ClaimSentenceRow.HarmColumns)
        {
            // Each binary trainer writes Score, PredictedLabel and Probability; the copy keeps this harm's
            // probability once the next trainer hides those columns.
            pipeline = pipeline
                .Append(BinaryTrainer(ml, candidate.Trainer, column))
                .Append(ml.Transforms.CopyColumns(column + "Probability", "Probability"));
        }

        return pipeline;
    }

    private static IEstimator<ITransformer> BasisPipeline(MLContext ml, ClaimCandidate candidate) =>
        Features(ml, candidate)
            .Append(ml.Transforms.Conversion.MapValueToKey("Label", nameof(ClaimSentenceRow.Basis)))
            .Append(MulticlassTrainer(ml, candidate.Trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(BasisPrediction.PredictedBasis), "PredictedLabel"));

    private static IEstimator<ITransformer> BinaryTrainer(MLContext ml, ClaimTrainerKind kind, string label) => kind switch
    {
        ClaimTrainerKind.Sdca => ml.BinaryClassification.Trainers.SdcaLogisticRegression(
            new SdcaLogisticRegressionBinaryTrainer.Options { LabelColumnName = label, NumberOfThreads = 1 }),
        ClaimTrainerKind.Lbfgs => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
            new LbfgsLogisticRegressionBinaryTrainer.Options { LabelColumnName = label, NumberOfThreads = 1 }),
        ClaimTrainerKind.AveragedPerceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(
                new AveragedPerceptronTrainer.Options { LabelColumnName = label, NumberOfIterations = ClaimTrainingOptions.Defaults.PerceptronIterations })
            .Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: label)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static IEstimator<ITransformer> MulticlassTrainer(MLContext ml, ClaimTrainerKind kind) => kind switch
    {
        ClaimTrainerKind.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
        ClaimTrainerKind.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
        ClaimTrainerKind.AveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(
                new AveragedPerceptronTrainer.Options { NumberOfIterations = ClaimTrainingOptions.Defaults.PerceptronIterations })),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ClaimCandidateScores Score(
        MLContext ml,
        ClaimCandidate candidate,
        ITransformer harm,
        ITransformer basis,
        IDataView devData,
        List<ClaimSentenceRow> dev)
    {
        var probabilities = ml.Data.CreateEnumerable<HarmPrediction>(harm.Transform(devData), reuseRowObject: false).ToList();
        var bases = ml.Data.CreateEnumerable<BasisPrediction>(basis.Transform(devData), reuseRowObject: false)
            .Select(p => p.PredictedBasis).ToList();
        var gold = dev.Select(r => r.Harms).ToList();
        var threshold = ClaimTrainingOptions.Defaults.Thresholds[0];
        var macroF1 = double.NegativeInfinity;
        List<HarmSet> harms = [];
        foreach (var candidateThreshold in ClaimTrainingOptions.Defaults.Thresholds)
        {
            var decided = probabilities.Select(p => p.Decide(candidateThreshold).Harms).ToList();
            var f1 = HarmMacroF1(gold, decided);
            if (f1 > macroF1)
            {
                (threshold, macroF1, harms) = (candidateThreshold, f1, decided);
            }
        }

        return new ClaimCandidateScores(
            candidate,
            macroF1,
            threshold,
            BasisAccuracy(dev, bases),
            NegationAccuracy(dev, gold, harms, out var negated),
            negated);
    }

    /// <summary>Sentence-level F1 per harm, averaged over the harms present in gold or predictions.</summary>
    internal static double HarmMacroF1(IReadOnlyList<HarmSet> gold, IReadOnlyList<HarmSet> predicted)
    {
        var sum = 0.0;
        var harms = 0;
        foreach (var harm in Enum.GetValues<Harm>())
        {
            int truePositives = 0, goldCount = 0, predictedCount = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var inGold = gold[i].Contains(harm);
                var inPrediction = predicted[i].Contains(harm);
                goldCount += inGold ? 1 : 0;
                predictedCount += inPrediction ? 1 : 0;
                truePositives += inGold && inPrediction ? 1 : 0;
            }

            if (goldCount + predictedCount == 0)
            {
                continue;
            }

            sum += 2.0 * truePositives / (goldCount + predictedCount);
            harms++;
        }

        return harms == 0 ? 0 : sum / harms;
    }

    private static double BasisAccuracy(List<ClaimSentenceRow> dev, List<string> predicted)
    {
        int total = 0, right = 0;
        for (var i = 0; i < dev.Count; i++)
        {
            if (dev[i].Basis.Length == 0)
            {
                continue;
            }

            total++;
            right += string.Equals(dev[i].Basis, predicted[i], StringComparison.Ordinal) ? 1 : 0;
        }

        return total == 0 ? 0 : (double)right / total;
    }

    private static double NegationAccuracy(List<ClaimSentenceRow> dev, List<HarmSet> gold, List<HarmSet> predicted, out int total)
    {
        total = 0;
        var right = 0;
        for (var i = 0; i < dev.Count; i++)
        {
            if (dev[i].Hand[NegationSlot] == 0 && dev[i].Hand[IrrealisSlot] == 0)
            {
                continue;
            }

            total++;
            right += (gold[i] == HarmSet.None) == (predicted[i] == HarmSet.None) ? 1 : 0;
        }

        return total == 0 ? 0 : (double)right / total;
    }

    private static byte[] Save(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, schema, saved);

        // ML.NET stamps each zip entry with the time of saving; rewriting the entries with a fixed time makes the
        // same training give the same bytes.
        saved.Position = 0;
        using var normalized = new MemoryStream();
        using (var source = new ZipArchive(saved, ZipArchiveMode.Read))
        using (var target = new ZipArchive(normalized, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedEntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return normalized.ToArray();
    }

    private static int ArgMax(ImmutableArray<ClaimCandidateScores>.Builder scores, Func<ClaimCandidateScores, double> key)
    {
        var best = 0;
        for (var i = 1; i < scores.Count; i++)
        {
            if (key(scores[i]) > key(scores[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
