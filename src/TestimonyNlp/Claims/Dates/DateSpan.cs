using System.Globalization;
using TestimonyNlp.Model;

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

    /// <summary>The span as ISO 8601 text: <c>2016-09-09</c> for one day, <c>2016-09-01..2016-09-30</c> for more.</summary>
    public string ToIso() =>
        IsSingleDay ? Format(From) : string.Concat(Format(From), IsoRangeSeparator, Format(To));

    /// <summary>Parses what <see cref="ToIso"/> writes; false for anything else, or a range that ends before it
    /// starts.</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out DateSpan span)
    {
        span = default;
        var separator = text.IndexOf(IsoRangeSeparator, StringComparison.Ordinal);
        if (separator < 0)
        {
            if (!TryParseDay(text, out var day))
            {
                return false;
            }

            span = Day(day);
            return true;
        }

        if (!TryParseDay(text[..separator], out var from)
            || !TryParseDay(text[(separator + IsoRangeSeparator.Length)..], out var to)
            || to < from)
        {
            return false;
        }

        span = new DateSpan(from, to);
        return true;
    }

    private const string IsoRangeSeparator = "..";

    private static string Format(DateOnly day) => day.ToString(IsoDate.Format, CultureInfo.InvariantCulture);

    /// <summary>Reads one day as <see cref="IsoDate.Format"/> writes it. A well-formed day ("2016-09-09", ASCII digits,
    /// a day the month has) is read digit by digit, giving what the exact parser gives; anything else goes to the exact
    /// parser. The claim stage reads every DATE mention's range back this way, and the parser alone was a twentieth of
    /// the stage's time.</summary>
    private static bool TryParseDay(ReadOnlySpan<char> text, out DateOnly day)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out var year) && TryDigits(text.Slice(5, 2), out var month) && TryDigits(text.Slice(8, 2), out var dayOfMonth)
            && year >= 1 && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month))
        {
            day = new DateOnly(year, month, dayOfMonth);
            return true;
        }

        return DateOnly.TryParseExact(text, IsoDate.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    /// <summary>The number <paramref name="digits"/> spells, when every one is an ASCII digit.</summary>
    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = value * 10 + digit - '0';
        }

        return true;
    }
}
