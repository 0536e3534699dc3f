namespace TestimonyNlp.Claims.Dates;

/// <summary>
/// Days and months told without a year in a testimony that gives no interview date ("Saturday, 12 March", "the
/// 18th", "the middle of October"): nothing places them in a year, but the day of the year is what the witness told,
/// and another witness of the event may tell the year. They are kept in a placeholder year: the range the mention
/// resolves to when the interview is taken to be the last day of <see cref="Year"/> (a range crossing the new year
/// begins in the year before).
/// </summary>
public static class YearlessDates
{
    /// <summary>The placeholder year: a leap year, so that the 29th of February has a place.</summary>
    public const int Year = 2000;

    /// <summary>The placeholder interview the year-less ranges are kept against: the last day of <see cref="Year"/>,
    /// so that every day and month told alone falls in it.</summary>
    public static readonly DateOnly Interview = new(Year, 12, 31);

    /// <summary>A second placeholder interview half a year before <see cref="Interview"/>: what a mention places from
    /// the interview itself ("last week", "yesterday") moves with it, what the words tell does not.</summary>
    public static readonly DateOnly OtherInterview = new(Year, 6, 30);

    /// <summary>True when two ranges cover the same days of the year, their years aside: equal lengths, starting on
    /// the same day and month.</summary>
    public static bool SameDaysOfYear(DateSpan x, DateSpan y) =>
        x.Days == y.Days && x.From.Month == y.From.Month && x.From.Day == y.From.Day;
}
