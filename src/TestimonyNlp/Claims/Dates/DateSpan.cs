namespace TestimonyNlp.Claims.Dates;

/// <summary>An inclusive range of days, <c>From</c> to <c>To</c>.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive); never before <paramref name="From"/>.</param>
public readonly record struct DateSpan(DateOnly From, DateOnly To)
{
    /// <summary>A span of one day.</summary>
    public static DateSpan Day(DateOnly day) => new(day, day);

    /// <summary>The whole Gregorian month.</summary>
    public static DateSpan Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>The whole Gregorian year.</summary>
    public static DateSpan Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The Monday-to-Sunday (ISO 8601) week holding <paramref name="day"/>.</summary>
    public static DateSpan Week(DateOnly day)
    {
        int back = ((int)day.DayOfWeek + 6) % 7;
        var monday = day.AddDays(-back);
        return new(monday, monday.AddDays(6));
    }

    /// <summary>Number of days in the span.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Whether the span is a single day.</summary>
    public bool IsSingleDay => From == To;

    /// <summary>Whether <paramref name="day"/> lies in the span.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>Whether the two spans share a day.</summary>
    public bool Overlaps(DateSpan other) => From <= other.To && other.From <= To;

    /// <summary>The span moved by <paramref name="days"/> days.</summary>
    public DateSpan AddDays(int days) => new(From.AddDays(days), To.AddDays(days));
}
