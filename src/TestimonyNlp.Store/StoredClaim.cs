using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>One stored claim with the testimony it belongs to, its links and its review state.</summary>
/// <param name="RowId">The store's row id of the claim.</param>
/// <param name="TestimonyRowId">The store's row id of its testimony.</param>
/// <param name="TestimonyId">The testimony id.</param>
/// <param name="Source">The testimony's source path.</param>
/// <param name="Claim">The claim, with all its evidence spans and named victims.</param>
/// <param name="IncidentId">The incident the claim was linked to (<c>I0001</c>), or null.</param>
/// <param name="SiteId">The site the claim was resolved to (<c>s-</c> and 12 hex digits), or null.</param>
/// <param name="ReviewStatus">The review state; <see cref="StoreVocabulary.Unreviewed"/> until reviewed.</param>
/// <param name="Version">Row version for optimistic concurrency; 1 when first written.</param>
public sealed record StoredClaim(
    long RowId,
    long TestimonyRowId,
    string TestimonyId,
    string Source,
    Claim Claim,
    string? IncidentId,
    string? SiteId,
    string ReviewStatus,
    int Version)
{
    /// <summary>The review state of the claim's incident link: <see cref="StoreVocabulary.Accepted"/> or
    /// <see cref="StoreVocabulary.Corrected"/> pin the claim to <see cref="IncidentId"/> when incidents are linked
    /// again; <see cref="StoreVocabulary.Unreviewed"/> until reviewed.</summary>
    public string LinkReviewStatus { get; init; } = StoreVocabulary.Unreviewed;
}
