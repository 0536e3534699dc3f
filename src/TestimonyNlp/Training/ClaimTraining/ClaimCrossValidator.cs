using System.Collections.Immutable;
using Microsoft.ML;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Training;

/// <summary>
/// Cross-validates one candidate on the train split: transcript i of the split falls in fold i mod
/// <see cref="ClaimCrossValidation.Folds"/>, or with <see cref="ClaimFoldGrouping.Batch"/> each writer's batch falls
/// whole in one fold (<see cref="ClaimTrainingOptions.FoldGrouping"/>); the claims of each fold are built from models fitted on the other folds,
/// and all of them are scored together as <c>testimony eval</c> scores them, at the one harm threshold that is best
/// over every fold. Dev and test stay unread. Used to compare features and regularisation, where dev is too small to
/// tell a few claims from noise; not part of <c>testimony train</c>.
/// </summary>
public sealed class ClaimCrossValidator
{
    private readonly ClaimTrainingOptions _options;

    /// <summary>Creates a validator that prunes features as <paramref name="options"/> say.</summary>
    public ClaimCrossValidator(ClaimTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>
    /// Cross-validates <paramref name="candidate"/> over <paramref name="folds"/> folds of the train split of
    /// <paramref name="corpusDirectory"/>, each transcript run through <paramref name="pipeline"/>, with the basis of
    /// <paramref name="basisCandidate"/> when given. Returns null when a fold leaves too little to train on.
    /// </summary>
    public ClaimCrossValidation? Run(
        string corpusDirectory,
        TestimonyPipeline pipeline,
        ClaimCandidate candidate,
        int folds = ClaimCrossValidation.Defaults.Folds,
        ClaimCandidate? basisCandidate = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        ArgumentNullException.ThrowIfNull(pipeline);
        var corpus = GoldCorpus.Load(corpusDirectory);
        var documents = new List<DevDocument>();
        var failed = ImmutableArray.CreateBuilder<string>();
        var rows = ClaimTrainer.Rows(corpus, CorpusSplit.Train, pipeline, failed, cancellationToken, documents, _options.VectorFeatures);
        return Run(rows, documents, candidate, folds, cancellationToken, basisCandidate);
    }

    /// <summary>
    /// Cross-validates over the given rows and their documents (each row belongs to one document); the
    /// <see cref="ClaimTrainerKind.Ensemble"/> candidate fits every candidate of the options in each fold. With
    /// <paramref name="basisCandidate"/>, the basis comes from that candidate, as <c>testimony train</c> may keep one
    /// candidate for harm and another for basis.
    /// </summary>
    internal ClaimCrossValidation? Run(
        List<ClaimFeatureRow> rows,
        List<DevDocument> documents,
        ClaimCandidate candidate,
        int folds,
        CancellationToken cancellationToken,
        ClaimCandidate? basisCandidate = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);

        var foldOfRow = FoldOfRows(rows.Count, documents, folds, _options.FoldGrouping);
        var probabilities = new float[rows.Count][];
        var ml = new MLContext(ClaimClassifier.Defaults.Seed);
        for (var fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = ClaimTrainer.Prune([.. rows.Where((_, i) => foldOfRow[i] != fold)], _options.MinTestimonies);
            var held = rows.Where((_, i) => foldOfRow[i] == fold).ToList();
            if (!ClaimTrainer.Trainable(train))
            {
                return null;
            }

            // The ensemble is the mean log-odds of every candidate of the options, each fitted on the fold's rows.
            var heldProbabilities = Held(ml, candidate, train, held);
            if (basisCandidate is { } basis && basis != candidate)
            {
                heldProbabilities = ClaimTrainer.Join(heldProbabilities, Held(ml, basis, train, held));
            }

            for (int i = 0, h = 0; i < rows.Count; i++)
            {
                if (foldOfRow[i] == fold)
                {
                    probabilities[i] = heldProbabilities[h++];
                }
            }
        }

        return Score(candidate, documents, probabilities, folds);
    }

