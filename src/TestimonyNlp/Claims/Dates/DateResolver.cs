namespace TestimonyNlp.Claims.Dates;

/// <summary>
/// Turns the words of a DATE mention ("9 September 2016", "the 12th", "two days later", "the second day of Eid",
/// "last spring") into an inclusive range of days, using the interview date and the previous event's date
/// for what the words leave open. A mention it cannot place keeps its text and gets no range: nothing is invented.
/// </summary>
/// <remarks>
/// Choices where the words are vague (each a constant in <see cref="Defaults"/>):
/// <list type="bullet">
/// <item>Parts of a month (Gregorian, Hijri or solar): "early", "the beginning of" days 1-10; "mid", "the middle of"
/// days 10-20; "late", "the end of" day 20 to the last day (as the corpus annotates them); "the first half of" days
/// 1-15 and "the second half of" the 16th to the last day; "the first days of"
/// days 1-7; "the first/second/third/fourth week of" days 1-7, 8-14, 15-21, 22-28; "the last week of" the last seven
/// days. Parts of a year: early January-March, mid May-August, late October-December. Parts of a season: its first,
/// middle or last month.</item>
/// <item>Seasons are meteorological: spring March-May, summer June-August, autumn September-November, winter
/// December to February; the rainy season ("the rainy season", "the rains", "the monsoon") June to September; "the
/// winter of 2014" is January and February 2014 (as the corpus reads it), while "the winter" placed from a previous
/// event is the whole one from December.</item>
/// <item>Festivals come from the Umm al-Qura calendar (<see cref="IslamicCalendarTable"/>) as one day, with no
/// margin for local observance. "Eid" alone is whichever Eid the context points at (only one in the context's
/// year, or the nearer to a short previous event; after a year or a season just told that holds both, the range from
/// the first to the last, "in 2014, a week after Eid" moving it whole); "the small Eid" is Eid al-Fitr, "the big Eid"
/// Eid al-Adha; "Sallah" (Nigeria) is an Eid too ("the big Sallah").</item>
/// <item>Other feasts: Christmas (25 December, also "the feast of the Christians") and its eve, Orthodox Christmas /
/// Genna (7 January), Thingyan (the Burmese water festival, 13 to 16 April, as the corpus reads it), Easter by the
/// Gregorian computus and Orthodox Easter / Fasika by the Julian one, Good Friday, Holy Saturday, Palm Sunday and
/// Holy Week / Semana Santa (Palm Sunday to Holy Saturday), Nowruz (1 Hamal/Farvardin, the equinox day), and from
/// Umm al-Qura Ashura (10 Muharram), the Mawlid (12 Rabi al-Awwal), Shab-e-Barat (15 Sha'ban) and Laylat al-Qadr
/// (27 Ramadan).</item>
/// <item>Ethiopian months (Meskerem to Nehase, thirty days each) by the Ethiopian calendar, and the feast of Hidar
/// Tsion (21 Hidar).</item>
/// <item>A month, day and month, season or festival without a year is the occurrence that overlaps the previous event
/// (of several, the one beginning inside it), else the one nearest it, middle to
/// middle, a distance back in time counting four times (so "February" after "October 2018" is February 2019, and
/// after "July 2015" February 2016), ties going to the later; never one beginning after the interview date. Told as
/// before that event (<see cref="DateContext.ToldBefore"/>: "Before this, in February") it is the latest one that
/// ends before the event begins. With no previous event it is the latest one that began by the interview date.</item>
/// <item>"That day", "the same night", "that week/month/year", times of day ("the morning", "after midnight",
/// "ten in the morning") are the previous event's day, week, month or year, and unresolved without one.
/// "Last year/month/week" are the calendar unit before the interview's; "this year/month/summer" end at the
/// interview date. "The second day", "the third night" with no festival or month named count from a one-day previous
/// event (its first day), lie within a previous event of up to a month, and are unresolved otherwise or when they
/// name what they count from ("the second day of the siege"). "The first days", "the last ten days", "the last week"
/// and "the first Saturday" with no month named are that part of a month-long previous event ("July", "Ramadan",
/// "Saratan"), and unresolved after anything else but a one-day event, from which "the first week" runs to the same
/// weekday a week on.</item>
/// <item>"Around the 8th" is two days either side. "A few" is 2-5, "a couple" 2, "several"/"some" 3-7.</item>
/// <item>Offsets from the previous event move its whole range ("two weeks later" after "March 2017" is 15 March to
/// 14 April), except a distance of days shorter than a previous event of a whole month, which stays in it ("two days
/// later" or "the next day" after "March 2017" is March 2017, as the corpus reads it); offsets from a named anchor count from its edge ("two weeks before Ramadan" is two weeks before its
/// first day). "Later", "after" and "next" need a previous event; "ago" and a counted "before" ("three days before")
/// fall back on the interview date, "the day before" does not. Days and weeks from the previous event need one of
/// up to a month ("two days later" after "in 2014" is unresolved). Right after a one-day event, with only a comma
/// between (<see cref="DateContext.PreviousJustBefore"/>), "three days after the strike" says that day again: the
/// distance counts from an event the mention does not name.
/// "N days/weeks/months/years ago" is the day, the Monday-Sunday week, the month or the year that far back.</item>
/// <item>Open-ended "before X" / "after X" with no distance ("before the war", "after 2014") are unresolved;
/// before or after a feast or the fast ("after the Eid", "before Ramadan") is the part of the month before it begins
/// (from the month before when it begins in its month's first week) or the rest of the month after it ends; an
/// unnamed Eid counted from with a whole month as the previous event ("June, after the Eid") is the Eid that month
/// reaches, and the days are that month's; before or after a time of day ("after the isha prayer") is the previous
/// event's day.</item>
/// <item>Weeks run Monday to Sunday. A weekday alone ("Monday", "a Friday", "that Saturday") is read as "in the week
/// of the previous event": the one within three days either side of a one-day previous event (the week centred on
/// it, which follows a narrative across a weekend better than the calendar week), or the only one inside a previous
/// event of up to a month ("a Sunday" after "the middle of October"); else it is unresolved. "Last Friday" is the
/// last one before the interview date. A weekday given with a day ("Sunday, the 22nd") picks the month or year where
/// the two agree.</item>
/// <item>A day alone ("the 12th") takes the month of a previous event that lies in one month, else the interview
/// month (the month before when that day is still to come).</item>
/// </list>
/// </remarks>
public static class DateResolver
{
    /// <summary>Defaults of the resolver.</summary>
    public static class Defaults
    {
        /// <summary>Words and marks read from one mention; the rest is ignored.</summary>
        public const int MaxTokens = 48;

