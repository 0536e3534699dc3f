namespace TestimonyNlp.Training;

/// <summary>Settings of <see cref="TaggerTrainer"/>.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = Defaults.Epochs;

    /// <summary>The seed of the sentence shuffling.</summary>
    public int Seed { get; init; } = Defaults.Seed;

    /// <summary>The weight table has 2^Bits buckets.</summary>
    public int Bits { get; init; } = Defaults.Bits;

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Default epochs.</summary>
        public const int Epochs = 20;

        /// <summary>Default seed.</summary>
        public const int Seed = 1;

        /// <summary>Default bucket bits (2^19 buckets × 24 floats, 50 MB in memory).</summary>
        public const int Bits = 19;
    }
}
