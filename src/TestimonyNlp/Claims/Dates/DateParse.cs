namespace TestimonyNlp.Claims.Dates;

/// <summary>Which calendar a month name belongs to.</summary>
internal enum MonthCalendar : byte
{
    Gregorian = 0,
    Hijri,
    SolarHijri,
    Ethiopian,
}

/// <summary>A part of a month, season or year.</summary>
internal enum DatePart : byte
{
    None = 0,
    Early,
    Mid,
    Late,
    FirstDays,
    LastDays,
    NthWeek,
    LastWeek,
    NthDay,
    LastDay,
    Half,
}

/// <summary>A festival named in a mention.</summary>
internal enum Festival : byte
{
    None = 0,
    Eid,
    EidAlFitr,
    EidAlAdha,
    Christmas,
    ChristmasEve,
    Ashura,
    Nowruz,
    OrthodoxChristmas,
    Easter,
    OrthodoxEaster,
    Mawlid,
    ShabEBarat,
    LaylatAlQadr,
    HidarTsion,
    Thingyan,
}

/// <summary>Words that place the mention relative to now or to the previous event.</summary>
internal enum Deixis : byte
{
    None = 0,
    Last,
    This,
    Next,
    Previous,
    That,
}

/// <summary>The slots of a date mention without an offset word, filled from its tokens; resolved in DateParse.Resolve.cs.</summary>
internal partial struct DateParse
{
    public int Year1;
    public int Year2;
    public int Month1;
    public int Month2;
    public MonthCalendar Calendar1;
    public MonthCalendar Calendar2;
    public int Day1;
    public int Day2;
    public bool Around;
    public int Weekday;
    public int WeekdayOrdinal;
    public int Season;
    public DatePart Part;
    public int PartNumber;
    public Festival Festival;
    public bool FestivalNeedsEid;
    public bool SawEid;
    public int FestivalDay;
    public bool Orthodox;
    public bool Holy;
    public bool Palm;
    public Deixis Deixis;
    public DateUnit DeixisUnit;
    public bool DeixisPlural;
    public bool TimeOfDay;
    public bool BareDay;
    public bool Yesterday;
    public bool Today;
    public bool MonthWord;
    public bool SawWeek;
    public int CalendarYear;
    public int NumericDate;

    /// <summary>Whether a word the date vocabulary does not know was read ("the second day of the attack").</summary>
    public bool SawOtherWord;

