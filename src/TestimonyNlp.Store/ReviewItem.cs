namespace TestimonyNlp.Store;

/// <summary>One item of the review queue, without the testimony text (read it with
/// <see cref="ITestimonyStore.ReadContent"/> and <see cref="TestimonyRowId"/>). A site item belongs to no testimony:
/// its testimony id is empty, its testimony row id 0, its label the site's name, its span 0..0 and its confidence
/// 1.</summary>
/// <param name="Ref">Which item it is.</param>
/// <param name="TestimonyId">The testimony id.</param>
/// <param name="TestimonyRowId">The store's row id of the testimony.</param>
/// <param name="Label">The entity type (<c>PERSON</c>), the claim harm (<c>KILLED</c>) or, for an incident link, the
/// incident id (<c>I0003</c>); with reviewers' corrections applied.</param>
/// <param name="Start">Offset of the entity, or of the claim's first evidence span, in the testimony text (0 for a
/// claim without evidence).</param>
/// <param name="End">Offset just past it (end exclusive).</param>
/// <param name="Confidence">The model's confidence in the entity or claim, in [0, 1].</param>
/// <param name="ReviewStatus">The review state: <see cref="StoreVocabulary.Unreviewed"/>,
/// <see cref="StoreVocabulary.Accepted"/>, <see cref="StoreVocabulary.Rejected"/> or
/// <see cref="StoreVocabulary.Corrected"/>.</param>
/// <param name="Version">The item's version; give it back as <see cref="ReviewChange.ExpectedVersion"/>.</param>
/// <param name="LeasedTo">The reviewer holding an unexpired lease on the item, or null.</param>
/// <param name="LeaseExpires">When that lease ends (UTC), or null.</param>
public sealed record ReviewItem(
    ReviewItemRef Ref,
    string TestimonyId,
    long TestimonyRowId,
    string Label,
    int Start,
    int End,
    double Confidence,
    string ReviewStatus,
    int Version,
    string? LeasedTo,
    DateTimeOffset? LeaseExpires)
{
    /// <summary>For an entity: its normalised form; otherwise null.</summary>
    public string? Normalized { get; init; }

    /// <summary>For a WEAPON entity: its weapon category; for a claim: its weapon category; otherwise null.</summary>
    public string? Category { get; init; }

    /// <summary>For a claim or an incident link: the incident the claim is linked to; otherwise null.</summary>
    public string? IncidentId { get; init; }

    /// <summary>For an entity: its id within the testimony (<c>e4</c>), which claims name it by; otherwise null.</summary>
    public string? EntityId { get; init; }

    /// <summary>For an entity: true when the spotters and the tagger disagreed on its words
    /// (<see cref="TestimonyNlp.Model.EntityMention.Disputed"/>); the queue puts it first among items of its
    /// confidence band. False for other items.</summary>
    public bool Disputed { get; init; }

    /// <summary>For a claim: its actor, an ACTOR entity id of the testimony (<c>e4</c>) or a reviewer's name for it;
    /// otherwise null.</summary>
    public string? Actor { get; init; }

    /// <summary>Given by <see cref="IReviewStore.ReadItem"/>: for a site item the site itself; for a claim the site it
    /// was resolved to; for a PLACE entity the site of the first claim whose site it is; otherwise null.</summary>
    public ReviewSite? Site { get; init; }
}
