using System.Collections.Frozen;
using System.Globalization;

namespace TestimonyNlp.Claims.Dates;

/// <summary>What a word of a date mention is.</summary>
internal enum DateWord : byte
{
    Unknown = 0,
    Filler,
    Number,      // digits; Value is the number, Extra the digit count
    Ordinal,     // "12th", "twelfth", "first"; Value is the number
    Cardinal,    // "two", "a" before a unit; Value is the number
    Tens,        // "twenty", "thirty": may join a following unit word
    TensOrdinal, // "twentieth", "thirtieth"
    Few,         // "few", "couple", "several", "some"
    Month,       // Gregorian; Value 1-12
    HijriMonth,  // Value 1-12
    SolarMonth,  // Afghan solar Hijri month names; Value 1-12
    EthiopianMonth, // Ethiopian month names; Value 1-12
    MonthQualifier, // "awwal", "thani" after kanun / tishrin / rabi / jumada
    Weekday,     // Value is (int)DayOfWeek
    Season,      // 1 spring, 2 summer, 3 autumn, 4 winter, 5 the rainy season
    Unit,        // Value is a DateUnit
    Before,
    After,       // "after", "later", "afterwards"
    Ago,
    Next,        // "next", "following"
    Previous,    // "previous"
    Last,
    This,
    That,        // "that", "same", "those"
    Yesterday,
    Today,       // "today", "tonight"
    Early,       // "early", "beginning", "start"
    Mid,         // "mid", "middle"
    Late,        // "late", "end"
    Eid,         // "eid", "feast", "bayram"
    Fitr,        // "fitr", "small", "little", "ramazan" (bayram)
    Adha,        // "adha", "big", "great", "kabir", "qurban", "korbani", "tabaski"
    Christmas,
    Eve,
    Ashura,
    Feast,       // another named feast; Value is a Festival
    Orthodox,
    Holy,        // "holy", "good", "santo"; Value 1 for "palm"
    TimeOfDay,   // "morning", "night", "noon", "maghrib", "iftar", "o'clock", ...
    Around,      // "around", "about", "approximately"
    Or,          // "or", "and", "to", "until", "till"
    Between,
    Punct,       // Value is the character
    NumericDate, // "9/9/2016", "2016-09-09", "27/11"; Value is year * 10000 + month * 100 + day, year 0 when absent
}

/// <summary>Units of relative dates.</summary>
internal enum DateUnit : byte
{
    None = 0,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
}

/// <summary>The words date mentions are made of, looked up without allocating.</summary>
internal static class DateWords
{
    private static readonly FrozenDictionary<string, (DateWord Kind, int Value)> _words = Build();

    private static readonly FrozenDictionary<string, (DateWord Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a word up, ignoring case.</summary>
    public static (DateWord Kind, int Value) Find(ReadOnlySpan<char> word) =>
        _lookup.TryGetValue(word, out var entry) ? entry : (DateWord.Unknown, 0);

    /// <summary>The year <paramref name="text"/> is, when it is nothing but four digits from 1900 to 2099 ("2015");
    /// otherwise null.</summary>
    public static int? YearAlone(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 4 && HoldsYear(trimmed) && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
    }

    // What a witness says after a year of the calendar of the country ("2012 in our calendar", "2013, in the Ethiopian
    // calendar"); the only calendar whose years look like Gregorian ones is the Ethiopian.
    private static readonly string[] OwnCalendarWords = [" in our calendar", " in the ethiopian calendar", " ethiopian calendar"];

    /// <summary>
    /// The year a mention names alone (with "in" or "the year" before it at most) when its own words or the words
    /// just after it say it is of the witness's calendar ("2012 in our calendar", "In 2013, in the Ethiopian
    /// calendar"): an Ethiopian year, which runs from September of the Gregorian year 7 after it. Null otherwise.
    /// </summary>
    public static int? OwnCalendarYear(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = start;
        while (i < end && !char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 4 > end || !HoldsYear(text.AsSpan(i, 4)) || (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])))
        {
            return null;
        }

