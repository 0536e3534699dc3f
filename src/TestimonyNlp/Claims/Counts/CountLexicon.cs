using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Counts;

/// <summary>What the count readers know about a word.</summary>
[Flags]
internal enum WordTags : ulong
{
    None = 0,
    Unit = 1UL << 0,
    Teen = 1UL << 1,
    Tens = 1UL << 2,
    Hundred = 1UL << 3,
    Thousand = 1UL << 4,
    Dozen = 1UL << 5,
    Collective = 1UL << 6,
    Article = 1UL << 7,
    Person = 1UL << 8,
    Relation = 1UL << 9,
    Plural = 1UL << 10,
    Thing = 1UL << 11,
    Family = 1UL << 12,
    Time = 1UL << 13,
    Measure = 1UL << 14,
    Month = 1UL << 15,
    Harm = 1UL << 16,
    Aux = 1UL << 17,
    Possessive = 1UL << 18,
    FirstPerson = 1UL << 19,
    ObjectPronoun = 1UL << 20,
    Adjective = 1UL << 21,
    HarmVerb = 1UL << 22,
    Others = 1UL << 23,
    Approximate = 1UL << 24,
    TimeOfDay = 1UL << 25,
    Male = 1UL << 26,
    Female = 1UL << 27,
    Speaker = 1UL << 28,
    Couple = 1UL << 29,
    Half = 1UL << 30,
    Determiner = 1UL << 31,
    Honorific = 1UL << 32,
    Pronoun = 1UL << 33,
    Compound = 1UL << 34,
    AgeCompound = 1UL << 35,
    NameParticle = 1UL << 36,
    Year = 1UL << 37,

    /// <summary>A munition, an attacker or a part of a building: counted after a comma, it is no damaged thing
    /// (<c>they fired rockets, maybe twenty</c>).</summary>
    Munition = 1UL << 38,

    /// <summary>Number words that can start or continue a spelt-out number.</summary>
    NumberWord = Unit | Teen | Tens | Hundred | Thousand | Dozen | Compound,

    /// <summary>Nouns a number can count.</summary>
    Noun = Person | Thing | Family | Time | Measure,
}

/// <summary>A word's tags, its numeric value (numbers, multipliers, collective lower bounds) and its lemma index.</summary>
internal readonly record struct WordInfo(WordTags Tags, int Value, short Lemma)
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(WordTags tags) => (Tags & tags) != 0;

    public Sex? Sex => Has(WordTags.Male) ? Counts.Sex.Male : Has(WordTags.Female) ? Counts.Sex.Female : null;
}

/// <summary>
/// The closed word lists of the count readers: number words, nouns of people and things, time and money units,
/// harm words. One case-insensitive lookup per token, by span, with no string made.
/// </summary>
internal static class CountLexicon
{
    private const int MaxWordLength = 24;

    private static readonly List<string> LemmaList = [""];
    private static readonly FrozenDictionary<string, WordInfo> Words = Build();
    private static readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Lemmas = [.. LemmaList];

    /// <summary>The lemma (singular, lower case) of a relation or person noun, or null.</summary>
    public static string? LemmaOf(WordInfo info) => info.Lemma > 0 ? Lemmas[info.Lemma] : null;

    /// <summary>What the lexicon knows about one word, or nothing.</summary>
    public static WordInfo Get(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return default;
        }

        if (word.IndexOf('\u2019') >= 0)
        {
            Span<char> buffer = stackalloc char[word.Length];
            word.CopyTo(buffer);
            buffer.Replace('\u2019', '\'');
            return Lookup.TryGetValue(buffer, out var folded) ? folded : default;
        }

