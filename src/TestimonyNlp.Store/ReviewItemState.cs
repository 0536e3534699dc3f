namespace TestimonyNlp.Store;

/// <summary>One item as the review store reads it inside a transaction.</summary>
/// <param name="Ref">The item.</param>
/// <param name="TestimonyRowId">Its testimony's row id.</param>
/// <param name="TestimonyId">Its testimony's id.</param>
/// <param name="Confidence">The model's confidence.</param>
/// <param name="Version">The item's version (for an incident link, the link's own version).</param>
/// <param name="HasSpan">False for a claim without evidence, whose span cannot be adjusted.</param>
/// <param name="Snapshot">The reviewable fields.</param>
internal sealed record ReviewItemState(
    ReviewItemRef Ref,
    long TestimonyRowId,
    string TestimonyId,
    double Confidence,
    int Version,
    bool HasSpan,
    ReviewSnapshot Snapshot)
{
    /// <summary>For an entity: whether the spotters and the tagger disagreed on it.</summary>
    public bool Disputed { get; init; }

    /// <summary>For an entity: its id within the testimony.</summary>
    public string? EntityId { get; init; }

    /// <summary>The label the queue shows: entity type, claim harm or incident id.</summary>
    public string Label => (Ref.Kind == ReviewItemKind.IncidentLink ? Snapshot.IncidentId : Snapshot.Type) ?? string.Empty;
}
