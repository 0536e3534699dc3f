using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives INJURED to a witness sentence that tells a wound by what went into the body, what broke in it or how the gas
/// left the people, without a word of a wound: "A piece went in his shoulder.", "The metal went into her belly.", "His
/// legs were full of metal.", "I fell and broke my wrist.", "Dozens were choking from the gas."; or by what the body had
/// in it or how a part was left: "Lina had glass in her arm.", "She was cut on the knee.", "burned on the legs", "a
/// wound in his abdomen", "Her right leg is gone.", "with his belly open", "her nose was bleeding". Out of fold such
/// sentences lay in gold injuries over which the classifiers fired on no sentence (models/README.md, "Claim
/// classifiers"). A sentence the classifiers gave no harm takes the wound; one they gave a death that names no death
/// ("Fourteen people were choking near the school.") takes the wound instead, as <see cref="InjuryNotDeath"/> moves a
/// wound told with a limb; a sentence of another harm is left as it is (there a piece in the body is as often the
/// setting of a death or of damage). The head, the neck and the chest are left out of the parts: a bullet there is
/// told of the dead as often as of the wounded. Run after <see cref="HarmToldByOutcome"/> and <see cref="ToldCount"/>
/// and before <see cref="NoHarmTold"/>, which still takes every harm from a researcher's note, and before the bases are
/// shared, which gives the sentence its basis.
/// </summary>
internal static class WoundToldByBody
{
    /// <summary>What flies into a body from a blast or a gun.</summary>
    private static readonly string[] Projectiles =
        ["piece", "pieces", "metal", "glass", "bullet", "bullets", "shrapnel", "fragment", "fragments"];

    /// <summary>A part of the body a piece goes into and the wounded live with; not the head, the neck or the
    /// chest.</summary>
    private static readonly string[] Parts =
    [
        "shoulder", "shoulders", "hip", "thigh", "knee", "knees", "leg", "legs", "arm", "arms", "hand", "hands", "foot",
        "feet", "back", "belly", "stomach", "abdomen", "face", "eye", "eyes", "ear", "cheek", "elbow", "wrist", "ankle",
        "finger", "fingers", "side",
    ];

    /// <summary>Whose part, or the part itself ("went into the shoulder").</summary>
    private static readonly string[] Whose = ["his", "her", "my", "their", "the"];

    /// <summary>A bone that breaks in a fall or a collapse.</summary>
    private static readonly string[] Bones =
    [
        "rib", "ribs", "wrist", "wrists", "arm", "leg", "hand", "foot", "hip", "knee", "shoulder", "ankle", "nose", "jaw",
        "elbow", "collarbone",
    ];

    /// <summary>Whose bone or how many ("broke two ribs", "broke the wrist").</summary>
    private static readonly string[] BrokenWhose = ["his", "her", "my", "the", "a", "two", "three", "four", "both"];

    /// <summary>A person's, for a part told as it was left ("her right leg is gone", "his belly open").</summary>
    private static readonly string[] Owner = ["his", "her", "my", "their"];

    /// <summary>A limb that a blast takes ("her leg is gone").</summary>
    private static readonly string[] Taken = ["foot", "leg", "hand", "arm", "eye"];

    /// <summary>A limb, or the belly, left open by a wound ("carried in with his belly open"); not the back, told open
    /// from a beating in detention.</summary>
    private static readonly string[] Opened = ["arm", "leg", "hand", "foot", "belly", "stomach"];

    /// <summary>A part a burn marks ("burned on the legs").</summary>
    private static readonly string[] Marked = ["face", "hand", "hands", "arm", "arms", "leg", "legs", "back", "feet", "foot"];

    /// <summary>A part that bleeds ("her nose was bleeding").</summary>
    private static readonly string[] Bleeding = ["ear", "ears", "nose", "face", "mouth", "leg", "legs", "arm", "arms", "hand", "hands"];

