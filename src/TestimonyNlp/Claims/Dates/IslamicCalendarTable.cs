using System.Globalization;

namespace TestimonyNlp.Claims.Dates;

/// <summary>
/// Hijri months as Gregorian day ranges, from the Umm al-Qura calendar of Saudi Arabia
/// (<see cref="UmAlQuraCalendar"/>, which needs no culture data and so works with invariant globalization),
/// tabulated once for the Gregorian years <see cref="Defaults.FirstGregorianYear"/> to
/// <see cref="Defaults.LastGregorianYear"/>.
/// </summary>
/// <remarks>
/// Umm al-Qura is a computed calendar; where the start of a month is set by sighting the moon, local observance
/// can fall a day later (or, rarely, earlier). The months that open the fast and the pilgrimage are set by sighting
/// in Saudi Arabia too, and where the day it kept is known to have differed from the computed one the table keeps
/// that day (<see cref="ObservedStarts"/>): the fast of 2018 began on the 17th of May, not the 16th, and Eid al-Adha
/// fell on the 24th of September 2015 and the 12th of September 2016, a day after the computed one. Otherwise the
/// table gives the Umm al-Qura day and no margin: a reader that compares festival dates across testimonies should
/// allow a day either way.
/// </remarks>
public static class IslamicCalendarTable
{
    /// <summary>Defaults of the table.</summary>
    public static class Defaults
    {
        /// <summary>First Gregorian year whose festivals are tabulated.</summary>
        public const int FirstGregorianYear = 2000;

        /// <summary>Last Gregorian year whose festivals are tabulated.</summary>
        public const int LastGregorianYear = 2035;
    }

    /// <summary>Month number of Muharram.</summary>
    public const int Muharram = 1;

    /// <summary>Month number of Ramadan.</summary>
    public const int Ramadan = 9;

    /// <summary>Month number of Shawwal (Eid al-Fitr is its first day).</summary>
    public const int Shawwal = 10;

    /// <summary>Month number of Dhu al-Hijjah (Eid al-Adha is its tenth day).</summary>
    public const int DhuAlHijjah = 12;

    /// <summary>Months whose first day as Saudi Arabia kept it, by sighting, was not the Umm al-Qura day: Hijri year,
    /// month and the Gregorian day it began. A witness counts "three days before the Eid" or "the third day of
    /// Ramadan" from the day the feast or the fast was kept.</summary>
    private static readonly (int HijriYear, int Month, DateOnly Start)[] ObservedStarts =
    [
        (1436, DhuAlHijjah, new DateOnly(2015, 9, 15)),
        (1437, DhuAlHijjah, new DateOnly(2016, 9, 3)),
        (1439, Ramadan, new DateOnly(2018, 5, 17)),
    ];

    private static readonly int _firstHijriYear;
    private static readonly DateOnly[] _monthStarts;

    static IslamicCalendarTable()
    {
        var calendar = new UmAlQuraCalendar();
        // One Hijri year before and after the Gregorian window, so every month overlapping it has a start and an end.
        _firstHijriYear = calendar.GetYear(new DateTime(Defaults.FirstGregorianYear, 1, 1)) - 1;
        int lastHijriYear = calendar.GetYear(new DateTime(Defaults.LastGregorianYear, 12, 31)) + 1;
        int years = lastHijriYear - _firstHijriYear + 1;
        _monthStarts = new DateOnly[(years * 12) + 1];
        for (int y = 0; y < years; y++)
        {
            for (int m = 1; m <= 12; m++)
            {
                _monthStarts[(y * 12) + m - 1] = DateOnly.FromDateTime(calendar.ToDateTime(_firstHijriYear + y, m, 1, 0, 0, 0, 0));
            }
        }

        _monthStarts[^1] = DateOnly.FromDateTime(calendar.ToDateTime(lastHijriYear + 1, 1, 1, 0, 0, 0, 0));
        foreach (var (hijriYear, month, start) in ObservedStarts)
        {
            // The month before ends a day later or earlier with it.
            _monthStarts[((hijriYear - _firstHijriYear) * 12) + month - 1] = start;
        }
    }