        /// <summary>Longest previous event (in days) that gives a month or day named without a year its year; after
        /// a longer one ("since 2019 they come every week. In August ...") the year is the interview's: the latest
        /// occurrence not after the interview date.</summary>
        public const int YearContextMaxDays = 62;

        /// <summary>Last day of "early" / "the beginning of" a month.</summary>
        public const int EarlyMonthLastDay = 10;

        /// <summary>First day of "the middle of" a month.</summary>
        public const int MidMonthFirstDay = 10;

        /// <summary>Last day of "the middle of" a month.</summary>
        public const int MidMonthLastDay = 20;

        /// <summary>Last day of "the first half of" a month; "the second half" runs from the day after to the month's
        /// end (as the corpus annotates "the second half of January": the 16th to the 31st).</summary>
        public const int FirstHalfLastDay = 15;

        /// <summary>First day of "late" / "the end of" a month.</summary>
        public const int LateMonthFirstDay = 20;

        /// <summary>Days in "the first days of", "the last days of" and "the next days".</summary>
        public const int FewDaysOfMonth = 7;

        /// <summary>Last month of "early" in a year.</summary>
        public const int EarlyYearLastMonth = 3;

        /// <summary>First month of "mid" in a year.</summary>
        public const int MidYearFirstMonth = 5;

        /// <summary>Last month of "mid" in a year.</summary>
        public const int MidYearLastMonth = 8;

        /// <summary>First month of "late" in a year.</summary>
        public const int LateYearFirstMonth = 10;

        /// <summary>Days either side of "around the 8th".</summary>
        public const int AroundDays = 2;

        /// <summary>"A few": least and most.</summary>
        public const int FewMin = 2, FewMax = 5;

        /// <summary>"Several", "some": least and most.</summary>
        public const int SeveralMin = 3, SeveralMax = 7;

        /// <summary>A previous event at most this many days long is short enough to pick the nearer of two
        /// candidates ("Eid" after a strike in June).</summary>
        public const int NearestWithinDays = 31;

        /// <summary>How much further a candidate before the previous event counts than one as far after it, when a
        /// month, season or festival without a year is placed near the previous event ("February" after "July 2015" is
        /// February 2016): testimonies mostly tell in order.</summary>
        public const int BackwardDistanceWeight = 4;

        /// <summary>Two-digit years below this are 20xx, the rest 19xx ("9/9/16").</summary>
        public const int TwoDigitYearPivot = 50;

        /// <summary>Shortest previous event, in days, that a distance of a few days stays inside ("the next day" after
        /// "in February" is February): a whole month, Gregorian or not.</summary>
        public const int MonthLongDays = 28;

        /// <summary>Days in a week: "the first week" after a one-day event runs from it to this many days on.</summary>
        public const int WeekDays = 7;

