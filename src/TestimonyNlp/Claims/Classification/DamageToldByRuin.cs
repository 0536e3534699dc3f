using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives PROPERTY_DAMAGE to a witness sentence the classifiers gave no harm that names property and, right after it,
/// what became of it: "Her stall burned with all the stock.", "Our shop was gone.", "The water pipe was pierced.",
/// "Our school has cracks in every wall.", "the door of my uncle broke". Out of fold
/// the damage model scored such sentences 0.04 to 0.35, under its threshold, most often when they stand alone after
/// an account of another harm or of a flight; gold claims them as damage (models/README.md, "Claim classifiers", the
/// property told with its ruin). The property comes first: its word, then within a few words "was", "is", "were",
/// "are" or "got" and a word of ruin ("destroyed", "burned", "finished" ..., and "gone" after "was" or "were"), or a verb of ruin ("broke",
/// "burned", "collapsed"), or "has cracks" / "had holes". Or a house taken over: a stranger living in it now ("A family
/// from the north lives in it.", "someone is living in our house"), which gold claims as damage (6 such train and dev
/// sentences in a gold damage claim, 1 in none).
/// Not read: a sentence with a denial, a wish or a condition ("Nobody burned his house."), the rumours of people in
/// general ("People said the school was burned.", most often denied after), damage from before ("the door was broken
/// from before", "already broken"), a ruin laid on someone ("the glass broke on me", the setting of a wound), a
/// researcher's account of what was asked, and a question. Run after <see cref="DamageToldByStrike"/> and before
/// <see cref="NoHarmTold"/>, which still takes every harm from a researcher's note or a rumour denied. Matched on the
/// token spans: a hyphened word or a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class DamageToldByRuin
{
    /// <summary>Property and its parts that a strike, a fire or a raid ruins: <see cref="DamageToldByStrike.Property"/>
    /// and the parts and fittings of a house or a vehicle ("the window", "the tank", "the roof").</summary>
    private static readonly string[] Property =
    [
        .. DamageToldByStrike.Property, "window", "windows", "glass", "windscreen", "roof", "roofs", "tank", "pipe", "greenhouse",
        "fence", "taxi", "dome", "minaret", "balcony", "balconies", "floor", "floors", "wells", "stall", "trucks", "vehicles",
    ];

    /// <summary>The verbs of being between the property and its ruin ("the shop was gone").</summary>
    private static readonly string[] Be = ["was", "is", "were", "are", "got"];

    /// <summary>The past of <see cref="Be"/>, before "gone": "the shop was gone" tells the ruin found, where "our mosque
    /// is gone" tells only that it is no longer there, taken, pulled down or built over (gold is split on those).</summary>
    private static readonly string[] PastBe = ["was", "were"];

    /// <summary>Words that may stand before the word of ruin ("was all smashed", "is still half broken").</summary>
    private static readonly string[] Adverbs = ["all", "also", "completely", "totally", "again", "too", "badly"];

    /// <summary>What became of the property, after a verb of being or right after it.</summary>
    private static readonly string[] Ruined =
    [
        "broken", "burned", "burnt", "damaged", "destroyed", "finished", "gutted", "pierced", "smashed", "cracked",
        "collapsed", "ruined", "flattened", "shattered", "torn", "demolished", "razed",
    ];

    /// <summary>Verbs of ruin with the property as their subject ("her tent burned").</summary>
    private static readonly string[] RuinVerbs = ["broke", "burned", "burnt", "collapsed", "cracked"];

    /// <summary>Marks the property bears, after "has" or "had" ("the house has cracks").</summary>
    private static readonly string[] Marks = ["cracks", "holes"];

    /// <summary>The verbs of having before <see cref="Marks"/>.</summary>
    private static readonly string[] Have = ["has", "had", "have"];

    /// <summary>Words of a denial, a wish or a condition anywhere in the sentence.</summary>
    private static readonly string[] NotTold = ["not", "no", "nobody", "never", "nothing", "didn't", "wasn't", "isn't", "would", "could", "if"];

    /// <summary>Prepositions after a verb of ruin that lay the ruin on someone ("broke on me").</summary>
    private static readonly string[] Onto = ["on", "onto"];

    /// <summary>The people a ruin falls on ("on me", "on him").</summary>
    private static readonly string[] Persons = ["me", "us", "him", "her", "them"];

    /// <summary>A researcher's account of the questions put ("He was asked about the day the stalls burned.").</summary>
    private static readonly string[] Asked = ["asked"];

    /// <summary>Damage told as from before the events of the account ("broken from before", "already broken").</summary>
    private static readonly string[] Earlier = ["before", "already"];

    /// <summary>Rumours of people in general ("People said the school was burned."), most often denied after.</summary>
    private static readonly string[][][] Rumours =
    [
        [["people"], ["said", "say", "says"]],
        [["rumour", "rumours", "rumor", "rumors"]],
    ];

    /// <summary>Strangers who have taken over a house ("a family from the north", "someone").</summary>
    private static readonly string[] Occupiers = ["family", "man", "someone", "somebody", "strangers", "settlers", "fighters"];

    /// <summary>The verbs of living in a place, in the present ("lives in it").</summary>
    private static readonly string[] Live = ["lives", "live", "living"];

    /// <summary>The owners before a house that strangers live in ("in our house").</summary>
    private static readonly string[] Owners = ["our", "my", "his", "her", "their"];

    /// <summary>The parts a building or a vehicle loses ("lost its roof", "lost every window"), read by
    /// <see cref="LostPartAfter"/>.</summary>
    private static readonly string[] Parts =
    [
        "roof", "roofs", "window", "windows", "door", "doors", "wall", "walls", "front", "glass", "balcony", "balconies", "floor",
        "floors", "ceiling", "windscreen",
    ];

    /// <summary>The verbs of losing a part, after the property ("the shops lost their doors and windows").</summary>
    private static readonly string[] Lost = ["lost", "loses"];

    /// <summary>Words passed over between a verb of losing and the part ("lost all its windows", "lost the whole front").</summary>
    private static readonly string[] PartQualifiers =
        ["its", "their", "the", "all", "every", "his", "her", "our", "my", "a", "one", "two", "both", "whole", "half", "of", "most"];

    /// <summary>Property and parts pierced or holed ("my taxi, eleven holes", "the shutter was all holes", "the roof
    /// like a sieve"): <see cref="Property"/> and a few fittings more, looked for within <see cref="HoleReach"/> words
    /// before <see cref="Holes"/>.</summary>
    private static readonly string[] Holed = [.. Property, "door", "doors", "awning", "wall", "walls", "gate", "shutter", "shutters"];

    /// <summary>Determiners and owners passed over before a property set as a place ("near the garage").</summary>
    private static readonly string[] Determiners = ["the", "a", "an", "our", "my", "his", "her", "their", "your", "this", "that"];

    /// <summary>Prepositions that set a property as a place or as the owner of what is holed.</summary>
    private static readonly string[] PlacedBefore =
        ["in", "inside", "at", "near", "by", "from", "behind", "beside", "into", "to", "of", "on", "under", "over", "through"];

    /// <summary>The marks of a piercing.</summary>
    private static readonly string[] Holes = ["holes", "sieve"];

    /// <summary>Parts of the body, whose holes are wounds ("small holes in his face").</summary>
    private static readonly string[] Body = ["face", "leg", "legs", "back", "arm", "arms", "body", "head", "hand", "hands", "chest", "neck", "skin"];

    /// <summary>Ground the holes are in ("holes in the ground" to shelter in, "holes in the road"), not property.</summary>
    private static readonly string[] Ground = ["ground", "earth", "sand", "road", "street", "asphalt", "garden", "gardens", "field", "fields"];

    /// <summary>Digging, which makes holes of its own ("they dug holes through the walls to go across").</summary>
    private static readonly string[] Dug = ["dug", "dig", "digging"];

    /// <summary>Buildings and their floors, read before "was not there" (<see cref="BuildingNotThereAt"/>); not a bridge
    /// nor a vehicle.</summary>
    private static readonly string[] Fallen =
    [
        "house", "houses", "home", "flat", "building", "buildings", "shop", "shops", "school", "mosque", "church", "clinic", "hospital",
        "bakery", "mill", "workshop", "factory", "warehouse", "hotel", "stalls", "tent", "tents", "minaret", "dome", "roof", "roofs",
        "ceiling", "wall", "walls", "floor", "floors", "balcony",
    ];

    /// <summary>A thing no longer where it stood ("was not there"), read of a building only (<see cref="BuildingNotThereAt"/>):
    /// over the train and dev transcripts, a building before it lay in a gold damage claim 11 times and in no damage
    /// claim twice (a speaker's "I was not there" after a house named, and a house a killing's claim holds); "the army
    /// trucks were not there", absent rather than ruined, is no building.</summary>
    private static readonly string[][][] NotThere =
    [
        [["was", "were", "is", "are"], ["not"], ["there"]],
    ];

    /// <summary>People who, before "was not there", are the ones absent ("I was not there").</summary>
    private static readonly string[] PeopleBefore = ["i", "he", "she", "we", "they", "you", "who"];

    /// <summary>Ruin told in so many words, read in a sentence given another harm (<see cref="TellsBesideHarm"/>): over
    /// the train and dev transcripts, witness sentences with property and one of these within a few words after it lay
    /// in a gold damage claim 51 times and in no claim never (the 16 others were questions); beside a death or a wound,
    /// 10 times in 11 (the eleventh a shop that lost its front, under an injury's claim alone).</summary>
    private static readonly string[] PlainRuin = ["destroyed", "damaged", "flattened", "demolished", "razed", "burned", "burnt", "gutted"];

    /// <summary>People between the property and a word of ruin, who are the ones it befell ("the school where the
    /// children were burned").</summary>
    private static readonly string[] PeopleBetween =
        ["people", "man", "men", "woman", "women", "child", "children", "boy", "girl", "family", "son", "daughter", "father", "mother", "who"];

    /// <summary>Most tokens between the stranger and the verb of living ("a family of the fighters lives").</summary>
    private const int OccupierReach = 4;

    /// <summary>Most tokens between the property and the verb of being ("the bakery of Haroun, it was finished").</summary>
    private const int BeReach = 5;

    /// <summary>Most tokens between the property and a verb of ruin ("the door of my uncle broke").</summary>
    private const int VerbReach = 4;

    /// <summary>Most tokens between a building and "was not there" ("the building of Abu Nidal, it was not there").</summary>
    private const int NotThereReach = 7;

    /// <summary>Most tokens between the property and its holes ("my taxi, eleven holes", "the shutter was all holes").</summary>
    private const int HoleReach = 8;

    /// <summary>How sure the damage of property told with its ruin is.</summary>
    public const float DamageConfidence = 0.9f;

    /// <summary>Gives PROPERTY_DAMAGE, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// to each witness sentence of no harm that tells property with what became of it.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        NoHarmSentences.Give(document, assessments, HarmSet.PropertyDamage, DamageConfidence, Tells);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var given = assessments[s].Harms;
            if (given != HarmSet.None && (given & HarmSet.PropertyDamage) == HarmSet.None
                && ClaimClassifier.CanAssert(document.RoleOf(sentences[s])) && TellsBesideHarm(document, sentences[s]))
            {
                assessments[s] = assessments[s] with { Harms = given | HarmSet.PropertyDamage };
            }
        }
    }

    /// <summary>Whether <paramref name="sentence"/>, given another harm, tells property destroyed, damaged or burned in so
    /// many words, or a part of it lost, with no one between the property and its ruin: "three were killed and many
    /// shops destroyed", "his house lost its roof while people died near him". Not a collapse or a fall, which is most
    /// often the setting of the death or wound ("the wall fell on his aunt"); nor a denial, a rumour, earlier damage
    /// or a question, as in <see cref="Tells"/>.</summary>
    internal static bool TellsBesideHarm(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var ruined = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, NotTold) || WordList.Contains(word, Earlier) || WordList.Contains(word, Asked)
                || word.Equals("?", StringComparison.Ordinal) || WordSequence.MatchAt(tokens, text, t, end, Rumours) > 0)
            {
                return false;
            }

            ruined |= WordList.Contains(word, Property) && char.IsLower(word[0])
                && (PlainRuinAfter(document, t, end) || LostPartAfter(document, t, end));
        }

        return ruined;
    }

    /// <summary>Whether a word of <see cref="PlainRuin"/> follows the property at <paramref name="noun"/> within
    /// <see cref="BeReach"/> words, with no person between and not laid on someone.</summary>
    private static bool PlainRuinAfter(Document document, int noun, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = noun + 1; n < end && n <= noun + BeReach; n++)
        {
            var word = tokens[n].Span(text);
            if (WordList.Contains(word, PeopleBetween) || WordList.Contains(word, Persons) || WordList.Contains(word, PeopleBefore))
            {
                return false;
            }

            if (WordList.Contains(word, PlainRuin))
            {
                return !OntoSomeone(document, n + 1, end);
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="sentence"/> tells property with its ruin, and no denial, rumour, earlier
    /// damage or question.</summary>
    internal static bool Tells(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var ruined = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            // "The house of X was not there" tells the ruin by the word that elsewhere denies it
            var gone = BuildingNotThereAt(document, sentence, t, end);
            if (gone > 0)
            {
                ruined = true;
                t += gone - 1;
                continue;
            }

            if (WordList.Contains(word, NotTold) || WordList.Contains(word, Earlier) || WordList.Contains(word, Asked)
                || word.Equals("?", StringComparison.Ordinal) || WordSequence.MatchAt(tokens, text, t, end, Rumours) > 0
                || WordList.Contains(word, Dug))
            {
                return false;
            }

            ruined |= (WordList.Contains(word, Property) && char.IsLower(word[0]) && RuinAfter(document, t, end))
                || (WordList.Contains(word, Occupiers) && LivesInAfter(document, t, end))
                || (WordList.Contains(word, Holes) && HoledBefore(document, sentence, t, end));
        }

        return ruined;
    }

    /// <summary>The length of "was not there" (or "were", "is", "are") at <paramref name="at"/> told of a building: a
    /// word of <see cref="Fallen"/> within <see cref="NotThereReach"/> words before it, and no person between ("the house of
    /// the Allaf was not there", "the building of Abu Nidal, it was not there"; not "the house of Umm Rami, I was not
    /// there"); 0 otherwise.</summary>
    private static int BuildingNotThereAt(Document document, Sentence sentence, int at, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var length = WordSequence.MatchAt(tokens, text, at, end, NotThere);
        if (length == 0)
        {
            return 0;
        }

        for (var b = at - 1; b >= sentence.FirstToken && b >= at - NotThereReach; b--)
        {
            var word = tokens[b].Span(text);
            if (WordList.Contains(word, Persons) || WordList.Contains(word, PeopleBefore))
            {
                return 0;
            }

            if (WordList.Contains(word, Fallen) && char.IsLower(word[0]))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether property or a part of it stands within <see cref="HoleReach"/> words before the holes at
    /// <paramref name="holes"/>, no part of the body in the sentence and no ground after them: "my taxi, eleven holes",
    /// "the door like a sieve"; not "we slept in cars and in holes in the ground".</summary>
    private static bool HoledBefore(Document document, Sentence sentence, int holes, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.Contains(tokens[t].Span(text), Body))
            {
                return false;
            }
        }

        for (var a = holes + 1; a < end && a <= holes + 3; a++)
        {
            if (WordList.Contains(tokens[a].Span(text), Ground))
            {
                return false;
            }
        }

        for (var b = holes - 1; b >= sentence.FirstToken && b >= holes - HoleReach; b--)
        {
            var word = tokens[b].Span(text);
            if (WordList.Contains(word, Holed) && char.IsLower(word[0]) && !SetAsPlace(document, sentence, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a preposition stands before the property at <paramref name="noun"/>, past any
    /// <see cref="Determiners"/>: "the road near the garage", "the shelves of the shop", where the property is only
    /// where the holes are or whose part is holed.</summary>
    private static bool SetAsPlace(Document document, Sentence sentence, int noun)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var b = noun - 1;
        while (b >= sentence.FirstToken && WordList.Contains(tokens[b].Span(text), Determiners))
        {
            b--;
        }

        return b >= sentence.FirstToken && WordList.Contains(tokens[b].Span(text), PlacedBefore);
    }

    /// <summary>Whether the property at <paramref name="noun"/> is followed by what became of it.</summary>
    private static bool RuinAfter(Document document, int noun, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = noun + 1; n < end && n <= noun + BeReach; n++)
        {
            var word = tokens[n].Span(text);
            if (n <= noun + VerbReach && WordList.Contains(word, RuinVerbs))
            {
                return !OntoSomeone(document, n + 1, end);
            }

            if (WordList.Contains(word, Be))
            {
                return RuinAt(document, n + 1, end)
                    || (WordList.Contains(word, PastBe) && n + 1 < end && tokens[n + 1].Span(text).Equals("gone", StringComparison.OrdinalIgnoreCase));
            }
        }

        var next = noun + 1;
        return (next + 1 < end && WordList.Contains(tokens[next].Span(text), Have) && WordList.Contains(tokens[next + 1].Span(text), Marks))
            || LostPartAfter(document, noun, end);
    }

    /// <summary>Whether the property at <paramref name="noun"/> is told, within <see cref="BeReach"/> words, to have lost
    /// a part: "the shops lost their doors and windows", "the clinic lost the roofs over two rooms".</summary>
    private static bool LostPartAfter(Document document, int noun, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = noun + 1; n < end && n <= noun + BeReach; n++)
        {
            if (!WordList.Contains(tokens[n].Span(text), Lost))
            {
                continue;
            }

            var p = n + 1;
            while (p < end && p <= n + 3 && WordList.Contains(tokens[p].Span(text), PartQualifiers))
            {
                p++;
            }

            return p < end && WordList.Contains(tokens[p].Span(text), Parts);
        }

        return false;
    }

    /// <summary>Whether the stranger at <paramref name="occupier"/> is followed by living in a house: "lives in it",
    /// "is living in our house".</summary>
    private static bool LivesInAfter(Document document, int occupier, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        for (var n = occupier + 1; n < end && n <= occupier + OccupierReach; n++)
        {
            if (!WordList.Contains(tokens[n].Span(text), Live))
            {
                continue;
            }

            if (n + 2 >= end || !tokens[n + 1].Span(text).Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var place = tokens[n + 2].Span(text);
            return place.Equals("it", StringComparison.OrdinalIgnoreCase)
                || (WordList.Contains(place, Owners) && n + 3 < end && WordList.Contains(tokens[n + 3].Span(text), Property));
        }

        return false;
    }

    /// <summary>Whether "on" or "onto" and a person follow the verb of ruin ("the glass broke on me"): the setting of
    /// a wound, which gold leaves to the person's claim.</summary>
    private static bool OntoSomeone(Document document, int at, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        return at + 1 < end && WordList.Contains(tokens[at].Span(text), Onto) && WordList.Contains(tokens[at + 1].Span(text), Persons);
    }

    /// <summary>Whether a word of ruin stands at <paramref name="at"/>, after any <see cref="Adverbs"/>.</summary>
    private static bool RuinAt(Document document, int at, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        while (at < end && WordList.Contains(tokens[at].Span(text), Adverbs))
        {
            at++;
        }

        return at < end && WordList.Contains(tokens[at].Span(text), Ruined);
    }
}
