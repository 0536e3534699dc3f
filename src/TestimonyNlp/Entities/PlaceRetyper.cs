using System.Runtime.InteropServices;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Entities;

/// <summary>
/// Retypes or drops a place that the gazetteer could not place (so the tagger alone proposed it) when its words are
/// of another kind: a name the account gives a person elsewhere, where the tagger was surer of the person than of
/// this place, is that PERSON (<c>the building of Mortada</c> beside <c>Mortada said</c>); a month, weekday or feast
/// (<c>in Qaws</c>, <c>Rabi al-Akhar</c>) and a nationality, people or language alone (<c>spoke Somali</c>, <c>said
/// Emirati</c>) are no mention; a whole actor's name is that ACTOR, also where folding read it as a country (<c>the
/// Emiratis</c>). A month is dropped rather than made a DATE: the tagger missed the date around it ("two years ago,
/// in Asad"), and the month alone would date the claim wrongly. A people's name the gazetteer placed is dropped only
/// before a person noun (<c>a Rakhine man</c>), and <c>OK</c> wherever folding placed it. A place stays when a place
/// head word ends it or follows it (<c>Zainab street</c>, <c>the Nuba mountains</c>), when the account places the
/// same name elsewhere, and, for a person's name, after <c>in</c>, <c>at</c> or <c>near</c> (<c>a raid in
/// Hodan</c>, where a girl is called Hodan too). Such words, once sites, take a claim's place from the story's real
/// places. An ACTOR the tagger found that is a nationality adjective alone, which the lexicon names only right before
/// a weapon, takes the side that adjective names in the account's country (<c>the jets were Russian</c>); a state's force
/// the lexicon leaves without a name there (<c>the soldiers</c>, <c>the government</c>) takes the side <c>the army</c>
/// names there, and a common noun the lexicon resolved to another country's side (<c>the army</c> read as Syria's in an
/// account placed in Colombia, when the lexicon stage found no country) takes the side it names in the account's
/// country, when more of the account's places lie in that country than in any other. Runs after <see cref="PlaceNormaliser"/>, before <see cref="EntityMerger"/>. Thread-safe.
/// </summary>
public sealed class PlaceRetyper : IPipelineStage
{
    // Words after or ending a name that make it a place's or facility's name whatever its first word is.
    private static readonly string[] PlaceHeads = PlaceHeadWords.Join(
        PlaceHeadWords.Facilities,
        PlaceHeadWords.TownParts,
        PlaceHeadWords.Areas,
        ["crossroads", "farm", "farms", "region", "state", "province", "governorate"]);

    // Prepositions of place, after which a name read as a place stays one.
    private static readonly string[] Locatives = ["in", "at", "near", "inside", "outside", "around"];

    // Peoples and languages the actor lexicon has no nationality adjective for ("a Kanuri man", "spoke Kurdish").
    private static readonly string[] Peoples =
    [
        "arab", "arabic", "english", "french", "kurd", "kurdish", "kurmanji", "sorani", "yazidi", "ezidi", "assyrian",
        "turkmen", "persian", "farsi", "pashto", "pashtun", "dari", "hazara", "tajik", "uzbek", "pakistani", "lebanese",
        "palestinian", "yemeni", "libyan", "egyptian", "karen", "karenni", "kachin", "rakhine", "rohingya", "shan", "bamar",
        "hausa", "fulani", "kanuri", "tigrayan", "tigrinya", "amhara", "amharic", "oromo", "afar", "nuer", "dinka",
        "shilluk", "masalit", "zaghawa", "nuba", "dogon", "peul", "tuareg", "hutu", "tutsi", "hema", "lendu", "chechen",
    ];

