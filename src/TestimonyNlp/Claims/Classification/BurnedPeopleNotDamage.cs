using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence whose "burned" is told of people and that names nothing else damaged: "Two
/// men inside, they burned.", "it burned her", "her arm burned to the bone". The damage model reads "burned" as damage;
/// gold records such a sentence as the killing or the wound, or as nothing: no gold damage sentence of the train
/// transcripts matches the rule. Out of fold it took 10 false damage claims away and no right one (models/README.md,
/// "Claim classifiers", the damage false claims). Run after <see cref="NoHarmTold"/>. Matched on the token spans: a
/// hyphened word ("moto-taxi") or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class BurnedPeopleNotDamage
{
    /// <summary>People, or one's limb, that a burn soon after is told of ("the soldiers inside, three, they burned", "his
    /// back and it burned"); "they" and a bare "them" are left out, said of houses as often as of people ("some of
    /// them" is kept).</summary>
    private static readonly string[][][] People =
    [
        [["he", "she", "people", "men", "women", "man", "woman", "boys", "girls", "children", "child", "baby", "soldiers", "driver", "others"]],
        [["of"], ["them"]],
        [["his", "her", "my", "their"], ["arm", "arms", "back", "face", "leg", "legs", "hand", "hands", "skin", "body", "feet", "foot", "head"]],
    ];

    /// <summary>The burn told of the people before it.</summary>
    private static readonly string[] Burned = ["burn", "burned", "burnt", "burning"];

    /// <summary>Words right after a burn that give it something burned ("the men burned the machinery" is damage).</summary>
    private static readonly string[] BurnedObject = ["the", "a", "an", "his", "their", "our", "my", "it", "its", "them", "all", "everything", "down"];

    /// <summary>A person burned, right after the burn ("burned her").</summary>
    private static readonly string[][][] BurnedPerson = [[["burn", "burned", "burnt", "burns"], ["her", "him", "me", "us"]]];

    /// <summary>How many characters may stand between the people and their burn: 25 is the widest gap of the error
    /// analysis. The gap holds no sentence or clause break (<see cref="Breaks"/>).</summary>
    private const int PeopleReach = 25;

    /// <summary>Marks that end what the people before them are told of.</summary>
    private static readonly char[] Breaks = ['.', ';', ':', '?', '!'];

    /// <summary>Anything a damage claim is told of (the claim builder's property nouns, the goods, crops, animals and
    /// shelters of the error analysis) and the other damage words: any of them keeps the damage.</summary>
    internal static readonly string[] DamagedThing =
    [
        "house", "houses", "home", "homes", "flat", "flats", "apartment", "apartments", "shop", "shops", "store", "stores", "bakery",
        "mill", "pharmacy", "school", "mosque", "church", "clinic", "hospital", "market", "markets", "workshop", "factory",
        "warehouse", "warehouses", "building", "buildings", "car", "cars", "truck", "trucks", "boat", "boats", "tent", "tents",
        "farm", "farms", "kiosk", "kiosks", "restaurant", "garage", "garages", "office", "compound", "well", "trees", "press",
        "tractor", "tractors", "kitchen", "hotel", "station", "van", "vans", "pickup", "pickups", "motorbike", "motorbikes", "moto",
        "bus", "minibus", "vehicle", "vehicles", "granary", "granaries", "silos", "hangar", "stalls", "cranes", "bridge", "barn",
        "barns", "shed", "sheds", "hay", "crops", "wheat", "field", "fields", "olives", "shelter", "shelters", "tukul", "tukuls",
        "hives", "machines", "machinery", "greenhouse", "greenhouses", "village", "villages", "town", "everything", "roof", "wall",
        "walls", "window", "windows", "door", "doors", "room", "rooms", "rubble", "looted", "torched",
    ];

    /// <summary>Word starts of the other damage words.</summary>
    internal static readonly string[] DamageStems = ["destroy", "damag", "collaps", "flatten", "ruin"];

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) whose burn is told of people and that name nothing damaged.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.None, aloneInRun: false,
            PeopleBurnedNothingDamaged);

    private static bool PeopleBurnedNothingDamaged(Document document, Sentence sentence) =>
        TellsPeopleBurned(document, sentence) && !NamesDamagedThing(document, sentence);

    /// <summary>Whether a burn of <paramref name="sentence"/> is told of people: people at most <see cref="PeopleReach"/>
    /// characters before it, in the same clause, and nothing burned after it; or a person right after it.</summary>
    private static bool TellsPeopleBurned(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var b = sentence.FirstToken; b < end; b++)
        {
            if (WordSequence.MatchAt(tokens, text, b, end, BurnedPerson) > 0)
            {
                return true;
            }

            if (!WordList.Contains(tokens[b].Span(text), Burned)
                || (b + 1 < end && WordList.Contains(tokens[b + 1].Span(text), BurnedObject)))
            {
                continue;
            }

            for (var t = b - 1; t >= sentence.FirstToken && tokens[b].Start - tokens[t].End <= PeopleReach; t--)
            {
                if (WordSequence.EndsAt(tokens, text, sentence.FirstToken, t, People))
                {
                    return true;
                }

                if (tokens[t].Span(text).IndexOfAny(Breaks) >= 0)
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool NamesDamagedThing(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (WordList.Contains(word, DamagedThing) || WordList.StartsWithAny(word, DamageStems))
            {
                return true;
            }
        }

        return false;
    }
}
