using System.Collections.Immutable;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Training;

/// <summary>
/// Trains the claim-level basis model (<see cref="ClaimBasisModel"/>): one example per gold claim of the train split,
/// its features computed on the pipeline's document with the out-of-fold sentence basis probabilities (so that the
/// model sees the sentence models as they are on transcripts they were not fitted on), fitted with ML.NET's L-BFGS
/// maximum entropy. The L2 regularisation is chosen by the claims the builder makes of each fold's transcripts with a
/// model fitted on the other folds, scored as <c>testimony eval</c> scores them. Single-threaded, so the same inputs
/// give the same weights.
/// </summary>
internal static class ClaimBasisTrainer
{
    /// <summary>
    /// Chooses the regularisation by cross-validation over the folds of <paramref name="documents"/> (document i in
    /// fold i mod <paramref name="folds"/>), with the held-out sentence <paramref name="probabilities"/> of their rows and
    /// the harm <paramref name="thresholds"/>, then fits the model on every gold claim. <paramref name="dev"/>, with the
    /// probabilities of models fitted on train alone, gives a second opinion of a model fitted on train alone.
    /// </summary>
    public static ClaimBasisTraining Train(
        MLContext ml,
        List<DevDocument> documents,
        float[][] probabilities,
        float[] thresholds,
        int folds,
        List<DevDocument> dev,
        float[][] devProbabilities,
        string splitHash,
        CancellationToken cancellationToken)
    {
        var examples = Examples(documents, probabilities);
        var before = ClaimTrainer.Claims(documents, probabilities, thresholds);
        var bestL2 = Defaults.L2[0];
        ClaimScores? best = null;
        var tried = ImmutableArray.CreateBuilder<(float L2, double Basis)>();
        foreach (var l2 in Defaults.L2)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var models = new ClaimBasisModel?[folds];
            for (var fold = 0; fold < folds; fold++)
            {
                var train = examples.Where(e => e.Document % folds != fold).ToList();
                models[fold] = Trainable(train) ? Fit(ml, train, l2, splitHash, string.Empty) : null;
            }

            var scores = ClaimTrainer.Claims(documents, probabilities, _ => thresholds, d => models[d % folds]);
            tried.Add((l2, BasisOf(scores)));
            if (best is null || BasisOf(scores) > BasisOf(best))
            {
                (best, bestL2) = (scores, l2);
            }
        }

        var model = Fit(ml, examples, bestL2, splitHash, Description(bestL2, examples.Count));
        var devBefore = ClaimTrainer.Claims(dev, devProbabilities, thresholds);
        var devAfter = ClaimTrainer.Claims(dev, devProbabilities, _ => thresholds, _ => model);
        return new ClaimBasisTraining(model, bestL2, examples.Count, BasisOf(before), BasisOf(best!), BasisOf(devBefore), BasisOf(devAfter), tried.ToImmutable());
    }

    /// <summary>One example per gold claim of <paramref name="documents"/> with a witness sentence in its evidence.</summary>
    internal static List<ClaimBasisExample> Examples(List<DevDocument> documents, float[][] probabilities)
    {
        var examples = new List<ClaimBasisExample>();
        var evidence = new List<int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var bases = ClaimTrainer.BasisProbabilities(document, probabilities);
            var sentenceCues = new SentenceCues(document.Document);
            foreach (var claim in document.Gold.Claims)
            {
                evidence.Clear();
                ClaimBasisModel.EvidenceSentences(document.Document, claim.Evidence, evidence);
                if (evidence.Count == 0)
                {
                    continue;
                }

                var features = new float[ClaimBasisFeatures.Count];
                ClaimBasisFeatures.Compute(sentenceCues, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(evidence), claim.Harm, bases, features);
                examples.Add(new ClaimBasisExample(d, features, claim.Basis));
            }
        }

        return examples;
    }

    /// <summary>Fits the model on <paramref name="examples"/> with L2 regularisation <paramref name="l2"/>.</summary>
    internal static ClaimBasisModel Fit(MLContext ml, IReadOnlyList<ClaimBasisExample> examples, float l2, string splitHash, string description)
    {
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new ClaimBasisRow { Features = e.Features, Label = (uint)e.Basis }).ToList());

        // Keys by value, so that class i is basis i.
        var model = ml.Transforms.Conversion.MapValueToKey(nameof(ClaimBasisRow.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L1Regularization = 0f,
                L2Regularization = l2,
            }))
            .Fit(data).LastTransformer.Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classes);
        if (classes != ClaimClassifier.BasisCount)
        {
            throw new InvalidOperationException("the basis model has another number of classes than bases");
        }

        var dense = weights.Select(w => (IReadOnlyList<float>)w.DenseValues().ToArray()).ToList();
        return ClaimBasisModel.Create([.. model.GetBiases()], dense, splitHash, description);
    }

    /// <summary>True when every basis has an example (ML.NET learns as many classes as it sees).</summary>
    internal static bool Trainable(IReadOnlyList<ClaimBasisExample> examples) =>
        Enum.GetValues<Basis>().All(b => examples.Any(e => e.Basis == b));

    private static double BasisOf(ClaimScores scores) => scores.Fields.Single(f => f.Field == ClaimField.Basis).Agreement.Value ?? 0;

    private static string Description(float l2, int examples) => string.Create(
        CultureInfo.InvariantCulture,
        $"L-BFGS maximum entropy, L2 {l2:0.###}, over {ClaimBasisFeatures.Count} claim features (sentence basis probabilities out of fold, stated bases, ways of knowing in the evidence and the turn, the question, harm, shape); {examples} train claims");

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>The L2 regularisations the folds choose from.</summary>
        public static readonly IReadOnlyList<float> L2 = [0.01f, 0.1f, 1f];
    }
}

/// <summary>One gold claim as the basis model sees it.</summary>
/// <param name="Document">The index of its document (its fold is this mod the folds).</param>
/// <param name="Features">Its <see cref="ClaimBasisFeatures"/>.</param>
/// <param name="Basis">Its gold basis.</param>
internal sealed record ClaimBasisExample(int Document, float[] Features, Basis Basis);

/// <summary>What training the claim-level basis model gave.</summary>
/// <param name="Model">The model, fitted on every train claim.</param>
/// <param name="L2">The L2 regularisation the folds chose.</param>
/// <param name="Examples">Train claims it was fitted on.</param>
/// <param name="CrossValidatedBefore">Basis of the held-out claims of the folds with the sentence votes alone.</param>
/// <param name="CrossValidatedAfter">Basis of the same claims with the claim-level model of the other folds.</param>
/// <param name="DevBefore">Basis of dev claims with the sentence votes of models fitted on train.</param>
/// <param name="DevAfter">Basis of the same dev claims with the claim-level model fitted on train.</param>
/// <param name="Tried">The cross-validated basis of each L2 tried.</param>
public sealed record ClaimBasisTraining(
    ClaimBasisModel Model,
    float L2,
    int Examples,
    double CrossValidatedBefore,
    double CrossValidatedAfter,
    double DevBefore,
    double DevAfter,
    ImmutableArray<(float L2, double Basis)> Tried);

/// <summary>A training row as ML.NET reads it. Public only because ML.NET binds rows by reflection.</summary>
public sealed class ClaimBasisRow
{
    /// <summary>The claim's features.</summary>
    [VectorType(ClaimBasisFeatures.Count)]
    public float[] Features { get; set; } = [];

    /// <summary>The basis: its <see cref="Basis"/> number.</summary>
    public uint Label { get; set; }
}
