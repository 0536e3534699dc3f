using System.Collections.Immutable;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>The claim counts of one testimony: what <see cref="ClaimScorer"/> adds to its totals for it, kept so
/// that <see cref="ClaimIntervals"/> can resample testimonies.</summary>
/// <param name="TestimonyId">The corpus id.</param>
/// <param name="ByHarm">Matched, spurious and missed claims per harm, in <see cref="Model.Harm"/> order.</param>
/// <param name="FieldEqual">Matched pairs that agree on each field, in <see cref="ClaimField"/> order.</param>
/// <param name="Matched">Matched pairs.</param>
public sealed record TestimonyClaimCounts(string TestimonyId, ImmutableArray<MatchCounts> ByHarm, ImmutableArray<int> FieldEqual, int Matched);