        /// <summary>Longest month, in days, of any calendar read.</summary>
        public const int LongestMonthDays = 31;

        /// <summary>Largest count read in an offset ("two hundred years later" is not placed).</summary>
        public const int MaxOffset = 100;

        /// <summary>Earliest and latest year read from four digits, and of any range given.</summary>
        public const int MinYear = 1900, MaxYear = 2099;
    }

    /// <summary>Resolves a DATE mention.</summary>
    /// <param name="text">The mention as the entity tagger found it ("the 12th", "in March 2017" works as well).</param>
    /// <param name="context">The interview date and the previous event's date.</param>
    public static DateResolution Resolve(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Resolve(text.AsSpan(), context, text);
    }

    /// <summary>Resolves a DATE mention.</summary>
    /// <param name="text">The mention as the entity tagger found it.</param>
    /// <param name="context">The interview date and the previous event's date.</param>
    public static DateResolution Resolve(ReadOnlySpan<char> text, DateContext context) => Resolve(text, context, null);

    private static DateResolution Resolve(ReadOnlySpan<char> text, DateContext context, string? textString)
    {
        ArgumentNullException.ThrowIfNull(context);
        Span<DateToken> buffer = stackalloc DateToken[Defaults.MaxTokens];
        int count = Normalize(buffer[..DateTokenizer.Tokenize(text, buffer)]);
        var anchor = DateAnchor.Text;
        textString ??= text.ToString();
        return TryResolve(buffer[..count], context, 0, ref anchor, out var span)
            ? DateResolution.Resolved(textString, span, Classify(span), anchor)
            : DateResolution.Unresolved(textString);
    }

    /// <summary>Whether the mention names a weekday and nothing that places it ("Friday", "the Tuesday night", "that
    /// Saturday"), and which (0 Sunday to 6 Saturday).</summary>
    internal static bool IsWeekdayAlone(ReadOnlySpan<char> text, out int weekday)
    {
        Span<DateToken> buffer = stackalloc DateToken[Defaults.MaxTokens];
        int count = Normalize(buffer[..DateTokenizer.Tokenize(text, buffer)]);
        var t = buffer[..count];
        var p = DateParse.Parse(t);
        weekday = p.Weekday;
        if (FirstDistanceWord(t, stopAtWeekday: false) >= 0)
        {
            return false;
        }

        return p.Weekday >= 0 && p.WeekdayOrdinal == 0 && p.Deixis is Deixis.None or Deixis.That && !p.HasRecurring
            && p.Day1 == 0 && p.Year1 == 0 && p.Part == DatePart.None;
    }

    /// <summary>Whether the mention names a feast or the fast and nothing else: no distance, day of the month, part of a day,
    /// weekday or season ("Ramadan", "the Eid", "Eid al-Adha"; not "two days before Eid", "June").</summary>
    internal static bool NamesFeastAlone(ReadOnlySpan<char> text)
    {
        Span<DateToken> buffer = stackalloc DateToken[Defaults.MaxTokens];
        int count = Normalize(buffer[..DateTokenizer.Tokenize(text, buffer)]);
        var t = buffer[..count];
        return FirstDistanceWord(t, stopAtWeekday: false) < 0 && IsFeast(t);
    }

    /// <summary>Whether the mention names one day of a month by its number, without a year, and counts no distance
    /// ("the 6th of March", "the 10th", "Nehase 7"; not "two days later", "the second day of Eid").</summary>
    internal static bool NamesDayOfMonth(ReadOnlySpan<char> text)
    {
        Span<DateToken> buffer = stackalloc DateToken[Defaults.MaxTokens];
        int count = Normalize(buffer[..DateTokenizer.Tokenize(text, buffer)]);
        var t = buffer[..count];
        var p = DateParse.Parse(t);
        if (FirstDistanceWord(t, stopAtWeekday: false) >= 0)
        {
            return false;
        }

        return p.Day1 != 0 && p.Day2 == 0 && p.Year1 == 0 && p.Festival == Festival.None && p.Season == 0 && p.Deixis == Deixis.None;
    }

    /// <summary>The day of the month a mention names with no month, year or distance ("the 8th", "on the 21st"), or
    /// null.</summary>
    internal static int? DayAlone(ReadOnlySpan<char> text)
    {
        Span<DateToken> buffer = stackalloc DateToken[Defaults.MaxTokens];
        int count = Normalize(buffer[..DateTokenizer.Tokenize(text, buffer)]);
        var t = buffer[..count];
        var p = DateParse.Parse(t);
        if (FirstDistanceWord(t, stopAtWeekday: false) >= 0)
        {
            return null;
        }

        return p.Day1 != 0 && p.Day2 == 0 && p.Month1 == 0 && p.Year1 == 0 && p.Festival == Festival.None && p.Season == 0
            && p.Deixis == Deixis.None && p.Part == DatePart.None && p.Weekday < 0 && !p.HasRecurring
            ? p.Day1
            : null;
    }

