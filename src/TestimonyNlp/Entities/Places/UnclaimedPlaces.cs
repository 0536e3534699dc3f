using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// Finds the gazetteer places that no stage claimed where English names a place without a preposition: a
/// capitalised name of one to <see cref="Defaults.MaxWords"/> words that no mention covers, whose whole is the name
/// of a town or region in a country the account is about (in the main country exactly or as the gazetteer folds it;
/// in a country the account names, exactly), at
/// the start of a sentence (<c>Saraqib was quiet that week</c>, <c>Then Saraqib ...</c>), in a list beside a place
/// (<c>Binnish, Saraqib and Taftanaz</c>), or anywhere once the account has placed that very name elsewhere. The
/// spotter takes a little-known town only after a locative, and the tagger, which reads the spotter's mentions,
/// then often takes such a name for nothing. Guarded against people and armed actors: nothing is taken that the
/// account names as a person or an actor elsewhere, after a title, a kinship word or a kunya particle, before a
/// verb of speech or a person's act (<c>Karim told us</c>), before a facility head or a group word (<c>Saraqib
/// hospital</c>, <c>the Darwish family</c>), in capitals, stop-listed, or, for one word, written in lower case
/// elsewhere in the account (a common word). A one-word PERSON the tagger was unsure
/// of (below <see cref="Defaults.UnsurePerson"/>) whose name the account places surely elsewhere, and never surely
/// as a person, is that place under the same guards. Thread-safe.
/// </summary>
internal sealed class UnclaimedPlaces
{
    // Sentence openers that stand before a name without being part of it ("Then Saraqib fell").
    private static readonly string[] Openers =
    [
        "and", "but", "then", "so", "also", "later", "now", "even", "only", "yes", "no", "well", "after", "afterwards",
        "before", "when", "because", "while", "today", "maybe", "perhaps", "first", "finally", "there", "here", "or",
    ];

    // Words right before a name that make it a person's (a title, a relation, a kunya particle).
    private static readonly string[] PersonBefore =
    [
        "mr", "mrs", "ms", "dr", "doctor", "sheikh", "shaikh", "hajj", "hajja", "haji", "uncle", "aunt", "captain",
        "abu", "umm", "um", "bin", "ibn", "bint", "ustaz", "father", "mother", "brother", "sister", "son", "daughter",
        "cousin", "neighbour", "neighbor", "friend", "husband", "wife", "nephew", "niece", "named", "called", "mam",
        "kak", "my", "his", "her", "our", "their",
    ];

    // Words right after a name that make it a person's: speech and a person's own acts.
    private static readonly string[] PersonAfter =
    [
        "told", "said", "says", "tells", "asked", "asks", "answered", "replied", "shouted", "whispered", "cried",
        "laughed", "smiled", "died", "married", "saw", "heard", "thought", "knew", "wanted", "called", "explained",
        "remembered", "ran", "went", "came", "took", "brought", "carried", "tried", "looked", "said:",
    ];

    // Heads after a name that make it part of a facility's or a group's name, not the town ("Saraqib hospital").
    private static readonly string[] NameHeads =
        PlaceHeadWords.Join(PlaceHeadWords.Facilities, ["company"], PlaceHeadWords.Groups, ["army", "people", "boys", "men"]);

    // Words inside a name that join its parts (San Vicente del Caguán, Jisr al Shughur).
    private static readonly string[] Connectors = ["de", "del", "la", "las", "los", "da", "do", "dos", "das", "al", "el"];

    private readonly PlaceGazetteer _gazetteer;

