using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Cli;

/// <summary><c>testimony train</c>: trains the entity tagger on the corpus and writes models/tagger.bin, then the
/// claim classifiers (models/claims.bin).</summary>
internal static class TrainCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var models = new Option<string>("--models")
        {
            Description = "The models folder: spotter models are read from it and tagger.bin is written to it (default: models).",
            HelpName = "DIR",
            DefaultValueFactory = _ => Defaults.ModelsDirectory,
        };
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training sentences; the epoch with the best dev F1 is kept.",
            HelpName = "N",
            DefaultValueFactory = _ => TaggerTrainingOptions.Defaults.Epochs,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The shuffling seed; the same corpus and seed give the same model bytes.",
            HelpName = "N",
            DefaultValueFactory = _ => TaggerTrainingOptions.Defaults.Seed,
        };
        var claimsOnly = new Option<bool>("--claims-only")
        {
            Description = "Train only the claim classifiers, with the tagger already in the models folder.",
        };
        var reviewed = new Option<string[]>("--reviewed")
        {
            Description = "A folder written by 'testimony export --annotations DIR': its reviewed testimonies join the training data (repeat for several folders). Dev and test transcripts are refused.",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        var reviewedWeight = new Option<int>("--reviewed-weight")
        {
            Description = "How many times each reviewed sentence counts against a corpus sentence (default: 3).",
            HelpName = "N",
            DefaultValueFactory = _ => ReviewedData.Defaults.Weight,
        };
        var folds = new Option<ClaimFoldGrouping>("--folds")
        {
            Description = "How the cross-validation of the claim classifiers draws its folds: transcript (the default) or batch (whole writer batches of ids on one side).",
            DefaultValueFactory = _ => ClaimTrainingOptions.Defaults.FoldGrouping,
        };
        var vectorScale = new Option<float>("--vector-scale")
        {
            Description = "The factor of the sentence's mean word vector (models/wordvec.bin) among the claim features; 0 reads no vectors.",
            HelpName = "X",
            DefaultValueFactory = _ => ClaimTrainingOptions.Defaults.VectorScale,
        };
        var candidates = new Option<string?>("--candidates")
        {
            Description = "The L-BFGS candidates of the claim classifiers as L1/L2 pairs, comma-separated (default: 1/4,0.25/0.25); one candidate halves the training time, for comparisons.",
            HelpName = "L1/L2,...",
        };
        var command = new Command("train", "Train the entity tagger on the corpus's train split, tuned on dev, and write tagger.bin; then the claim classifiers, chosen on dev, and write claims.bin.")
        {
            corpus, models, epochs, seed, claimsOnly, reviewed, reviewedWeight, folds, vectorScale, candidates,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var corpusDirectory = parse.GetValue(corpus) ?? Defaults.CorpusDirectory;
            var modelsDirectory = parse.GetValue(models) ?? Defaults.ModelsDirectory;
            var sets = parse.GetValue(reviewed) ?? [];
            if (PrepareReviewed(console, corpusDirectory, sets, parse.GetValue(reviewedWeight)) is not { } reviewedData)
            {
                return Task.FromResult(ExitCodes.Usage);
            }

            if (!parse.GetValue(claimsOnly))
            {
                var tagger = Run(
                    console,
                    corpusDirectory,
                    modelsDirectory,
                    new TaggerTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed) },
                    reviewedData,
                    cancellationToken);
                if (tagger != ExitCodes.Success)
                {
                    return Task.FromResult(tagger);
                }
            }

            var claims = ClaimTrainCommand.Run(
                console,
                corpusDirectory,
                modelsDirectory,
                reviewedData,
                new ClaimTrainCommand.Settings(parse.GetValue(folds), parse.GetValue(vectorScale), parse.GetValue(candidates)),
                cancellationToken);

            // A refused testimony is an input left out: the rest is trained and written, and the exit code says so.
            return Task.FromResult(claims == ExitCodes.Success && !reviewedData.Refused.IsEmpty ? ExitCodes.SomeInputsFailed : claims);
        });
        return command;
    }

    /// <summary>
    /// Loads the reviewed sets and checks them against the corpus's split, naming each refused testimony on stderr;
    /// <see cref="ReviewedData.None"/> without sets, null (after an error line) when a set or the corpus cannot be used.
    /// </summary>
    private static ReviewedData? PrepareReviewed(CliConsole console, string corpus, string[] directories, int weight)
    {
        var error = console.Error;
        if (weight < 1)
        {
            error.WriteLine("error: --reviewed-weight must be at least 1");
            return null;
        }

        if (directories.Length == 0)
        {
            return ReviewedData.None;
        }

        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"error: corpus folder not found: {corpus}");
            return null;
        }

        var sets = new List<ReviewedSet>();
        foreach (var directory in directories)
        {
            var load = ReviewedSet.Load(directory);
            if (load.Set is not { } set)
            {
                error.WriteLine($"error: reviewed set {load.Error}");
                return null;
            }

            sets.Add(set);
        }

        ReviewedData data;
        try
        {
            data = ReviewedData.Prepare(GoldCorpus.Load(corpus), sets, weight);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the corpus ({e.GetType().Name}: {e.Message})");
            return null;
        }

        foreach (var refusal in data.Refused)
        {
            error.WriteLine($"error: {refusal}");
        }

        using var writer = new StreamWriter(console.Output, leaveOpen: true);
        foreach (var set in data.Sets)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"reviewed: {set.Name}: {set.Testimonies} testimonies, {set.Refused} refused (dev or test); sha256 {set.Sha256}; weight {data.Weight}"));
        }

        return data;
    }

    private static int Run(CliConsole console, string corpus, string models, TaggerTrainingOptions options, ReviewedData reviewed, CancellationToken cancellationToken)
    {
        var error = console.Error;
        if (!Directory.Exists(corpus))
        {
            error.WriteLine($"error: corpus folder not found: {corpus}");
            return ExitCodes.Usage;
        }

        if (options.Epochs < 1)
        {
            error.WriteLine("error: --epochs must be at least 1");
            return ExitCodes.Usage;
        }

        IPipelineStage[] spotters;
        GivenNameLexicon names;
        try
        {
            spotters =
            [
                new PlaceSpotter(PlaceGazetteer.Load(Path.Combine(models, DefaultPipeline.Defaults.PlacesFile))),
                LexiconSpotter.Load(models),
            ];
            names = GivenNameLexicon.Load(Path.Combine(models, LexiconSpotter.Defaults.GivenNamesFile));
        }
        catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        TaggerTrainingResult result;
        try
        {
            result = new TaggerTrainer(options).Train(
                corpus,
                reviewed,
                spotters,
                names,
                epoch => error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"epoch {epoch.Epoch,2}: {epoch.Mistakes,7} training mistakes, dev macro F1 {epoch.MacroF1:0.000}")),
                cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the corpus ({e.GetType().Name}: {e.Message})");
            return ExitCodes.Usage;
        }

        TrainingOutput.WarnUnread(error, result.FailedTranscripts);

        var best = result.Best;
        var output = console.Output;
        using var writer = new StreamWriter(output, leaveOpen: true);
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"tagger: {result.TrainDocuments} train transcripts, {result.TrainTokens} tokens, {result.SkippedSpans} gold spans not on token boundaries (skipped), {result.OutsideSentences} outside sentences; best epoch {best.Epoch} of {options.Epochs}"));
        writer.WriteLine("type      gold  pred  correct  precision  recall     F1");
        foreach (var score in best.Types)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{score.Type.ToString().ToUpperInvariant(),-8} {score.Gold,5} {score.Predicted,5} {score.Correct,8} {score.Precision,10:0.000} {score.Recall,7:0.000} {score.F1,6:0.000}"));
        }

        if (!reviewed.IsEmpty)
        {
            var taught = result.Reviewed;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"tagger: reviewed: {taught.Testimonies} testimonies taught {taught.Sentences} sentences ({taught.Units} tokens), each visited {taught.Weight} times per epoch: {taught.WeightedSentences} sentence visits"));
        }

        var calibration = result.Model.Calibration;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: A={calibration.A:0.######} B={calibration.B:0.######}; split hash {result.Model.SplitHash}"));
        writer.Flush();

        TrainingOutput.WriteModel(
            error, models, TaggerStage.Defaults.ModelFile, result.Model.ToBytes(), result.Model.SplitHash, reviewed, result.Reviewed, clock);
        return ExitCodes.Success;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The corpus folder.</summary>
        public const string CorpusDirectory = "corpus";

        /// <summary>The models folder.</summary>
        public const string ModelsDirectory = "models";
    }
}
