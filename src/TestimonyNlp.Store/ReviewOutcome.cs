namespace TestimonyNlp.Store;

/// <summary>What became of a change or a lease request.</summary>
public enum ReviewOutcomeKind
{
    /// <summary>The change was written (or the lease taken).</summary>
    Applied,

    /// <summary>The item's version is not the one expected: someone changed it meanwhile. Nothing was written.</summary>
    Stale,

    /// <summary>There is no such item (or its testimony was superseded). Nothing was written.</summary>
    NotFound,

    /// <summary>Another reviewer holds an unexpired lease on the item. Nothing was written.</summary>
    LeasedToOther,

    /// <summary>The change does not fit the item (a span outside the text, a value outside the closed vocabulary,
    /// an action the kind of item does not have, nothing to undo). Nothing was written.</summary>
    Invalid,
}

/// <summary>The result of <see cref="IReviewStore.Apply"/> or <see cref="IReviewStore.TryLease"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="CurrentVersion">The item's version now (after the change when applied; 0 when not found).</param>
/// <param name="Message">Why it was refused, for the reviewer (names ids and reviewers, never testimony text); null
/// when applied.</param>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, int CurrentVersion, string? Message)
{
    /// <summary>True when <see cref="Kind"/> is <see cref="ReviewOutcomeKind.Applied"/>.</summary>
    public bool Success => Kind == ReviewOutcomeKind.Applied;
}
