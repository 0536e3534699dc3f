namespace TestimonyNlp.Store;

/// <summary>The result of a merge or split of incidents.</summary>
/// <param name="Kind">What happened: <see cref="ReviewOutcomeKind.Applied"/>, or why nothing was written
/// (<see cref="ReviewOutcomeKind.Stale"/>, <see cref="ReviewOutcomeKind.NotFound"/>,
/// <see cref="ReviewOutcomeKind.Invalid"/>).</param>
/// <param name="IncidentId">When applied, the incident the claims are in now (the merge's target, or the split's
/// target or new incident); otherwise null.</param>
/// <param name="MovedClaims">How many claim links moved (one audit entry each).</param>
/// <param name="ConfirmedClaims">How many unreviewed links of claims that stayed were accepted, since the reviewer
/// left them where they are (one audit entry each).</param>
/// <param name="Message">Why it was refused, for the reviewer (ids only, never testimony text); null when applied.</param>
public sealed record IncidentOutcome(ReviewOutcomeKind Kind, string? IncidentId, int MovedClaims, int ConfirmedClaims, string? Message)
{
    /// <summary>True when <see cref="Kind"/> is <see cref="ReviewOutcomeKind.Applied"/>.</summary>
    public bool Success => Kind == ReviewOutcomeKind.Applied;
}
