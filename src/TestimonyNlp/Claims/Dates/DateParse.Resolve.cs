using System.Globalization;

namespace TestimonyNlp.Claims.Dates;

/// <summary>Resolution of the filled slots against the interview date and the previous event.</summary>
internal partial struct DateParse
{
    private static readonly PersianCalendar _solar = new();

    /// <summary>Resolves the filled slots against the context.</summary>
    public static bool TryResolve(in DateParse p, DateContext c, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        var interview = c.InterviewDate;
        var previous = c.Previous;

        if (p.Yesterday || p.Today)
        {
            if (interview is not { } i)
            {
                return false;
            }

            DateResolver.Widen(ref anchor, DateAnchor.InterviewDate);
            span = DateSpan.Day(p.Yesterday ? i.AddDays(-1) : i);
            return true;
        }

        if (p.NumericDate != 0 && p.NumericDate / 10000 != 0)
        {
            int v = p.NumericDate;
            span = DateSpan.Day(new DateOnly(v / 10000, v / 100 % 100, v % 100));
            return true;
        }

        var q = p;
        if (p.DeixisUnit == DateUnit.Year && p.Deixis is Deixis.Last or Deixis.This && (q.HasRecurring || q.Part != DatePart.None))
        {
            // "Ramadan last year", "March this year", "the spring of last year", "the end of last year"
            if (interview is not { } i)
            {
                return false;
            }

            DateResolver.Widen(ref anchor, DateAnchor.InterviewDate);
            q.Year1 = p.Deixis == Deixis.Last ? i.Year - 1 : i.Year;
            q.Deixis = Deixis.None;
            q.DeixisUnit = DateUnit.None;
            if (!q.HasRecurring)
            {
                return TryYear(in q, out span);
            }
        }
        else if (q.DeixisUnit != DateUnit.None && !q.HasRecurring && q.Year1 == 0)
        {
            return TryDeicticUnit(in q, c, ref anchor, out span);
        }

        if (q.HasRecurring)
        {
            return TryRecurring(in q, c, ref anchor, out span);
        }

        if (q.Year1 != 0)
        {
            return TryYear(in q, out span);
        }

        if (q.Day1 == 0 && q.Weekday < 0 && !q.MonthWord && q.Part is DatePart.FirstDays or DatePart.LastDays or DatePart.LastWeek
            && previous is { } whole && IsMonthLong(whole))
        {
            // "the first days", "the last ten days" after "in July" or "Ramadan": of that month.
            DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
            return Refine(in q, whole, out span);
        }

        if (q.Day1 == 0 && q.Weekday < 0 && !q.MonthWord && q.Part == DatePart.NthWeek && q.PartNumber == 1
            && previous is { IsSingleDay: true } day)
        {
            // "the 20th of November ... the first week": the week that began that day, to the same weekday a week on
            // (the corpus counts both ends), not the first days of the month.
            DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
            span = new DateSpan(day.From, day.From.AddDays(DateResolver.Defaults.WeekDays));
            return true;
        }

        if (q.Day1 != 0 || (q.Part != DatePart.None && (q.MonthWord || q.Part is DatePart.NthWeek or DatePart.LastWeek)))
        {
            return TryContextMonth(in q, c, ref anchor, out span);
        }

        if (q.Weekday >= 0)
        {
            return TryWeekday(in q, c, ref anchor, out span);
        }

        if (q.Part == DatePart.NthDay && q.Weekday < 0 && !q.SawOtherWord && previous is { } first && first.Days <= DateResolver.Defaults.NearestWithinDays)
        {
            // "the second day", "the third night" with no month or festival named: counted from a one-day previous
            // event (its first day), else within the previous event, as "that day" is.
            DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
            span = first.IsSingleDay ? DateSpan.Day(first.From.AddDays(q.PartNumber - 1)) : first;
            return true;
        }

        if ((q.TimeOfDay || q.BareDay || q.Deixis == Deixis.That || q.Part is DatePart.Early or DatePart.Mid or DatePart.Late) && previous is { } prev)
        {
            // "that night", "the morning", "after midnight": the previous event's day.
            DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
            span = prev;
            return true;
        }

        return false;
    }

