namespace TestimonyNlp.Store;

/// <summary>Which items <see cref="IReviewStore.ReadQueue"/> gives. Null values do not filter.</summary>
/// <param name="TestimonyId">Only items of the testimony with this id.</param>
/// <param name="Kind">Only items of this kind.</param>
/// <param name="IncidentId">Only claims and incident links of claims linked to this incident (entities are left
/// out).</param>
/// <param name="IncludeReviewed">Also items already reviewed (after all unreviewed ones); by default only
/// <see cref="StoreVocabulary.Unreviewed"/> items.</param>
public sealed record ReviewQueueFilter(
    string? TestimonyId = null,
    ReviewItemKind? Kind = null,
    string? IncidentId = null,
    bool IncludeReviewed = false)
{
    /// <summary>Every unreviewed item.</summary>
    public static ReviewQueueFilter All { get; } = new();
}
