using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Dates;

/// <summary>How finely a resolved date places the event.</summary>
public enum DatePrecision
{
    /// <summary>Not resolved: <c>From</c> and <c>To</c> are null.</summary>
    Unresolved = 0,

    /// <summary>One day ("9 September 2016", "the next day", "the second day of Eid").</summary>
    Day,

    /// <summary>A few days: alternatives ("the 9th or the 10th"), "around the 8th", "a few days later".</summary>
    Days,

    /// <summary>A week ("last week", "the first week of May", "the week before").</summary>
    Week,

    /// <summary>Part of a month ("early March", "the end of June", "the end of Ramadan").</summary>
    PartOfMonth,

    /// <summary>A month, Gregorian or not ("September 2016", "Ramadan", "Saratan").</summary>
    Month,

    /// <summary>A season ("spring 2017", "last summer").</summary>
    Season,

    /// <summary>Part of a year ("mid-2015", "the end of 2013").</summary>
    PartOfYear,

    /// <summary>A year ("2016", "last year", "two years ago").</summary>
    Year,

    /// <summary>A span of several months or years ("between 2014 and 2016", "January or February").</summary>
    Span,
}

/// <summary>What a resolved date rests on besides its own words.</summary>
public enum DateAnchor
{
    /// <summary>Nothing: unresolved.</summary>
    None = 0,

    /// <summary>The words alone ("9 September 2016", "spring 2017", "Ramadan 2014").</summary>
    Text,

    /// <summary>The previous event's date ("that night", "two days later", "the 12th" after "March 2017").</summary>
    PreviousEvent,

    /// <summary>The interview date ("last year", "yesterday", "October" with nothing told before).</summary>
    InterviewDate,
}

/// <summary>A DATE mention resolved to a range of days.</summary>
/// <param name="Range">The mention's text and its inclusive range; both ends null when unresolved.</param>
/// <param name="Precision">How finely the range places the event.</param>
/// <param name="Anchor">What the range rests on besides the words.</param>
public sealed record DateResolution(DateRange Range, DatePrecision Precision, DateAnchor Anchor)
{
    /// <summary>Whether the mention was resolved to a range.</summary>
    public bool IsResolved => Range.From is not null && Range.To is not null;

    /// <summary>Gets the range when resolved.</summary>
    public bool TryGetSpan(out DateSpan span)
    {
        if (Range.From is { } from && Range.To is { } to)
        {
            span = new DateSpan(from, to);
            return true;
        }

        span = default;
        return false;
    }

    /// <summary>An unresolved mention: the text is kept, the range is null.</summary>
    public static DateResolution Unresolved(string text) => new(new DateRange(text, null, null), DatePrecision.Unresolved, DateAnchor.None);

    /// <summary>A resolved mention.</summary>
    public static DateResolution Resolved(string text, DateSpan span, DatePrecision precision, DateAnchor anchor) =>
        new(new DateRange(text, span.From, span.To), precision, anchor);
}
