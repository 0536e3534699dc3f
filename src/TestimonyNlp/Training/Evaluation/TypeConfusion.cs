using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// Gold type by predicted type. The diagonal counts exact matches; an off-diagonal cell counts a prediction with
/// exactly the offsets of a gold mention of another type. The <c>missed</c> column (predicted null) counts gold
/// mentions no prediction overlaps; the <c>spurious</c> row (gold null) counts predictions that overlap no gold
/// mention.
/// </summary>
public sealed class TypeConfusion
{
    private static readonly int None = Enum.GetValues<EntityType>().Length;
    private readonly int[,] _cells;

    internal TypeConfusion(int[,] cells)
    {
        _cells = (int[,])cells.Clone();
    }

    /// <summary>The types, in row and column order.</summary>
    public static IReadOnlyList<EntityType> Types { get; } = Enum.GetValues<EntityType>();

    /// <summary>The count for gold <paramref name="gold"/> (null: spurious) and predicted
    /// <paramref name="predicted"/> (null: missed). Both null is always zero.</summary>
    public int this[EntityType? gold, EntityType? predicted] => _cells[Index(gold), Index(predicted)];

    internal static int Size => None + 1;

    internal static int Index(EntityType? type) => type is { } t ? (int)t : None;
}