    /// <summary>A wound told by the body: what went into it or what it had in it, what it was full of, what broke, a cut,
    /// a burn or a wound on a part, a limb gone or open, a part bleeding.</summary>
    private static readonly string[][][] Wounds =
    [
        [Projectiles, ["went", "came"], ["in", "into"], Whose, Parts],
        [["had", "has", "got"], Projectiles, ["in"], Whose, Parts],
        [["had", "has", "got"], ["a", "small"], Projectiles, ["in"], Whose, Parts],
        [["had", "has", "got"], ["a"], ["small"], Projectiles, ["in"], Whose, Parts],
        [["full"], ["of"], ["metal", "pieces", "shrapnel", "fragments"]],
        [["broke"], BrokenWhose, Bones],
        [["two", "three", "four", "both"], ["ribs"], ["broken"]],
        [["was", "were"], ["cut"], ["in", "on"], Whose, Parts],
        [["burned", "burnt"], ["on"], Whose, Marked],
        [["a"], ["wound"], ["in"], Whose, Parts],
        [Owner, Taken, ["is", "was"], ["gone"]],
        [Owner, ["left", "right"], Taken, ["is", "was"], ["gone"]],
        [Owner, Opened, ["open"]],
        [Owner, Bleeding, ["was", "were"], ["bleeding"]],
    ];

    /// <summary>People overcome by gas: "were choking", "came to us choking".</summary>
    private static readonly string[] Choking = ["choking"];

    /// <summary>A denial just before the choking ("nobody was choking", "were not choking").</summary>
    private static readonly string[] Denials = ["not", "never", "nobody", "no", "none"];

    /// <summary>How many tokens before "choking" a denial is looked for.</summary>
    private const int DenialReach = 3;

    /// <summary>Word starts that name a death or a burial, any of which keeps a death the classifiers gave.</summary>
    private static readonly string[] DeathStems =
    [
        "kill", "die", "died", "dead", "death", "martyr", "body", "bodies", "corpse", "murder", "execut", "buri", "bury",
        "funeral", "grave", "passed", "cemeter", "coffin", "shroud",
    ];

    /// <summary>How sure the wound of a sentence of no harm is: out of fold, counted before the rule was written, the
    /// sentences of no harm these phrases read lay in a gold injury 12 times and in none once (soldiers choking, told
    /// second-hand); the two deaths it moves lay in gold injuries. Counted and left out: "coughing" (1 in a gold injury
    /// against 4 in none: "Only we were coughing."), "with broken ribs" and "with a broken hand" (a detainee back, in a
    /// gold detention), "the glass went into it" (no part named), "stepped on a mine" (the classifiers already take
    /// it). The parts told as they were left were counted later the same way, over every held-out witness sentence: "was
    /// cut in / on", "had / has / got (a small) piece / glass / bullet in", "burned on", "a wound in", "her leg is gone",
    /// "his belly open", "her nose was bleeding" lay 80 times in a gold injury (72 of them already given it by the
    /// classifiers) and 5 times elsewhere, each already given INJURED (3 in no gold claim, 2 in a gold killing); the 7 of
    /// no harm all lay in a gold injury. Counted and left out: "with cuts on" and "fell on" a limb (1 each, in a gold
    /// injury, and neither a claim more out of fold), a back "black" or "blue" from cables (a detainee's: 2 in a gold
    /// injury against 1 in none), a part "open" that is the back (from a beating, in no gold claim), "a wound on" a
    /// limb (a detainee back, in no gold claim: in sample a false injury).</summary>
    public const float HarmConfidence = 0.9f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), INJURED
    /// to each witness sentence of no harm that tells a wound by the body, and moves a death that names no death to a
    /// wound when the sentence tells people choking.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var given = assessments[s].Harms;
            if ((given != HarmSet.None && given != HarmSet.Killed) || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
            {
                continue;
            }

            var choking = TellsChoking(document, sentences[s]);
            if (given == HarmSet.None && (choking || WordSequence.In(document, sentences[s], Wounds)))
            {
                assessments[s] = SentenceAssessment.GivenByRule(HarmSet.Injured, HarmConfidence);
            }
            else if (given == HarmSet.Killed && choking && !NamesDeath(document, sentences[s]))
            {
                assessments[s] = assessments[s] with { Harms = HarmSet.Injured };
            }
        }
    }

    /// <summary>Whether <paramref name="sentence"/> tells people choking, not denied.</summary>
    private static bool TellsChoking(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (!WordList.Contains(tokens[t].Span(text), Choking))
            {
                continue;
            }

            var denied = false;
            for (var d = Math.Max(sentence.FirstToken, t - DenialReach); d < t; d++)
            {
                var word = tokens[d].Span(text);
                denied |= WordList.Contains(word, Denials) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase);
            }

            if (!denied)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="sentence"/> names a death or a burial.</summary>
    private static bool NamesDeath(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordList.StartsWithAny(tokens[t].Span(document.Text), DeathStems))
            {
                return true;
            }
        }

        return false;
    }
}
