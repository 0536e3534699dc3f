namespace TestimonyNlp.Training;

/// <summary>The multiclass trainers compared for the claim classifiers.</summary>
public enum ClaimTrainerKind
{
    /// <summary>ML.NET SDCA maximum entropy (multinomial logistic regression by dual coordinate ascent).</summary>
    SdcaMaximumEntropy,

    /// <summary>ML.NET L-BFGS maximum entropy.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One-versus-all averaged perceptrons, calibrated.</summary>
    AveragedPerceptron,
}

/// <summary>One candidate configuration: a trainer and whether the hand-made features join the n-grams.</summary>
/// <param name="Trainer">The trainer.</param>
/// <param name="HandFeatures">True to add <see cref="Claims.Classification.SentenceFeatures"/> to the n-grams.</param>
public readonly record struct ClaimCandidate(ClaimTrainerKind Trainer, bool HandFeatures)
{
    /// <summary>A short name for tables (<c>SdcaMaximumEntropy+hand</c>).</summary>
    public override string ToString() => HandFeatures ? Trainer + "+hand" : Trainer + "";
}

/// <summary>Settings of <see cref="ClaimTrainer"/>.</summary>
public sealed record ClaimTrainingOptions
{
    /// <summary>The candidates trained on train and scored on dev; the best on dev is kept for each task.</summary>
    public IReadOnlyList<ClaimCandidate> Candidates { get; init; } = Defaults.Candidates;

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Every trainer, with and without the hand-made features.</summary>
        public static readonly IReadOnlyList<ClaimCandidate> Candidates =
        [
            new(ClaimTrainerKind.SdcaMaximumEntropy, false),
            new(ClaimTrainerKind.SdcaMaximumEntropy, true),
            new(ClaimTrainerKind.LbfgsMaximumEntropy, true),
            new(ClaimTrainerKind.AveragedPerceptron, true),
        ];

        /// <summary>Passes of the averaged perceptron.</summary>
        public const int PerceptronIterations = 10;
    }
}
