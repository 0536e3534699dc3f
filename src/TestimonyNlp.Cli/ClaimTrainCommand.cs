using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Reviewed;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Cli;

/// <summary>The claim part of <c>testimony train</c>: trains the claim classifiers and writes models/claims.bin.</summary>
internal static class ClaimTrainCommand
{
    /// <summary>Trains on <paramref name="corpus"/> with the pipeline of <paramref name="models"/> and writes the model there.</summary>
    public static int Run(CliConsole console, string corpus, string models, CancellationToken cancellationToken) =>
        Run(console, corpus, models, ReviewedData.None, Settings.Default, cancellationToken);

    /// <summary>The choices of the command line.</summary>
    /// <param name="Folds">How the folds are drawn.</param>
    /// <param name="VectorScale">The factor of the mean word vector (0: no vectors).</param>
    /// <param name="Candidates">L-BFGS candidates as <c>L1/L2</c> pairs, comma-separated; null for the defaults.</param>
    public sealed record Settings(ClaimFoldGrouping Folds, float VectorScale, string? Candidates = null)
    {
        /// <summary>The defaults.</summary>
        public static Settings Default { get; } = new(ClaimTrainingOptions.Defaults.FoldGrouping, ClaimTrainingOptions.Defaults.VectorScale);

        /// <summary>The candidates of <see cref="Candidates"/>; null when a pair is not two numbers.</summary>
        public IReadOnlyList<ClaimCandidate>? ParseCandidates()
        {
            if (Candidates is null)
            {
                return ClaimTrainingOptions.Defaults.Candidates;
            }

            var parsed = new List<ClaimCandidate>();
            foreach (var pair in Candidates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = pair.Split('/');
                if (parts.Length != 2
                    || !float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var l1)
                    || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var l2)
                    || l1 < 0f || l2 < 0f)
                {
                    return null;
                }

                parsed.Add(new ClaimCandidate(ClaimTrainerKind.Lbfgs, l1, l2));
            }

            return parsed.Count > 0 ? parsed : null;
        }
    }

    /// <summary>Trains on <paramref name="corpus"/> joined by <paramref name="reviewed"/> and writes the model.</summary>
    public static int Run(CliConsole console, string corpus, string models, ReviewedData reviewed, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var error = console.Error;
        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"error: corpus folder not found: {corpus}");
            return ExitCodes.Usage;
        }

        if (!float.IsFinite(settings.VectorScale) || settings.VectorScale < 0f)
        {
            error.WriteLine("error: --vector-scale must be a number, 0 or more");
            return ExitCodes.Usage;
        }

        if (settings.ParseCandidates() is not { } candidates)
        {
            error.WriteLine("error: --candidates takes L1/L2 pairs of numbers, comma-separated (1/4,0.25/0.25)");
            return ExitCodes.Usage;
        }

        TestimonyPipeline pipeline;
        WordVectors? vectors;
        try
        {
            pipeline = DefaultPipeline.CreateEntityStages(models);
            vectors = settings.VectorScale > 0f ? WordVectors.LoadFrom(models) : null;
        }
        catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var output = console.Output;
        using var writer = new StreamWriter(output, leaveOpen: true);
        writer.WriteLine("claims: dev claims built from each candidate (basis with its own harm models; sentence-level negation)");
        writer.WriteLine("claims: candidate                 harm macro-F1  claim F1  basis  negation (n)  thresholds (killed injured missing detained displaced damage)");
        writer.Flush();
        ClaimTrainingResult? trained;
        try
        {
            var options = new ClaimTrainingOptions
            {
                Candidates = candidates,
                FoldGrouping = settings.Folds,
                VectorFeatures = (vectors, vectors is null ? 0f : settings.VectorScale),
            };
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"claims: folds by {settings.Folds.ToString().ToLowerInvariant()}; word vectors: {(vectors is null ? "none" : $"{vectors.Dimensions} dimensions, vocabulary {vectors.VocabularyHash[..12]}, scale {settings.VectorScale:0.###}")}"));
            trained = new ClaimTrainer(options).Train(
                corpus,
                reviewed,
                pipeline,
                score =>
                {
                    writer.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"claims: {score.Candidate,-25} {score.HarmMacroF1,13:0.000} {score.ClaimF1,9:0.000} {score.BasisAccuracy,6:0.000} {score.NegationAccuracy,9:0.000} ({score.NegationSentences})  {string.Join(' ', score.Thresholds.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))}"));
                    writer.Flush();
                },
                cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the corpus ({e.GetType().Name}: {e.Message})");
            return ExitCodes.Usage;
        }

        if (trained is not { } result)
        {
            error.WriteLine("warning: claim classifiers not trained: the train split needs sentences with and without every harm, and two bases");
            return ExitCodes.Success;
        }

        TrainingOutput.WarnUnread(error, result.FailedTranscripts);

        if (!reviewed.IsEmpty)
        {
            var taught = result.Reviewed;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"claims: reviewed: {taught.Testimonies} testimonies taught {taught.Sentences} sentences ({taught.Units} with harm), each seen {taught.Weight} times: {taught.WeightedSentences} training rows"));
        }

        WriteCrossValidated(writer, result.Candidates);
        var keptBasis = result.Candidates.First(c => c.Candidate == result.BasisChoice).BasisAccuracy;
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"claims: {result.TrainSentences} train sentences ({result.TrainHarmSentences} with harm), {result.DevSentences} dev sentences; kept harm {result.HarmChoice}, basis {result.BasisChoice}, fitted again on train and dev (dev claim basis {keptBasis:0.000} with the kept models); split hash {result.Classifier.SplitHash}"));
        writer.Flush();

        TrainingOutput.WriteModel(
            error, models, ClaimClassifier.Defaults.ModelFile, result.Classifier.ToBytes(), result.Classifier.SplitHash, reviewed, result.Reviewed, clock);
        if (result.ClaimBasis is { } claimBasis)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"claims: claim-level basis, L2 {claimBasis.L2:0.###} ({string.Join(", ", claimBasis.Tried.Select(t => $"{t.L2:0.###}: {t.Basis:0.000}"))}), {claimBasis.Examples} train claims: held-out basis of the folds {claimBasis.CrossValidatedBefore:0.000} with the sentence votes, {claimBasis.CrossValidatedAfter:0.000} with it; dev (fitted on train) {claimBasis.DevBefore:0.000} and {claimBasis.DevAfter:0.000}"));
            writer.Flush();
            TrainingOutput.WriteModel(
                error, models, ClaimBasisModel.Defaults.ModelFile, claimBasis.Model.ToBytes(), claimBasis.Model.SplitHash, reviewed, result.Reviewed, clock);
        }

        return ExitCodes.Success;
    }

    /// <summary>The figures the folds of train chose the candidates by, when there were folds.</summary>
    private static void WriteCrossValidated(StreamWriter writer, ImmutableArray<ClaimCandidateScores> candidates)
    {
        if (!candidates.Any(c => c.CrossValidated is not null))
        {
            return;
        }

        writer.WriteLine("claims: held-out claims of the folds of train (basis joined to the kept harm models), which chose the candidates");
        writer.WriteLine("claims: candidate                 harm macro-F1  claim F1  basis  folds  killed injured missing detained displaced damage");
        foreach (var candidate in candidates)
        {
            if (candidate.CrossValidated is { } folds)
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"claims: {candidate.Candidate,-25} {folds.HarmMacroF1,13:0.000} {folds.ClaimF1,9:0.000} {folds.BasisAccuracy,6:0.000} {folds.Folds,6}  {string.Join(' ', folds.HarmF1.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))}"));
            }
        }
    }
}