    /// <summary>Creates the finder over <paramref name="gazetteer"/>.</summary>
    public UnclaimedPlaces(PlaceGazetteer gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>Adds to <see cref="Document.Entities"/> a geocoded PLACE for every unclaimed gazetteer name found in
    /// <paramref name="countries"/> (the first that has the name wins: the main country first), after retyping the
    /// unsure one-word persons that bear the name of a place placed surely elsewhere; returns how many places were
    /// added or retyped.</summary>
    public int Add(Document document, IReadOnlyList<string> countries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(countries);
        var tokens = document.Tokens;
        var entities = document.Entities;
        if (tokens.Count == 0 || countries.Count == 0)
        {
            return 0;
        }

        var text = document.Text;
        var added = Retype(text, tokens, entities);
        var covering = new EntityType?[tokens.Count];
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in entities)
        {
            Cover(tokens, covering, mention.Start, mention.End, mention.Type);
            if (mention.Type == EntityType.Place && mention.Geo is not null)
            {
                placed.Add(mention.Text);
            }
            else if (mention.Type is EntityType.Person or EntityType.Actor)
            {
                // Each word of a person's name is a name of that person ("Hama" after "Hama Jalal").
                people.Add(mention.Text);
                foreach (var range in mention.Text.AsSpan().Split(' '))
                {
                    people.Add(mention.Text[range]);
                }
            }
        }

        var placedLookup = placed.GetAlternateLookup<ReadOnlySpan<char>>();
        var peopleLookup = people.GetAlternateLookup<ReadOnlySpan<char>>();

        // A place found in a list makes its neighbour a list item beside a place: go again while lists grow.
        for (var pass = 0; pass < Defaults.MaxPasses; pass++)
        {
            var before = added;
            foreach (var sentence in document.Sentences)
            {
                var end = sentence.FirstToken + sentence.TokenCount;
                for (var t = sentence.FirstToken; t < end; t++)
                {
                    if (!StartsName(text, tokens, covering, t) || (t > sentence.FirstToken && ContinuesName(text, tokens, covering, t - 1, t)))
                    {
                        continue;
                    }

                    var last = t;
                    while (last + 1 < end && last + 1 - t < Defaults.MaxWords && ContinuesName(text, tokens, covering, last, last + 1))
                    {
                        last++;
                    }

                    var next = last + 1;
                    if (next < end && ContinuesName(text, tokens, covering, last, next))
                    {
                        // Longer than any name taken here: a person's full name or a facility.
                        t = next;
                        continue;
                    }

                    var first = t;
                    if (first == last && WordList.Contains(tokens[first].Span(text), Openers))
                    {
                        continue;
                    }

                    var opener = first == sentence.FirstToken && last > first && WordList.Contains(tokens[first].Span(text), Openers);
                    if (opener)
                    {
                        first++;
                    }

                    while (last > first && WordList.Contains(tokens[last].Span(text), Connectors))
                    {
                        last--;
                    }

                    var start = tokens[first].Start;
                    var name = text.AsSpan(start, tokens[last].End - start);
                    var initial = first == sentence.FirstToken || opener;
                    if (!(initial || placedLookup.Contains(name) || InList(text, tokens, covering, sentence, first, last))
                        || LooksLikePerson(text, tokens, sentence, first, last, peopleLookup)
                        || (first == last && WrittenInLowerCase(text, tokens, name))
                        || Match(name, countries) is not { } entry)
                    {
                        t = last;
                        continue;
                    }

                    entities.Add(new EntityMention(string.Empty, EntityType.Place, start, start + name.Length, name.ToString(), entry.Name, Defaults.Confidence)
                    {
                        Geo = entry.ToGeoPoint(),
                    });
                    Cover(tokens, covering, start, start + name.Length, EntityType.Place);
                    added++;
                    t = last;
                }
            }

            if (added == before)
            {
                break;
            }
        }

        return added;
    }

    // A one-word PERSON the tagger was unsure of is the place of that name the account placed surely elsewhere, when
    // no sure PERSON has the name and nothing around it says a person ("Some say Shire." beside "the side of Shire").
    private static int Retype(string text, List<Token> tokens, List<EntityMention> entities)
    {
        Dictionary<string, EntityMention>? placed = null;
        HashSet<string>? surePeople = null;
        foreach (var mention in entities)
        {
            if (mention.Type == EntityType.Place && mention.Geo is not null && mention.Confidence >= Defaults.SurePlace)
            {
                placed ??= new Dictionary<string, EntityMention>(StringComparer.Ordinal);
                placed.TryAdd(mention.Text, mention);
            }
            else if (mention.Type == EntityType.Person && mention.Confidence >= Defaults.UnsurePerson)
            {
                (surePeople ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Text);
            }
        }

        if (placed is null)
        {
            return 0;
        }

        var retyped = 0;
        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Person || mention.Confidence >= Defaults.UnsurePerson
                || !placed.TryGetValue(mention.Text, out var place) || surePeople?.Contains(mention.Text) == true
                || TokenAt(tokens, mention.Start) is not (>= 0 and var first) || tokens[first].End != mention.End
                || (first > 0 && WordList.Contains(tokens[first - 1].Span(text), PersonBefore))
                || (first + 1 < tokens.Count && IsPersonAfter(tokens[first + 1].Span(text))))
            {
                continue;
            }