    /// <summary>
    /// The held-out probabilities of every row of <paramref name="rows"/> for each candidate of
    /// <paramref name="options"/>, in order, then (with two or more candidates) for their ensemble, the mean log-odds
    /// of the candidates fitted on the same folds. Transcript i of <paramref name="documents"/> falls in fold i mod
    /// <paramref name="folds"/>, or its batch's fold as the options group them; a row of no document (a reviewed testimony's) trains every fold. Returns null when a
    /// fold leaves too little to train on.
    /// </summary>
    internal static List<float[][]>? HeldOut(
        MLContext ml,
        ClaimTrainingOptions options,
        List<ClaimFeatureRow> rows,
        List<DevDocument> documents,
        int folds,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOfRow = FoldOfRows(rows.Count, documents, folds, options.FoldGrouping);
        var outputs = options.Candidates.Count > 1 ? options.Candidates.Count + 1 : 1;
        var probabilities = Enumerable.Range(0, outputs).Select(_ => new float[rows.Count][]).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var train = ClaimTrainer.Prune([.. rows.Where((_, i) => foldOfRow[i] != fold)], options.MinTestimonies);
            var held = rows.Where((_, i) => foldOfRow[i] == fold).ToList();
            if (held.Count == 0 || !ClaimTrainer.Trainable(train))
            {
                return null;
            }

            var fitted = new List<(IReadOnlyList<float>[] Weights, LinearOutput[] Outputs)>();
            foreach (var candidate in options.Candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fitted.Add(ClaimTrainer.FitCandidate(ml, candidate, train));
            }

            if (fitted.Count > 1)
            {
                fitted.Add(ClaimTrainer.Ensemble(fitted));
            }

            for (var c = 0; c < fitted.Count; c++)
            {
                var heldProbabilities = ClaimTrainer.DevProbabilities(fitted[c].Weights, fitted[c].Outputs, held);
                for (int i = 0, h = 0; i < rows.Count; i++)
                {
                    if (foldOfRow[i] == fold)
                    {
                        probabilities[c][i] = heldProbabilities[h++];
                    }
                }
            }
        }

