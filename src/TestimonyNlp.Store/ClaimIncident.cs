namespace TestimonyNlp.Store;

/// <summary>The incident a stored claim was linked to.</summary>
/// <param name="ClaimRowId">The store's row id of the claim (<see cref="StoredClaim.RowId"/>).</param>
/// <param name="IncidentId">The incident id, or null when the claim belongs to no incident.</param>
public sealed record ClaimIncident(long ClaimRowId, string? IncidentId);
