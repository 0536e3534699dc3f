using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence, alone between sentences that assert no damage, that tells no damage, no
/// strike or weapon and no loss: "The motorbike was parked near the corner of the station.", "Big house, with a
/// basement, at the corner of our street.", "They come in a packet." The damage model fires on the property such a
/// sentence names, or on the words of the account around it. Out of fold, of the witness sentences the classifiers
/// gave damage with none of these words, the 16 alone lay in no gold damage claim; those inside a run of damage lay in
/// one 64 times and in none 48, and are left alone (there the sentence goes on with the damage told beside it: "Our
/// house, the granaries of millet, the house of the goats."). The rule took 17 false damage claims away and no right
/// one (models/README.md, "Incident linking", the damage claims without a word of damage). Run after
/// <see cref="CasualtiesNotDamage"/>. Matched on the token spans: a transcriber's bracketed note is one token, not
/// read inside.
/// </summary>
internal static class NoDamageWordNotDamage
{
    /// <summary>Damage, a strike or a weapon, found anywhere in a word ("burnt", "rooftop", "bombed", "shelling",
    /// "exploded"): <see cref="CasualtiesNotDamage"/>'s damage words, what is left ("only the frames standing") or set
    /// alight ("petrol"), the photographs the damage is seen in ("I saw it in a video"), and the strikes and weapons of
    /// the damage claims; as a part, "whole" has "hole" and "white" has "hit", which keeps the damage.</summary>
    private static readonly string[] DamageParts =
    [
        "destroy", "damag", "collaps", "flatten", "burn", "ruin", "rubble", "raze", "loot", "shatter", "demolish", "level", "bulldoz",
        "torch", "gutt", "ablaze", "flame", "crack", "roof", "wall", "nothing", "smash", "crumbl", "melt", "smoke", "stone",
        "pieces", "torn", "finished", "dust", "black", "glass", "window", "windscreen", "broke", "blown", "break", "standing", "petrol",
        "photo", "video", "picture",
    ];

    private static readonly string[] StrikeParts =
    [
        "hit", "bomb", "shell", "struck", "strike", "drop", "missile", "rocket", "mortar", "barrel", "explo", "fire", "shot", "shoot",
        "cluster", "grenade", "drone", "plane", "jet", "artillery", "shahed", "katyusha", "tatuco",
    ];

    private static readonly string[] StrikeWords =
    [
        "fell", "fall", "falls", "falling", "mine", "mines", "landmine", "landmines", "grad", "antonov",
    ];

    private static readonly string[] StruckThings =
    [
        "house", "houses", "home", "homes", "flat", "apartment", "shop", "shops", "store", "stores", "bakery", "mill", "pharmacy",
        "school", "mosque", "church", "clinic", "hospital", "market", "workshop", "factory", "warehouse", "warehouses", "building", "buildings",
        "car", "cars", "truck", "trucks", "bus", "boat", "boats", "tent", "tents", "farm", "kiosk", "restaurant", "garage", "office", "compound",
        "well", "trees", "press", "tractor", "kitchen", "hotel", "station", "van", "pickup", "pick-up", "motorbike", "granaries", "silos",
        "hangar", "stalls", "cranes", "bridge", "shelter", "shelters", "room", "yard", "field", "fields", "elevator", "it", "them", "souq",
        "vehicle", "vehicles", "floor", "stairs", "door", "gate", "ambulance", "jetty", "farms", "district", "districts", "quarter",
        "neighbourhood", "village", "villages",
    ];

    /// <summary>Damage, a strike, a weapon ("the tractor went on a landmine") or a loss taken only as whole words, dead
    /// animals, and several things named (the plurals <see cref="CasualtiesNotDamage"/> keeps: "Three buildings across
    /// the street").</summary>
    private static readonly string[] DamageWords =
    [
        "down", "sank", "sunk", "gone", "flat", "ash", "ashes", "took", "taken", "stole", "stolen",
        "emptied", "folded", "pierced", "died", "dead", "open", "opened", "heap", "hill", "hole", "holes", "fire", "fires",
        "houses", "homes", "shops", "buildings", "cars", "trucks", "tents", "stalls", "vehicles", "animals", "sheep",
        "cows", "goats", "cattle",
    ];

    /// <summary>Property that is no longer there: "our floor was not there", "the house was not a house", "there was no
    /// car".</summary>
    private static readonly string[][][] DamagePhrases =
    [
        [["not"], ["there", "a", "an"]],
        [["was", "is", "were"], ["no"]],
    ];

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell no damage and stand between sentences that assert none.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.None, aloneInRun: true, TellsNoDamage);

    private static bool TellsNoDamage(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        bool strike = false, struck = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (WordList.HasAnyPart(word, DamageParts) || WordList.Contains(word, DamageWords)
                || WordSequence.MatchAt(tokens, document.Text, t, end, DamagePhrases) > 0)
            {
                return false;
            }

            strike |= WordList.HasAnyPart(word, StrikeParts) || WordList.Contains(word, StrikeWords);
            struck |= WordList.Contains(word, StruckThings);
        }

        return !strike || !struck;
    }
}