        return probabilities;
    }

    /// <summary>The probabilities of <paramref name="held"/> from <paramref name="candidate"/> fitted on <paramref name="train"/>.</summary>
    private float[][] Held(MLContext ml, ClaimCandidate candidate, List<ClaimFeatureRow> train, List<ClaimFeatureRow> held)
    {
        // The ensemble is the mean log-odds of every candidate of the options, each fitted on the fold's rows.
        var (weights, outputs) = candidate.Trainer == ClaimTrainerKind.Ensemble
            ? ClaimTrainer.Ensemble([.. _options.Candidates.Select(member => ClaimTrainer.FitCandidate(ml, member, train))])
            : ClaimTrainer.FitCandidate(ml, candidate, train);
        return ClaimTrainer.DevProbabilities(weights, outputs, held);
    }

    /// <summary>
    /// Scores the held-out <paramref name="probabilities"/> of every row at the one harm threshold that gives the best
    /// harm macro-F1 over all of <paramref name="documents"/>.
    /// </summary>
    internal static ClaimCrossValidation Score(ClaimCandidate candidate, List<DevDocument> documents, float[][] probabilities, int folds)
    {
        var common = Thresholds(documents, probabilities, perHarm: false);
        var perHarm = Thresholds(documents, probabilities, perHarm: true);

        // Thresholds chosen on one half of the documents and scored on the other, both ways: how well a choice
        // carries to transcripts it was not made on.
        var even = documents.Where((_, d) => d % 2 == 0).ToList();
        var odd = documents.Where((_, d) => d % 2 == 1).ToList();
        var commonOf = (Even: Thresholds(even, probabilities, perHarm: false), Odd: Thresholds(odd, probabilities, perHarm: false));
        var perHarmOf = (Even: Thresholds(even, probabilities, perHarm: true), Odd: Thresholds(odd, probabilities, perHarm: true));
        return new ClaimCrossValidation(candidate, folds, common[0], ClaimTrainer.Claims(documents, probabilities, common))
        {
            PerHarmThresholds = [.. perHarm],
            CommonAcrossHalves = ClaimTrainer.Claims(documents, probabilities, d => d % 2 == 0 ? commonOf.Odd : commonOf.Even),
            PerHarmAcrossHalves = ClaimTrainer.Claims(documents, probabilities, d => d % 2 == 0 ? perHarmOf.Odd : perHarmOf.Even),
        };
    }

    /// <summary>
    /// The harm thresholds best for <paramref name="documents"/>: the one common threshold with the best harm
    /// macro-F1, then, with <paramref name="perHarm"/>, each harm's own threshold with the best F1 for that harm.
    /// </summary>
    internal static float[] Thresholds(List<DevDocument> documents, float[][] probabilities, bool perHarm)
    {
        var candidates = ClaimTrainingOptions.Defaults.Thresholds;
        var byThreshold = candidates.Select(t => ClaimTrainer.Claims(documents, probabilities, Enumerable.Repeat(t, ClaimClassifier.HarmCount).ToArray())).ToList();
        var common = 0;
        for (var i = 1; i < candidates.Count; i++)
        {
            if ((byThreshold[i].HarmMacroF1 ?? 0) > (byThreshold[common].HarmMacroF1 ?? 0))
            {
                common = i;
            }
        }

        var thresholds = Enumerable.Repeat(candidates[common], ClaimClassifier.HarmCount).ToArray();
        if (!perHarm)
        {
            return thresholds;
        }

        // A harm's claims depend on its own threshold only, so one pass over the harms finds each one's best.
        for (var h = 0; h < ClaimClassifier.HarmCount; h++)
        {
            var bestF1 = byThreshold[common].ByHarm[h].Counts.F1 ?? 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                var f1 = byThreshold[i].ByHarm[h].Counts.F1 ?? 0;
                if (f1 > bestF1)
                {
                    (thresholds[h], bestF1) = (candidates[i], f1);
                }
            }
        }

        return thresholds;
    }

    /// <summary>The fold of each row: that of its document, document i being in fold i mod <paramref name="folds"/>.</summary>
    internal static int[] FoldOfRows(int rowCount, List<DevDocument> documents, int folds) =>
        FoldOfRows(rowCount, documents, folds, ClaimFoldGrouping.Transcript);

    /// <summary>The fold of each row: that of its document, as <paramref name="grouping"/> assigns documents to folds.</summary>
    internal static int[] FoldOfRows(int rowCount, List<DevDocument> documents, int folds, ClaimFoldGrouping grouping)
    {
        var foldOfDocument = grouping == ClaimFoldGrouping.Batch
            ? FoldOfBatches(documents.Select(d => d.Gold.Id).ToList(), folds)
            : [.. Enumerable.Range(0, documents.Count).Select(d => d % folds)];
        var foldOfRow = new int[rowCount];
        Array.Fill(foldOfRow, -1);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var row in documents[d].RowOfSentence)
            {
                if (row >= 0)
                {
                    foldOfRow[row] = foldOfDocument[d];
                }
            }
        }

        return foldOfRow;
    }

    /// <summary>
    /// The fold of each of <paramref name="ids"/> when whole writer batches go to one fold: a batch is the ids whose
    /// trailing number falls in one block of <see cref="ClaimTrainingOptions.Defaults.BatchNumbers"/> (each writer
    /// was given a number range), and an id without a trailing number is a batch of its own. The largest batches
    /// are placed first, each in the fold holding the fewest transcripts so far (the lowest fold of a tie), so that
    /// the folds are about even and the same ids always give the same folds.
    /// </summary>
    internal static int[] FoldOfBatches(IReadOnlyList<string> ids, int folds)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        var batches = new Dictionary<long, List<int>>();
        for (var i = 0; i < ids.Count; i++)
        {
            // Ids without a number get keys below every number's block, one each.
            var key = TrailingNumber(ids[i]) is { } number ? number / ClaimTrainingOptions.Defaults.BatchNumbers : -1L - i;
            if (!batches.TryGetValue(key, out var members))
            {
                batches[key] = members = [];
            }

            members.Add(i);
        }

        var foldOf = new int[ids.Count];
        var load = new int[folds];
        foreach (var batch in batches.OrderByDescending(b => b.Value.Count).ThenBy(b => b.Key))
        {
            var fold = 0;
            for (var f = 1; f < folds; f++)
            {
                fold = load[f] < load[fold] ? f : fold;
            }

            load[fold] += batch.Value.Count;
            foreach (var i in batch.Value)
            {
                foldOf[i] = fold;
            }
        }

        return foldOf;
    }

    /// <summary>The number after the last '-' of <paramref name="id"/> (<c>sy-raqqa-041</c>: 41), or null.</summary>
    private static long? TrailingNumber(string id)
    {
        var dash = id.LastIndexOf('-');
        var digits = id.AsSpan(dash + 1);
        return digits.Length is > 0 and <= 9 && long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }
}

