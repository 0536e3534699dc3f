using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Takes PROPERTY_DAMAGE from a sentence the classifiers also give KILLED or INJURED when the place struck is only the
/// setting of the deaths or wounds: "a shell fell on the house of the Haddad family and three of them died", "the drone
/// hit a car and two men were killed", with no word of what the strike did to the house or car. In the train gold 57
/// such sentences with a death are the killing's evidence alone and 2 are damage too (both naming several houses,
/// which keeps the damage here); 17 with a wound and no death are the injury's alone and none damage. Broken glass is
/// such a setting too when it cut the wounded. Out of fold the rule took 8 false damage claims away and no right one
/// (models/README.md, "Claim classifiers", the damage false claims). It leaves a sentence inside a run of damage
/// sentences alone: there the strike is the damage's own setting. Run after <see cref="NoHarmTold"/>. Matched on the
/// token spans: a transcriber's bracketed note is one token, not read inside.
/// </summary>
internal static class CasualtiesNotDamage
{
    /// <summary>A death or a wound told in the sentence: word starts, then whole words.</summary>
    private static readonly string[] CasualtyStems = ["kill", "martyr", "injur", "wound"];

    private static readonly string[] CasualtyWords = ["died", "dead", "death", "body", "bodies", "hurt"];

    /// <summary>What the strike did to what it struck (the damage words of the error analysis: "destroyed", "burned",
    /// "the roof came down", "nothing was left", "the house was flat"), or several things struck ("the two houses beside
    /// it", both gold damage claims of the train sentences above); any of them keeps the damage. These are found
    /// anywhere in a word ("burnt", "rooftop"), as the rule was measured, so "whole" has "hole".</summary>
    private static readonly string[] DamageParts =
    [
        "destroy", "damag", "collaps", "flatten", "burn", "ruin", "rubble", "raze", "loot", "shatter", "demolish", "level", "bulldoz",
        "torch", "gutt", "ablaze", "flame", "hole", "crack", "roof", "wall", "nothing", "smash", "crumbl", "melt", "smoke", "stones",
        "pieces", "torn", "finished", "dust", "black",
    ];

    /// <summary>Damage words taken only whole: "fire", "gone" and several things struck.</summary>
    private static readonly string[] DamageWords =
        ["fire", "gone", "houses", "homes", "shops", "buildings", "cars", "trucks", "tents", "stalls", "vehicles", "animals", "sheep", "cows", "goats", "cattle"];

    /// <summary>Damage words taken as a word start ("ash", "ashes").</summary>
    private static readonly string[] DamageStems = ["ash"];

    /// <summary>Damage told in two words.</summary>
    private static readonly string[][][] DamagePhrases =
    [
        [["not"], ["there"]],
        [["blew", "blown"], ["up"]],
        [["fell", "came"], ["down"]],
        [["was", "were", "is", "are", "all"], ["flat"]],
    ];

    /// <summary>Broken glass: the windows that came in, the glass that broke (found anywhere in a word). Damage unless
    /// it is what cut the wounded ("the windows came in and she was cut on the face"): in the train gold 47 sentences
    /// naming glass and a wound are the injury's or the killing's evidence alone and 2 are damage too.</summary>
    private static readonly string[] GlassParts = ["glass", "window", "windscreen", "broke", "blown"];

    /// <summary>A wound glass gives: these words, or a word start of a wound in <see cref="CasualtyStems"/>.</summary>
    private static readonly string[] CutWords = ["cut", "hurt"];

    private static readonly string[] WoundStems = ["injur", "wound"];

    /// <summary>Takes PROPERTY_DAMAGE from the sentences of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that assert KILLED or INJURED too, tell a death or a wound and no damage,
    /// and stand between sentences that assert no damage.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments) =>
        SentenceHarmTaking.TakeWhere(
            document, assessments, HarmSet.PropertyDamage, HarmSet.Killed | HarmSet.Injured, aloneInRun: true,
            CasualtiesNoDamage);

    /// <summary>Whether <paramref name="sentence"/> tells no damage and a death or a wound: with glass named, a wound
    /// it gave.</summary>
    private static bool CasualtiesNoDamage(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        var glass = false;
        var cut = false;
        var casualty = false;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = tokens[t].Span(text);
            if (WordList.HasAnyPart(word, DamageParts) || WordList.Contains(word, DamageWords) || WordList.StartsWithAny(word, DamageStems)
                || WordSequence.MatchAt(tokens, text, t, end, DamagePhrases) > 0)
            {
                return false;
            }

            glass |= WordList.HasAnyPart(word, GlassParts);
            cut |= WordList.Contains(word, CutWords) || WordList.StartsWithAny(word, WoundStems);
            casualty |= WordList.Contains(word, CasualtyWords) || WordList.StartsWithAny(word, CasualtyStems);
        }

        return glass ? cut : casualty;
    }
}
