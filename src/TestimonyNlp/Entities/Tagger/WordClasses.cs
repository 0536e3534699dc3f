namespace TestimonyNlp.Entities.Tagger;

/// <summary>Small closed word classes used as tagger features (dates, times, kunyas, name articles).</summary>
internal static class WordClasses
{
    public const byte None = 0;
    public const byte Month = 1;
    public const byte Weekday = 2;
    public const byte NumberWord = 3;
    public const byte Ordinal = 4;
    public const byte TimeWord = 5;
    public const byte CalendarWord = 6;
    public const byte RelativeDay = 7;
    public const byte Kunya = 8;
    public const byte Title = 9;
    public const byte Designator = 10;

    private static readonly Dictionary<ulong, byte> s_classes = Build();

    /// <summary>The class of the lower-cased word whose <see cref="FeatureHash.Of"/> is <paramref name="lowerHash"/>.</summary>
    public static byte Of(ulong lowerHash) => s_classes.TryGetValue(lowerHash, out var found) ? found : None;

    private static Dictionary<ulong, byte> Build()
    {
        var classes = new Dictionary<ulong, byte>();
        Add(classes, Month, "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec muharram safar rajab shaban sha'ban ramadan ramadhan shawwal dhul");
        Add(classes, Weekday, "monday tuesday wednesday thursday friday saturday sunday");
        Add(classes, NumberWord, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred a few several couple dozen");
        Add(classes, Ordinal, "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fifteenth twentieth last next previous following early late mid beginning end middle");
        Add(classes, TimeWord, "morning afternoon evening night nights dawn dusk noon midday midnight sunrise sunset o'clock am pm a.m. p.m. hour hours minute minutes iftar suhoor fajr maghrib isha asr dhuhr prayer prayers tonight");
        Add(classes, CalendarWord, "day days week weeks month months year years summer winter spring autumn fall season eid harvest weekend holiday anniversary ago later before after");
        Add(classes, RelativeDay, "yesterday today tomorrow that this same");
        Add(classes, Kunya, "abu abou abo umm um om");
        Add(classes, Title, "dr dr. doctor mr mr. mrs mrs. ms father sheikh shaikh ustaz hajj hajja haji uncle aunt captain kak brother sister cousin son daughter wife husband mother neighbour neighbor");
        Add(classes, Designator, "street road mosque hospital school market bakery roundabout junction bridge prison church square neighbourhood district quarter camp village town city governorate province region state river valley mountain mountains hay");
        return classes;
    }

    private static void Add(Dictionary<ulong, byte> classes, byte wordClass, string words)
    {
        foreach (var word in words.Split(' '))
        {
            classes.TryAdd(FeatureHash.Of(word), wordClass);
        }
    }
}
