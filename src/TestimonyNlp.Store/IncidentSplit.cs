namespace TestimonyNlp.Store;

/// <summary>A reviewer's split: claims of incident <paramref name="IncidentId"/> move into a new incident, or into
/// the existing incident <paramref name="TargetId"/>.</summary>
/// <param name="IncidentId">The incident the claims leave; at least one of its claims must stay.</param>
/// <param name="ExpectedVersion">Its version the reviewer saw.</param>
/// <param name="ClaimRowIds">The row ids of the claims to move; not empty.</param>
/// <param name="TargetId">The incident they join, or null for a new incident (numbered past every id ever used).</param>
/// <param name="TargetVersion">With <paramref name="TargetId"/>: its version the reviewer saw.</param>
public sealed record IncidentSplit(
    string IncidentId, int ExpectedVersion, IReadOnlyList<long> ClaimRowIds, string? TargetId = null, int? TargetVersion = null);
