namespace TestimonyNlp.Store;

/// <summary>The site a stored claim was resolved to.</summary>
/// <param name="ClaimRowId">The store's row id of the claim (<see cref="StoredClaim.RowId"/>).</param>
/// <param name="SiteId">The site id, or null when the claim has no site.</param>
public sealed record ClaimSite(long ClaimRowId, string? SiteId);