    public static DateParse Parse(ReadOnlySpan<DateToken> t)
    {
        var p = new DateParse { Weekday = -1 };
        for (int i = 0; i < t.Length; i++)
        {
            var tok = t[i];
            var next = i + 1 < t.Length ? t[i + 1] : default;
            var prev = i > 0 ? t[i - 1] : default;
            switch (tok.Kind)
            {
                case DateWord.NumericDate:
                    p.NumericDate = tok.Value;
                    break;
                case DateWord.Unknown:
                    p.SawOtherWord = true;
                    break;
                case DateWord.Number:
                    if (tok.Extra == 4 && tok.Value is >= DateResolver.Defaults.MinYear and <= DateResolver.Defaults.MaxYear)
                    {
                        p.AddYear(tok.Value);
                    }
                    else if (tok.Extra == 4 && tok.Value is >= 1300 and < DateResolver.Defaults.MinYear)
                    {
                        // "Ramadan 1435", "Saratan 1397": a Hijri or solar Hijri year, by the month it goes with.
                        p.CalendarYear = tok.Value;
                    }
                    else if (tok.Value is >= 1 and <= 31 && next.Kind != DateWord.Unit &&
                        (IsMonth(next.Kind) || IsMonth(prev.Kind) || (prev.Kind == DateWord.Or && (p.Day1 > 0 || IsMonth(t[Math.Max(0, i - 2)].Kind)))))
                    {
                        p.AddDay(tok.Value);
                    }
                    else if (tok.Value <= 24 && next.Kind != DateWord.Unit)
                    {
                        // "at 10", "around 5": a clock time.
                        p.TimeOfDay = true;
                    }

                    break;
                case DateWord.Ordinal:
                    if (next.Kind == DateWord.Unit && (DateUnit)next.Value is DateUnit.Day or DateUnit.Week)
                    {
                        bool plural = next.Extra == 1;
                        p.Part = (DateUnit)next.Value == DateUnit.Week ? DatePart.NthWeek : plural && tok.Value == 1 ? DatePart.FirstDays : DatePart.NthDay;
                        p.PartNumber = tok.Value;
                        i++;
                    }
                    else if (next.Kind == DateWord.Weekday)
                    {
                        p.WeekdayOrdinal = tok.Value;
                        p.Weekday = next.Value;
                        i++;
                    }
                    else if (next.Kind == DateWord.Unit && (DateUnit)next.Value == DateUnit.Month && next.Extra == 0
                        && prev.Kind == DateWord.Ordinal && p.Day1 > 0 && p.Month1 == 0 && tok.Value is >= 1 and <= 12)
                    {
                        // "the fourth of the second month": February. Alone ("the first month of the war") it is no month.
                        p.AddMonth(DateWord.Month, tok.Value);
                        i++;
                    }
                    else if (next.Kind == DateWord.TimeOfDay && next.Value == 1 && tok.Value is 1 or 2)
                    {
                        // "the second half of January": days 16 to the end ("half" is otherwise a clock word).
                        p.Part = DatePart.Half;
                        p.PartNumber = tok.Value;
                        i++;
                    }
                    else if (tok.Value is >= 1 and <= 31)
                    {
                        p.AddDay(tok.Value);
                    }

                    break;
                case DateWord.Month or DateWord.HijriMonth or DateWord.SolarMonth or DateWord.EthiopianMonth:
                    p.AddMonth(tok.Kind, tok.Value);
                    break;
                case DateWord.Weekday:
                    p.Weekday = tok.Value;
                    break;
                case DateWord.Season:
                    p.Season = tok.Value;
                    break;
                case DateWord.Early:
                    p.Part = DatePart.Early;
                    break;
                case DateWord.Mid:
                    p.Part = DatePart.Mid;
                    break;
                case DateWord.Late when tok.Value == 1:
                    // "the last ..."
                    if (next.Kind == DateWord.Unit)
                    {
                        p.Part = (DateUnit)next.Value == DateUnit.Week ? DatePart.LastWeek : next.Extra == 1 ? DatePart.LastDays : DatePart.LastDay;
                        p.PartNumber = DateResolver.Defaults.FewDaysOfMonth;
                        i++;
                    }
                    else if (next.Kind is DateWord.Cardinal or DateWord.Number && i + 2 < t.Length && t[i + 2].Kind == DateWord.Unit)
                    {
                        p.Part = DatePart.LastDays;
                        p.PartNumber = next.Value;
                        i += 2;
                    }
                    else if (next.Kind == DateWord.Weekday)
                    {
                        p.WeekdayOrdinal = -1;
                        p.Weekday = next.Value;
                        i++;
                    }
                    else
                    {
                        p.Part = DatePart.Late;
                    }

                    break;
                case DateWord.Late:
                    p.Part = DatePart.Late;
                    break;
                case DateWord.Last or DateWord.This or DateWord.Next or DateWord.Previous or DateWord.That:
                    p.Deixis = tok.Kind switch
                    {
                        DateWord.Last => Deixis.Last,
                        DateWord.This => Deixis.This,
                        DateWord.Next => Deixis.Next,
                        DateWord.Previous => Deixis.Previous,
                        _ => p.Deixis == Deixis.None ? Deixis.That : p.Deixis,
                    };
                    if (next.Kind == DateWord.Unit)
                    {
                        p.DeixisUnit = (DateUnit)next.Value;
                        p.DeixisPlural = next.Extra == 1;
                        i++;
                    }

                    break;
                case DateWord.Yesterday:
                    p.Yesterday = true;
                    break;
                case DateWord.Today:
                    p.Today = true;
                    break;
                case DateWord.Eid:
                    p.SawEid = true;
                    if (p.Festival == Festival.None)
                    {
                        p.Festival = Festival.Eid;
                    }

                    break;
                case DateWord.Fitr or DateWord.Adha:
                    p.Festival = tok.Kind == DateWord.Fitr ? Festival.EidAlFitr : Festival.EidAlAdha;
                    p.FestivalNeedsEid = tok.Value == 1;
                    break;
                case DateWord.Christmas when tok.Value == 1:
                    // "the feast of the Christians", "the Christian feast": Christmas; with another feast named
                    // ("the Easter of the Christians") the word says nothing more.
                    if (p.Festival is Festival.None or Festival.Eid)
                    {
                        p.Festival = Festival.Christmas;
                    }

                    break;
                case DateWord.Christmas:
                    p.Festival = prev.Kind == DateWord.Eve || next.Kind == DateWord.Eve ? Festival.ChristmasEve : Festival.Christmas;
                    break;
                case DateWord.Ashura:
                    p.Festival = Festival.Ashura;
                    break;
                case DateWord.Feast:
                    p.Festival = (Festival)tok.Value;
                    break;
                case DateWord.Orthodox:
                    p.Orthodox = true;
                    break;
                case DateWord.Holy:
                    p.Holy = true;
                    p.Palm |= tok.Value == 1;
                    break;
                case DateWord.TimeOfDay:
                    p.TimeOfDay = true;
                    break;
                case DateWord.Cardinal when next.Kind != DateWord.Unit:
                    // "eleven", "about ten": a clock time.
                    p.TimeOfDay = true;
                    break;
                case DateWord.Around:
                    p.Around = true;
                    break;
                case DateWord.Unit:
                    if ((DateUnit)tok.Value == DateUnit.Day)
                    {
                        p.BareDay = true;
                    }
                    else if ((DateUnit)tok.Value == DateUnit.Month)
                    {
                        p.MonthWord = true;
                    }
                    else if ((DateUnit)tok.Value == DateUnit.Week)
                    {
                        p.SawWeek = true;
                    }

                    break;
            }
        }

        if (p.Holy && p.Festival == Festival.None && (p.Weekday >= 0 || p.DeixisUnit == DateUnit.Week || p.SawWeek))
        {
            // "Good Friday", "Holy Saturday", "Palm Sunday", "Holy Week", "Semana Santa": Easter's week.
            p.Festival = Festival.Easter;
        }

        if (p.Orthodox)
        {
            p.Festival = p.Festival switch { Festival.Easter => Festival.OrthodoxEaster, Festival.Christmas => Festival.OrthodoxChristmas, var f => f };
        }

        if (p.FestivalNeedsEid && !p.SawEid)
        {
            // "the big strike" is no Eid.
            p.Festival = Festival.None;
        }

        if (p.Festival == Festival.Eid && p.Calendar1 == MonthCalendar.Hijri && p.Month1 == IslamicCalendarTable.Ramadan && p.Month2 == 0)
        {
            // "Ramazan Bayram", "the Ramadan Eid"
            p.Festival = Festival.EidAlFitr;
            p.Month1 = 0;
        }

        if (p.Festival is Festival.Eid or Festival.EidAlFitr or Festival.EidAlAdha && p.Part == DatePart.NthDay)
        {
            // "the second day of Eid"
            p.FestivalDay = p.PartNumber;
            p.Part = DatePart.None;
        }

        return p;
    }

    private static bool IsMonth(DateWord kind) => kind is DateWord.Month or DateWord.HijriMonth or DateWord.SolarMonth or DateWord.EthiopianMonth;

    private void AddYear(int year)
    {
        if (Year1 == 0)
        {
            Year1 = year;
        }
        else if (Year2 == 0)
        {
            Year2 = year;
        }
    }

    private void AddDay(int day)
    {
        if (Day1 == 0)
        {
            Day1 = day;
        }
        else if (Day2 == 0)
        {
            Day2 = day;
        }
    }

    private void AddMonth(DateWord kind, int month)
    {
        var calendar = kind switch
        {
            DateWord.HijriMonth => MonthCalendar.Hijri,
            DateWord.SolarMonth => MonthCalendar.SolarHijri,
            DateWord.EthiopianMonth => MonthCalendar.Ethiopian,
            _ => MonthCalendar.Gregorian,
        };
        if (Month1 == 0)
        {
            (Month1, Calendar1) = (month, calendar);
        }
        else if (Month2 == 0)
        {
            (Month2, Calendar2) = (month, calendar);
        }
    }

    public readonly bool HasRecurring => Month1 != 0 || Season != 0 || Festival != Festival.None || NumericDate != 0;
}