    /// <summary>Whether the mention says the day it names fell on one weekday, named before anything it is counted from
    /// ("the Friday before the Eid", "a Sunday in Ramadan", "Thursday"; not "two days before Friday", "after the Friday
    /// prayer", "the first Monday of May" or "Sunday, the 4th"), and which (0 Sunday to 6 Saturday).</summary>
    internal static bool NamesWeekday(ReadOnlySpan<char> text, out int weekday)
    {
        Span<DateToken> buffer = stackalloc DateToken[Defaults.MaxTokens];
        int count = Normalize(buffer[..DateTokenizer.Tokenize(text, buffer)]);
        var t = buffer[..count];
        var p = DateParse.Parse(t);
        weekday = p.Weekday;
        if (FirstDistanceWord(t, stopAtWeekday: true) >= 0)
        {
            return false;
        }

        return p.Weekday >= 0 && p.WeekdayOrdinal == 0 && p.Day1 == 0 && p.Year1 == 0 && p.Deixis is Deixis.None or Deixis.That;
    }

    /// <summary>The index of the first word that counts a distance from something ("before", "after", "ago"), or -1;
    /// with <paramref name="stopAtWeekday"/>, only among the words before the first weekday.</summary>
    private static int FirstDistanceWord(ReadOnlySpan<DateToken> t, bool stopAtWeekday)
    {
        for (int i = 0; i < t.Length; i++)
        {
            if (stopAtWeekday && t[i].Kind == DateWord.Weekday)
            {
                return -1;
            }

            if (t[i].Kind is DateWord.Before or DateWord.After or DateWord.Ago)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The precision a range shows by its shape.</summary>
    internal static DatePrecision Classify(DateSpan span)
    {
        var (from, to) = (span.From, span.To);
        bool startsMonth = from.Day == 1;
        bool endsMonth = to.Day == DateTime.DaysInMonth(to.Year, to.Month);
        if (span.IsSingleDay)
        {
            return DatePrecision.Day;
        }

        if (startsMonth && endsMonth && from.Month == 1 && to.Month == 12 && from.Year == to.Year)
        {
            return DatePrecision.Year;
        }

        if (startsMonth && endsMonth && from.Year == to.Year && from.Month == to.Month)
        {
            return DatePrecision.Month;
        }

        if (startsMonth && endsMonth && from.Month % 3 == 0 && from.AddMonths(2).Month == to.Month && span.Days < 93)
        {
            return DatePrecision.Season;
        }

        if (span.Days < 7)
        {
            return DatePrecision.Days;
        }

        if (span.Days == 7)
        {
            return DatePrecision.Week;
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return DatePrecision.PartOfMonth;
        }

        if (span.Days <= 31)
        {
            return DatePrecision.Month;
        }

        return span.Days <= 366 ? DatePrecision.PartOfYear : DatePrecision.Span;
    }

    // Merges numeric dates, compound numbers and month qualifiers, turns "a"/"an" before a unit into one and
    // "the last" into a part word, and drops fillers and punctuation, in place.
    private static int Normalize(Span<DateToken> t)
    {
        int w = 0;
        for (int i = 0; i < t.Length; i++)
        {
            var tok = t[i];
            if (tok.Kind == DateWord.Number && TryNumericDate(t, i, out int packed, out int used))
            {
                t[w++] = new DateToken(DateWord.NumericDate, packed, 0, tok.Start, t[i + used - 1].End - tok.Start);
                i += used - 1;
                continue;
            }

            switch (tok.Kind)
            {
                case DateWord.Tens:
                    {
                        int j = i + 1 < t.Length && t[i + 1].Kind == DateWord.Punct && t[i + 1].Value == '-' ? i + 2 : i + 1;
                        if (j < t.Length && t[j].Kind is DateWord.Ordinal or DateWord.Cardinal && t[j].Value is >= 1 and <= 9)
                        {
                            t[w++] = t[j] with { Value = tok.Value + t[j].Value, Start = tok.Start };
                            i = j;
                        }
                        else
                        {
                            t[w++] = tok with { Kind = DateWord.Cardinal };
                        }

                        continue;
                    }

                case DateWord.TensOrdinal:
                    t[w++] = tok with { Kind = DateWord.Ordinal };
                    continue;
                case DateWord.Filler when tok.Value == 1 && i + 1 < t.Length && t[i + 1].Kind == DateWord.Unit:
                    t[w++] = tok with { Kind = DateWord.Cardinal, Value = 1 };
                    continue;
                case DateWord.Filler when i + 1 < t.Length && t[i + 1].Kind == DateWord.Last && IsThe(t, i):
                    // "the last week of October": the final one, not the one before now.
                    t[w++] = t[i + 1] with { Kind = DateWord.Late, Value = 1 };
                    i++;
                    continue;
                case DateWord.Filler or DateWord.Punct:
                    continue;
                case DateWord.Month or DateWord.HijriMonth:
                    {
                        int j = i + 1;
                        while (j < t.Length && t[j].Kind is DateWord.Filler or DateWord.Punct)
                        {
                            j++;
                        }

                        if (j < t.Length && t[j].Kind == DateWord.MonthQualifier)
                        {
                            t[w++] = tok with { Value = Qualified(tok.Kind, tok.Value, t[j].Value) };
                            i = j;
                            continue;
                        }

                        break;
                    }

                case DateWord.MonthQualifier:
                    continue;
            }

            t[w++] = tok;
        }

        return w;
    }

    private static bool IsThe(ReadOnlySpan<DateToken> t, int i) => t[i].Kind == DateWord.Filler && t[i].Value == 0 && t[i].Length == 3;

    private static int Qualified(DateWord kind, int month, int qualifier) => (kind, month, qualifier) switch
    {
        (DateWord.Month, 10, 2) => 11,   // tishrin al-thani
        (DateWord.Month, 1, 1) => 12,    // kanun al-awwal
        (DateWord.HijriMonth, 3, 2) => 4, // rabi al-thani
        (DateWord.HijriMonth, 5, 2) => 6, // jumada al-akhira
        _ => month,
    };

    private static bool TryNumericDate(ReadOnlySpan<DateToken> t, int i, out int packed, out int used)
    {
        packed = 0;
        used = 0;
        Span<int> parts = stackalloc int[3];
        Span<int> digits = stackalloc int[3];
        char sep = '\0';
        int n = 0;
        int j = i;
        while (n < 3 && j < t.Length && t[j].Kind == DateWord.Number)
        {
            parts[n] = t[j].Value;
            digits[n] = t[j].Extra;
            n++;
            if (n == 3 || j + 2 >= t.Length || t[j + 1].Kind != DateWord.Punct || t[j + 1].Start != t[j].End ||
                t[j + 2].Kind != DateWord.Number || t[j + 2].Start != t[j + 1].End || (sep != '\0' && t[j + 1].Value != sep) ||
                t[j + 1].Value is not ('/' or '.' or '-'))
            {
                j++;
                break;
            }

            sep = (char)t[j + 1].Value;
            j += 2;
        }

        // "16.08": a dotted day and month, the month in two digits (a decimal such as "3.5" is not read).
        if (n < 2 || (n == 2 && sep != '/' && !(sep == '.' && digits[0] <= 2 && digits[1] == 2 && parts[1] is >= 1 and <= 12)))
        {
            return false;
        }

        int day, month, year = 0;
        if (n == 3 && digits[0] == 4)
        {
            (year, month, day) = (parts[0], parts[1], parts[2]);
        }
        else
        {
            (day, month) = parts[0] <= 31 && parts[1] <= 12 ? (parts[0], parts[1]) : (parts[1], parts[0]);
            if (n == 3)
            {
                year = digits[2] switch
                {
                    4 => parts[2],
                    2 => parts[2] < Defaults.TwoDigitYearPivot ? 2000 + parts[2] : 1900 + parts[2],
                    _ => -1,
                };
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month) ||
            (n == 3 && year is < Defaults.MinYear or > Defaults.MaxYear))
        {
            return false;
        }

        packed = (year * 10000) + (month * 100) + day;
        used = (n * 2) - 1;
        return true;
    }

    private static bool TryResolve(ReadOnlySpan<DateToken> t, DateContext c, int depth, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        if (t.IsEmpty)
        {
            return false;
        }

        int k = FirstDistanceWord(t, stopAtWeekday: false);

        if (k >= 0 && depth < 2)
        {
            return TryResolveOffset(t, k, c, depth, ref anchor, out span);
        }

        var p = DateParse.Parse(t);
        if (c.Weekday is { } weekday && p.Weekday < 0 && p.Day1 != 0 && p.Day2 == 0 && p.Year1 == 0 && !p.HasRecurring)
        {
            // "Sunday, the 22nd" read as two mentions: the 22nd that was a Sunday.
            p.Weekday = weekday;
        }

        return DateParse.TryResolve(in p, c, ref anchor, out span);
    }

    private static bool TryResolveOffset(ReadOnlySpan<DateToken> t, int k, DateContext c, int depth, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        var direction = t[k].Kind;
        var left = t[..k];
        var right = t[(k + 1)..];

        // The distance: "two days after ...", "the day before", or "after two weeks".
        if (!TryDistance(left, out var unit, out int min, out int max, out bool implicitCount, out int weekday))
        {
            if (TryDistance(right, out unit, out min, out max, out implicitCount, out weekday) && !implicitCount && weekday < 0)
            {
                right = right[CountDistanceTokens(right)..];
            }
            else
            {
                unit = DateUnit.None;
                weekday = -1;
            }
        }

        if (max > Defaults.MaxOffset)
        {
            return false;
        }

        if (direction == DateWord.Ago)
        {
            return unit != DateUnit.None && TryAgo(c, unit, min, max, ref anchor, out span) && InYears(span);
        }

        // What it counts from: a date named after the direction word, or the previous event.
        bool named = HasDateWord(right);
        DateSpan from;
        if (named)
        {
            var inner = DateAnchor.Text;
            if (!TryResolve(right, c, depth + 1, ref inner, out from))
            {
                return false;
            }

            Widen(ref anchor, inner);
        }
        else if (c.Previous is { } previous)
        {
            if (c.PreviousJustBefore && t[k].Value == 1 && previous.IsSingleDay)
            {
                // "On the 10th of February, three days after the strike": the day just told, placed again against an
                // event the mention does not name.
                span = previous;
                Widen(ref anchor, DateAnchor.PreviousEvent);
                return true;
            }

            if (previous.Days > Defaults.NearestWithinDays && unit is DateUnit.Day or DateUnit.Week or DateUnit.Fortnight or DateUnit.Hour or DateUnit.Minute)
            {
                // "the next day" after "in 2014" places nothing: a year moved by a day is still a year.
                return false;
            }

            if (IsWithinMonthLong(previous, unit, max))
            {
                // "the next day", "two days later" after "in February": still that February, as the corpus reads it;
                // a month moved by two days names no month.
                span = previous;
                Widen(ref anchor, DateAnchor.PreviousEvent);
                return true;
            }

            from = previous;
            Widen(ref anchor, DateAnchor.PreviousEvent);
        }
        else if (direction == DateWord.Before && c.InterviewDate is { } interview && unit != DateUnit.None && !implicitCount)
        {
            from = DateSpan.Day(interview);
            Widen(ref anchor, DateAnchor.InterviewDate);
        }
        else
        {
            return false;
        }

        if (unit == DateUnit.None && weekday < 0)
        {
            var before = DateParse.Parse(left);
            if (before.HasRecurring)
            {
                // "the winter before", "the Ramadan after": the one before or after the anchor.
                before.Deixis = direction == DateWord.Before ? Deixis.Previous : Deixis.Next;
                return DateParse.TryResolve(in before, c with { Previous = from }, ref anchor, out span);
            }

            if (named && IsFeast(right))
            {
                // "after the Eid", "before Ramadan": a household's year turns on its feasts, and the witness dates by the
                // days just after the feast or just before it; the corpus reads them as the rest of the month after it
                // ("after Christmas" is the 26th to the 31st) or the part of the month before it.
                if (c.Previous is { } month && IsWholeMonth(month) && TryEidWithinMonth(right, month, direction, out var eid))
                {
                    // "June, after the Eid": the Eid is the one the month told reaches, and the days after it (or before
                    // it) are that month's.
                    span = direction == DateWord.Before
                        ? new DateSpan(month.From, Min(eid.From.AddDays(-1), month.To))
                        : new DateSpan(Max(eid.To.AddDays(1), month.From), month.To);
                    return InYears(span);
                }

                if (direction == DateWord.Before)
                {
                    // A feast in the first days of its month is waited for through the month before ("before Ramadan"
                    // when the fast begins on the 6th of May is April and those days of May).
                    var last = from.From.AddDays(-1);
                    var start = new DateOnly(last.Year, last.Month, 1);
                    span = new DateSpan(from.From.Day <= Defaults.FewDaysOfMonth ? start.AddMonths(-1) : start, last);
                }
                else
                {
                    var first = from.To.AddDays(1);
                    span = new DateSpan(first, new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month)));
                }

                return InYears(span);
            }

            // Open-ended "before 2014" or "after the market" places nothing; "after the isha prayer" is that day.
            if (!named || !OnlyTimeOfDay(right))
            {
                return false;
            }

            span = from;
            return true;
        }

        int sign = direction == DateWord.Before ? -1 : 1;
        if (weekday >= 0)
        {
            // "the Thursday before Eid al-Adha"
            var day = sign < 0 ? from.From.AddDays(-1) : from.To.AddDays(1);
            while ((int)day.DayOfWeek != weekday)
            {
                day = day.AddDays(sign);
            }

            span = DateSpan.Day(day);
            return true;
        }

        // A previous event moves whole; a named anchor is counted from its edge, except both Eids of a year told ("in
        // 2017, a week after Eid"), which move whole: the distance counts from whichever of the two it was.
        var bothEids = named && !from.IsSingleDay && DateParse.Parse(right).Festival == Festival.Eid;
        var baseSpan = named && !bothEids ? (sign < 0 ? DateSpan.Day(from.From) : DateSpan.Day(from.To)) : from;
        span = Shift(baseSpan, unit, sign, min, max, implicitCount);
        return InYears(span);
    }