    private static bool TryYear(in DateParse p, out DateSpan span)
    {
        span = DateSpan.Year(p.Year1);
        if (p.Year2 != 0)
        {
            span = p.Year2 > p.Year1 ? new DateSpan(span.From, DateSpan.Year(p.Year2).To) : span;
            return true;
        }

        var (from, to) = p.Part switch
        {
            DatePart.Early or DatePart.FirstDays => (1, DateResolver.Defaults.EarlyYearLastMonth),
            DatePart.Mid => (DateResolver.Defaults.MidYearFirstMonth, DateResolver.Defaults.MidYearLastMonth),
            DatePart.Late or DatePart.LastDays => (DateResolver.Defaults.LateYearFirstMonth, 12),
            _ => (1, 12),
        };
        span = new DateSpan(DateSpan.Month(p.Year1, from).From, DateSpan.Month(p.Year1, to).To);
        return true;
    }

    private static bool TryDeicticUnit(in DateParse p, DateContext c, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        var unit = p.DeixisUnit;
        if (unit is DateUnit.Minute or DateUnit.Hour)
        {
            unit = DateUnit.Day;
        }

        if (p.Deixis is Deixis.Last or Deixis.This)
        {
            if (c.InterviewDate is not { } i)
            {
                return false;
            }

            DateResolver.Widen(ref anchor, DateAnchor.InterviewDate);
            int back = p.Deixis == Deixis.Last ? 1 : 0;
            span = unit switch
            {
                DateUnit.Day => DateSpan.Day(i.AddDays(-back)),
                DateUnit.Week or DateUnit.Fortnight => DateSpan.Week(i.AddDays(-7 * back)),
                DateUnit.Month => DateSpan.Month(i.AddMonths(-back).Year, i.AddMonths(-back).Month),
                _ => DateSpan.Year(i.Year - back),
            };
            if (span.To > i)
            {
                span = span with { To = i };
            }

            return true;
        }

        if (c.Previous is not { } prev)
        {
            return false;
        }

        DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
        switch (p.Deixis)
        {
            case Deixis.Next or Deixis.Previous when DateResolver.IsWithinMonthLong(prev, unit, 1) && !p.DeixisPlural:
                // "the next day" after "in February" is still that February.
                span = prev;
                return true;
            case Deixis.Next:
                span = unit switch
                {
                    DateUnit.Day when p.DeixisPlural => new DateSpan(prev.To.AddDays(1), prev.To.AddDays(DateResolver.Defaults.FewDaysOfMonth)),
                    DateUnit.Day => prev.AddDays(1),
                    DateUnit.Week or DateUnit.Fortnight => DateSpan.Week(prev.To.AddDays(7)),
                    DateUnit.Month => DateSpan.Month(prev.To.AddMonths(1).Year, prev.To.AddMonths(1).Month),
                    _ => DateSpan.Year(prev.To.Year + 1),
                };
                return true;
            case Deixis.Previous:
                span = unit switch
                {
                    DateUnit.Day => prev.AddDays(-1),
                    DateUnit.Week or DateUnit.Fortnight => DateSpan.Week(prev.From.AddDays(-7)),
                    DateUnit.Month => DateSpan.Month(prev.From.AddMonths(-1).Year, prev.From.AddMonths(-1).Month),
                    _ => DateSpan.Year(prev.From.Year - 1),
                };
                return true;
            default:
                // "that night", "the same week", "that month", "the same year"
                span = unit switch
                {
                    DateUnit.Week or DateUnit.Fortnight when prev.Days <= 7 => new DateSpan(DateSpan.Week(prev.From).From, DateSpan.Week(prev.To).To),
                    DateUnit.Month when prev.From.Month == prev.To.Month && prev.From.Year == prev.To.Year => DateSpan.Month(prev.From.Year, prev.From.Month),
                    DateUnit.Year => new DateSpan(DateSpan.Year(prev.From.Year).From, DateSpan.Year(prev.To.Year).To),
                    _ => prev,
                };
                return true;
        }
    }