    // Nouns a people's name qualifies, after which even a name the gazetteer placed is no place ("a Rakhine man").
    private static readonly string[] PeopleNouns =
    [
        "man", "men", "woman", "women", "people", "person", "boy", "boys", "girl", "girls", "family", "families", "side",
        "language", "soldier", "soldiers", "fighters", "army", "forces", "militia", "youth", "villagers", "tribe", "tribes",
        "community", "refugees", "merchant", "trader", "farmer", "driver",
    ];

    // A state's forces told without a name: "the soldiers", "the government" (of the account's country).
    private static readonly string[] StateForces = ["soldiers", "government", "troops", "military"];

    // Words of talk that the gazetteer's folding can reach ("OK" folds to "UK").
    private static readonly string[] Interjections = ["ok", "okay"];

    // Article prefixes of the later words of a month's name ("Rabi al-Akhar", "Jumada al-Ula").
    private static readonly string[] Articles = ["al-", "el-", "ul-", "il-"];

    private readonly ActorLexicon? _actors;

    /// <summary>Creates the stage; <paramref name="actors"/> gives the nationality adjectives (its attributive aliases)
    /// and the actors' names; without it only the code's list of peoples and languages counts.</summary>
    public PlaceRetyper(ActorLexicon? actors)
    {
        _actors = actors;
    }

