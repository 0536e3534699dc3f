using System.Collections.Immutable;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Reviewed;

/// <summary>What a reviewer decided about one entity or claim of a reviewed export (its <c>review_status</c>).</summary>
public enum ItemReview
{
    /// <summary>No reviewer has looked at it (<c>UNREVIEWED</c>, or no status at all): the model's value.</summary>
    Unreviewed,

    /// <summary>A reviewer accepted the model's value (<c>ACCEPTED</c>).</summary>
    Accepted,

    /// <summary>A reviewer changed it (<c>CORRECTED</c>).</summary>
    Corrected,

    /// <summary>A reviewer rejected it (<c>REJECTED</c>): it is not in the text.</summary>
    Rejected,
}

/// <summary>Wire names of <see cref="ItemReview"/>.</summary>
public static class ItemReviews
{
    /// <summary>The review of a wire name; anything else, or no name, is <see cref="ItemReview.Unreviewed"/>, so that
    /// an item nobody marked reviewed is never taught.</summary>
    public static ItemReview Parse(string? wire) => wire switch
    {
        "ACCEPTED" => ItemReview.Accepted,
        "CORRECTED" => ItemReview.Corrected,
        "REJECTED" => ItemReview.Rejected,
        _ => ItemReview.Unreviewed,
    };

    /// <summary>True when a reviewer decided: accepted, corrected or rejected.</summary>
    public static bool IsReviewed(this ItemReview review) => review != ItemReview.Unreviewed;

    /// <summary>True when the item is taught as gold: accepted or corrected.</summary>
    public static bool IsTaught(this ItemReview review) => review is ItemReview.Accepted or ItemReview.Corrected;
}

/// <summary>
/// One line of a reviewed export: the testimony in the corpus annotation format with the review of each entity and
/// claim, in the order of <see cref="GoldTestimony.Entities"/> and <see cref="GoldTestimony.Claims"/>.
/// </summary>
/// <param name="Gold">The line as the gold reader reads it (every entity and claim, whatever its review; not the
/// <see cref="Rejected"/> extension).</param>
/// <param name="EntityReviews">The review of each entity.</param>
/// <param name="ClaimReviews">The review of each claim.</param>
public sealed record ReviewedTestimony(GoldTestimony Gold, ImmutableArray<ItemReview> EntityReviews, ImmutableArray<ItemReview> ClaimReviews)
{
    /// <summary>The line's <c>"rejected"</c> extension: entities and claims a reviewer rejected, outside the gold
    /// fields. They are reviewed spans that teach nothing as gold, so they are taught as negatives.</summary>
    public ReviewedRejections Rejected { get; init; } = ReviewedRejections.None;

    /// <summary>The entities taught as gold: those a reviewer accepted or corrected.</summary>
    public ImmutableArray<GoldEntity> TaughtEntities => [.. Gold.Entities.Where((_, i) => EntityReviews[i].IsTaught())];

    /// <summary>The claims taught as gold: those a reviewer accepted or corrected.</summary>
    public ImmutableArray<GoldClaim> TaughtClaims => [.. Gold.Claims.Where((_, i) => ClaimReviews[i].IsTaught())];

    /// <summary>The spans of the entities a reviewer decided on (accepted, corrected or rejected, including the
    /// <see cref="Rejected"/> extension's).</summary>
    public IEnumerable<(int Start, int End)> ReviewedEntitySpans =>
        EntitySpans(reviewed: true).Concat(Rejected.Entities.Select(e => (e.Start, e.End)));

    /// <summary>The spans of the entities nobody reviewed.</summary>
    public IEnumerable<(int Start, int End)> UnreviewedEntitySpans => EntitySpans(reviewed: false);

    /// <summary>The evidence spans of the claims a reviewer decided on (accepted, corrected or rejected, including
    /// the <see cref="Rejected"/> extension's).</summary>
    public IEnumerable<(int Start, int End)> ReviewedClaimSpans =>
        ClaimSpans(reviewed: true).Concat(Rejected.Claims.SelectMany(c => c.Evidence.Select(e => (e.Start, e.End))));

    /// <summary>The evidence spans of the claims nobody reviewed.</summary>
    public IEnumerable<(int Start, int End)> UnreviewedClaimSpans => ClaimSpans(reviewed: false);

    private IEnumerable<(int Start, int End)> EntitySpans(bool reviewed) =>
        Gold.Entities.Where((_, i) => EntityReviews[i].IsReviewed() == reviewed).Select(e => (e.Start, e.End));

    private IEnumerable<(int Start, int End)> ClaimSpans(bool reviewed) =>
        Gold.Claims.Where((_, i) => ClaimReviews[i].IsReviewed() == reviewed).SelectMany(c => c.Evidence.Select(e => (e.Start, e.End)));
}