    /// <summary>Whether a distance of at most <paramref name="max"/> days (<paramref name="unit"/> a day) from
    /// <paramref name="previous"/> stays inside it: a previous event of a whole month or more, longer than the
    /// distance.</summary>
    internal static bool IsWithinMonthLong(DateSpan previous, DateUnit unit, int max) =>
        unit == DateUnit.Day && previous.Days >= Defaults.MonthLongDays && previous.Days <= Defaults.NearestWithinDays && max < previous.Days;

    private static bool InYears(DateSpan span) => span.From.Year >= Defaults.MinYear && span.To.Year <= Defaults.MaxYear;

    private static DateSpan Shift(DateSpan b, DateUnit unit, int sign, int min, int max, bool implicitCount)
    {
        int days = unit switch { DateUnit.Week => 7, DateUnit.Fortnight => 14, _ => 1 };
        switch (unit)
        {
            case DateUnit.Minute or DateUnit.Hour:
                return b;
            case DateUnit.Day or DateUnit.Week or DateUnit.Fortnight:
                if (implicitCount && unit != DateUnit.Day)
                {
                    // "the week before": the seven days before it.
                    return sign < 0 ? new DateSpan(b.From.AddDays(-days), b.From.AddDays(-1)) : new DateSpan(b.To.AddDays(1), b.To.AddDays(days));
                }

                return sign < 0
                    ? new DateSpan(b.From.AddDays(-max * days), b.To.AddDays(-min * days))
                    : new DateSpan(b.From.AddDays(min * days), b.To.AddDays(max * days));
            case DateUnit.Month:
                {
                    var (f, t) = sign < 0 ? (b.From.AddMonths(-max), b.To.AddMonths(-min)) : (b.From.AddMonths(min), b.To.AddMonths(max));
                    return new DateSpan(DateSpan.Month(f.Year, f.Month).From, DateSpan.Month(t.Year, t.Month).To);
                }

            default:
                {
                    var (f, t) = sign < 0 ? (b.From.Year - max, b.To.Year - min) : (b.From.Year + min, b.To.Year + max);
                    return new DateSpan(DateSpan.Year(f).From, DateSpan.Year(t).To);
                }
        }
    }