/// <summary>The scores of one candidate's held-out claims over the folds of the train split, chosen on and kept by
/// <see cref="ClaimTrainer"/>.</summary>
/// <param name="Folds">How many folds.</param>
/// <param name="HarmMacroF1">Claim-level F1 of each harm, averaged over the harms present in gold or predictions.</param>
/// <param name="HarmF1">Claim-level F1 of each harm, in <see cref="Harm"/> order (0 when it has no claim).</param>
/// <param name="ClaimF1">Claim F1 over every harm.</param>
/// <param name="BasisAccuracy">Share of matched claims with the right basis (with the kept harm models, once
/// chosen).</param>
public sealed record ClaimFoldScores(int Folds, double HarmMacroF1, ImmutableArray<double> HarmF1, double ClaimF1, double BasisAccuracy)
{
    /// <summary>The figures of <paramref name="scores"/>.</summary>
    public static ClaimFoldScores Of(int folds, ClaimScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new(
            folds,
            scores.HarmMacroF1 ?? 0,
            [.. scores.ByHarm.Select(h => h.Counts.F1 ?? 0)],
            scores.Overall.F1 ?? 0,
            scores.Fields.Single(f => f.Field == ClaimField.Basis).Agreement.Value ?? 0);
    }
}

/// <summary>The cross-validated scores of one candidate.</summary>
/// <param name="Candidate">The trainer cross-validated.</param>
/// <param name="Folds">How many folds.</param>
/// <param name="Threshold">The harm threshold (the same for every harm) best over all folds.</param>
/// <param name="Scores">The held-out claims of every fold scored together at <paramref name="Threshold"/>.</param>
public sealed record ClaimCrossValidation(ClaimCandidate Candidate, int Folds, float Threshold, ClaimScores Scores)
{
    /// <summary>Each harm's own threshold, best over all folds for that harm.</summary>
    public ImmutableArray<float> PerHarmThresholds { get; init; } = [];

    /// <summary>The held-out claims at one common threshold chosen on the other half of the transcripts (even and odd
    /// positions in the split).</summary>
    public ClaimScores? CommonAcrossHalves { get; init; }

    /// <summary>The held-out claims at per-harm thresholds chosen on the other half of the transcripts.</summary>
    public ClaimScores? PerHarmAcrossHalves { get; init; }

    /// <summary>Harm macro-F1 of the held-out claims.</summary>
    public double HarmMacroF1 => Scores.HarmMacroF1 ?? 0;

    /// <summary>Claim F1 over every harm.</summary>
    public double ClaimF1 => Scores.Overall.F1 ?? 0;

    /// <summary>Share of matched claims with the right basis.</summary>
    public double Basis => Scores.Fields.Single(f => f.Field == ClaimField.Basis).Agreement.Value ?? 0;

    /// <summary>Claim F1 of <paramref name="harm"/>, or null when it has no gold or predicted claim.</summary>
    public double? HarmF1(Harm harm) => Scores.ByHarm.Single(h => h.Harm == harm).Counts.F1;

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Folds of the train split.</summary>
        public const int Folds = 5;
    }
}
