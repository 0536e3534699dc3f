using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives INJURED to a witness sentence that tells a wound by what went into the body, what broke in it or how the gas
/// left the people, without a word of a wound: "A piece went in his shoulder.", "The metal went into her belly.", "His
/// legs were full of metal.", "I fell and broke my wrist.", "Dozens were choking from the gas." Out of fold such
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
        "feet", "back", "belly", "stomach", "face", "eye", "eyes", "ear", "cheek", "elbow", "wrist", "ankle", "finger",
        "fingers", "side",
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

    /// <summary>A wound told by the body: what went into it, what it was full of, what broke.</summary>
    private static readonly string[][][] Wounds =
    [
        [Projectiles, ["went", "came"], ["in", "into"], Whose, Parts],
        [["full"], ["of"], ["metal", "pieces", "shrapnel", "fragments"]],
        [["broke"], BrokenWhose, Bones],
        [["two", "three", "four", "both"], ["ribs"], ["broken"]],
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
    /// it).</summary>
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