    /// <summary>Gets the Gregorian days of Hijri month <paramref name="month"/> of Hijri year <paramref name="hijriYear"/>.</summary>
    public static bool TryGetMonth(int hijriYear, int month, out DateSpan span)
    {
        int index = ((hijriYear - _firstHijriYear) * 12) + month - 1;
        if (month is < 1 or > 12 || index < 0 || index >= _monthStarts.Length - 1)
        {
            span = default;
            return false;
        }

        span = new DateSpan(_monthStarts[index], _monthStarts[index + 1].AddDays(-1));
        return true;
    }

    /// <summary>Gets the occurrences of Hijri month <paramref name="month"/> that begin in Gregorian year
    /// <paramref name="year"/> (one, or two in the rare years a lunar month begins twice).</summary>
    /// <returns>How many were written to <paramref name="into"/> (which holds at least two).</returns>
    public static int MonthsBeginningIn(int year, int month, Span<DateSpan> into)
    {
        int count = 0;
        if (year < Defaults.FirstGregorianYear - 1 || year > Defaults.LastGregorianYear + 1)
        {
            return 0;
        }

        // A Gregorian year meets at most two Hijri years' worth of one month: the Hijri years
        // that begin shortly before and during it.
        int approx = (int)((year - 622) * 1.0307);
        for (int h = approx - 1; h <= approx + 2 && count < 2; h++)
        {
            if (TryGetMonth(h, month, out var span) && span.From.Year == year)
            {
                into[count++] = span;
            }
        }

        return count;
    }

    /// <summary>Gets Eid al-Fitr (1 Shawwal) in Gregorian year <paramref name="year"/>; false outside the table
    /// or in a year where it falls twice.</summary>
    public static bool TryGetEidAlFitr(int year, out DateOnly day) => TryGetSingleDay(year, Shawwal, 1, out day);

    /// <summary>Gets Eid al-Adha (10 Dhu al-Hijjah) in Gregorian year <paramref name="year"/>; false outside the
    /// table or in a year where it falls twice.</summary>
    public static bool TryGetEidAlAdha(int year, out DateOnly day) => TryGetSingleDay(year, DhuAlHijjah, 10, out day);

    /// <summary>Gets the Gregorian days that are day <paramref name="dayOfMonth"/> of Hijri month
    /// <paramref name="month"/> and fall in Gregorian year <paramref name="year"/>.</summary>
    /// <returns>How many were written to <paramref name="into"/> (which holds at least two).</returns>
    public static int DaysIn(int year, int month, int dayOfMonth, Span<DateOnly> into)
    {
        int count = 0;
        if (year < Defaults.FirstGregorianYear - 1 || year > Defaults.LastGregorianYear + 1)
        {
            return 0;
        }

        // Search by the day itself, not the month start: 10 Dhu al-Hijjah can fall in January while the month began in December.
        int approx = (int)((year - 622) * 1.0307);
        for (int h = approx - 1; h <= approx + 2 && count < 2; h++)
        {
            if (TryGetMonth(h, month, out var span) && dayOfMonth <= span.Days && span.From.AddDays(dayOfMonth - 1) is var d && d.Year == year)
            {
                into[count++] = d;
            }
        }

        return count;
    }

    private static bool TryGetSingleDay(int year, int month, int dayOfMonth, out DateOnly day)
    {
        day = default;
        if (year < Defaults.FirstGregorianYear || year > Defaults.LastGregorianYear)
        {
            return false;
        }

        Span<DateOnly> days = stackalloc DateOnly[2];
        int count = DaysIn(year, month, dayOfMonth, days);
        day = days[0];
        return count == 1;
    }
}