        var before = text.AsSpan(start, i - start).Trim();
        if (!(before.IsEmpty || before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("the year", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var k = i + 4;
        if (k < text.Length && text[k] == ',')
        {
            k++;
        }

        var rest = text.AsSpan(k, Math.Min(text.Length - k, 30));
        foreach (var words in OwnCalendarWords)
        {
            if (rest.StartsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(text.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> holds a year: four digits from 1900 to 2099 standing alone.</summary>
    public static bool HoldsYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))
                && ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> names a day of the calendar by its number, month or weekday ("the 6th
    /// of March", "the 15th or the 16th", "the Wednesday"), and counts no time on from another event.</summary>
    public static bool NamesCalendarDay(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        var named = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.Ordinal or DateWord.TensOrdinal or DateWord.Month or DateWord.HijriMonth or DateWord.SolarMonth
                    or DateWord.EthiopianMonth or DateWord.Weekday or DateWord.NumericDate:
                    named = true;
                    break;
                case DateWord.After or DateWord.Before or DateWord.Unit:
                    return false;
            }
        }

        return named;
    }

    /// <summary>True when <paramref name="text"/> counts a span of time on from the event told before it ("two weeks
    /// later", "after three days", "a few months after"): a date reached by moving on, not the event's own.</summary>
    public static bool MovesOn(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        bool after = false, unit = false, amount = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.After:
                    after = true;
                    break;
                case DateWord.Unit when token.Value is (int)DateUnit.Day or (int)DateUnit.Week or (int)DateUnit.Fortnight or (int)DateUnit.Month:
                    unit = true;
                    break;
                case DateWord.Cardinal or DateWord.Number or DateWord.Few or DateWord.Tens:
                    amount = true;
                    break;
                case DateWord.Filler when token.Value == 1:
                    // "a week later"
                    amount = true;
                    break;
            }
        }

        return after && unit && amount;
    }

    /// <summary>How many years back the words name a whole year, when they name nothing else ("last year", "the year
    /// before this one": 1; "this year": 0; null otherwise), counted from the interview's year, or from the year of the
    /// event told before when <paramref name="fromEventTold"/> ("the year before").</summary>
    public static int? YearsBack(ReadOnlySpan<char> text, out bool fromEventTold)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        fromEventTold = false;
        bool year = false, last = false, before = false, @this = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.Unit when token.Value == (int)DateUnit.Year && !year:
                    year = true;
                    break;
                case DateWord.Last when !year:
                    last = true;
                    break;
                case DateWord.Before when year:
                    before = true;
                    break;
                case DateWord.This:
                    @this = true;
                    break;
                case DateWord.Filler when token.Value == 0:
                    // "the"
                    break;
                case DateWord.Cardinal when token.Value == 1 && @this:
                    // "this one"
                    break;
                default:
                    return null;
            }
        }

        fromEventTold = before && !@this;
        return !year ? null
            : last && !before && !@this ? 1
            : before && !last ? 1
            : @this && !last && !before ? 0
            : null;
    }

    /// <summary>True when <paramref name="text"/> names Easter or its week ("the day before Easter", "Holy Week", "Good
    /// Friday") without saying which church's: no "orthodox" and no other feast named with it.</summary>
    public static bool EasterUnnamed(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        var easter = false;
        foreach (var token in tokens[..count])
        {
            if (token.Kind is DateWord.Orthodox or DateWord.Christmas
                || (token.Kind == DateWord.Feast && token.Value != (int)Festival.Easter))
            {
                return false;
            }

            easter |= token.Kind == DateWord.Holy || (token.Kind == DateWord.Feast && token.Value == (int)Festival.Easter);
        }

        return easter;
    }

    /// <summary>True when <paramref name="text"/> names an Eid without saying which ("three days before the Eid").</summary>
    public static bool EidUnnamed(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        var eid = false;
        foreach (var token in tokens[..count])
        {
            if (token.Kind is DateWord.Fitr or DateWord.Adha)
            {
                return false;
            }

            eid |= token.Kind == DateWord.Eid;
        }

        return eid;
    }

    /// <summary>The word that says which Eid ("big", "small", "adha") when <paramref name="text"/> names one just
    /// after <paramref name="start"/>, past a comma or a full stop: "the Eid, the big Eid"; null otherwise.</summary>
    public static string? EidNamedAt(string text, int start)
    {
        var i = start;
        var marks = 0;
        while (i < text.Length && (text[i] == ' ' || (text[i] is ',' or '.' or ';' && ++marks <= 1)))
        {
            i++;
        }

        var word = NextWord(text, ref i);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = NextWord(text, ref i);
        }

        var which = word;
        if (Find(which).Kind is not (DateWord.Fitr or DateWord.Adha) || Find(NextWord(text, ref i)).Kind != DateWord.Eid)
        {
            return null;
        }

        return which.ToString();
    }

    // The letters from i on, past spaces; i moves past them.
    private static ReadOnlySpan<char> NextWord(string text, ref int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    /// <summary>True when <paramref name="text"/> counts from the event told before it by days, weeks, months or years
    /// and names nothing else it counts from ("the next morning", "two days later", "after three days", "the day
    /// before", "one week before"; not "three days before Eid", "the next Thursday", "after the isha prayer").</summary>
    public static bool CountsFromEventTold(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        bool next = false, beforeOrAfter = false, unit = false, dayUnit = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.Next:
                    next = true;
                    break;
                case DateWord.Before or DateWord.After:
                    beforeOrAfter = true;
                    break;
                case DateWord.Unit when token.Value is (int)DateUnit.Day:
                    unit = dayUnit = true;
                    break;
                case DateWord.Unit when token.Value is (int)DateUnit.Week or (int)DateUnit.Fortnight or (int)DateUnit.Month or (int)DateUnit.Year:
                    unit = true;
                    break;
                case DateWord.Filler or DateWord.Cardinal or DateWord.Few or DateWord.Tens or DateWord.Around or DateWord.Punct:
                    break;
                default:
                    return false;
            }
        }

        return (next && dayUnit) || (beforeOrAfter && unit);
    }

    /// <summary>True when <paramref name="text"/> says the day of the event told before and nothing else ("that day",
    /// "the same night", "that same morning"; not "those days", "that week").</summary>
    public static bool SaysDayTold(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        bool that = false, day = false;
        foreach (var token in tokens[..count])
        {
            var word = text.Slice(token.Start, token.Length);
            switch (token.Kind)
            {
                case DateWord.That when word.Equals("that", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("same", StringComparison.OrdinalIgnoreCase):
                    that = true;
                    break;
                case DateWord.Unit when token.Value == (int)DateUnit.Day && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase):
                case DateWord.TimeOfDay:
                    day = true;
                    break;
                case DateWord.Filler or DateWord.Punct:
                    break;
                default:
                    return false;
            }
        }

        return that && day;
    }

    /// <summary>True when <paramref name="text"/> names no more than a part of a day ("one night", "that evening",
    /// "the morning"): it places the event only through the date told before it.</summary>
    public static bool PartOfDayOnly(ReadOnlySpan<char> text)
    {
        Span<DateToken> tokens = stackalloc DateToken[DateResolver.Defaults.MaxTokens];
        var count = DateTokenizer.Tokenize(text, tokens);
        var part = false;
        foreach (var token in tokens[..count])
        {
            switch (token.Kind)
            {
                case DateWord.TimeOfDay:
                case DateWord.Unit when token.Value == (int)DateUnit.Day:
                    part = true;
                    break;
                case DateWord.Filler or DateWord.That or DateWord.This or DateWord.Around or DateWord.Punct:
                case DateWord.Cardinal when token.Value == 1:
                    break;
                default:
                    return false;
            }
        }

        return part;
    }

    private static FrozenDictionary<string, (DateWord, int)> Build()
    {
        var d = new Dictionary<string, (DateWord, int)>(StringComparer.OrdinalIgnoreCase);

        void Add(DateWord kind, int value, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = (kind, value);
                if (w.Contains('\''))
                {
                    d[w.Replace('\'', '\u2019')] = (kind, value);
                    d[w.Replace("'", string.Empty)] = (kind, value);
                }
            }
        }

        Add(DateWord.Filler, 0, "the", "of", "in", "on", "at", "from", "since", "by", "al", "el", "il", "ul", "ad", "ed",
            "maybe", "perhaps", "probably", "exactly", "just", "right", "it", "was", "day's", "very", "then", "when",
            "year's", "s", "during", "for", "we");
        Add(DateWord.Filler, 1, "a", "an");
        Add(DateWord.Around, 0, "around", "about", "approximately", "roughly", "circa", "near");
        Add(DateWord.Or, 0, "or", "and", "to", "until", "till", "through", "with");
        Add(DateWord.Between, 0, "between");

        string[] months =
        [
            "january|jan|kanun|kanoon|kanon|janvier",
            "february|feb|shubat|shbat|shibat|subat|février|fevrier",
            "march|mar|adhar|azar|athar|adar|mars",
            "april|apr|nisan|naysan|neesan|avril",
            "may|ayyar|ayar|iyar|mai",
            "june|jun|haziran|hazeeran|huzayran|juin",
            "july|jul|tammuz|tamuz|tamouz|tammouz|juillet",
            "august|aug|ab|aab|aub|aout|août",
            "september|sep|sept|aylul|ailul|ayloul|eylul|septembre",
            "october|oct|tishrin|tishreen|teshreen|octobre",
            "november|nov|novembre",
            "december|dec|décembre|decembre",
        ];
        for (int m = 0; m < 12; m++)
        {
            Add(DateWord.Month, m + 1, months[m].Split('|'));
        }

        // "tishrin al-awwal" is October and "tishrin al-thani" November; "kanun al-awwal" December and
        // "kanun al-thani" January. The bare first words are the likelier month; a qualifier after them decides.
        Add(DateWord.MonthQualifier, 1, "awwal", "awal", "oula", "ula", "first", "aula");
        Add(DateWord.MonthQualifier, 2, "thani", "tani", "sani", "thaani", "akhir", "akhira", "akhirah", "second");

        string[] hijri =
        [
            "muharram|moharram|muharam|moharam",
            "safar",
            "rabi|rabia|rabee",
            "",
            "jumada|jamada|jumadi|jamadi",
            "",
            "rajab",
            "shaaban|sha'ban|shaban|shabaan",
            "ramadan|ramadhan|ramazan|ramzan|ramadaan|ramdan",
            "shawwal|shawal|showal",
            "dhul-qadah|dhu'l-qa'dah|qada|qadah|qa'da|qa'dah|qaada|qi'dah|qidah",
            "hijja|hijjah|hija|hijjeh",
        ];
        for (int m = 0; m < 12; m++)
        {
            if (hijri[m].Length > 0)
            {
                Add(DateWord.HijriMonth, m + 1, hijri[m].Split('|'));
            }
        }

        // Afghan solar Hijri months (Dari names, as interpreters give them). "Dalwa", another spelling of Dalw, is left
        // out: it is also a town near Maiduguri, which the tagger may take for a date.
        string[] solar =
        [
            "hamal", "sawr|saur|sour|thawr", "jawza|jauza|jauza", "saratan|sartan", "asad", "sunbula|sunbulah|sonbola|sumbula",
            "mizan|meezan", "aqrab|akrab", "qaws|qaus|kaus", "jadi|jaddi", "dalw|dalv", "hut|hoot",
        ];
        for (int m = 0; m < 12; m++)
        {
            Add(DateWord.SolarMonth, m + 1, solar[m].Split('|'));
        }

        // Ethiopian months (Amharic and Tigrinya names as interpreters spell them); "Tir" and "Sene", which are other
        // words too, and the five or six days of Pagume are left out.
        string[] ethiopian =
        [
            "meskerem|maskaram|meskerrem", "tikimt|tikemt|tiqimt|teqemt|tekemt", "hidar|hedar|hidaar", "tahsas|tahesas|tahisas", "",
            "yekatit|yakatit|yekkatit", "megabit|magabit|maggabit", "miazia|miyazya|miyaziya|miyazia", "ginbot|genbot|ginbat", "",
            "hamle|hamlie", "nehase|nahase|nehasse",
        ];
        for (int m = 0; m < 12; m++)
        {
            if (ethiopian[m].Length > 0)
            {
                Add(DateWord.EthiopianMonth, m + 1, ethiopian[m].Split('|'));
            }
        }

        Add(DateWord.Weekday, (int)DayOfWeek.Monday, "monday", "mon", "ithnayn", "itnein", "ithnain", "tanin");
        Add(DateWord.Weekday, (int)DayOfWeek.Tuesday, "tuesday", "tue", "tues", "thulatha", "talata", "tlata");
        Add(DateWord.Weekday, (int)DayOfWeek.Wednesday, "wednesday", "wed", "arbi'a", "arba'a", "arbaa", "arbia");
        Add(DateWord.Weekday, (int)DayOfWeek.Thursday, "thursday", "thu", "thurs", "khamis", "khamees");
        Add(DateWord.Weekday, (int)DayOfWeek.Friday, "viernes", "vendredi", "friday", "fri", "jum'a", "jumu'a", "jumah", "jumaa", "juma", "jumma");
        Add(DateWord.Weekday, (int)DayOfWeek.Saturday, "saturday", "sat", "sabt", "sábado", "sabado", "samedi");
        Add(DateWord.Weekday, (int)DayOfWeek.Sunday, "sunday", "ahad", "domingo", "dimanche");

        Add(DateWord.Season, 1, "spring", "springtime");
        Add(DateWord.Season, 2, "summer", "summertime");
        Add(DateWord.Season, 3, "autumn", "fall");
        Add(DateWord.Season, 4, "winter", "wintertime");
        Add(DateWord.Season, 5, "rainy", "rains", "monsoon");

        Add(DateWord.Unit, (int)DateUnit.Minute, "minute", "minutes", "min", "mins");
        Add(DateWord.Unit, (int)DateUnit.Hour, "hour", "hours", "hr", "hrs");
        Add(DateWord.Unit, (int)DateUnit.Day, "day", "days", "night", "nights", "morning", "mornings", "evening", "evenings");
        Add(DateWord.Unit, (int)DateUnit.Week, "week", "weeks", "semana", "semaine");
        Add(DateWord.Unit, (int)DateUnit.Fortnight, "fortnight", "fortnights");
        Add(DateWord.Unit, (int)DateUnit.Month, "month", "months");
        Add(DateWord.Unit, (int)DateUnit.Year, "year", "years");

        // Value 1: a preposition, whose object is what the distance counts from ("three days after the strike").
        Add(DateWord.Before, 0, "earlier", "prior", "preceding");
        Add(DateWord.Before, 1, "before");
        Add(DateWord.After, 0, "later", "afterwards", "afterward");
        Add(DateWord.After, 1, "after");
        Add(DateWord.Ago, 0, "ago", "back");
        Add(DateWord.Next, 0, "next", "following");
        Add(DateWord.Previous, 0, "previous");
        Add(DateWord.Last, 0, "last", "past");
        Add(DateWord.This, 0, "this", "current");
        Add(DateWord.That, 0, "that", "same", "those", "these");
        Add(DateWord.Yesterday, 0, "yesterday");
        Add(DateWord.Today, 0, "today", "tonight");
        Add(DateWord.Early, 0, "early", "beginning", "start", "begin", "starting");
        Add(DateWord.Mid, 0, "mid", "middle", "midst");
        Add(DateWord.Late, 0, "late", "end", "ending");

        Add(DateWord.Eid, 0, "eid", "id", "feast", "bayram", "bairam", "eyd", "sallah");
        Add(DateWord.Fitr, 0, "fitr", "fitir", "futur");
        Add(DateWord.Fitr, 1, "small", "little", "sagheer", "saghir", "sghir", "seghir");
        Add(DateWord.Adha, 0, "adha", "adhaa", "azha", "qurban", "kurban", "korbani", "qurbani", "tabaski");
        Add(DateWord.Adha, 1, "big", "great", "kabir", "kebir", "kbir", "sacrifice");
        Add(DateWord.Christmas, 0, "christmas", "xmas");
        Add(DateWord.Christmas, 1, "christians", "christian");
        Add(DateWord.Eve, 0, "eve");
        Add(DateWord.Ashura, 0, "ashura", "ashoura", "ashoora", "ashourah");
        Add(DateWord.Feast, (int)Festival.Nowruz, "nowruz", "newroz", "nawroz", "nauroz", "norooz", "nowroz", "navruz", "nevruz");
        Add(DateWord.Feast, (int)Festival.OrthodoxChristmas, "genna", "ganna", "gena");
        Add(DateWord.Feast, (int)Festival.Easter, "easter", "pascua", "pasqua", "pâques", "paques");
        Add(DateWord.Feast, (int)Festival.OrthodoxEaster, "paskha", "pascha", "velykden", "fasika", "tensae");
        Add(DateWord.Feast, (int)Festival.Mawlid, "mawlid", "mawlud", "mouloud", "mulud", "milad", "mevlid");
        Add(DateWord.Feast, (int)Festival.ShabEBarat, "barat", "bara'at", "baraat", "baraah");
        Add(DateWord.Feast, (int)Festival.LaylatAlQadr, "qadr", "qadar", "kadir");
        Add(DateWord.Feast, (int)Festival.HidarTsion, "tsion", "tsiyon");
        Add(DateWord.Feast, (int)Festival.Thingyan, "thingyan", "thingyen");
        Add(DateWord.Orthodox, 0, "orthodox");
        Add(DateWord.Holy, 0, "holy", "good", "santo", "santa", "sacred");
        Add(DateWord.Holy, 1, "palm", "palms", "ramos");

        Add(DateWord.TimeOfDay, 0, "noon", "midday", "midnight", "afternoon", "afternoons", "dawn", "dusk", "sunrise", "sunset",
            "daybreak", "daylight", "o'clock", "oclock", "am", "pm", "past", "quarter", "lunch",
            "lunchtime", "breakfast", "dinner", "fajr", "dhuhr", "duhr", "zuhr", "zohr", "asr", "maghrib", "magrib", "isha",
            "ishaa", "iftar", "iftaar", "futoor", "suhoor", "suhur", "sahur", "sehri", "prayer", "prayers", "adhan", "azan",
            "athan", "sabah", "time", "light", "dark", "darkness", "sun", "sundown");
        Add(DateWord.TimeOfDay, 1, "half");

        string[] cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 1; i < cardinals.Length; i++)
        {
            Add(DateWord.Cardinal, i, cardinals[i]);
        }

        string[] ordinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth"];
        for (int i = 1; i < ordinals.Length; i++)
        {
            Add(DateWord.Ordinal, i, ordinals[i]);
        }

        Add(DateWord.Tens, 20, "twenty");
        Add(DateWord.Tens, 30, "thirty");
        Add(DateWord.TensOrdinal, 20, "twentieth");
        Add(DateWord.TensOrdinal, 30, "thirtieth");
        Add(DateWord.Few, 0, "few");
        Add(DateWord.Few, 1, "couple");
        Add(DateWord.Few, 2, "several", "some");

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
