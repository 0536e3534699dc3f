using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;
using TestimonyNlp.Training.Reviewed;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Training;

/// <summary>
/// Trains the claim classifiers with ML.NET on the train split of the gold corpus: one binary model per harm and
/// per basis over the features of <see cref="ClaimFeaturizer"/>, for every candidate trainer; scores each on the
/// claims the builder makes of dev, keeps the best for harm and for basis with harm thresholds chosen on dev, and
/// fits the kept candidates again on train and dev together. Single-threaded trainers and a fixed seed make the weights reproducible; the split hash in the model file
/// ties it to its corpus.
/// </summary>
public sealed class ClaimTrainer
{
    private const int NegationSlot = 10;
    private const int IrrealisSlot = 11;

    // Testimony numbers of the rows, unique across the splits and the reviewed sets (see ClaimFeatureRow.Testimony).
    private const int SplitTestimonies = 1_000_000;
    private const int ReviewedTestimonies = 3 * SplitTestimonies;

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
    /// needs sentences with and without it, and every basis some sentences.
    /// </summary>
    public ClaimTrainingResult? Train(
        string corpusDirectory,
        TestimonyPipeline pipeline,
        Action<ClaimCandidateScores>? progress = null,
        CancellationToken cancellationToken = default) =>
        Train(corpusDirectory, ReviewedData.None, pipeline, progress, cancellationToken);

    /// <summary>
    /// Trains on <paramref name="corpusDirectory"/>'s train split joined by <paramref name="reviewed"/> (prepared
    /// against the same corpus): each reviewed testimony adds a row per sentence <see cref="ReviewedData"/> says it
    /// teaches, labelled by its accepted and corrected claims, repeated <see cref="ReviewedData.Weight"/> times (every
    /// candidate trainer then weighs it so, the averaged perceptron included, which takes no weight column). Dev
    /// stays the corpus's. With <see cref="ReviewedData.None"/> the model is byte for byte the corpus-only one.
    /// </summary>
    public ClaimTrainingResult? Train(
        string corpusDirectory,
        ReviewedData reviewed,
        TestimonyPipeline pipeline,
        Action<ClaimCandidateScores>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(pipeline);
        var corpus = GoldCorpus.Load(corpusDirectory);
        var splitHash = TaggerTrainingSplitHash.Compute(corpusDirectory);
        var failed = ImmutableArray.CreateBuilder<string>();
        var trainDocuments = new List<DevDocument>();
        var train = Rows(corpus, CorpusSplit.Train, pipeline, failed, cancellationToken, trainDocuments, _options.VectorFeatures);
        var corpusRows = train.Count;
        var corpusHarmRows = train.Count(r => r.Basis is not null);
        var (reviewedRows, reviewedTestimonies) = ReviewedRows(reviewed, pipeline, failed, cancellationToken, _options.VectorFeatures);
        for (var w = 0; w < reviewed.Weight && reviewedRows.Count > 0; w++)
        {
            train.AddRange(reviewedRows);
        }

        var taught = new ReviewedTaught(reviewedTestimonies, reviewedRows.Count, reviewedRows.Count(r => r.Basis is not null), reviewed.Weight);
        var devDocuments = new List<DevDocument>();
        var dev = Rows(corpus, CorpusSplit.Dev, pipeline, failed, cancellationToken, devDocuments, _options.VectorFeatures);
        if (!Trainable(train))
        {
            return null;
        }

        // A reviewed testimony repeated for its weight counts that many times towards the cut-off, as it does in
        // training.
        var fitRows = Prune(train, _options.MinTestimonies);
        var ml = new MLContext(ClaimClassifier.Defaults.Seed);

        // Cross-validation over the train transcripts chooses the harm candidate, its common threshold and the basis
        // candidate: dev's few dozen transcripts cannot tell a few claims from noise (it chose the ensemble, whose
        // detention claims were 0.055 worse under cross-validation). Reviewed rows belong to no fold and train every
        // fold. With too few transcripts for the folds, dev chooses as before.
        var heldOut = _options.Folds >= 2
            ? ClaimCrossValidator.HeldOut(ml, _options, train, trainDocuments, _options.Folds, cancellationToken)
            : null;
        var scores = ImmutableArray.CreateBuilder<ClaimCandidateScores>();
        var trained = new List<TrainedCandidate>();
        var fitted = new List<(IReadOnlyList<float>[] Weights, LinearOutput[] Outputs)>();
        foreach (var candidate in _options.Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            fitted.Add(FitCandidate(ml, candidate, fitRows));
        }

        if (fitted.Count > 1)
        {
            // The mean of the candidates' log-odds is itself one linear model: an ensemble that costs no more to run.
            fitted.Add(Ensemble(fitted));
        }

        for (var i = 0; i < fitted.Count; i++)
        {
            var candidate = i < _options.Candidates.Count ? _options.Candidates[i] : new ClaimCandidate(ClaimTrainerKind.Ensemble, 0f, 0f);
            var probabilities = DevProbabilities(fitted[i].Weights, fitted[i].Outputs, dev);
            float[] thresholds;
            ClaimFoldScores? folds = null;
            if (heldOut is not null)
            {
                thresholds = ClaimCrossValidator.Thresholds(trainDocuments, heldOut[i], perHarm: false);
                folds = ClaimFoldScores.Of(_options.Folds, Claims(trainDocuments, heldOut[i], thresholds));
            }
            else
            {
                thresholds = DevThresholds(devDocuments, probabilities);
            }

            var score = Score(candidate, dev, devDocuments, probabilities, thresholds) with { CrossValidated = folds };
            scores.Add(score);
            progress?.Invoke(score);
            trained.Add(new TrainedCandidate(fitted[i].Weights, fitted[i].Outputs, thresholds, probabilities));
        }

        // Harm: the candidate whose held-out claims have the best harm macro-F1 (on dev without folds). Basis: the
        // candidate whose basis, joined to the kept harm models, gives held-out claims the right basis most often.
        var harmBest = Choose([.. scores.Select(s => s.CrossValidated?.HarmMacroF1 ?? s.HarmMacroF1)], _options.ChoiceMargin);
        var basisShares = trained.Select(t => BasisShare(devDocuments, Join(trained[harmBest].Probabilities, t.Probabilities), trained[harmBest].Thresholds)).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            scores[i] = scores[i] with { BasisAccuracy = basisShares[i] };
            if (heldOut is not null && scores[i].CrossValidated is { } folds)
            {
                var share = BasisShare(trainDocuments, Join(heldOut[harmBest], heldOut[i]), trained[harmBest].Thresholds);
                scores[i] = scores[i] with { CrossValidated = folds with { BasisAccuracy = share } };
            }
        }

