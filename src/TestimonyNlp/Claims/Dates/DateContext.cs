namespace TestimonyNlp.Claims.Dates;

/// <summary>
/// What a date mention is resolved against: the interview date and the date of the event the testimony told last.
/// The claim builder keeps one as it reads a testimony in order, moving it on with <see cref="After"/>.
/// </summary>
/// <param name="InterviewDate">The date of the interview, or null when the header gives none.</param>
/// <param name="Previous">The resolved date of the previous event in the testimony, or null.</param>
public sealed record DateContext(DateOnly? InterviewDate, DateSpan? Previous = null)
{
    /// <summary>True when <see cref="Previous"/> is a whole year told just before the mention being resolved ("in
    /// 2014 ... on the 24th of July"), so that it names the mention's year.</summary>
    public bool YearJustTold { get; init; }

    /// <summary>True when the mention being resolved follows the previous event's mention with only a comma or a dash
    /// between ("on the 10th of February, three days after the strike"), so that it may say the same day again.</summary>
    public bool PreviousJustBefore { get; init; }

    /// <summary>True when the words before the mention in its sentence tell of a time before the event told last
    /// ("Before this, in February, ...", "Before Orión there was Mariscal, in May"), so that a month, season or
    /// festival without a year is the one before that event, not the nearer one after it.</summary>
    public bool ToldBefore { get; init; }

    /// <summary>The weekday (0 Sunday to 6 Saturday) that the mention just before named alone and left unplaced
    /// ("Sunday, the 22nd" tagged as two mentions), which the day of the next mention falls on; null otherwise.</summary>
    public int? Weekday { get; init; }

    /// <summary>A context that knows nothing: only dates the text gives in full resolve.</summary>
    public static readonly DateContext Empty = new(null, null);

    /// <summary>The context for the next mention: the previous event becomes <paramref name="resolution"/>'s
    /// range when it was resolved; an unresolved weekday alone becomes <see cref="Weekday"/> for the next mention; any
    /// other unresolved mention leaves the previous event as it was.</summary>
    public DateContext After(DateResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        if (resolution.TryGetSpan(out var span))
        {
            return this with { Previous = span, Weekday = null };
        }

        if (DateResolver.IsWeekdayAlone(resolution.Range.Text, out var weekday))
        {
            return this with { Weekday = weekday };
        }

        return Weekday is null ? this : this with { Weekday = null };
    }
}