            entities[i] = mention with { Type = EntityType.Place, Normalized = place.Normalized, Geo = place.Geo, Confidence = Defaults.Confidence };
            retyped++;
        }

        return retyped;
    }

    private static bool IsPersonAfter(ReadOnlySpan<char> after) =>
        after is "'s" or "’s" or "'" or "’" || WordList.Contains(after, PersonAfter);

    // The token that starts at offset, or -1.
    private static int TokenAt(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    // The first town or region the gazetteer has by this name in one of the countries, unless the name is
    // stop-listed, too short, in capitals, or first of all a country's name.
    private PlaceEntry? Match(ReadOnlySpan<char> name, IReadOnlyList<string> countries)
    {
        if (Letters(name) < Defaults.MinLetters || IsCapitals(name) || _gazetteer.IsStopPhrase(name))
        {
            return null;
        }

        foreach (var candidate in _gazetteer.Find(name))
        {
            if (candidate.Level != PlaceMatchLevel.Exact)
            {
                continue;
            }

            if (candidate.Entry.Precision == SitePrecision.Country)
            {
                return null;
            }
        }

        for (var c = 0; c < countries.Count; c++)
        {
            var country = countries[c];
            foreach (var candidate in _gazetteer.Find(name, country))
            {
                // In the main country the gazetteer's folding is trusted too (Soye is Suya); in one the account only
                // names, the name itself.
                if ((candidate.Level == PlaceMatchLevel.Exact || (c == 0 && candidate.Level == PlaceMatchLevel.Folded))
                    && candidate.Entry.Precision is SitePrecision.Town or SitePrecision.Governorate
                    && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
                {
                    return candidate.Entry;
                }
            }
        }

        return null;
    }

    // A word the account also writes in lower case is a common word there ("the safe area. Safe.").
    private static bool WrittenInLowerCase(string text, List<Token> tokens, ReadOnlySpan<char> word)
    {
        foreach (var token in tokens)
        {
            if (token.Length == word.Length && char.IsLower(text[token.Start])
                && token.Span(text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A list item beside a place: a comma, "and" or "or" between the name and a place mention on either side.
    private static bool InList(string text, List<Token> tokens, EntityType?[] covering, Sentence sentence, int first, int last)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        return (first - 2 >= sentence.FirstToken && IsListJoin(tokens[first - 1].Span(text)) && covering[first - 2] == EntityType.Place)
               || (last + 2 < end && IsListJoin(tokens[last + 1].Span(text)) && covering[last + 2] == EntityType.Place);
    }

    private static bool IsListJoin(ReadOnlySpan<char> token) =>
        token is "," or "and" or "or" or "&";

    private static bool LooksLikePerson(
        string text,
        List<Token> tokens,
        Sentence sentence,
        int first,
        int last,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> people)
    {
        var name = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        if (people.Contains(name) || people.Contains(tokens[first].Span(text)))
        {
            return true;
        }

        var end = sentence.FirstToken + sentence.TokenCount;
        if (first > sentence.FirstToken && WordList.Contains(tokens[first - 1].Span(text), PersonBefore))
        {
            return true;
        }

        if (last + 1 >= end)
        {
            return false;
        }

        var after = tokens[last + 1].Span(text);
        return IsPersonAfter(after) || WordList.Contains(after, NameHeads);
    }

    // A capitalised word no mention covers: the possible start of a name.
    private static bool StartsName(string text, List<Token> tokens, EntityType?[] covering, int t)
    {
        if (covering[t] is not null || tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = tokens[t].Span(text);
        return char.IsUpper(word[0]) || IsArticleWord(word);
    }

    // The word at next continues the name at previous: both uncovered, on the same line one space apart, and each
    // capitalised, with an article written onto it, or a connector.
    private static bool ContinuesName(string text, List<Token> tokens, EntityType?[] covering, int previous, int next)
    {
        if (covering[next] is not null || covering[previous] is not null
            || tokens[previous].Kind != TokenKind.Word || tokens[next].Kind != TokenKind.Word
            || tokens[next].Start != tokens[previous].End + 1 || text[tokens[previous].End] != ' ')
        {
            return false;
        }

        var word = tokens[next].Span(text);
        return IsNameWord(tokens[previous].Span(text)) && IsNameWord(word);
    }

    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || IsArticleWord(word) || WordList.Contains(word, Connectors);

    // An Arabic article written onto a capitalised name: al-Bab, el-Fasher, ar-Raqqa.
    private static bool IsArticleWord(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen is 2 or 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && word[0] is 'a' or 'e'
               && char.IsLower(word[1]);
    }

    private static bool IsCapitals(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }

    private static int Letters(ReadOnlySpan<char> name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    // Marks the tokens that overlap [start, end) as covered by a mention of the type.
    private static void Cover(List<Token> tokens, EntityType?[] covering, int start, int end, EntityType type)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var t = lo; t < tokens.Count && tokens[t].Start < end; t++)
        {
            covering[t] ??= type;
        }
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The most words a name taken here may have.</summary>
        public const int MaxWords = 3;

        /// <summary>The fewest letters a name taken here must have.</summary>
        public const int MinLetters = 4;

        /// <summary>How many times the sentences are read while places found in lists make more list items.</summary>
        public const int MaxPasses = 3;

        /// <summary>The confidence below which a one-word PERSON may be a place the account placed elsewhere.</summary>
        public const double UnsurePerson = 0.75;

        /// <summary>The confidence from which a geocoded place vouches for other mentions of its name.</summary>
        public const double SurePlace = 0.9;

        /// <summary>The confidence of a place taken here: an exact gazetteer name where the account is, found by
        /// position rather than by a preposition.</summary>
        public const double Confidence = 0.7;
    }
}