    private static bool TryAgo(DateContext c, DateUnit unit, int min, int max, ref DateAnchor anchor, out DateSpan span)
    {
        span = default;
        if (c.InterviewDate is not { } i)
        {
            return false;
        }

        Widen(ref anchor, DateAnchor.InterviewDate);
        switch (unit)
        {
            case DateUnit.Minute or DateUnit.Hour:
                span = DateSpan.Day(i);
                return true;
            case DateUnit.Day:
                span = new DateSpan(i.AddDays(-max), i.AddDays(-min));
                return true;
            case DateUnit.Week or DateUnit.Fortnight:
                {
                    int days = unit == DateUnit.Week ? 7 : 14;
                    span = new DateSpan(DateSpan.Week(i.AddDays(-max * days)).From, DateSpan.Week(i.AddDays(-min * days)).To);
                    return true;
                }

            case DateUnit.Month:
                {
                    var (f, t) = (i.AddMonths(-max), i.AddMonths(-min));
                    span = new DateSpan(DateSpan.Month(f.Year, f.Month).From, DateSpan.Month(t.Year, t.Month).To);
                    return true;
                }

            default:
                span = new DateSpan(DateSpan.Year(i.Year - max).From, DateSpan.Year(i.Year - min).To);
                return true;
        }
    }

