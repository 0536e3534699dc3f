namespace TestimonyNlp.Training.Reviewed;

/// <summary>What reviewed testimonies added to one trainer's training data.</summary>
/// <param name="Testimonies">Reviewed testimonies that taught at least one sentence.</param>
/// <param name="Sentences">Sentences taught (tagger: sentences; claim classifiers: feature rows), each counted once.</param>
/// <param name="Units">Tagger: tokens of those sentences; claim classifiers: those sentences with a gold harm.</param>
/// <param name="Weight">How many times each counts: the tagger visits each sentence this many times per epoch, the
/// claim classifiers see each row this many times.</param>
public sealed record ReviewedTaught(int Testimonies, int Sentences, int Units, int Weight)
{
    /// <summary>Nothing reviewed.</summary>
    public static ReviewedTaught None { get; } = new(0, 0, 0, ReviewedData.Defaults.Weight);

    /// <summary>The examples the trainer saw per pass: <see cref="Sentences"/> × <see cref="Weight"/>.</summary>
    public int WeightedSentences => Sentences * Weight;
}
