namespace TestimonyNlp.Training;

/// <summary>
/// The trainer families compared for the claim classifiers: each gives one binary classifier per harm and one
/// multiclass classifier for the basis.
/// </summary>
public enum ClaimTrainerKind
{
    /// <summary>SDCA: logistic regression per harm, maximum entropy for the basis.</summary>
    Sdca,

    /// <summary>L-BFGS: logistic regression per harm, maximum entropy for the basis.</summary>
    Lbfgs,

    /// <summary>Averaged perceptron with Platt calibration per harm, one-versus-all for the basis.</summary>
    AveragedPerceptron,
}

/// <summary>One candidate configuration: a trainer and the features that join the sentence's n-grams.</summary>
/// <param name="Trainer">The trainer.</param>
/// <param name="HandFeatures">True to add <see cref="Claims.Classification.SentenceFeatures"/>.</param>
/// <param name="Context">True to add the word n-grams of the previous sentence in the turn.</param>
public readonly record struct ClaimCandidate(ClaimTrainerKind Trainer, bool HandFeatures, bool Context)
{
    /// <summary>A short name for tables (<c>Sdca+hand+context</c>).</summary>
    public override string ToString() => Trainer + (HandFeatures ? "+hand" : string.Empty) + (Context ? "+context" : string.Empty);
}

/// <summary>Settings of <see cref="ClaimTrainer"/>.</summary>
public sealed record ClaimTrainingOptions
{
    /// <summary>The candidates trained on train and scored on dev; the best on dev is kept for each task.</summary>
    public IReadOnlyList<ClaimCandidate> Candidates { get; init; } = Defaults.Candidates;

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The trainers, with and without the hand-made and context features.</summary>
        public static readonly IReadOnlyList<ClaimCandidate> Candidates =
        [
            new(ClaimTrainerKind.Sdca, false, false),
            new(ClaimTrainerKind.Sdca, true, true),
            new(ClaimTrainerKind.AveragedPerceptron, true, false),
            new(ClaimTrainerKind.AveragedPerceptron, true, true),
        ];

        /// <summary>The harm probability thresholds tried on dev.</summary>
        public static readonly IReadOnlyList<float> Thresholds = [0.2f, 0.3f, 0.4f, 0.5f];

        /// <summary>Passes of the averaged perceptron.</summary>
        public const int PerceptronIterations = 10;
    }
}
