using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence, alone between sentences that assert no damage, that tells no damage and no
/// loss, and no strike on something named as struck: "The motorbike was parked near the corner of the station.", "Big
/// house, with a basement, at the corner of our street.", "They come in a packet.", "And rockets from the helicopter,
/// two, three.", "Shells fell on our street, four or five." The damage model fires on the property such a sentence
/// names, on the words of the account around it, or on a strike or weapon told with nothing it struck. Out of fold, of
/// the witness sentences the classifiers gave damage with no word of damage, strike or weapon, the 16 alone lay in no
/// gold damage claim; those inside a run of damage lay in one 64 times and in none 48, and are left alone (there the
/// sentence goes on with the damage told beside it: "Our house, the granaries of millet, the house of the goats.").
/// The rule took 17 false damage claims away and no right one (models/README.md, "Incident linking", the damage claims
/// without a word of damage); reading a strike as damage only when the sentence names property, a vehicle, a shelter,
/// a field, a district or "it" / "them" struck took 10 false claims more and no right one (section "Claim
/// classifiers", the strikes with nothing struck). A sentence alone that tells only a repair ("We fixed one room with
/// plastic on the window.", "We put nylon on the windows.") loses its damage too: the windows it names are what was
/// mended, and gold claims no such sentence. A sentence <see cref="DamageToldByRuin"/> reads keeps its damage ("A family
/// from the north lives in it."). "Standing" is a word of damage only beside "only", "nothing", "not" and the like ("only
/// the walls standing"): alone it tells the property whole ("The house is standing."; over the train and dev transcripts
/// property told standing with no other word of damage lay in no gold claim 10 times, in another harm's 2, and in a
/// damage claim once, inside its run); and "gone" told of people or of a utility ("the police were gone", "the power was
/// gone") is no loss of property. A sentence that tells only a repair, or that denies the damage ("The clinic was not
/// hit.", "no damage, only the gate") or tells it from before ("was already broken"), loses its damage inside a run of
/// damage too (<see cref="DeniesDamage"/>). Run after <see cref="BurnedPeopleNotDamage"/>. Matched on the token spans: a
/// transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class NoDamageWordNotDamage
{
    /// <summary>Damage found anywhere in a word ("burnt", "rooftop", "smashed"): the damage words of the error analysis,
    /// what is left ("only the frames standing") or set alight ("petrol"), and the photographs the damage is seen in ("I
    /// saw it in a video").</summary>
    private static readonly string[] DamageParts =
    [
        "destroy", "damag", "collaps", "flatten", "burn", "ruin", "rubble", "raze", "loot", "shatter", "demolish", "level", "bulldoz",
        "torch", "gutt", "ablaze", "flame", "crack", "nothing", "smash", "crumbl", "melt", "smoke", "stone",
        "pieces", "torn", "finished", "dust", "black", "broke", "blown", "break", "petrol",
        "photo", "video", "picture",
    ];

    /// <summary>Parts of a building or a vehicle found anywhere in a word ("rooftop", "walls", "windows"): damage told
    /// ("Every window of the clinic came in.", "The school, only the walls."), unless a preposition sets them as where someone was
    /// or where something lay (<see cref="PlaceOfPart"/>).</summary>
    private static readonly string[] PartParts = ["roof", "wall", "window", "glass", "windscreen"];

    /// <summary>Prepositions that set a part as a place ("on the roof", "by the window", "over the roof of the shop").</summary>
    private static readonly string[] PlacePrepositions =
        ["on", "onto", "over", "by", "from", "at", "through", "under", "near", "beside", "to", "up", "in", "into", "behind", "across", "against"];

    /// <summary>Determiners, owners and a few qualifiers passed over between the preposition and the part ("from the
    /// school roof", "on our flat roof").</summary>
    private static readonly string[] PartQualifiers =
        ["the", "a", "an", "our", "my", "his", "her", "their", "its", "this", "that", "same", "other", "next", "flat", "school", "metal", "iron", "big", "small"];

    /// <summary>A strike or a weapon found anywhere in a word ("bombed", "shelling", "exploded"): the strikes and
    /// weapons of the damage claims. Damage only with something struck named (<see cref="StruckThings"/>); as a part,
    /// "white" has "hit".</summary>
    private static readonly string[] StrikeParts =
    [
        "hit", "bomb", "shell", "struck", "strike", "drop", "missile", "rocket", "mortar", "barrel", "explo", "fire", "shot", "shoot",
        "cluster", "grenade", "drone", "plane", "jet", "artillery", "shahed", "katyusha", "tatuco",
    ];

    /// <summary>A strike or a weapon taken only as whole words ("the tractor went on a landmine").</summary>
    private static readonly string[] StrikeWords =
    [
        "fell", "fall", "falls", "falling", "mine", "mines", "landmine", "landmines", "grad", "antonov",
    ];

    /// <summary>What a strike can be told to have struck, taken as whole words: <see cref="RunCuts.PropertyNouns"/>,
    /// vehicles, shelters, huts and camps, rooms, fields, districts, villages and a town ("mortars fell on our
    /// district", "the jets hit the edge of the town", which gold keeps as damage), the dome, minaret or tomb of a
    /// shrine told by its name ("hit by the shelling, the dome and the tomb"), and "it" / "them" for a property
    /// named before. A street or a road named alone is where the strike fell, not what it damaged ("Shells fell on our
    /// street, four or five."); out of fold gold claimed no such sentence standing alone.</summary>
    private static readonly string[] StruckThings =
    [
        .. RunCuts.PropertyNouns, "homes", "warehouses", "trucks", "bus", "pick-up", "vehicle", "vehicles", "ambulance", "jetty", "souq",
        "shelter", "shelters", "room", "yard", "elevator", "field", "fields", "farms", "district", "districts", "quarter", "neighbourhood",
        "village", "villages", "town", "hut", "huts", "camp", "camps", "dome", "minaret", "tomb", "it", "them",
    ];

    /// <summary>Damage or a loss taken only as whole words ("a hole", "on fire"; "whole" and "fired" are not), dead
    /// animals, and several things named ("Three buildings across the street").</summary>
    private static readonly string[] DamageWords =
    [
        "down", "sank", "sunk", "gone", "flat", "ash", "ashes", "took", "taken", "stole", "stolen",
        "emptied", "folded", "pierced", "died", "dead", "open", "opened", "heap", "hill", "hole", "holes", "fire", "fires",
        "houses", "homes", "shops", "buildings", "cars", "trucks", "tents", "stalls", "vehicles", "animals", "sheep",
        "cows", "goats", "cattle",
    ];

    /// <summary>Shaking told of the walls, the windows or the house ("the walls were shaking", "the whole house shook"):
    /// the blast felt, not damage, unless a word of ruin is told besides; the strike and the parts it names then count
    /// for nothing. Over the train and dev transcripts, sentences with such a word and no word of ruin lay in no gold
    /// claim 33 times and in a damage claim twice (inside its run).</summary>
    private static readonly string[] ShakeStems = ["shak", "shook", "trembl", "rattl", "vibrat"];

    /// <summary>Property that is no longer there: "our floor was not there", "the house was not a house", "there was no
    /// car".</summary>
    private static readonly string[][][] DamagePhrases =
    [
        [["not"], ["there", "a", "an"]],
        [["was", "is", "were"], ["no"]],
    ];

    /// <summary>What a place lacked that is no property lost ("there was no water", "there is no electricity", "there
    /// was no doctor"): after "was no" it tells a want, not a house or a car no longer there. Over the train and dev
    /// transcripts, sentences with "was / is / were no" and one of these lay in no gold claim 89 times, in a damage
    /// claim once.</summary>
    private static readonly string[] Lacks =
    [
        "water", "electricity", "power", "bread", "food", "light", "lights", "internet", "network", "signal", "fuel", "gas", "petrol",
        "diesel", "doctor", "doctors", "medicine", "work", "school", "money", "phone", "connection", "one", "time", "way", "news",
        "fighting", "army", "sound",
    ];

    /// <summary>What is left standing, damage only with a word of <see cref="LeftOnly"/> in the sentence ("only the walls
    /// standing", "not one house standing"); alone it tells the property whole ("The house is standing.").</summary>
    private const string Standing = "standing";

    /// <summary>Words that make <see cref="Standing"/> tell what little is left.</summary>
    private static readonly string[] LeftOnly = ["only", "nothing", "not", "no", "none", "half", "just"];

    /// <summary>The people and utilities a sentence may tell gone ("the police were gone").</summary>
    private static readonly string[] GoneSubjects =
    [
        "foreigners", "strangers", "soldiers", "army", "fighters", "police", "people", "men", "family", "families", "everybody",
        "everyone", "electricity", "power", "network", "internet",
    ];

    /// <summary>"Gone" told of people or of a utility ("Now the strangers are gone.", "the power was gone"): no loss of
    /// property. Over the train and dev transcripts, sentences of people "gone" lay in no gold damage claim 19 times
    /// and in one never.</summary>
    private static readonly string[][][] PeopleGone =
    [
        [GoneSubjects, ["are", "were", "was", "is", "had"], ["gone"]],
        [GoneSubjects, ["are", "were", "was", "is", "had"], ["all"], ["gone"]],
    ];

    /// <summary>The denials of damage ("no damage", "not damaged", "not hit", "not touched") and damage from before ("was
    /// already broken"), read by <see cref="DeniesDamage"/>.</summary>
    private static readonly string[][][] Denials =
    [
        [["no"], ["damage"]],
        [["not", "wasn't", "weren't", "isn't"], ["damaged", "hit", "touched"]],
        [["was", "were", "is", "are"], ["already"], ["broken", "destroyed", "damaged", "burned", "burnt", "collapsed", "flattened", "ruined"]],
    ];

    /// <summary>Words of a threat, a fear or a time to come before a strike or a burning ("they will burn the house", "we
    /// feared they would shell the mill").</summary>
    private static readonly string[] Threats = ["will", "would", "afraid", "threatened", "threaten", "threatening"];

    /// <summary>The strikes and burnings a threat names, in the form that follows "will", "would" or "be" ("will hit",
    /// "would be bombed").</summary>
    private static readonly string[] ThreatenedStrikes =
        ["hit", "bomb", "bombed", "shell", "shelled", "strike", "burn", "burned", "destroy", "destroyed", "attack"];

    /// <summary>Most words between the word of threat and the strike ("will come back and burn", "would be hit").</summary>
    private const int ThreatReach = 4;

    /// <summary>Ruin told as done beside a threat ("they burned the shop, and said they will burn the house too").</summary>
    private static readonly string[] DoneRuin =
        ["destroyed", "damaged", "burned", "burnt", "collapsed", "broken", "broke", "flattened", "demolished", "looted", "razed"];

    /// <summary>A turn after a denial to damage told all the same ("not hit, but the shops opposite burned").</summary>
    private const string But = "but";

    /// <summary>Verbs of a repair, taken as whole words ("we fixed the door").</summary>
    private static readonly string[] RepairWords = ["fixed", "repaired", "mended", "rebuilt"];

    /// <summary>A window covered in place of its glass ("we put nylon on the windows").</summary>
    private static readonly string[][][] RepairPhrases =
    [
        [["put"], ["plastic", "nylon"]],
    ];

    /// <summary>Ruin found anywhere in a word, which a repair sentence may still tell ("our flat was damaged, we fixed
    /// it", "the walls are cracked, I put plastic in the windows").</summary>
    private static readonly string[] RuinParts =
    [
        "destroy", "damag", "collaps", "burn", "broke", "break", "crack", "shatter", "smash", "ruin", "rubble", "blown", "torn",
        "melt", "flatten", "demolish", "loot",
    ];

    /// <summary>Ruin or loss taken as whole words.</summary>
    private static readonly string[] RuinWords = ["fell", "gone", "hole", "holes", "flat", "down", "fire", "took", "taken", "stolen"];

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that tell no damage and stand between sentences that assert none, and from any
    /// sentence that tells only a repair or denies the damage.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.None, aloneInRun: true,
            TellsNoDamage);
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.None, aloneInRun: false,
            (d, sentence) => TellsRepairOnly(d, sentence) || DeniesDamage(d, sentence));
    }

    /// <summary>Whether <paramref name="sentence"/> denies the damage in so many words, or tells it as from before, and
    /// goes on with no "but": "The clinic was not hit.", "Our flat, thank God, no damage, only the gate.", "The hall was
    /// not damaged, only a pane.", "their shed was already broken". The damage model reads the property, the strike
    /// and the word "damage" there as damage; gold claims none: over the train and dev transcripts, sentences with "no
    /// damage", "not damaged" or "not hit" lay in no gold damage claim 14 times, and the one in a gold damage claim goes
    /// on with "but" to what was burnt; "was already broken" and the like lay in none 3 times, in one never. What a
    /// denial lets stand after "only" (the glass, the gate) is not claimed either.</summary>
    private static bool DeniesDamage(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var denied = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (denied && tokens[t].Span(text).Equals(But, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            denied |= WordSequence.MatchAt(tokens, text, t, end, Denials) > 0;
        }

        return denied || Threatens(document, sentence);
    }

    /// <summary>Whether <paramref name="sentence"/> tells a strike or a burning only as a threat, a fear or a time to
    /// come, with no ruin done: "They said if we hide anyone they will burn the house.", "We feared the jets would
    /// hit the whole street." Over the train and dev transcripts, such sentences lay in no gold claim 48 times, in
    /// another harm's 2 (a flight for fear of it) and in a damage claim once (a strike told beside, not threatened).</summary>
    private static bool Threatens(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var threat = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.Contains(word, DoneRuin) || (threat && word.Equals(But, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            if (!threat && WordList.Contains(word, Threats))
            {
                for (var n = t + 1; n < end && n <= t + ThreatReach; n++)
                {
                    if (tokens[n].Kind == TokenKind.Punctuation)
                    {
                        break;
                    }

                    if (WordList.Contains(tokens[n].Span(text), ThreatenedStrikes))
                    {
                        threat = true;
                        break;
                    }
                }
            }
        }

        return threat;
    }

    /// <summary>Whether <paramref name="sentence"/> tells a repair ("We fixed one room with plastic on the window.", "We
    /// put nylon on the windows.") and no ruin: the windows and walls it names are what was mended, not damage told.</summary>
    private static bool TellsRepairOnly(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        var repair = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(document.Text);
            if (WordList.HasAnyPart(word, RuinParts) || WordList.Contains(word, RuinWords))
            {
                return false;
            }

            repair |= WordList.Contains(word, RepairWords) || WordSequence.MatchAt(tokens, document.Text, t, end, RepairPhrases) > 0;
        }

        return repair;
    }

    /// <summary>Whether the part at <paramref name="part"/> is set as a place by a preposition before it, past
    /// <see cref="PartQualifiers"/> ("we stood up on the school roof", "sleeping by the window"): where
    /// someone was, not what was damaged.</summary>
    private static bool PlaceOfPart(Document document, Sentence sentence, int part)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var b = part - 1;
        while (b >= sentence.FirstToken && part - b <= 3 && WordList.Contains(tokens[b].Span(text), PartQualifiers))
        {
            b--;
        }

        return b >= sentence.FirstToken && WordList.Contains(tokens[b].Span(text), PlacePrepositions);
    }

    /// <summary>Whether "was no" (or "is no", "were no") at <paramref name="at"/> is followed by a word of
    /// <see cref="Lacks"/>.</summary>
    private static bool LackAt(Document document, int at, int end)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        return at + 2 < end && tokens[at + 1].Span(text).Equals("no", StringComparison.OrdinalIgnoreCase)
            && WordList.Contains(tokens[at + 2].Span(text), Lacks);
    }

    private static bool TellsNoDamage(Document document, Sentence sentence)
    {
        // Property told with what became of it, by a word the lists here do not hold: a house strangers live in now.
        if (DamageToldByRuin.Tells(document, sentence))
        {
            return false;
        }

        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        var strike = false;
        var struck = false;
        var standing = false;
        var leftOnly = false;
        var shaking = Shakes(document, sentence.FirstToken, end);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(document.Text);
            standing |= word.Equals(Standing, StringComparison.OrdinalIgnoreCase);
            leftOnly |= WordList.Contains(word, LeftOnly);
            if (WordSequence.EndsAt(tokens, document.Text, sentence.FirstToken, t, PeopleGone))
            {
                continue;
            }

            if (WordList.HasAnyPart(word, DamageParts) || WordList.Contains(word, DamageWords)
                || (!shaking && WordList.HasAnyPart(word, PartParts) && !PlaceOfPart(document, sentence, t))
                || (WordSequence.MatchAt(tokens, document.Text, t, end, DamagePhrases) > 0 && !LackAt(document, t, end)))
            {
                return false;
            }

            strike |= WordList.HasAnyPart(word, StrikeParts) || WordList.Contains(word, StrikeWords);
            struck |= WordList.Contains(word, StruckThings);
        }

        return !(standing && leftOnly) && (shaking || !strike || !struck);
    }

    /// <summary>Whether a word of shaking stands between <paramref name="first"/> and <paramref name="end"/>.</summary>
    private static bool Shakes(Document document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (WordList.StartsWithAny(document.Tokens[t].Span(document.Text), ShakeStems))
            {
                return true;
            }
        }

        return false;
    }
}