    private static bool TryContextMonth(in DateParse p, DateContext c, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        if (c.Previous is { } prev)
        {
            if (prev.From.Year != prev.To.Year || prev.From.Month != prev.To.Month)
            {
                return false;
            }

            DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
            if (!Refine(in p, DateSpan.Month(prev.From.Year, prev.From.Month), out span))
            {
                return false;
            }

            if (span.To < prev.From && p.Day1 != 0 && p.Weekday < 0)
            {
                // "at the end of October ... it was the 5th": a day before the event just told is rather the next
                // month's, when that is nearer (a distance back counts more, as for months).
                var next = prev.From.AddMonths(1);
                if (Refine(in p, DateSpan.Month(next.Year, next.Month), out var later))
                {
                    Span<DateSpan> both = [span, later];
                    return Nearest(both, prev, out span);
                }
            }

            return true;
        }

        if (c.InterviewDate is not { } i)
        {
            return false;
        }

        DateResolver.Widen(ref anchor, DateAnchor.InterviewDate);
        // "the 12th" told on the 5th is last month's; "Sunday, the 22nd" is the last month whose 22nd was a Sunday
        // (within a year), else the last 22nd.
        bool checkWeekday = p.Weekday >= 0 && p.WeekdayOrdinal == 0 && p.Day2 == 0 && !p.Around;
        for (int pass = checkWeekday ? 0 : 1; pass < 2; pass++)
        {
            for (int back = 0; back < 12; back++)
            {
                var month = i.AddMonths(-back);
                if (Refine(in p, DateSpan.Month(month.Year, month.Month), out span) && span.From <= i &&
                    (pass == 1 || (int)span.From.DayOfWeek == p.Weekday))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryWeekday(in DateParse p, DateContext c, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        if (p.Deixis == Deixis.Last)
        {
            if (c.InterviewDate is not { } i)
            {
                return false;
            }

            DateResolver.Widen(ref anchor, DateAnchor.InterviewDate);
            var day = i.AddDays(-1);
            while ((int)day.DayOfWeek != p.Weekday)
            {
                day = day.AddDays(-1);
            }

            span = DateSpan.Day(day);
            return true;
        }

        if (c.Previous is not { } prev)
        {
            return false;
        }

        if (p.WeekdayOrdinal != 0)
        {
            // "the first Saturday", "the second Sunday" after "in February": of that month; after anything else they
            // count from nothing known.
            if (!IsMonthLong(prev))
            {
                return false;
            }

            DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
            return Refine(in p, prev, out span);
        }

        DateResolver.Widen(ref anchor, DateAnchor.PreviousEvent);
        if (p.Deixis == Deixis.Next)
        {
            var day = prev.To.AddDays(1);
            while ((int)day.DayOfWeek != p.Weekday)
            {
                day = day.AddDays(1);
            }

            span = DateSpan.Day(day);
            return true;
        }

        // The weekday nearest a one-day previous event (three days either side), or the one inside a previous event
        // of up to a week: how witnesses go on from a date ("on the 3rd ... on Friday"), and as the corpus reads it.
        // A longer previous event ("the middle of October") places the weekday when it holds only one of them.
        var window = prev.IsSingleDay ? new DateSpan(prev.From.AddDays(-3), prev.From.AddDays(3)) : prev;
        if (window.Days > DateResolver.Defaults.NearestWithinDays)
        {
            return false;
        }

        int found = 0;
        for (var day = window.From; day <= window.To; day = day.AddDays(1))
        {
            if ((int)day.DayOfWeek == p.Weekday)
            {
                span = DateSpan.Day(day);
                found++;
            }
        }

        return found == 1;
    }

    // Whether a range is one month long (a Gregorian, Hijri, solar Hijri or Ethiopian month), so that a part of a
    // month named without one ("the first days", "the second Sunday") is a part of it.
    private static bool IsMonthLong(DateSpan span) =>
        span.Days is >= DateResolver.Defaults.MonthLongDays and <= DateResolver.Defaults.LongestMonthDays;

    // Narrows a month-like range ("October", "Ramadan", "Saratan") to the part the words name.
    private static bool Refine(in DateParse p, DateSpan month, out DateSpan span)
    {
        span = month;
        int length = month.Days;
        if (p.Day1 != 0)
        {
            int a = p.Day1;
            int b = p.Day2 != 0 ? p.Day2 : p.Day1;
            (a, b) = a <= b ? (a, b) : (b, a);
            if (p.Around && p.Day2 == 0)
            {
                (a, b) = (Math.Max(1, a - DateResolver.Defaults.AroundDays), Math.Min(length, b + DateResolver.Defaults.AroundDays));
            }

            if (b > length)
            {
                return false;
            }

            span = new DateSpan(month.From.AddDays(a - 1), month.From.AddDays(b - 1));
            return true;
        }

        if (p.Weekday >= 0 && p.WeekdayOrdinal != 0)
        {
            // "the first Friday of Ramadan", "the last Monday of May"
            var day = p.WeekdayOrdinal > 0 ? month.From : month.To;
            int step = p.WeekdayOrdinal > 0 ? 1 : -1;
            while ((int)day.DayOfWeek != p.Weekday)
            {
                day = day.AddDays(step);
            }

            day = day.AddDays(7 * step * (Math.Abs(p.WeekdayOrdinal) - 1));
            if (!month.Contains(day))
            {
                return false;
            }

            span = DateSpan.Day(day);
            return true;
        }

        (int first, int last) = p.Part switch
        {
            DatePart.Early => (1, DateResolver.Defaults.EarlyMonthLastDay),
            DatePart.Mid => (DateResolver.Defaults.MidMonthFirstDay, DateResolver.Defaults.MidMonthLastDay),
            DatePart.Late => (DateResolver.Defaults.LateMonthFirstDay, length),
            DatePart.FirstDays => (1, DateResolver.Defaults.FewDaysOfMonth),
            DatePart.LastDays or DatePart.LastWeek => (length - p.PartNumber + 1, length),
            DatePart.NthWeek => ((7 * (p.PartNumber - 1)) + 1, 7 * p.PartNumber),
            DatePart.NthDay => (p.PartNumber, p.PartNumber),
            DatePart.LastDay => (length, length),
            DatePart.Half => p.PartNumber == 1 ? (1, DateResolver.Defaults.FirstHalfLastDay) : (DateResolver.Defaults.FirstHalfLastDay + 1, length),
            _ => (1, length),
        };
        if (first < 1 || last > length || first > last)
        {
            return false;
        }

        span = new DateSpan(month.From.AddDays(first - 1), month.From.AddDays(last - 1));
        return true;
    }

    // The occurrences of the named month, season or festival that begin in one Gregorian year, narrowed to the part named.
    internal readonly int Occurrences(int year, Span<DateSpan> into)
    {
        if (year is < DateResolver.Defaults.MinYear or > DateResolver.Defaults.MaxYear)
        {
            return 0;
        }

        Span<DateSpan> raw = stackalloc DateSpan[4];
        int n = 0;
        if (NumericDate != 0)
        {
            int m = NumericDate / 100 % 100, d = NumericDate % 100;
            if (d <= DateTime.DaysInMonth(year, m))
            {
                raw[n++] = DateSpan.Day(new DateOnly(year, m, d));
            }
        }
        else if (Festival != Festival.None)
        {
            Span<DateOnly> days = stackalloc DateOnly[2];
            int extra = Math.Max(0, FestivalDay - 1);
            switch (Festival)
            {
                case Festival.Christmas or Festival.ChristmasEve:
                    raw[n++] = DateSpan.Day(new DateOnly(year, 12, Festival == Festival.Christmas ? 25 : 24));
                    break;
                case Festival.Ashura or Festival.Mawlid or Festival.ShabEBarat or Festival.LaylatAlQadr:
                    {
                        var (month, day) = Festival switch
                        {
                            Festival.Ashura => (IslamicCalendarTable.Muharram, 10),
                            Festival.Mawlid => (3, 12),
                            Festival.ShabEBarat => (8, 15),
                            _ => (IslamicCalendarTable.Ramadan, 27),
                        };
                        for (int k = IslamicCalendarTable.DaysIn(year, month, day, days), j = 0; j < k; j++)
                        {
                            raw[n++] = DateSpan.Day(days[j]);
                        }

                        break;
                    }

                case Festival.Nowruz:
                    // 1 Hamal / Farvardin, the day of the March equinox.
                    raw[n++] = DateSpan.Day(DateOnly.FromDateTime(_solar.ToDateTime(year - 621, 1, 1, 0, 0, 0, 0)));
                    break;
                case Festival.HidarTsion:
                    // The feast of Tsion Mariam in Axum: 21 Hidar.
                    raw[n++] = DateSpan.Day(EthiopianMonth(year, 3).From.AddDays(20));
                    break;
                case Festival.OrthodoxChristmas:
                    raw[n++] = DateSpan.Day(new DateOnly(year, 1, 7));
                    break;
                case Festival.Thingyan:
                    // The Burmese water festival, 13 to 16 April (as the corpus reads it).
                    raw[n++] = new DateSpan(new DateOnly(year, 4, 13), new DateOnly(year, 4, 16));
                    break;
                case Festival.Easter or Festival.OrthodoxEaster:
                    {
                        var easter = Festival == Festival.Easter ? WesternEaster(year) : OrthodoxEaster(year);
                        raw[n++] = !Holy ? DateSpan.Day(easter)
                            : SawWeek ? new DateSpan(easter.AddDays(-7), easter.AddDays(-1))
                            : Weekday == (int)DayOfWeek.Friday ? DateSpan.Day(easter.AddDays(-2))
                            : Weekday == (int)DayOfWeek.Saturday ? DateSpan.Day(easter.AddDays(-1))
                            : Weekday == (int)DayOfWeek.Sunday && Palm ? DateSpan.Day(easter.AddDays(-7))
                            : DateSpan.Day(easter);
                        break;
                    }

                default:
                    if (Festival is Festival.Eid or Festival.EidAlFitr)
                    {
                        for (int k = IslamicCalendarTable.DaysIn(year, IslamicCalendarTable.Shawwal, 1, days), j = 0; j < k; j++)
                        {
                            raw[n++] = DateSpan.Day(days[j].AddDays(extra));
                        }
                    }

                    if (Festival is Festival.Eid or Festival.EidAlAdha)
                    {
                        for (int k = IslamicCalendarTable.DaysIn(year, IslamicCalendarTable.DhuAlHijjah, 10, days), j = 0; j < k; j++)
                        {
                            raw[n++] = DateSpan.Day(days[j].AddDays(extra));
                        }
                    }

                    break;
            }

            // A festival is one day: no further narrowing.
            raw[..n].CopyTo(into);
            return n;
        }
        else if (Season != 0)
        {
            // The rainy season of the Sahel, Sudan, Ethiopia and Myanmar runs June to September, as the corpus reads it.
            int startMonth = Season switch { 1 => 3, 2 => 6, 3 => 9, 5 => 6, _ => 12 };
            int months = Season == 5 ? 4 : 3;
            var end = new DateOnly(year, startMonth, 1).AddMonths(months).AddDays(-1);
            var (first, last) = Part switch
            {
                DatePart.Early => (0, 0),
                DatePart.Mid => (1, months - 2),
                DatePart.Late => (months - 1, months - 1),
                _ => (0, months - 1),
            };
            var from = new DateOnly(year, startMonth, 1).AddMonths(first);
            var to = new DateOnly(year, startMonth, 1).AddMonths(last + 1).AddDays(-1);
            into[0] = new DateSpan(from, to < end ? to : end);
            return 1;
        }
        else
        {
            switch (Calendar1)
            {
                case MonthCalendar.Gregorian:
                    raw[n++] = DateSpan.Month(year, Month1);
                    break;
                case MonthCalendar.Hijri:
                    n = IslamicCalendarTable.MonthsBeginningIn(year, Month1, raw);
                    break;
                case MonthCalendar.Ethiopian:
                    raw[n++] = EthiopianMonth(year, Month1);
                    break;
                default:
                    {
                        // Hamal to Qaws begin in the Gregorian year 621 after the solar Hijri year; Jadi to Hut in the next.
                        int solarYear = year - (Month1 <= 9 ? 621 : 622);
                        var start = DateOnly.FromDateTime(_solar.ToDateTime(solarYear, Month1, 1, 0, 0, 0, 0));
                        raw[n++] = new DateSpan(start, start.AddDays(_solar.GetDaysInMonth(solarYear, Month1) - 1));
                        break;
                    }
            }
        }

        int count = 0;
        for (int j = 0; j < n; j++)
        {
            if (Refine(in this, raw[j], out var refined))
            {
                into[count++] = refined;
            }
        }

        return count;
    }

    // A month or Islamic festival in a year of its own calendar: "Ramadan 1435", "Eid al-Adha 1437", "Asad 1400".
    private static bool TryCalendarYear(in DateParse p, out DateSpan span)
    {
        span = default;
        if (p.Month1 != 0 && p.Month2 == 0 && p.Festival == Festival.None)
        {
            if (p.Calendar1 == MonthCalendar.Hijri)
            {
                return IslamicCalendarTable.TryGetMonth(p.CalendarYear, p.Month1, out var month) && Refine(in p, month, out span);
            }

            if (p.Calendar1 == MonthCalendar.SolarHijri)
            {
                var start = DateOnly.FromDateTime(_solar.ToDateTime(p.CalendarYear, p.Month1, 1, 0, 0, 0, 0));
                return Refine(in p, new DateSpan(start, start.AddDays(_solar.GetDaysInMonth(p.CalendarYear, p.Month1) - 1)), out span);
            }

            return false;
        }

        var (hijriMonth, day) = p.Festival switch
        {
            Festival.EidAlFitr => (IslamicCalendarTable.Shawwal, 1),
            Festival.EidAlAdha => (IslamicCalendarTable.DhuAlHijjah, 10),
            Festival.Ashura => (IslamicCalendarTable.Muharram, 10),
            Festival.Mawlid => (3, 12),
            Festival.ShabEBarat => (8, 15),
            Festival.LaylatAlQadr => (IslamicCalendarTable.Ramadan, 27),
            _ => (0, 0),
        };
        if (hijriMonth == 0 || !IslamicCalendarTable.TryGetMonth(p.CalendarYear, hijriMonth, out var of))
        {
            return false;
        }

        span = DateSpan.Day(of.From.AddDays(day - 1 + Math.Max(0, p.FestivalDay - 1)));
        return true;
    }

    // The Ethiopian month that begins in a Gregorian year: Meskerem to Tahsas begin in September to December of the
    // Gregorian year 7 after the Ethiopian one, Tir to Nehase in January to August of the year 8 after. An Ethiopian
    // year has twelve months of thirty days and Pagume; 1 Meskerem 1 was day 2795 of the proleptic Gregorian calendar.
    private static DateSpan EthiopianMonth(int year, int month)
    {
        int ethiopianYear = year - (month <= 4 ? 7 : 8);
        var start = DateOnly.FromDayNumber(2795 + (365 * (ethiopianYear - 1)) + (ethiopianYear / 4) + (30 * (month - 1)));
        return new DateSpan(start, start.AddDays(29));
    }

    // Gregorian Easter Sunday (the anonymous Gregorian computus).
    private static DateOnly WesternEaster(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar (13 days in 1900-2099).
    private static DateOnly OrthodoxEaster(int year)
    {
        int a = year % 4, b = year % 7, c = year % 19, d = ((19 * c) + 15) % 30, e = ((2 * a) + (4 * b) - d + 34) % 7;
        int month = (d + e + 114) / 31, day = ((d + e + 114) % 31) + 1;
        return new DateOnly(year, month, day).AddDays(13);
    }

    private static bool TryRecurring(in DateParse p, DateContext c, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        if (p.Month2 != 0 && p.Calendar1 == MonthCalendar.Gregorian && p.Calendar2 == MonthCalendar.Gregorian && p.Day1 == 0)
        {
            // "January or February", "between November and January": from the first to the end of the second after it.
            var first = p with { Month2 = 0, Part = DatePart.None };
            if (!TryRecurring(in first, c, ref anchor, out var a))
            {
                return false;
            }

            var secondStart = new DateOnly(a.From.Year, p.Month2, 1);
            if (secondStart < a.From)
            {
                secondStart = secondStart.AddYears(1);
            }

            var second = DateSpan.Month(secondStart.Year, secondStart.Month);
            if (p.Part == DatePart.Mid)
            {
                // "between November and the middle of January": the middle as an end point is the 15th.
                second = second with { To = secondStart.AddDays(14) };
            }

            span = new DateSpan(a.From, second.To);
            return true;
        }

        Span<DateSpan> found = stackalloc DateSpan[32];
        var interview = c.InterviewDate;
        if (p.CalendarYear != 0 && p.Year1 == 0)
        {
            return TryCalendarYear(in p, out span);
        }

        if (p.Year1 != 0)
        {
            if (p.Season == 4 && p.Part == DatePart.None && p.Year2 == 0)
            {
                // "The winter of 2014" is the winter's months in 2014, January and February, as the corpus reads it,
                // not the winter that begins in its December.
                span = new DateSpan(new DateOnly(p.Year1, 1, 1), new DateOnly(p.Year1, 3, 1).AddDays(-1));
                return true;
            }

            int n = p.Occurrences(p.Year1, found);
            if (n == 1)
            {
                span = found[0];
                return true;
            }

            return n > 1 && c.Previous is { } prev && prev.Days <= DateResolver.Defaults.NearestWithinDays && Nearest(found[..n], prev, out span) &&
                Used(ref anchor, DateAnchor.PreviousEvent);
        }

        switch (p.Deixis)
        {
            case Deixis.Last:
                {
                    if (interview is not { } i)
                    {
                        return false;
                    }

                    int n = Collect(in p, i.Year - 2, i.Year, found);
                    bool ok = false;
                    foreach (var s in found[..n])
                    {
                        if (s.To < i && (!ok || s.From > span.From))
                        {
                            (span, ok) = (s, true);
                        }
                    }

                    return ok && Used(ref anchor, DateAnchor.InterviewDate);
                }

            case Deixis.This:
                {
                    if (interview is not { } i)
                    {
                        return false;
                    }

                    int n = Collect(in p, i.Year - 1, i.Year, found);
                    bool ok = false;
                    foreach (var s in found[..n])
                    {
                        if (s.From <= i && (s.From.Year == i.Year || s.Contains(i)) && (!ok || s.From > span.From))
                        {
                            (span, ok) = (s, true);
                        }
                    }

                    if (ok && span.To > i)
                    {
                        span = span with { To = i };
                    }

                    return ok && Used(ref anchor, DateAnchor.InterviewDate);
                }

            case Deixis.Previous:
                {
                    if (c.Previous is not { } prev)
                    {
                        return false;
                    }

                    int n = Collect(in p, prev.From.Year - 2, prev.From.Year, found);
                    bool ok = false;
                    foreach (var s in found[..n])
                    {
                        if (s.To < prev.From && (!ok || s.From > span.From))
                        {
                            (span, ok) = (s, true);
                        }
                    }

                    return ok && Used(ref anchor, DateAnchor.PreviousEvent);
                }

            case Deixis.Next:
                {
                    if (c.Previous is not { } prev)
                    {
                        return false;
                    }

                    int n = Collect(in p, prev.To.Year, prev.To.Year + 2, found);
                    bool ok = false;
                    foreach (var s in found[..n])
                    {
                        if (s.From > prev.To && (!ok || s.From < span.From))
                        {
                            (span, ok) = (s, true);
                        }
                    }

                    return ok && Used(ref anchor, DateAnchor.PreviousEvent);
                }
        }

        // A whole year, or a season or part of one, just told ("in 2014 ... on the 24th of July", "in the spring of
        // 2014 ... the 11th of June") is the year the day or month belongs to.
        if (c.YearJustTold && c.Previous is { } told && (IsCalendarYear(told) || (told.From.Year == told.To.Year && told.Days > DateResolver.Defaults.YearContextMaxDays)))
        {
            int n = Collect(in p, told.From.Year, told.From.Year, found);
            n = NotAfter(found[..n], interview);

            // Told after part of a year, a day or month before it is another year's: "the RSF came at the end of 2023
            // ... on the 14th of September" is not September 2023.
            if (n == 1 && (IsCalendarYear(told) || found[0].From >= told.From))
            {
                span = found[0];
                return Used(ref anchor, DateAnchor.PreviousEvent);
            }

            // "In 2017, on the day of Eid", "last year, in the autumn, two days after Eid": both Eids of the year (or
            // of the season) told are candidates, and the mention is one of them, so it spans from the first to the
            // last; the interview's latest Eid would be another year's.
            if (n > 1 && p.Festival == Festival.Eid && InsideTold(found[..n], told, out span))
            {
                return Used(ref anchor, DateAnchor.PreviousEvent);
            }
        }

        // An Ethiopian year just told ("2014 in our calendar", from September 2021 to September 2022) holds the one
        // month or season of that name that begins inside it.
        if (c.YearJustTold && c.Previous is { } ethiopianYear && IsEthiopianYear(ethiopianYear))
        {
            int n = Collect(in p, ethiopianYear.From.Year, ethiopianYear.To.Year, found);
            n = NotAfter(found[..n], interview);
            int inside = 0;
            foreach (var s in found[..n])
            {
                if (ethiopianYear.Contains(s.From))
                {
                    span = s;
                    inside++;
                }
            }

            if (inside == 1)
            {
                return Used(ref anchor, DateAnchor.PreviousEvent);
            }
        }

        // A season told before says little about which year a month belongs to; the interview says more.
        if (c.Previous is { } previous && (interview is null || previous.Days <= DateResolver.Defaults.YearContextMaxDays))
        {
            int n = Collect(in p, previous.From.Year - 1, previous.To.Year + 1, found);
            n = NotAfter(found[..n], interview);
            if (c.ToldBefore ? LatestBefore(found[..n], previous, out span) : TryPick(found[..n], previous, out span))
            {
                return Used(ref anchor, DateAnchor.PreviousEvent);
            }

            return false;
        }

        if (interview is { } at)
        {
            // A weekday with the day looks back far enough for every weekday to come round.
            int n = Collect(in p, at.Year - (p.Weekday >= 0 && p.WeekdayOrdinal == 0 ? 6 : 1), at.Year, found);
            bool ok = false;
            foreach (var s in found[..n])
            {
                if (s.From <= at && (!ok || s.From > span.From))
                {
                    (span, ok) = (s, true);
                }
            }

            return ok && Used(ref anchor, DateAnchor.InterviewDate);
        }

        return false;
    }

    // The candidates that lie in the year or part of a year told: one, or from the first to the last of several.
    private static bool InsideTold(ReadOnlySpan<DateSpan> found, DateSpan told, out DateSpan span)
    {
        span = default;
        var ok = false;
        foreach (var s in found)
        {
            if (told.Contains(s.From))
            {
                span = ok ? new DateSpan(span.From < s.From ? span.From : s.From, span.To > s.To ? span.To : s.To) : s;
                ok = true;
            }
        }

        return ok;
    }

    // Among candidates: the one overlapping the previous event (of several, the one beginning inside it), else the
    // nearest to it, middle to middle, with distances back in time weighed more, which follows the narrative forward
    // (or back, when much nearer) across a new year; two equally placed ones leave it unresolved.
    private static bool TryPick(ReadOnlySpan<DateSpan> found, DateSpan previous, out DateSpan span)
    {
        span = default;
        int overlapping = 0, inside = 0;
        DateSpan lastInside = default;
        foreach (var s in found)
        {
            if (s.Overlaps(previous))
            {
                overlapping++;
                span = s;
                if (previous.Contains(s.From))
                {
                    inside++;
                    lastInside = s;
                }
            }
        }

        if (overlapping == 1)
        {
            return true;
        }

        if (overlapping > 1)
        {
            if (inside == 1)
            {
                span = lastInside;
                return true;
            }

            return previous.Days <= DateResolver.Defaults.NearestWithinDays && Nearest(found, previous, out span);
        }

        return Nearest(found, previous, out span);
    }

    // Told as before the previous event ("Before this, in February"): the latest candidate that ends before it begins,
    // else the nearest as usual.
    private static bool LatestBefore(ReadOnlySpan<DateSpan> found, DateSpan previous, out DateSpan span)
    {
        span = default;
        var ok = false;
        foreach (var s in found)
        {
            if (s.To < previous.From && (!ok || s.From > span.From))
            {
                (span, ok) = (s, true);
            }
        }

        return ok || TryPick(found, previous, out span);
    }

    private static bool Nearest(ReadOnlySpan<DateSpan> found, DateSpan previous, out DateSpan span)
    {
        span = default;
        int best = int.MaxValue;
        int middle = previous.From.DayNumber + previous.To.DayNumber;
        foreach (var s in found)
        {
            // Twice the distance between middles, to stay in whole days; testimonies mostly tell in order, so a
            // candidate before the previous event counts as further away than one after it.
            int gap = s.From.DayNumber + s.To.DayNumber - middle;
            gap = gap < 0 ? -gap * DateResolver.Defaults.BackwardDistanceWeight : gap;
            if (gap < best)
            {
                (best, span) = (gap, s);
            }
            else if (gap == best && s != span)
            {
                // Equally near before and after: testimonies mostly tell in order, so the later one.
                if (s.From > span.From)
                {
                    span = s;
                }
            }
        }

        return best != int.MaxValue;
    }

    private static int Collect(in DateParse p, int fromYear, int toYear, Span<DateSpan> into)
    {
        int n = 0;
        for (int y = fromYear; y <= toYear && n + 4 <= into.Length; y++)
        {
            n += p.Occurrences(y, into[n..]);
        }

        return KeepWeekday(in p, into[..n]);
    }

    // "Saturday, the 22nd of September": of the candidate days, those that fall on the weekday named, when any does.
    private static int KeepWeekday(in DateParse p, Span<DateSpan> found)
    {
        if (p.Weekday < 0 || p.WeekdayOrdinal != 0)
        {
            return found.Length;
        }

        int w = 0;
        for (int i = 0; i < found.Length; i++)
        {
            if (found[i].IsSingleDay && (int)found[i].From.DayOfWeek == p.Weekday)
            {
                found[w++] = found[i];
            }
        }

        return w == 0 ? found.Length : w;
    }

    // Whether a range is one whole Ethiopian year (the 11th or 12th of September to the day before the next one), as
    // "2014 in our calendar" resolves; a year-long range counted on from a day ("the next day" after a whole year) is not.
    private static bool IsEthiopianYear(DateSpan span) =>
        span.From.Month == 9 && span == EthiopianYear(span.From.Year - 7);

    /// <summary>The Ethiopian year <paramref name="year"/> in Gregorian days: from its 1 Meskerem (the 11th or 12th of
    /// September of the Gregorian year 7 after) to the day before the next ("2014 in our calendar" is the 11th of
    /// September 2021 to the 10th of September 2022).</summary>
    internal static DateSpan EthiopianYear(int year) =>
        new(EthiopianMonth(year + 7, 1).From, EthiopianMonth(year + 8, 1).From.AddDays(-1));

    // Keeps the candidates that began by the interview date: nothing told happened after it.
    private static bool IsCalendarYear(DateSpan span) =>
        span.From.Month == 1 && span.From.Day == 1 && span.To.Month == 12 && span.To.Day == 31 && span.From.Year == span.To.Year;

    private static int NotAfter(Span<DateSpan> found, DateOnly? interview)
    {
        if (interview is not { } i)
        {
            return found.Length;
        }

        int w = 0;
        foreach (var s in found)
        {
            if (s.From <= i)
            {
                found[w++] = s;
            }
        }

        return w;
    }

    private static bool Used(ref DateAnchor anchor, DateAnchor used)
    {
        DateResolver.Widen(ref anchor, used);
        return true;
    }
}
