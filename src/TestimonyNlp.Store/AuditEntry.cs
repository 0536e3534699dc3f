namespace TestimonyNlp.Store;

/// <summary>One applied change in the audit log, which is never edited nor deleted.</summary>
/// <param name="Id">The row id of the entry; entries are numbered in the order they were written.</param>
/// <param name="Ref">The item changed.</param>
/// <param name="Reviewer">Who changed it.</param>
/// <param name="At">When (UTC, millisecond precision).</param>
/// <param name="Action">What was done.</param>
/// <param name="Before">The item's reviewable fields before, as compact JSON: for an entity or a claim
/// <c>{"type":…,"start":…,"end":…,"normalized":…,"category":…,"review_status":…}</c> (for a claim, type is the
/// harm, the span its first evidence span and category its weapon, and after category its <c>"actor"</c>, absent from
/// entries written before actors were reviewed); for an incident link <c>{"incident_id":…,"review_status":…}</c>; for
/// a site <c>{"lat":…,"lon":…,"precision":…,"review_status":…}</c>.</param>
/// <param name="After">The same fields after the change.</param>
/// <param name="VersionAfter">The item's version after the change.</param>
public sealed record AuditEntry(
    long Id,
    ReviewItemRef Ref,
    string Reviewer,
    DateTimeOffset At,
    ReviewAction Action,
    string Before,
    string After,
    int VersionAfter)
{
    /// <summary>For an <see cref="ReviewAction.Undo"/>: the id of the entry it reverted; otherwise null.</summary>
    public long? Reverts { get; init; }
}