    /// <inheritdoc />
    public string Name => "place-retyper";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        Dictionary<string, double>? people = null;
        HashSet<string>? placed = null;
        HashSet<string>? dated = null;
        Dictionary<string, int>? countries = null;
        var unplaced = false;
        foreach (var mention in entities)
        {
            if (mention.Type == EntityType.Person)
            {
                people ??= new Dictionary<string, double>(StringComparer.Ordinal);
                people[mention.Text] = Math.Max(people.GetValueOrDefault(mention.Text), mention.Confidence);
                foreach (var range in mention.Text.AsSpan().Split(' '))
                {
                    var word = mention.Text[range];
                    people[word] = Math.Max(people.GetValueOrDefault(word), mention.Confidence);
                }
            }
            else if (mention.Type == EntityType.Date)
            {
                foreach (var range in mention.Text.AsSpan().Split(' '))
                {
                    (dated ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(mention.Text[range]);
                }
            }
            else if (mention.Type == EntityType.Place)
            {
                if (mention.Geo is null)
                {
                    unplaced = true;
                }
                else
                {
                    (placed ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Text);
                    if (mention.Geo.Country is { } code)
                    {
                        countries ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        countries[code] = countries.GetValueOrDefault(code) + 1;
                    }
                }
            }
        }

        if (!unplaced && placed is null)
        {
            return;
        }

        // The country most of the account's placed mentions lie in, which resolves an actor's alias and tells whose
        // calendar the account may date by.
        string? country = null;
        foreach (var (code, count) in countries ?? [])
        {
            if (country is null || count > countries![country])
            {
                country = code;
            }
        }

        // A state's force or a common noun is read in the account's country only when more places lie there than in
        // any other: a camp abroad or a namesake town leaves it in doubt.
        var clearCountry = country;
        foreach (var (code, count) in countries ?? [])
        {
            if (code != country && count == countries![country!])
            {
                clearCountry = null;
            }
        }

        // Nor when the account's words (country and town names, demonyms), by which the lexicon stage read the
        // aliases, name another country: a quarter named like a town abroad (Hamdaniya in Aleppo, placed in Iraq) can
        // carry the places' vote. Read only when a force would be renamed, since it folds the text once more.
        var wordsChecked = false;
        string? ForcesCountry()
        {
            if (!wordsChecked)
            {
                wordsChecked = true;
                if (clearCountry is not null && WordsCountry(document) is { } words && words != clearCountry)
                {
                    clearCountry = null;
                }
            }

            return clearCountry;
        }

        var text = document.Text;
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var mention = entities[i];
            if (mention.Type == EntityType.Actor && clearCountry is not null && mention.Normalized is not null
                && LocalSense(mention.Text, clearCountry) is { } local && local != mention.Normalized
                && ForcesCountry() is not null)
            {
                entities[i] = mention with { Normalized = local };
                continue;
            }

            if (mention.Type == EntityType.Actor && mention.Normalized is null
                && (Nationality(mention.Text, country)
                    ?? (StateForce(mention.Text, clearCountry) is { } force && ForcesCountry() is not null ? force : null)) is { } side)
            {
                // "the jets were Russian", "two planes came, Russian": the tagger reads the adjective told after the
                // weapon as the side, where the lexicon names it only right before one. "The soldiers", "the
                // government" the lexicon names in few countries are the state's forces where it names none.
                entities[i] = mention with { Normalized = side };
                continue;
            }

            if (mention.Type != EntityType.Place)
            {
                continue;
            }

            if (WordList.Contains(mention.Text, Interjections)
                || (mention.Geo is not null && WordList.Contains(mention.Text, Peoples) && WordList.Contains(WordAfter(text, mention.End), PeopleNouns)))
            {
                entities.RemoveAt(i);
                continue;
            }

            if (mention.Geo is null or { Precision: SitePrecision.Country } && Actor(mention.Text, country) is { } actor
                && !HasPlaceHead(text, mention))
            {
                entities[i] = mention with { Type = EntityType.Actor, Normalized = actor, Geo = null };
                continue;
            }

            if (mention.Geo is not null || placed?.Contains(mention.Text) == true || HasPlaceHead(text, mention))
            {
                continue;
            }

            // A people's name stays no one's even where a person bears it; a month may be a person's name ("Rajab").
            if (IsNationality(mention.Text))
            {
                entities.RemoveAt(i);
            }
            else if (people is not null && people.TryGetValue(mention.Text, out var person) && person > mention.Confidence
                && !AfterLocative(text, mention.Start))
            {
                entities[i] = mention with { Type = EntityType.Person, Normalized = null };
            }
            else if (IsDateName(mention.Text, dated, country))
            {
                entities.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// True when the name is a month, weekday or feast, alone or with its qualifiers (<c>Rabi al-Akhar</c>,
    /// <c>Semana Santa</c>). An Afghan solar or an Ethiopian month's name, some of which are towns' names too
    /// (<c>Sour</c> is Tyre), only when the account dates by that calendar: <paramref name="dated"/> (the words of its DATE
    /// mentions) holds it, or its places lie in Afghanistan or in Ethiopia or Eritrea (<paramref name="country"/>).
    /// </summary>
    internal static bool IsDateName(ReadOnlySpan<char> name, IReadOnlySet<string>? dated, string? country)
    {
        var first = DateWord.Unknown;
        var holy = false;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var (kind, value) = DateWords.Find(word);
            if (first == DateWord.Unknown)
            {
                if (kind == DateWord.Unknown && StartsWithArticle(word))
                {
                    // "al-Adha" cut from "Eid al-Adha".
                    (kind, value) = DateWords.Find(word[(word.IndexOf('-') + 1)..]);
                    kind = kind is DateWord.Adha or DateWord.Fitr && value == 0 ? DateWord.Eid : DateWord.Unknown;
                }

                if (!(IsCalendarName(kind) || kind == DateWord.Unit)
                    || (kind == DateWord.SolarMonth && country != "AF" && dated?.Contains(word.ToString()) != true)
                    || (kind == DateWord.EthiopianMonth && country is not ("ET" or "ER") && dated?.Contains(word.ToString()) != true))
                {
                    return false;
                }

                first = kind;
            }
            else if (kind is DateWord.Holy)
            {
                holy = true;
            }
            else if (kind is not (DateWord.MonthQualifier or DateWord.Fitr or DateWord.Adha or DateWord.Eve or DateWord.Feast)
                && !StartsWithArticle(word))
            {
                return false;
            }
        }

        // A unit names a feast only with a holy word: "Semana Santa" is Holy Week.
        return first != DateWord.Unknown && (first != DateWord.Unit || holy);
    }

    private static bool IsCalendarName(DateWord kind) => kind is DateWord.Month or DateWord.HijriMonth or DateWord.SolarMonth
        or DateWord.EthiopianMonth or DateWord.Weekday or DateWord.Eid or DateWord.Ashura or DateWord.Feast or DateWord.Christmas;

    private static bool StartsWithArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in Articles)
        {
            if (word.Length > article.Length && word.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The canonical actor of a whole name the actor lexicon knows in the account's country (not a nationality
    // adjective, which names an actor only before a weapon): "the Emiratis", which folding reads as a country.
    private string? Actor(string name, string? country) =>
        _actors is not null && _actors.Phrases.TryMatchWhole(name, out var alias) && !alias.IsAttributive
        && alias.TryResolve(country, out var resolution)
            ? resolution.Canonical
            : null;

    // The canonical actor of a nationality adjective of the actor lexicon in the account's country ("Russian" in Syria).
    private string? Nationality(string name, string? country) =>
        _actors is not null && _actors.Phrases.TryMatchWhole(name, out var alias) && alias.IsAttributive
        && alias.TryResolve(country, out var resolution)
            ? resolution.Canonical
            : null;

    // The country the account's words name, as the lexicon stage found it, or null when they name none or tie.
    private static string? WordsCountry(Document document)
    {
        var folded = new FoldedTokens();
        folded.Fold(document.Text, CollectionsMarshal.AsSpan(document.Tokens));
        return CountryKeywords.Detect(document, folded, []).Code;
    }

    // The canonical actor a common noun the lexicon reads by country names in the account's country ("the army" in
    // Colombia), or a state's force there.
    private string? LocalSense(string name, string country)
    {
        if (_actors is null || !_actors.Phrases.TryMatchWhole(name, out var alias) || alias.IsAttributive || !alias.IsCommonNoun)
        {
            return null;
        }

        return alias.TryResolve(country, out var resolution) && resolution.Kind == ActorResolutionKind.Country
            ? resolution.Canonical
            : StateForce(name, country);
    }

    // The canonical actor "the army" names in the account's country, for a state's force told without a name that the
    // lexicon does not name there ("the soldiers took him", "the planes of the government").
    private string? StateForce(string name, string? country)
    {
        if (country is null)
        {
            return null;
        }

        var words = name.AsSpan();
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            words = words[4..];
        }

        return WordList.Contains(words, StateForces) ? Actor("the army", country) : null;
    }

    // One word that the actor lexicon knows as a nationality adjective ("Russian" before "planes"), or a people's or
    // language's name.
    private bool IsNationality(string name) =>
        WordList.Contains(name, Peoples)
        || (_actors is not null && name.IndexOf(' ') < 0 && _actors.Phrases.TryMatchWhole(name, out var alias) && alias.IsAttributive);

    // A place head word as the name's last word or right after it ("Zainab street", "the Nuba mountains").
    private static bool HasPlaceHead(string text, EntityMention mention)
    {
        var name = mention.Text.AsSpan();
        var space = name.LastIndexOf(' ');
        if (space >= 0 && WordList.Contains(name[(space + 1)..], PlaceHeads))
        {
            return true;
        }

        return WordList.Contains(WordAfter(text, mention.End), PlaceHeads);
    }

    // The word of letters that follows offset across spaces, or empty.
    private static ReadOnlySpan<char> WordAfter(string text, int offset)
    {
        var after = text.AsSpan(offset);
        var start = 0;
        while (start < after.Length && after[start] is ' ' or '\t')
        {
            start++;
        }

        var end = start;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }

        return after[start..end];
    }

    // "in", "at", "near" right before the name, across an article ("in the Hodan").
    private static bool AfterLocative(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4].TrimEnd();
        }

        var space = before.LastIndexOfAny(' ', '\n', '\t');
        return WordList.Contains(before[(space + 1)..], Locatives);
    }
}