    // Reads "[count] unit" from the start of a side ("two days", "a week", "the day", "some weeks") or a lone weekday.
    private static bool TryDistance(ReadOnlySpan<DateToken> side, out DateUnit unit, out int min, out int max, out bool implicitCount, out int weekday)
    {
        unit = DateUnit.None;
        (min, max, implicitCount, weekday) = (1, 1, true, -1);
        for (int i = 0; i < side.Length; i++)
        {
            var tok = side[i];
            if (tok.Kind == DateWord.Unit)
            {
                unit = (DateUnit)tok.Value;
                if (i > 0 && side[i - 1].Kind is DateWord.Cardinal or DateWord.Number && side[i - 1].Value > 0)
                {
                    (min, max, implicitCount) = (side[i - 1].Value, side[i - 1].Value, false);
                }
                else if (i > 0 && side[i - 1].Kind == DateWord.Few)
                {
                    (min, max) = side[i - 1].Value switch
                    {
                        0 => (Defaults.FewMin, Defaults.FewMax),
                        1 => (2, 2),
                        _ => (Defaults.SeveralMin, Defaults.SeveralMax),
                    };
                    implicitCount = false;
                }
                else if (i > 0 && side[i - 1].Kind == DateWord.Next)
                {
                    return false;
                }

                return true;
            }

            if (tok.Kind == DateWord.Weekday && side.Length == 1)
            {
                weekday = tok.Value;
                return true;
            }

            if (tok.Kind is not (DateWord.Cardinal or DateWord.Number or DateWord.Few or DateWord.Around or DateWord.TimeOfDay))
            {
                return false;
            }
        }

        return false;
    }

