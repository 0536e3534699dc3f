using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>One stored entity mention with the testimony it belongs to and its review state.</summary>
/// <param name="RowId">The store's row id of the entity.</param>
/// <param name="TestimonyRowId">The store's row id of its testimony.</param>
/// <param name="TestimonyId">The testimony id.</param>
/// <param name="Source">The testimony's source path.</param>
/// <param name="Mention">The mention as the pipeline produced it (or a reviewer corrected it).</param>
/// <param name="ReviewStatus">The review state; <see cref="StoreVocabulary.Unreviewed"/> until reviewed.</param>
/// <param name="Version">Row version for optimistic concurrency; 1 when first written.</param>
public sealed record StoredEntity(
    long RowId,
    long TestimonyRowId,
    string TestimonyId,
    string Source,
    EntityMention Mention,
    string ReviewStatus,
    int Version);
