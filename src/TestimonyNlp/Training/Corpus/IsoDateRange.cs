using System.Globalization;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Corpus;

/// <summary>A day or an inclusive range of days, written <c>2016-09-09</c> or <c>2014-08-01..2014-08-31</c>.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive); equal to <paramref name="From"/> for one day.</param>
public readonly record struct IsoDateRange(DateOnly From, DateOnly To)
{
    private const string DayFormat = IsoDate.Format;
    private const string Separator = "..";

    /// <summary>Parses <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd..yyyy-MM-dd</c>. A range whose end is before its start
    /// parses (so the caller can say what is wrong) with <see cref="IsOrdered"/> false.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IsoDateRange range)
    {
        range = default;
        var separator = text.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0)
        {
            if (!TryParseDay(text, out var day))
            {
                return false;
            }

            range = new IsoDateRange(day, day);
            return true;
        }

        if (!TryParseDay(text[..separator], out var from) || !TryParseDay(text[(separator + Separator.Length)..], out var to))
        {
            return false;
        }

        range = new IsoDateRange(from, to);
        return true;
    }

    /// <summary>Parses exactly <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDay(ReadOnlySpan<char> text, out DateOnly day) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Formats a day as <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDay(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>True when the range does not end before it starts.</summary>
    public bool IsOrdered => From <= To;

    /// <summary><c>2016-09-09</c> for one day, <c>2014-08-01..2014-08-31</c> for a range.</summary>
    public override string ToString() =>
        From == To ? FormatDay(From) : FormatDay(From) + Separator + FormatDay(To);
}
