using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a wounding or a detention EXPERIENCED that the basis model gave WITNESSED when its evidence says the speaker
/// is among the victims: their own body wounded ("a piece went into my shoulder", "my arm was broken", "I had cuts",
/// "I was wounded", "it hit me", "it hit my knee", "I broke three ribs") or they were taken ("they took me and two
/// others", "they kept us in the basement", "me too"). CONTRACT.md's EXPERIENCED is "it happened to the speaker"; the
/// sentence models read such a sentence, told beside others' wounds, as seen. Out of fold, of the WITNESSED claims
/// with such a phrase, 23 are gold EXPERIENCED and 3 WITNESSED (a crowd's wounds with the speaker's own added)
/// (models/README.md, "Claim-level basis").
/// </summary>
internal static class ExperiencedOwnHarm
{
    private static readonly string[] Body =
    [
        "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "head", "face", "back", "shoulder", "shoulders",
        "neck", "ear", "ears", "eye", "eyes", "chest", "belly", "stomach", "knee", "knees", "hip", "finger", "fingers",
        "ribs", "lungs", "skin", "wrist", "wrists",
    ];

    /// <summary>The body without the back and shoulders, which "on my" also carries a person on.</summary>
    private static readonly string[] BodyTouched =
    [
        "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "head", "face", "neck", "ear", "ears", "eye",
        "eyes", "chest", "belly", "stomach", "knee", "knees", "hip", "finger", "fingers", "wrist", "wrists",
    ];

    private static readonly string[] Side = ["left", "right"];
    private static readonly string[] Was = ["was", "were", "is"];
    private static readonly string[] Wounded = ["wounded", "injured", "hurt", "hit", "cut", "burned", "blinded", "blind", "deaf"];
    private static readonly string[] Wounds = ["cuts", "pieces", "shrapnel", "burns", "wounds"];
    private static readonly string[] WoundedMe = ["hit", "cut", "wounded", "injured", "burned"];
    private static readonly string[] Struck = ["hit", "cut", "burned", "broke"];
    private static readonly string[] Several = ["two", "three", "both"];
    private static readonly string[] Took =
    [
        "took", "arrested", "detained", "kidnapped", "abducted", "held", "kept", "jailed", "imprisoned", "blindfolded",
        "handcuffed", "interrogated", "released",
    ];

    private static readonly string[] Taken =
    [
        "taken", "arrested", "detained", "kidnapped", "abducted", "held", "kept", "jailed", "imprisoned", "released",
        "interrogated",
    ];

    /// <summary>The speaker's own wound, said in an evidence sentence of an INJURED claim. "Broke my" needs a body
    /// part after it, so "they broke my door" is no wound.</summary>
    private static readonly string[][][] OwnWound =
    [
        [["in", "into"], ["my"], Body],
        [["in", "into"], ["my"], Side, Body],
        [["on"], ["my"], BodyTouched],
        [["on"], ["my"], Side, BodyTouched],
        [["my"], Body, Was],
        [["my"], Body, [","]],
        [["my"], Side, Body, Was],
        [["i"], ["was", "got"], Wounded],
        [["i"], ["was", "got"], ["also"], Wounded],
        [["i"], ["had"], Wounds],
        [["i"], ["had"], ["a"], ["piece", "wound"]],
        [["i"], ["broke"], ["my"]],
        [["i"], ["broke"], Several, Body],
        [Struck, ["my"], Body],
        [Struck, ["my"], Side, Body],
        [["my"], ["own"], Body, Was],
        [WoundedMe, ["me"]],
    ];

    /// <summary>The speaker taken, said in an evidence sentence of a DETAINED claim.</summary>
    private static readonly string[][][] OwnTaking =
    [
        [Took, ["me", "us"]],
        [["me"], ["too", "also"]],
        [["me"], [","], ["too", "also"]],
        [["i", "we"], ["was", "were"], Taken],
        [["me"], ["they"]],
    ];

    /// <summary>
    /// Turns to <see cref="Basis.Experienced"/> each <see cref="Basis.Witnessed"/> INJURED or DETAINED claim of
    /// <paramref name="claims"/> from <paramref name="from"/> on whose evidence says the speaker was wounded or taken.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            var phrases = claim.Harm switch
            {
                Harm.Injured => OwnWound,
                Harm.Detained => OwnTaking,
                _ => null,
            };
            if (phrases is null || claim.Basis != Basis.Witnessed || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            foreach (var s in evidence)
            {
                if (WordSequence.In(document, document.Sentences[s], phrases))
                {
                    claims[c] = claim with { Basis = Basis.Experienced };
                    break;
                }
            }
        }
    }
}
