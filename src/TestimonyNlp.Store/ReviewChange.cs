namespace TestimonyNlp.Store;

/// <summary>What a reviewer does to an item.</summary>
public enum ReviewAction
{
    /// <summary>The item is right as it is (status <c>ACCEPTED</c>).</summary>
    Accept,

    /// <summary>The item is wrong: marked <c>REJECTED</c>, never deleted.</summary>
    Reject,

    /// <summary>Another entity type (<see cref="ReviewChange.NewType"/>, a wire name such as <c>PLACE</c>), or
    /// another harm for a claim (<c>INJURED</c>); status <c>CORRECTED</c>. An entity leaving WEAPON loses its
    /// category.</summary>
    ChangeType,

    /// <summary>Another span (<see cref="ReviewChange.NewStart"/>, <see cref="ReviewChange.NewEnd"/>) of an entity,
    /// or of a claim's first evidence span; the mention text or quote follows the span. Status <c>CORRECTED</c>.</summary>
    AdjustSpan,

    /// <summary>Another normalised form of an entity (<see cref="ReviewChange.NewNormalized"/>; empty clears it);
    /// status <c>CORRECTED</c>.</summary>
    EditNormalized,

    /// <summary>Another weapon category (<see cref="ReviewChange.NewCategory"/>, a wire name such as
    /// <c>ARTILLERY</c>) of a WEAPON entity or of a claim; status <c>CORRECTED</c>.</summary>
    EditCategory,

    /// <summary>Restores the item as it was before its last change that was not undone yet; audited itself.</summary>
    Undo,

    /// <summary>An incident link moved by a merge of its incident into another (<see cref="IReviewStore.MergeIncidents"/>);
    /// status <c>CORRECTED</c>. Not a change a <see cref="ReviewChange"/> can ask for.</summary>
    MergeIncidents,

    /// <summary>An incident link moved out of its incident by a split (<see cref="IReviewStore.SplitIncident"/>);
    /// status <c>CORRECTED</c>. Not a change a <see cref="ReviewChange"/> can ask for.</summary>
    SplitIncident,

    /// <summary>Another actor held responsible by a claim (<see cref="ReviewChange.NewActor"/>): the id of an ACTOR
    /// entity of the claim's testimony (<c>e4</c>), or the reviewer's own words for it when the testimony has no such
    /// entity (stored as they are in the claim's actor field); empty clears it. Status <c>CORRECTED</c>.</summary>
    EditActor,

    /// <summary>Other coordinates and precision of a site (<see cref="ReviewChange.NewLat"/>,
    /// <see cref="ReviewChange.NewLon"/>, <see cref="ReviewChange.NewPrecision"/>; all null says the site cannot be
    /// placed). Status <c>CORRECTED</c>. A reviewed (accepted or corrected) geocode stays when site linking runs
    /// again.</summary>
    EditGeocode,

    /// <summary>An incident link cut because a reviewer rejected its claim: the claim leaves its incident at once
    /// (incident id null), its link status stays. Undoing the claim's rejection reverts this entry with an
    /// <see cref="Undo"/> of the link. Not a change a <see cref="ReviewChange"/> can ask for.</summary>
    ClaimRejected,
}

/// <summary>One change a reviewer asks for.</summary>
/// <param name="Ref">The item.</param>
/// <param name="ExpectedVersion">The version the reviewer saw (<see cref="ReviewItem.Version"/>); another version
/// means someone changed the item meanwhile, and the change is refused as stale.</param>
/// <param name="Action">What to do.</param>
/// <param name="NewType">For <see cref="ReviewAction.ChangeType"/>: the new entity type or claim harm.</param>
/// <param name="NewStart">For <see cref="ReviewAction.AdjustSpan"/>: the new start offset.</param>
/// <param name="NewEnd">For <see cref="ReviewAction.AdjustSpan"/>: the new end offset (exclusive).</param>
/// <param name="NewNormalized">For <see cref="ReviewAction.EditNormalized"/>: the new normalised form.</param>
/// <param name="NewCategory">For <see cref="ReviewAction.EditCategory"/>: the new weapon category.</param>
/// <param name="NewActor">For <see cref="ReviewAction.EditActor"/>: an ACTOR entity id of the testimony, or a name in
/// the reviewer's words (at most <see cref="ReviewLimits.MaxNormalizedLength"/> characters), or empty.</param>
/// <param name="NewLat">For <see cref="ReviewAction.EditGeocode"/>: the latitude in decimal degrees, or null.</param>
/// <param name="NewLon">For <see cref="ReviewAction.EditGeocode"/>: the longitude in decimal degrees, or null.</param>
/// <param name="NewPrecision">For <see cref="ReviewAction.EditGeocode"/>: what the coordinates stand for, a wire name
/// such as <c>BUILDING</c>; null without coordinates.</param>
public sealed record ReviewChange(
    ReviewItemRef Ref,
    int ExpectedVersion,
    ReviewAction Action,
    string? NewType = null,
    int? NewStart = null,
    int? NewEnd = null,
    string? NewNormalized = null,
    string? NewCategory = null,
    string? NewActor = null,
    double? NewLat = null,
    double? NewLon = null,
    string? NewPrecision = null);
