namespace TestimonyNlp.Training.Evaluation;

/// <summary>Matched, spurious and missed mentions of one kind, with the scores they give.</summary>
/// <param name="TruePositives">Predictions that match a gold mention.</param>
/// <param name="FalsePositives">Predictions that match none.</param>
/// <param name="FalseNegatives">Gold mentions no prediction matches.</param>
public readonly record struct MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Number of gold mentions.</summary>
    public int Gold => TruePositives + FalseNegatives;

    /// <summary>Number of predictions.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>TP / (TP + FP), or null when nothing was predicted.</summary>
    public double? Precision => Predicted == 0 ? null : (double)TruePositives / Predicted;

    /// <summary>TP / (TP + FN), or null when there is no gold mention.</summary>
    public double? Recall => Gold == 0 ? null : (double)TruePositives / Gold;

    /// <summary>2TP / (2TP + FP + FN): the harmonic mean of precision and recall, or null when there is neither
    /// gold nor prediction.</summary>
    public double? F1 => Gold + Predicted == 0 ? null : 2.0 * TruePositives / (Gold + Predicted);

    /// <summary>The sum of two counts (micro averaging).</summary>
    public static MatchCounts operator +(MatchCounts left, MatchCounts right) => new(
        left.TruePositives + right.TruePositives,
        left.FalsePositives + right.FalsePositives,
        left.FalseNegatives + right.FalseNegatives);
}

/// <summary>A part of a whole: how many of <see cref="Total"/> items passed a test.</summary>
/// <param name="Count">Items that passed.</param>
/// <param name="Total">Items tested.</param>
public readonly record struct Share(int Count, int Total)
{
    /// <summary>Count / Total, or null when nothing was tested.</summary>
    public double? Value => Total == 0 ? null : (double)Count / Total;
}

/// <summary>The predictions whose confidence falls in one range, and how many of them were right.</summary>
/// <param name="Label">The range as printed (<c>&gt;= 0.9</c>, <c>0.7-0.9</c>, ...).</param>
/// <param name="Lower">Inclusive lower bound.</param>
/// <param name="Upper">Exclusive upper bound (<see cref="double.PositiveInfinity"/> for the top bin).</param>
/// <param name="Predictions">Predictions in the range, and how many of them match a gold mention exactly.</param>
public sealed record ConfidenceBin(string Label, double Lower, double Upper, Share Predictions)
{
    /// <summary>Share of the bin's predictions that are right.</summary>
    public double? Precision => Predictions.Value;
}

/// <summary>One disagreement between gold and prediction, for debugging on the project's fictional corpus.</summary>
/// <param name="TestimonyId">The corpus id.</param>
/// <param name="Start">Offset of the span's first character.</param>
/// <param name="End">Offset just past the span.</param>
/// <param name="Gold">The gold type (with <c>:CATEGORY</c> for weapons), or <c>-</c> when there is no gold mention.</param>
/// <param name="Predicted">The predicted type, or <c>-</c> when there is no prediction.</param>
/// <param name="Text">The span's text.</param>
public sealed record ErrorExample(string TestimonyId, int Start, int End, string Gold, string Predicted, string Text)
{
    /// <summary>The printed line: <c>id start-end gold/predicted "text"</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{TestimonyId} {Start}-{End} {Gold}/{Predicted} \"{Text}\"");
}