    private static int CountDistanceTokens(ReadOnlySpan<DateToken> side)
    {
        for (int i = 0; i < side.Length; i++)
        {
            if (side[i].Kind == DateWord.Unit)
            {
                return i + 1;
            }
        }

        return 0;
    }

    // Whether the words name a date or time to count from, rather than an event ("the attack", "they entered").
    private static bool HasDateWord(ReadOnlySpan<DateToken> t)
    {
        foreach (var tok in t)
        {
            if (tok.Kind is DateWord.Month or DateWord.HijriMonth or DateWord.SolarMonth or DateWord.EthiopianMonth or DateWord.Season or DateWord.Eid
                or DateWord.Fitr or DateWord.Adha or DateWord.Christmas or DateWord.Ashura or DateWord.Feast or DateWord.Holy or DateWord.NumericDate or DateWord.Ordinal
                or DateWord.Weekday or DateWord.Yesterday or DateWord.Today or DateWord.TimeOfDay or DateWord.That or DateWord.This
                or DateWord.Last || (tok.Kind == DateWord.Number && tok.Extra == 4) || (tok.Kind == DateWord.Unit && (DateUnit)tok.Value == DateUnit.Day))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeMonth(DateSpan span) =>
        span.From.Day == 1 && span.To == span.From.AddMonths(1).AddDays(-1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // An Eid named without which one or its year ("the Eid", "Eid") counted from with a month told just before: after
    // it, the last Eid from a month before that month to its end; before it, the first from its start to a month after.
    private static bool TryEidWithinMonth(ReadOnlySpan<DateToken> t, DateSpan month, DateWord direction, out DateSpan eid)
    {
        eid = default;
        var p = DateParse.Parse(t);
        if (p.Festival != Festival.Eid || p.Year1 != 0 || p.Deixis != Deixis.None)
        {
            return false;
        }

        Span<DateSpan> found = stackalloc DateSpan[12];
        int n = p.Occurrences(month.From.Year - 1, found);
        n += p.Occurrences(month.From.Year, found[n..]);
        n += p.Occurrences(month.From.Year + 1, found[n..]);
        bool any = false;
        foreach (var s in found[..n])
        {
            if (direction == DateWord.Before
                ? s.From >= month.From && s.From <= month.To.AddMonths(1) && (!any || s.From < eid.From)
                : s.From >= month.From.AddMonths(-1) && s.From <= month.To && (!any || s.From > eid.From))
            {
                (eid, any) = (s, true);
            }
        }

        return any;
    }

    /// <summary>Whether the words name a feast or the fast alone ("the Eid", "Eid al-Adha", "Christmas", "Ramadan"),
    /// with no day, part or week of it.</summary>
    private static bool IsFeast(ReadOnlySpan<DateToken> t)
    {
        var p = DateParse.Parse(t);
        var fast = p.Calendar1 == MonthCalendar.Hijri && p.Month1 == IslamicCalendarTable.Ramadan && p.Month2 == 0;
        return (p.Festival != Festival.None || fast) && p.Day1 == 0 && p.Part == DatePart.None && p.Weekday < 0 && p.Season == 0;
    }

    private static bool OnlyTimeOfDay(ReadOnlySpan<DateToken> t)
    {
        foreach (var tok in t)
        {
            if ((tok.Kind is not (DateWord.TimeOfDay or DateWord.That or DateWord.Unknown or DateWord.Number or DateWord.Cardinal or DateWord.Around) || (tok.Kind == DateWord.Number && tok.Extra > 2))
                && !(tok.Kind == DateWord.Unit && (DateUnit)tok.Value is DateUnit.Day or DateUnit.Hour or DateUnit.Minute))
            {
                return false;
            }
        }

        return true;
    }

    // The weakest thing a range rests on wins: interview over previous event over the words alone.
    internal static void Widen(ref DateAnchor anchor, DateAnchor used)
    {
        if (used > anchor)
        {
            anchor = used;
        }
    }
}