        return Lookup.TryGetValue(word, out var info) ? info : default;
    }

    /// <summary>Fills <paramref name="infos"/> with what the lexicon knows about each token.</summary>
    public static void Describe(string text, ReadOnlySpan<Token> tokens, Span<WordInfo> infos)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            infos[i] = token.Kind switch
            {
                TokenKind.Word => DescribeWord(token.Span(text)),
                TokenKind.Alphanumeric => DescribeCompound(token.Span(text)),
                TokenKind.Symbol or TokenKind.Punctuation => DescribeSymbol(token.Span(text)),
                _ => default,
            };
        }

        // "14-year-old" is three tokens: 14, -, year-old
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && tokens[i + 1].Start == tokens[i].End && tokens[i + 2].Start == tokens[i + 1].End
                && tokens[i + 1].Length == 1 && text[tokens[i + 1].Start] == '-' && tokens[i + 2].Kind == TokenKind.Word
                && NumberReader.TryParseDigits(tokens[i].Span(text), out var years) && years <= 150)
            {
                if (IsUnitOld(tokens[i + 2].Span(text), out var young))
                {
                    var age = new WordInfo(WordTags.AgeCompound, young ? 0 : years, 0);
                    infos[i] = age;
                    infos[i + 1] = age;
                    infos[i + 2] = age;
                }
            }
        }
    }

    private static WordInfo DescribeWord(ReadOnlySpan<char> word)
    {
        var info = Get(word);
        return info.Tags != WordTags.None || word.IndexOfAny('-', '\u2010', '\u2011') < 0 ? info : DescribeCompound(word);
    }

    private static WordInfo DescribeSymbol(ReadOnlySpan<char> symbol) =>
        symbol is "$" or "£" or "€" or "%" or "+" or "#" ? new WordInfo(WordTags.Measure, 0, 0) : default;

    /// <summary>
    /// A hyphenated word: a spelt number (<c>twenty-two</c>), an age (<c>two-year-old</c>, <c>14-year-old</c>,
    /// <c>six-month-old</c>), or a number qualifying a unit (<c>five-minute</c>, <c>three-storey</c>).
    /// </summary>
    private static WordInfo DescribeCompound(ReadOnlySpan<char> word)
    {
        var value = 0;
        var parts = 0;
        var unit = WordTags.None;
        var lastNumber = WordTags.None;
        var months = false;
        var old = false;
        foreach (var range in word.SplitAny('-', '\u2010', '\u2011'))
        {
            var part = word[range];
            parts++;
            if (unit != WordTags.None)
            {
                old = parts == 3 && part.Equals("old", StringComparison.OrdinalIgnoreCase);
                if (!old)
                {
                    return default;
                }

                continue;
            }

            if (parts == 1 && TryDigits(part, out var digits))
            {
                value = digits;
                lastNumber = WordTags.Teen;
                continue;
            }

            var info = Get(part);
            if (info.Has(WordTags.Unit) && (lastNumber == WordTags.None || lastNumber == WordTags.Tens))
            {
                value += info.Value;
                lastNumber = WordTags.Unit;
            }
            else if (info.Has(WordTags.Teen | WordTags.Tens) && lastNumber == WordTags.None)
            {
                value = info.Value;
                lastNumber = info.Has(WordTags.Tens) ? WordTags.Tens : WordTags.Teen;
            }
            else if (lastNumber != WordTags.None && info.Has(WordTags.Time | WordTags.Measure | WordTags.Thing))
            {
                unit = info.Tags;
                months = part.StartsWith("month", StringComparison.OrdinalIgnoreCase)
                    || part.StartsWith("week", StringComparison.OrdinalIgnoreCase)
                    || part.StartsWith("day", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                return default;
            }
        }

        if (unit == WordTags.None)
        {
            return lastNumber == WordTags.None || parts < 2 ? default : new WordInfo(WordTags.Compound, value, 0);
        }

        if (old && (unit & WordTags.Time) != 0)
        {
            return new WordInfo(WordTags.AgeCompound, months ? 0 : value, 0);
        }

        return new WordInfo(WordTags.Measure, value, 0);
    }

    /// <summary><c>year-old</c>, <c>years-old</c>, <c>month-old</c>: <paramref name="young"/> for months, weeks and days.</summary>
    private static bool IsUnitOld(ReadOnlySpan<char> word, out bool young)
    {
        young = false;
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || !word[(hyphen + 1)..].Equals("old", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var unit = word[..hyphen];
        if (unit.StartsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            return unit.Length <= 5;
        }

        young = unit.StartsWith("month", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("week", StringComparison.OrdinalIgnoreCase)
            || unit.StartsWith("day", StringComparison.OrdinalIgnoreCase);
        return young && unit.Length <= 6;
    }

    private static bool TryDigits(ReadOnlySpan<char> part, out int value)
    {
        value = 0;
        if (part.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static FrozenDictionary<string, WordInfo> Build()
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);

        void Add(WordTags tags, int value, params string[] list)
        {
            foreach (var w in list)
            {
                words[w] = words.TryGetValue(w, out var old)
                    ? new WordInfo(old.Tags | tags, old.Value != 0 ? old.Value : value, old.Lemma)
                    : new WordInfo(tags, value, 0);
            }
        }

        // A noun pair: singular and plural share a lemma.
        void Noun(WordTags tags, string singular, params string[] plurals)
        {
            LemmaList.Add(singular);
            var lemma = (short)(LemmaList.Count - 1);
            words[singular] = new WordInfo(tags | (words.TryGetValue(singular, out var o) ? o.Tags : 0), 0, lemma);
            foreach (var plural in plurals)
            {
                words[plural] = new WordInfo(tags | WordTags.Plural | (words.TryGetValue(plural, out var p) ? p.Tags : 0), 0, lemma);
            }
        }

        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 0; i < units.Length; i++)
        {
            Add(WordTags.Unit, i, units[i]);
        }

        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            Add(WordTags.Teen, 10 + i, teens[i]);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            Add(WordTags.Tens, 20 + (10 * i), tens[i]);
        }

        Add(WordTags.Tens, 40, "fourty");
        Add(WordTags.Hundred, 100, "hundred");
        Add(WordTags.Thousand, 1000, "thousand");
        Add(WordTags.Thousand, 1_000_000, "million");
        Add(WordTags.Dozen, 12, "dozen");
        Add(WordTags.Collective, 24, "dozens");
        Add(WordTags.Collective, 200, "hundreds");
        Add(WordTags.Collective, 2000, "thousands");
        Add(WordTags.Collective, 20, "tens");
        Add(WordTags.Collective, 2_000_000, "millions");
        Add(WordTags.Article, 1, "a", "an");
        Add(WordTags.Half, 0, "half");
        Add(WordTags.Determiner, 0, "the", "these", "those");
        Add(WordTags.Approximate, 0, "about", "around", "nearly", "almost", "approximately", "roughly", "some", "maybe",
            "perhaps", "probably", "like", "approx", "circa", "only", "just", "exactly");

        const WordTags P = WordTags.Person;
        const WordTags R = WordTags.Person | WordTags.Relation;
        const WordTags M = WordTags.Male;
        const WordTags F = WordTags.Female;
        Noun(P, "person", "people", "persons");
        Noun(P | M, "man", "men");
        Noun(P | F, "woman", "women");
        Noun(P, "child", "children", "kids");
        Noun(P, "kid");
        Noun(P | M, "boy", "boys");
        Noun(P | F, "girl", "girls");
        Noun(P | F, "lady", "ladies");
        Noun(P | M, "gentleman", "gentlemen");
        Noun(P | M, "guy", "guys");
        Noun(P | M, "policeman", "policemen", "police");
        Noun(P | M, "fisherman", "fishermen");
        Noun(P | M, "herdsman", "herdsmen");
        // Kurdish fighters: the same word for one and for many.
        Noun(P, "peshmerga");
        foreach (var (one, many) in new[]
                 {
                     ("baby", "babies"), ("infant", "infants"), ("toddler", "toddlers"), ("civilian", "civilians"),
                     ("resident", "residents"), ("villager", "villagers"), ("inhabitant", "inhabitants"),
                     ("member", "members"), ("fighter", "fighters"), ("soldier", "soldiers"), ("student", "students"),
                     ("pupil", "pupils"), ("worker", "workers"), ("labourer", "labourers"), ("farmer", "farmers"),
                     ("shepherd", "shepherds"), ("patient", "patients"), ("doctor", "doctors"), ("nurse", "nurses"),
                     ("volunteer", "volunteers"), ("paramedic", "paramedics"), ("rescuer", "rescuers"),
                     ("teacher", "teachers"), ("elder", "elders"), ("youth", "youths"), ("teenager", "teenagers"),
                     ("adult", "adults"), ("martyr", "martyrs"), ("victim", "victims"), ("casualty", "casualties"),
                     ("body", "bodies"), ("corpse", "corpses"), ("survivor", "survivors"), ("passenger", "passengers"),
                     ("worshipper", "worshippers"), ("guest", "guests"), ("customer", "customers"),
                     ("shopkeeper", "shopkeepers"), ("orphan", "orphans"), ("prisoner", "prisoners"),
                     ("detainee", "detainees"), ("hostage", "hostages"), ("individual", "individuals"), ("soul", "souls"),
                     ("guard", "guards"), ("driver", "drivers"), ("trader", "traders"), ("merchant", "merchants"),
                     ("journalist", "journalists"), ("youngster", "youngsters"), ("pilgrim", "pilgrims"),
                     ("name", "names"), ("relative", "relatives"), ("neighbour", "neighbours"), ("neighbor", "neighbors"),
                     ("friend", "friends"), ("colleague", "colleagues"), ("cousin", "cousins"), ("twin", "twins"),
                     ("parent", "parents"), ("grandchild", "grandchildren"), ("spouse", "spouses"),
                     ("seller", "sellers"), ("vendor", "vendors"), ("herder", "herders"), ("mechanic", "mechanics"),
                     ("tailor", "tailors"), ("carpenter", "carpenters"), ("builder", "builders"), ("porter", "porters"),
                     ("engineer", "engineers"), ("employee", "employees"), ("miner", "miners"), ("picker", "pickers"),
                     ("laborer", "laborers"), ("peasant", "peasants"), ("refugee", "refugees"),
                     ("schoolboy", "schoolboys"), ("schoolgirl", "schoolgirls"), ("waiter", "waiters"), ("baker", "bakers"),
                     ("butcher", "butchers"), ("barber", "barbers"), ("pharmacist", "pharmacists"), ("cleaner", "cleaners"),
                     ("gardener", "gardeners"), ("clerk", "clerks"), ("imam", "imams"), ("apprentice", "apprentices"),
                     ("helper", "helpers"), ("assistant", "assistants"), ("mate", "mates"),
                 })
        {
            var relation = one is "relative" or "neighbour" or "neighbor" or "friend" or "colleague" or "cousin"
                or "twin" or "parent" or "grandchild" or "spouse" or "baby";
            Noun(relation ? R : P, one, many);
        }

        // Funerals, graves and coffins counted for the dead ("eleven funerals"); the singular is no person ("one grave"
        // may hold a family, "in a grave" is where someone may be).
        foreach (var plural in new[] { "funerals", "graves", "coffins" })
        {
            Noun(P, plural);
            words[plural] = words[plural] with { Tags = words[plural].Tags | WordTags.Plural };
        }

        // A crowd is many people: plural even in the singular, never "one person".
        Noun(P | WordTags.Plural, "crowd", "crowds");
        // "my two small ones", "the little ones": children, counted only as a noun after a number or in a list.
        Noun(R | WordTags.Plural, "ones");
        Noun(P, "dead");
        Noun(P, "wounded");
        Noun(P, "injured");
        foreach (var (one, many, sex) in new[]
                 {
                     ("son", "sons", M), ("daughter", "daughters", F), ("brother", "brothers", M),
                     ("sister", "sisters", F), ("wife", "wives", F), ("husband", "husbands", M),
                     ("mother", "mothers", F), ("father", "fathers", M), ("uncle", "uncles", M), ("aunt", "aunts", F),
                     ("nephew", "nephews", M), ("niece", "nieces", F), ("grandfather", "grandfathers", M),
                     ("grandmother", "grandmothers", F), ("grandson", "grandsons", M),
                     ("granddaughter", "granddaughters", F), ("brother-in-law", "brothers-in-law", M),
                     ("sister-in-law", "sisters-in-law", F), ("father-in-law", "fathers-in-law", M),
                     ("mother-in-law", "mothers-in-law", F), ("son-in-law", "sons-in-law", M),
                     ("daughter-in-law", "daughters-in-law", F), ("stepson", "stepsons", M),
                     ("stepdaughter", "stepdaughters", F), ("stepfather", "stepfathers", M),
                     ("stepmother", "stepmothers", F), ("fiance", "fiances", M), ("fiancé", "fiancés", M),
                     ("fiancee", "fiancees", F), ("fiancée", "fiancées", F), ("grandma", "grandmas", F),
                     ("grandpa", "grandpas", M), ("mum", "mums", F), ("mom", "moms", F), ("dad", "dads", M),
                 })
        {
            Noun(R | sex, one, many);
        }

        // "my child" is a relation; "three children" a count of people.
        words["child"] = words["child"] with { Tags = words["child"].Tags | WordTags.Relation };
        words["children"] = words["children"] with { Tags = words["children"].Tags | WordTags.Relation };
        words["kids"] = words["kids"] with { Tags = words["kids"].Tags | WordTags.Relation };
        Noun(P, "couple", "couples");
        words["couple"] = words["couple"] with { Tags = words["couple"].Tags | WordTags.Couple, Value = 2 };
        words["couples"] = words["couples"] with { Tags = words["couples"].Tags | WordTags.Couple, Value = 2 };
        Noun(WordTags.Family, "family", "families");
        Noun(WordTags.Family, "household", "households");

        Add(WordTags.Thing, 0,
            "house", "houses", "home", "homes", "building", "buildings", "apartment", "apartments", "flat", "flats",
            "shop", "shops", "store", "stores", "car", "cars", "truck", "trucks", "vehicle", "vehicles", "bus", "buses",
            "tree", "trees", "rocket", "rockets", "shell", "shells", "missile", "missiles", "bomb", "bombs", "barrel",
            "barrels", "mortar", "mortars", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "drone",
            "drones", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "tank", "tanks", "room", "rooms",
            "floor", "floors", "storey", "storeys", "story", "stories", "school", "schools", "mosque", "mosques",
            "hospital", "hospitals", "clinic", "clinics", "greenhouse", "greenhouses", "well", "wells", "animal",
            "animals", "sheep", "goat", "goats", "cow", "cows", "cattle", "camel", "camels", "donkey", "donkeys",
            "chicken", "chickens", "boat", "boats", "tent", "tents", "explosion", "explosions", "blast", "blasts",
            "bullet", "bullets", "window", "windows", "door", "doors", "wall", "walls", "roof", "roofs", "bridge",
            "bridges", "factory", "factories", "warehouse", "warehouses", "bakery", "bakeries", "church", "churches",
            "market", "markets", "village", "villages", "shot", "shots", "round", "rounds", "grenade", "grenades",
            "mine", "mines", "shelter", "shelters", "street", "streets", "block", "blocks", "field", "fields",
            "motorbike", "motorbikes", "motorcycle", "motorcycles", "pickup", "pickups", "ambulance", "ambulances",
            "piece", "pieces", "hut", "huts", "tukul", "tukuls", "cluster", "clusters", "bag", "bags", "meal", "meals",
            "stall", "stalls", "kiosk", "kiosks", "garage", "garages", "tractor", "tractors", "classroom", "classrooms",
            "barn", "barns", "shed", "sheds", "palm", "palms", "ox", "oxen", "buffalo", "buffaloes", "machine", "machines",
            "generator", "generators", "workshop", "workshops", "office", "offices", "farm", "farms", "van", "vans",
            "minibus", "minibuses", "granary", "granaries", "cart", "carts", "bicycle", "bicycles", "mill", "mills", "pump", "pumps",
            "mule", "mules");
        Add(WordTags.Munition, 0,
            "rocket", "rockets", "shell", "shells", "missile", "missiles", "bomb", "bombs", "barrel", "barrels", "mortar",
            "mortars", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "drone", "drones", "plane", "planes",
            "jet", "jets", "helicopter", "helicopters", "tank", "tanks", "explosion", "explosions", "blast", "blasts",
            "bullet", "bullets", "shot", "shots", "round", "rounds", "grenade", "grenades", "mine", "mines", "cluster",
            "clusters", "piece", "pieces", "floor", "floors", "storey", "storeys", "story", "stories");
        Add(WordTags.Time, 0,
            "second", "seconds", "minute", "minutes", "hour", "hours", "hrs", "day", "days", "night",
            "nights", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades", "time",
            "times", "o'clock", "oclock", "am", "pm", "a.m.", "p.m.", "weekend", "weekends", "century", "morning",
            "mornings", "afternoon", "evening", "evenings", "noon", "midnight", "dawn", "sunset", "sunrise", "days'");
        Add(WordTags.TimeOfDay, 0, "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn");
        Add(WordTags.Measure, 0,
            "dollar", "dollars", "usd", "pound", "pounds", "lira", "liras", "lire", "euro", "euros", "riyal", "riyals",
            "rial", "rials", "dinar", "dinars", "afghani", "afghanis", "hryvnia", "hryvnias", "hryvnias", "kyat",
            "kyats", "birr", "naira", "shilling", "shillings", "franc", "francs", "peso", "pesos", "rupee", "rupees",
            "manat", "manats", "dram", "drams", "rubles", "roubles", "ruble", "percent", "per", "km", "kilometre",
            "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters", "m", "mile", "miles", "kilo",
            "kilos", "kg", "kilogram", "kilograms", "litre", "litres", "liter", "liters", "ton", "tons", "tonne",
            "tonnes", "cm", "centimetres", "degree", "degrees", "step", "steps", "gram", "grams", "grade", "class",
            "number", "no.", "page", "pages", "percentage", "million-dollar");
        string[] months =
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "ramadan", "muharram", "shawwal",
        ];
        Add(WordTags.Month, 0, months);
        Add(WordTags.Year, 0, "in", "since", "until", "till", "from", "of", "by", "year", "before", "after", "during");

        Add(WordTags.Harm, 0,
            "killed", "died", "dead", "wounded", "injured", "hurt", "martyred", "missing", "disappeared", "arrested",
            "detained", "taken", "kidnapped", "abducted", "executed", "shot", "drowned", "buried", "slaughtered",
            "massacred", "murdered", "perished", "burned", "burnt", "survived", "die", "dies", "displaced", "fled",
            "hit", "injuring", "killing", "martyrs", "casualties", "lost", "bled", "suffocated", "crushed");
        Add(WordTags.HarmVerb, 0,
            "killed", "buried", "lost", "wounded", "injured", "shot", "executed", "arrested", "detained", "kidnapped",
            "abducted", "martyred", "slaughtered", "murdered", "counted", "treated", "rescued", "killing", "kill",
            "bury", "took", "evacuated", "carried", "shoot", "seen", "received", "collected", "wounding", "injuring");
        Add(WordTags.Aux, 0,
            "was", "were", "is", "are", "had", "have", "has", "been", "got", "get", "all", "also", "later", "both",
            "immediately", "instantly", "badly", "seriously", "slightly", "then", "there", "together", "they", "we",
            "who", "that", "straight", "already", "being", "became", "more", "else", "others", "too");
        Add(WordTags.Possessive | WordTags.FirstPerson, 0, "my", "our");
        Add(WordTags.Possessive, 0, "his", "her", "their", "your");
        Add(WordTags.ObjectPronoun, 0, "them", "us", "you", "those", "these");
        Add(WordTags.Speaker, 1, "me", "myself", "i");
        Add(WordTags.Others, 0, "others", "rest");
        Add(WordTags.Adjective, 0,
            "other", "more", "young", "old", "little", "small", "elderly", "innocent", "unarmed", "armed", "local",
            "poor", "ordinary", "different", "older", "younger", "big", "small", "pregnant", "sick", "disabled",
            "civilian", "dead", "wounded", "injured", "female", "male", "teenage", "newborn", "new", "whole",
            "entire", "same", "single", "little", "tiny", "own", "badly", "seriously", "slightly", "lightly", "brave",
            "displaced", "Kurdish", "Arab", "Yazidi", "Christian", "Muslim", "foreign", "good", "wonderful", "twin",
            "eldest", "oldest", "youngest", "elder", "late", "beloved", "dear", "first", "second", "third",
            "fourth", "fifth", "last");
        Add(WordTags.Pronoun | WordTags.Male, 0, "he", "him", "himself");
        Add(WordTags.Pronoun | WordTags.Female, 0, "she", "her", "hers", "herself");
        Add(WordTags.Honorific | WordTags.Male, 0, "mr", "mr.", "abu", "sheikh", "ustaz", "haji", "hajji", "sir");
        Add(WordTags.Honorific | WordTags.Female, 0, "mrs", "mrs.", "ms", "ms.", "miss", "umm", "um", "hajja",
            "hajjeh", "madam");
        Add(WordTags.NameParticle, 0, "al", "el", "bin", "ibn", "bint", "abu", "umm", "de", "van", "von", "da", "du",
            "al-", "ould", "wad");
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
