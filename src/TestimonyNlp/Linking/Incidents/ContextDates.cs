using System.Collections.Immutable;
using TestimonyNlp.Claims.Dates;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>The dates around a claim, as <see cref="LinkClaim.ContextDates"/> holds them.</summary>
public static class ContextDates
{
    /// <summary>The resolved ranges of the mentions lying in [<paramref name="evidenceStart"/> -
    /// <paramref name="beforeChars"/>, <paramref name="evidenceEnd"/>); ordered by first then last day, no
    /// duplicates.</summary>
    /// <param name="mentions">The testimony's DATE mentions: resolved range (null ones are skipped), start and end
    /// offsets.</param>
    /// <param name="evidenceStart">Offset of the claim's first evidence span.</param>
    /// <param name="evidenceEnd">Offset just past the claim's last evidence span.</param>
    /// <param name="beforeChars">How far before the evidence a mention counts.</param>
    public static ImmutableArray<DateSpan> Around(
        IEnumerable<(DateSpan? Span, int Start, int End)> mentions,
        int evidenceStart,
        int evidenceEnd,
        int beforeChars = Defaults.BeforeChars)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var spans = new SortedSet<DateSpan>(Comparer<DateSpan>.Create(static (x, y) =>
            x.From != y.From ? x.From.CompareTo(y.From) : x.To.CompareTo(y.To)));
        foreach (var (span, start, end) in mentions)
        {
            if (span is { } resolved && start >= evidenceStart - beforeChars && end <= evidenceEnd)
            {
                spans.Add(resolved);
            }
        }

        return [.. spans];
    }

    /// <summary>True when a mention lying within the evidence [<paramref name="evidenceStart"/>,
    /// <paramref name="evidenceEnd"/>) resolves to exactly <paramref name="from"/> .. <paramref name="to"/>: the claim's
    /// date was told in its evidence, not carried from the account around it (<see cref="LinkClaim.DateCarried"/>).</summary>
    /// <param name="mentions">The testimony's DATE mentions: resolved range (null ones are skipped), start and end
    /// offsets.</param>
    /// <param name="evidenceStart">Offset of the claim's first evidence span.</param>
    /// <param name="evidenceEnd">Offset just past the claim's last evidence span.</param>
    /// <param name="from">The claim's first day.</param>
    /// <param name="to">The claim's last day.</param>
    public static bool Tells(
        IEnumerable<(DateSpan? Span, int Start, int End)> mentions, int evidenceStart, int evidenceEnd, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var (span, start, end) in mentions)
        {
            if (span is { } resolved && start >= evidenceStart && end <= evidenceEnd && resolved.From == from && resolved.To == to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The default values.</summary>
    public static class Defaults
    {
        /// <summary>DATE mentions this many characters before a claim's evidence count as its context: the answer
        /// the harm is told in, and the question before it.</summary>
        public const int BeforeChars = 600;
    }
}