        var basisBest = Choose([.. scores.Select(s => s.CrossValidated?.BasisAccuracy ?? s.BasisAccuracy)], _options.ChoiceMargin);

        // The claim-level basis model learns from the out-of-fold sentence probabilities, as it will see them on new
        // transcripts; without folds there are none, and the sentence votes decide.
        var claimBasis = heldOut is null ? null : ClaimBasisTrainer.Train(
            ml,
            trainDocuments,
            Join(heldOut[harmBest], heldOut[basisBest]),
            trained[harmBest].Thresholds,
            _options.Folds,
            devDocuments,
            Join(trained[harmBest].Probabilities, trained[basisBest].Probabilities),
            splitHash,
            cancellationToken);

        // The kept candidates are fitted again on train and dev together: the folds have chosen them and their
        // thresholds, and a sixth more examples is worth more to the final model than a second look at dev (the test split
        // stays unread either way).
        var all = Prune([.. train, .. dev], _options.MinTestimonies);
        var refits = new Dictionary<ClaimCandidate, (IReadOnlyList<float>[] Weights, LinearOutput[] Outputs)>();
        var harmFinal = Refit(ml, scores[harmBest].Candidate, all, refits, cancellationToken);
        var basisFinal = Refit(ml, scores[basisBest].Candidate, all, refits, cancellationToken);
        var keptWeights = new IReadOnlyList<float>[ClaimClassifier.Outputs];
        var keptOutputs = new LinearOutput[ClaimClassifier.Outputs];
        for (var o = 0; o < ClaimClassifier.Outputs; o++)
        {
            var from = o < ClaimClassifier.HarmCount ? harmFinal : basisFinal;
            keptWeights[o] = from.Weights[o];
            keptOutputs[o] = from.Outputs[o];
        }

        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"harm={scores[harmBest].Candidate}; basis={scores[basisBest].Candidate}; features: hashed words, word pairs, stems, lemmas, negation and irrealis scopes, cue groups (words and phrases) with their subject's person, turn context and question (2^{ClaimFeaturizer.Bits}, kept when in {_options.MinTestimonies}+ testimonies), {SentenceFeatures.Count} hand-made");
        if (_options.VectorFeatures.Vectors is { } vectors && _options.VectorFeatures.Scale != 0f)
        {
            description += string.Create(
                CultureInfo.InvariantCulture,
                $"; the sentence's mean word vector ({vectors.Dimensions} dimensions, vocabulary {vectors.VocabularyHash[..12]}) times {_options.VectorFeatures.Scale:0.###}");
        }
        if (!reviewed.IsEmpty)
        {
            description += string.Create(
                CultureInfo.InvariantCulture,
                $"; reviewed: {string.Join(", ", reviewed.Sets.Select(r => $"{r.Name} sha256 {r.Sha256[..12]}"))}, {taught.Testimonies} testimonies, {taught.Sentences} sentences, weight {taught.Weight}");
        }

        var classifier = ClaimClassifier.Create(keptWeights, keptOutputs, trained[harmBest].Thresholds, splitHash, description, _options.VectorFeatures.Vectors, _options.VectorFeatures.Scale);
        return new ClaimTrainingResult(
            classifier,
            scores.ToImmutable(),
            scores[harmBest].Candidate,
            scores[basisBest].Candidate,
            corpusRows,
            corpusHarmRows,
            dev.Count,
            failed.ToImmutable())
        {
            Reviewed = taught,
            ClaimBasis = claimBasis,
        };
    }

    /// <summary>The feature rows the reviewed testimonies teach (once each), and how many testimonies gave any.</summary>
    internal static (List<ClaimFeatureRow> Rows, int Testimonies) ReviewedRows(
        ReviewedData reviewed,
        TestimonyPipeline pipeline,
        ImmutableArray<string>.Builder failed,
        CancellationToken cancellationToken,
        (WordVectors? Vectors, float Scale) vectors = default)
    {
        var rows = new List<ClaimFeatureRow>();
        var testimonies = 0;
        var featurizer = new ClaimFeaturizer();
        var buckets = new List<int>();
        var hand = new float[ClaimFeaturizer.DenseCount];
        foreach (var (testimony, document) in reviewed.AcceptedDocuments(pipeline, failed, cancellationToken))
        {
            var keep = ReviewedData.TaughtSentences(document, testimony.ReviewedClaimSpans, testimony.UnreviewedClaimSpans);
            var before = rows.Count;
            AppendRows(document, ReviewedTestimonies + testimonies, testimony.TaughtClaims, keep, rows, featurizer, buckets, hand, vectors);
            testimonies += rows.Count > before ? 1 : 0;
        }

        return (rows, testimonies);
    }

    /// <summary>The feature rows of one split: the sentences that can assert harm, with their gold labels.</summary>
    internal static List<ClaimFeatureRow> Rows(
        GoldCorpus corpus,
        CorpusSplit split,
        TestimonyPipeline pipeline,
        ImmutableArray<string>.Builder failed,
        CancellationToken cancellationToken,
        List<DevDocument>? documents = null,
        (WordVectors? Vectors, float Scale) vectors = default)
    {
        var rows = new List<ClaimFeatureRow>();
        var featurizer = new ClaimFeaturizer();
        var buckets = new List<int>();
        var hand = new float[ClaimFeaturizer.DenseCount];
        var documentNumber = 0;
        foreach (var gold in corpus.InSplit(split))
        {
            var outcome = corpus.ReadTranscript(gold);
            if (outcome.Testimony is null)
            {
                failed.Add(gold.Id);
                continue;
            }

            var document = pipeline.Run(outcome.Testimony, cancellationToken);
            var rowOfSentence = AppendRows(document, SplitTestimonies * (int)split + documentNumber++, gold.Claims, null, rows, featurizer, buckets, hand, vectors);
            documents?.Add(new DevDocument(gold, document, rowOfSentence));
        }

        return rows;
    }

    /// <summary>
    /// Appends a row per sentence of <paramref name="document"/> that can assert harm (and that
    /// <paramref name="keep"/> keeps, when given), labelled by <paramref name="claims"/>; returns each sentence's row
    /// (-1 for none).
    /// </summary>
    private static int[] AppendRows(
        Document document,
        int testimony,
        ImmutableArray<GoldClaim> claims,
        bool[]? keep,
        List<ClaimFeatureRow> rows,
        ClaimFeaturizer featurizer,
        List<int> buckets,
        float[] hand,
        (WordVectors? Vectors, float Scale) vectors)
    {
        // Harm models learn from the sentences that name the harm, and leave out the other sentences of its evidence
        // (neither asserting it nor not); basis models learn from every evidence sentence.
        var labels = ClaimLabeler.Derive(document, claims);
        var harmLabels = ClaimLabeler.DeriveCore(document, claims);
        featurizer.Load(document, vectors.Vectors, vectors.Scale);
        var rowOfSentence = new int[document.Sentences.Count];
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            rowOfSentence[s] = -1;
            if (!ClaimClassifier.CanAssert(document.RoleOf(document.Sentences[s])) || (keep is not null && !keep[s]))
            {
                continue;
            }

            rowOfSentence[s] = rows.Count;
            buckets.Clear();
            featurizer.Extract(s, buckets, hand);
            var label = labels[s];
            rows.Add(ClaimFeatureRow.Create(
                CollectionsMarshal.AsSpan(buckets),
                hand,
                harmLabels[s].Harms,
                label.Harms != HarmSet.None ? label.Basis : null,
                hand[NegationSlot] > 0f || hand[IrrealisSlot] > 0f) with { Testimony = testimony, Unlabelled = label.Harms & ~harmLabels[s].Harms });
        }

        return rowOfSentence;
    }

    /// <summary>
    /// The rows without the hashed features that occur in fewer than <paramref name="minTestimonies"/> testimonies
    /// of <paramref name="rows"/> (the hand-made features stay): a word one witness used teaches the models that
    /// witness's wording, not the language of testimony.
    /// </summary>
    internal static List<ClaimFeatureRow> Prune(List<ClaimFeatureRow> rows, int minTestimonies)
    {
        if (minTestimonies <= 1)
        {
            return rows;
        }

        // Rows come testimony by testimony, so counting a feature once per run of one testimony's rows counts
        // testimonies; the last testimony that counted each feature is remembered.
        var count = new int[ClaimFeaturizer.HandOffset];
        var lastTestimony = new int[ClaimFeaturizer.HandOffset];
        Array.Fill(lastTestimony, -1);
        foreach (var row in rows)
        {
            foreach (var feature in row.Indices)
            {
                if (feature < ClaimFeaturizer.HandOffset && lastTestimony[feature] != row.Testimony)
                {
                    lastTestimony[feature] = row.Testimony;
                    count[feature]++;
                }
            }
        }

        var pruned = new List<ClaimFeatureRow>(rows.Count);
        var indices = new List<int>();
        var values = new List<float>();
        foreach (var row in rows)
        {
            indices.Clear();
            values.Clear();
            for (var i = 0; i < row.Indices.Length; i++)
            {
                var feature = row.Indices[i];
                if (feature >= ClaimFeaturizer.HandOffset || count[feature] >= minTestimonies)
                {
                    indices.Add(feature);
                    values.Add(row.Values[i]);
                }
            }

            pruned.Add(row with { Indices = [.. indices], Values = [.. values] });
        }

        return pruned;
    }

    /// <summary>True when every harm has positive and negative rows and every basis some rows.</summary>
    internal static bool Trainable(List<ClaimFeatureRow> rows)
    {
        foreach (var harm in Enum.GetValues<Harm>())
        {
            var positives = rows.Count(r => r.Harms.Contains(harm));
            if (positives == 0 || positives == rows.Count)
            {
                return false;
            }
        }

        foreach (var basis in Enum.GetValues<Basis>())
        {
            var count = rows.Count(r => r.Basis == basis);
            if (count == 0 || count == rows.Count(r => r.Basis is not null))
            {
                return false;
            }
        }

        return true;
    }

    private static (IReadOnlyList<float> Weights, LinearOutput Output) Fit(
        MLContext ml,
        ClaimCandidate candidate,
        List<ClaimFeatureRow> rows,
        Func<ClaimFeatureRow, bool> label)
    {
        var data = Data(ml, rows.Select(r => new ClaimTrainingRow { Features = r.Vector(), Label = label(r) }));
        switch (candidate.Trainer)
        {
            case ClaimTrainerKind.Lbfgs:
            {
                var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    NumberOfThreads = 1,
                    L1Regularization = candidate.L1,
                    L2Regularization = candidate.L2,
                }).Fit(data).Model;
                return Calibrated(model);
            }

            case ClaimTrainerKind.Sdca:
            {
                var options = new SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 };
                if (candidate.L2 > 0f)
                {
                    options.L2Regularization = candidate.L2;
                }

                return Calibrated(ml.BinaryClassification.Trainers.SdcaLogisticRegression(options).Fit(data).Model);
            }

            case ClaimTrainerKind.AveragedPerceptron:
            {
                var linear = ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
                {
                    NumberOfIterations = ClaimTrainingOptions.Defaults.PerceptronIterations,
                }).Fit(data).Model;
                var weights = linear.Weights;
                var scored = ml.Data.LoadFromEnumerable(rows.Select(r => new ClaimScoreRow { Score = r.Dot(weights) + linear.Bias, Label = label(r) }));
                ISingleFeaturePredictionTransformer<PlattCalibrator> platt = ml.BinaryClassification.Calibrators.Platt().Fit(scored);
                var calibrator = platt.Model;
                return (weights, new LinearOutput(linear.Bias, (float)calibrator.Slope, (float)calibrator.Offset));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(candidate));
        }
    }

    /// <summary>
    /// Fits one binary model per harm (on every row but those it leaves <see cref="ClaimFeatureRow.Unlabelled"/>) and
    /// per basis (on the rows with a basis).
    /// </summary>
    internal static (IReadOnlyList<float>[] Weights, LinearOutput[] Outputs) FitCandidate(MLContext ml, ClaimCandidate candidate, List<ClaimFeatureRow> rows)
    {
        var basisRows = rows.Where(r => r.Basis is not null).ToList();
        var weights = new IReadOnlyList<float>[ClaimClassifier.Outputs];
        var outputs = new LinearOutput[ClaimClassifier.Outputs];
        for (var h = 0; h < ClaimClassifier.HarmCount; h++)
        {
            var harm = (Harm)h;

            // Under cross-validation on train, leaving these sentences out rather than teaching them as none raised
            // harm macro-F1 from 0.802 to 0.806 (MISSING 0.782 to 0.807) with the threshold moving from 0.30 to 0.45.
            var harmRows = rows.Where(r => !r.Unlabelled.Contains(harm)).ToList();
            (weights[h], outputs[h]) = Fit(ml, candidate, harmRows, r => r.Harms.Contains(harm));
        }

        for (var b = 0; b < ClaimClassifier.BasisCount; b++)
        {
            var basis = (Basis)b;
            (weights[ClaimClassifier.HarmCount + b], outputs[ClaimClassifier.HarmCount + b]) = Fit(ml, candidate, basisRows, r => r.Basis == basis);
        }

        return (weights, outputs);
    }

    /// <summary>
    /// Fits <paramref name="candidate"/> again on <paramref name="rows"/> (the ensemble refits each of its members),
    /// once: <paramref name="refits"/> keeps what was fitted for the next call.
    /// </summary>
    private (IReadOnlyList<float>[] Weights, LinearOutput[] Outputs) Refit(
        MLContext ml,
        ClaimCandidate candidate,
        List<ClaimFeatureRow> rows,
        Dictionary<ClaimCandidate, (IReadOnlyList<float>[] Weights, LinearOutput[] Outputs)> refits,
        CancellationToken cancellationToken)
    {
        if (refits.TryGetValue(candidate, out var done))
        {
            return done;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var fitted = candidate.Trainer == ClaimTrainerKind.Ensemble
            ? Ensemble([.. _options.Candidates.Select(member => Refit(ml, member, rows, refits, cancellationToken))])
            : FitCandidate(ml, candidate, rows);
        refits[candidate] = fitted;
        return fitted;
    }

    internal static (IReadOnlyList<float>[] Weights, LinearOutput[] Outputs) Ensemble(IReadOnlyList<(IReadOnlyList<float>[] Weights, LinearOutput[] Outputs)> candidates)
    {
        var weights = new IReadOnlyList<float>[ClaimClassifier.Outputs];
        var outputs = new LinearOutput[ClaimClassifier.Outputs];
        var share = 1.0 / candidates.Count;
        for (var o = 0; o < ClaimClassifier.Outputs; o++)
        {
            var sum = new double[ClaimFeaturizer.Dimension];
            var bias = 0.0;
            foreach (var candidate in candidates)
            {
                // Log-odds of p = 1 / (1 + exp(A (w.x + b) + B)) is -A w.x - A b - B.
                var output = candidate.Outputs[o];
                var candidateWeights = candidate.Weights[o];
                for (var f = 0; f < sum.Length; f++)
                {
                    sum[f] -= output.Slope * candidateWeights[f];
                }

                bias -= (output.Slope * output.Bias) + output.Offset;
            }

            weights[o] = [.. sum.Select(w => (float)(w * share))];
            outputs[o] = new LinearOutput((float)(bias * share), -1f, 0f);
        }

        return (weights, outputs);
    }

    private static (IReadOnlyList<float> Weights, LinearOutput Output) Calibrated(CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> model) =>
        (model.SubModel.Weights, new LinearOutput(model.SubModel.Bias, (float)model.Calibrator.Slope, (float)model.Calibrator.Offset));

    private static IDataView Data(MLContext ml, IEnumerable<ClaimTrainingRow> rows)
    {
        var schema = SchemaDefinition.Create(typeof(ClaimTrainingRow));
        schema[nameof(ClaimTrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ClaimFeaturizer.Dimension);

        // Cached, so that trainers that pass over the data many times do not rebuild the rows each time.
        return ml.Data.Cache(ml.Data.LoadFromEnumerable(rows.ToList(), schema));
    }

    internal static float[][] DevProbabilities(IReadOnlyList<float>[] weights, LinearOutput[] outputs, List<ClaimFeatureRow> dev)
    {
        var thresholds = Enumerable.Repeat(0.5f, ClaimClassifier.HarmCount).ToArray();
        var classifier = ClaimClassifier.Create(weights, outputs, thresholds, new string('0', 64), string.Empty);
        var probabilities = new float[dev.Count][];
        for (var i = 0; i < dev.Count; i++)
        {
            probabilities[i] = new float[ClaimClassifier.Outputs];
            classifier.VectorProbabilities(dev[i].Indices, dev[i].Values, probabilities[i]);
        }

        return probabilities;
    }

    /// <summary>
    /// The one threshold for every harm best for the claims the builder makes of <paramref name="documents"/>, scored
    /// as <c>eval</c> scores them. A threshold per harm fitted dev better but did worse on the dev half it was not
    /// chosen on (two folds of dev documents: harm macro-F1 0.826 against 0.834 for the ensemble, and lower for every
    /// other candidate).
    /// </summary>
    private static float[] DevThresholds(List<DevDocument> documents, float[][] probabilities)
    {
        var candidates = ClaimTrainingOptions.Defaults.Thresholds;
        var common = candidates[0];
        var best = double.NegativeInfinity;
        foreach (var threshold in candidates)
        {
            var macro = Claims(documents, probabilities, Enumerable.Repeat(threshold, ClaimClassifier.HarmCount).ToArray()).HarmMacroF1 ?? 0;
            if (macro > best)
            {
                (common, best) = (threshold, macro);
            }
        }

        return Enumerable.Repeat(common, ClaimClassifier.HarmCount).ToArray();
    }

    private static ClaimCandidateScores Score(
        ClaimCandidate candidate,
        List<ClaimFeatureRow> dev,
        List<DevDocument> documents,
        float[][] probabilities,
        float[] thresholds)
    {
        var scores = Claims(documents, probabilities, thresholds);
        var decided = probabilities.Select(p => ClaimClassifier.Decide(p, thresholds).Harms).ToList();
        return new ClaimCandidateScores(
            candidate,
            scores.HarmMacroF1 ?? 0,
            scores.Overall.F1 ?? 0,
            [.. thresholds],
            scores.Fields.Single(f => f.Field == ClaimField.Basis).Agreement.Value ?? 0,
            NegationAccuracy(dev, dev.Select(r => r.Harms).ToList(), decided, out var negated),
            negated);
    }

    /// <summary>Builds the claims of the dev documents from output probabilities and scores them against gold.</summary>
    internal static ClaimScores Claims(List<DevDocument> documents, float[][] probabilities, float[] thresholds) =>
        Claims(documents, probabilities, _ => thresholds);

    /// <summary>
    /// Builds the claims of the dev documents from output probabilities, each document at the harm thresholds
    /// <paramref name="thresholdsOf"/> gives for its index, and scores them against gold.
    /// </summary>
    internal static ClaimScores Claims(List<DevDocument> documents, float[][] probabilities, Func<int, float[]> thresholdsOf) =>
        Claims(documents, probabilities, thresholdsOf, null);

    /// <summary>
    /// As <see cref="Claims(List{DevDocument}, float[][], Func{int, float[]})"/>, each document's claims then given the
    /// basis of the claim-level model <paramref name="basisOf"/> gives for its index (none: the sentence votes).
    /// </summary>
    internal static ClaimScores Claims(List<DevDocument> documents, float[][] probabilities, Func<int, float[]> thresholdsOf, Func<int, ClaimBasisModel?>? basisOf)
    {
        var builder = new ClaimBuilder();
        var scorer = new ClaimScorer();
        var claims = new List<Claim>();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var thresholds = thresholdsOf(d);
            var assessments = new SentenceAssessment[document.Document.Sentences.Count];
            var bases = new float[assessments.Length * ClaimClassifier.BasisCount];
            for (var s = 0; s < assessments.Length; s++)
            {
                var row = document.RowOfSentence[s];
                assessments[s] = row < 0 ? SentenceAssessment.NoHarm : ClaimClassifier.Decide(probabilities[row], thresholds);
                if (row >= 0)
                {
                    probabilities[row].AsSpan(ClaimClassifier.HarmCount, ClaimClassifier.BasisCount).CopyTo(bases.AsSpan(s * ClaimClassifier.BasisCount));
                }
            }

            ClaimClassifier.ShareRunBases(document.Document, assessments, bases);
            ClaimClassifier.ApplyStatedBases(document.Document, assessments);

            claims.Clear();
            builder.Build(document.Document, assessments, claims);
            basisOf?.Invoke(d)?.Assign(document.Document, bases, claims);
            scorer.Add(document.Gold.Id, document.Gold.Claims, document.Gold.Entities, claims, document.Document.Entities);
        }

        return scorer.Build();
    }

    /// <summary>The basis probabilities of each sentence of <paramref name="document"/> (<see cref="ClaimClassifier.BasisCount"/>
    /// per sentence, zeros for a sentence without a row).</summary>
    internal static float[] BasisProbabilities(DevDocument document, float[][] probabilities)
    {
        var bases = new float[document.Document.Sentences.Count * ClaimClassifier.BasisCount];
        for (var s = 0; s < document.RowOfSentence.Length; s++)
        {
            if (document.RowOfSentence[s] is var row and >= 0)
            {
                probabilities[row].AsSpan(ClaimClassifier.HarmCount, ClaimClassifier.BasisCount).CopyTo(bases.AsSpan(s * ClaimClassifier.BasisCount));
            }
        }

        return bases;
    }

    private static double BasisShare(List<DevDocument> documents, float[][] probabilities, float[] thresholds) =>
        Claims(documents, probabilities, thresholds).Fields.Single(f => f.Field == ClaimField.Basis).Agreement.Value ?? 0;

    /// <summary>The harm probabilities of <paramref name="harm"/> with the basis probabilities of <paramref name="basis"/>.</summary>
    internal static float[][] Join(float[][] harm, float[][] basis)
    {
        var joined = new float[harm.Length][];
        for (var i = 0; i < harm.Length; i++)
        {
            joined[i] = [.. harm[i].AsSpan(0, ClaimClassifier.HarmCount), .. basis[i].AsSpan(ClaimClassifier.HarmCount)];
        }

        return joined;
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

    private static double NegationAccuracy(List<ClaimFeatureRow> dev, List<HarmSet> gold, List<HarmSet> predicted, out int total)
    {
        total = 0;
        var right = 0;
        for (var i = 0; i < dev.Count; i++)
        {
            if (!dev[i].HasNegationOrIrrealisCue)
            {
                continue;
            }

            total++;
            right += (gold[i] == HarmSet.None) == (predicted[i] == HarmSet.None) ? 1 : 0;
        }

        return total == 0 ? 0 : (double)right / total;
    }

    /// <summary>
    /// The index of the candidate to keep, given each candidate's score in the order of the list (simplest first, the
    /// ensemble last): a later candidate is kept only when it beats the one kept so far by more than
    /// <paramref name="margin"/>.
    /// </summary>
    internal static int Choose(IReadOnlyList<double> scores, double margin)
    {
        var best = 0;
        for (var i = 1; i < scores.Count; i++)
        {
            if (scores[i] > scores[best] + margin)
            {
                best = i;
            }
        }

        return best;
    }

    private sealed record TrainedCandidate(IReadOnlyList<float>[] Weights, LinearOutput[] Outputs, float[] Thresholds, float[][] Probabilities);
}

/// <summary>A dev document through the entity stages, with its gold and the feature row of each sentence (-1 for none).</summary>
internal sealed record DevDocument(GoldTestimony Gold, Document Document, int[] RowOfSentence);

/// <summary>One sentence's sparse feature vector (indices ascending, no repeats) and gold labels.</summary>
/// <param name="Indices">Feature numbers, ascending.</param>
/// <param name="Values">The value of each feature.</param>
/// <param name="Harms">The harms the sentence asserts.</param>
/// <param name="Basis">The basis, when it asserts a harm.</param>
/// <param name="HasNegationOrIrrealisCue">True when the sentence has a negation or irrealis cue word.</param>
internal sealed record ClaimFeatureRow(int[] Indices, float[] Values, HarmSet Harms, Basis? Basis, bool HasNegationOrIrrealisCue)
{
    /// <summary>The number of the testimony the row comes from (rows of one testimony are adjacent).</summary>
    public int Testimony { get; init; }

    /// <summary>
    /// The harms whose models leave the row out: it lies in the evidence of a claim of that harm but does not name
    /// the harm (a context sentence such as "I saw it with my own eyes."), so it teaches neither the harm nor none.
    /// </summary>
    public HarmSet Unlabelled { get; init; }

    /// <summary>Builds a row from hashed buckets (repeats add up) and the hand-made features.</summary>
    public static ClaimFeatureRow Create(ReadOnlySpan<int> buckets, ReadOnlySpan<float> hand, HarmSet harms, Basis? basis, bool cue)
    {
        var sorted = buckets.ToArray();
        Array.Sort(sorted);
        var indices = new List<int>(sorted.Length + hand.Length);
        var values = new List<float>(sorted.Length + hand.Length);
        foreach (var bucket in sorted)
        {
            if (indices.Count > 0 && indices[^1] == bucket)
            {
                values[^1] += 1f;
                continue;
            }

            indices.Add(bucket);
            values.Add(1f);
        }

        for (var i = 0; i < hand.Length; i++)
        {
            if (hand[i] != 0f)
            {
                indices.Add(ClaimFeaturizer.HandOffset + i);
                values.Add(hand[i]);
            }
        }

        return new ClaimFeatureRow([.. indices], [.. values], harms, basis, cue);
    }

    /// <summary>The row as an ML.NET sparse vector.</summary>
    public VBuffer<float> Vector() => new(ClaimFeaturizer.Dimension, Indices.Length, Values, Indices);

    /// <summary>The dot product with dense <paramref name="weights"/>.</summary>
    public float Dot(IReadOnlyList<float> weights)
    {
        var sum = 0f;
        for (var i = 0; i < Indices.Length; i++)
        {
            sum += weights[Indices[i]] * Values[i];
        }

        return sum;
    }
}

/// <summary>A training row as ML.NET reads it. Public only because ML.NET binds rows by reflection.</summary>
public sealed class ClaimTrainingRow
{
    /// <summary>The sparse feature vector (<see cref="ClaimFeaturizer.Dimension"/> long).</summary>
    public VBuffer<float> Features { get; set; }

    /// <summary>True when the row has the output being trained.</summary>
    public bool Label { get; set; }
}

/// <summary>A scored training row, for fitting a calibrator. Public only because ML.NET binds rows by reflection.</summary>
public sealed class ClaimScoreRow
{
    /// <summary>The model's raw score.</summary>
    public float Score { get; set; }

    /// <summary>True when the row has the output being trained.</summary>
    public bool Label { get; set; }
}
