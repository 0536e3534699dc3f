namespace TestimonyNlp.Store;

/// <summary>One claim of an incident, with its link's review state.</summary>
/// <param name="ClaimRowId">The claim's row id (its link is the review item <c>link-</c> and this id).</param>
/// <param name="ClaimId">The claim id within its testimony (<c>c1</c>).</param>
/// <param name="TestimonyRowId">Its testimony's row id.</param>
/// <param name="TestimonyId">Its testimony's id.</param>
/// <param name="Harm">The harm's wire name.</param>
/// <param name="VictimsMin">The least number of victims, or null.</param>
/// <param name="VictimsMax">The greatest number of victims, or null.</param>
/// <param name="Weapon">The weapon category's wire name, or null.</param>
/// <param name="SiteId">The resolved site, or null.</param>
/// <param name="SiteName">The site's name, or null.</param>
/// <param name="DateFrom">First possible day, or null.</param>
/// <param name="DateTo">Last possible day, or null.</param>
/// <param name="EvidenceStart">Start of its first evidence span (0 without evidence).</param>
/// <param name="EvidenceEnd">End of its first evidence span (0 without evidence).</param>
/// <param name="ReviewStatus">The claim's review status.</param>
/// <param name="LinkReviewStatus">The review status of its incident link.</param>
/// <param name="LinkVersion">The version of its incident link.</param>
public sealed record ReviewIncidentClaim(
    long ClaimRowId,
    string ClaimId,
    long TestimonyRowId,
    string TestimonyId,
    string Harm,
    int? VictimsMin,
    int? VictimsMax,
    string? Weapon,
    string? SiteId,
    string? SiteName,
    DateOnly? DateFrom,
    DateOnly? DateTo,
    int EvidenceStart,
    int EvidenceEnd,
    string ReviewStatus,
    string LinkReviewStatus,
    int LinkVersion);
