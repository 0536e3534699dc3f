using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>One claim the prediction got wrong: a missed gold claim, a spurious prediction, or a matched pair that
/// disagrees on some fields. Offsets and values only, never the testimony's words.</summary>
/// <param name="TestimonyId">The corpus id.</param>
/// <param name="Start">Offset of the first character of the claim's main evidence.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Gold">The gold harm, or null for a spurious prediction.</param>
/// <param name="Predicted">The predicted harm, or null for a missed gold claim.</param>
/// <param name="Disagreements">For a matched pair, each disagreeing field as <c>field gold/predicted</c>.</param>
public sealed record ClaimErrorExample(
    string TestimonyId,
    int Start,
    int End,
    Harm? Gold,
    Harm? Predicted,
    ImmutableArray<string> Disagreements)
{
    /// <summary>The printed line: <c>id start-end gold/predicted</c>, then the disagreeing fields after a colon.</summary>
    public override string ToString()
    {
        var line = FormattableString.Invariant($"{TestimonyId} {Start}-{End} {Gold?.ToWire() ?? "-"}/{Predicted?.ToWire() ?? "-"}");
        return Disagreements.IsDefaultOrEmpty ? line : line + ": " + string.Join(", ", Disagreements);
    }
}
