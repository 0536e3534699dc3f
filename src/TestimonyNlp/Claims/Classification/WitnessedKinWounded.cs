using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a wounding WITNESSED that the basis model gave EXPERIENCED when its evidence names the speaker's kin or
/// neighbour as the wounded ("a splinter grazed my nephew Tomas on the chin", "our youngest girl burned her feet") with
/// no I or me and none of the speaker's own body ("my hand", "my back") in it. CONTRACT.md's EXPERIENCED is the
/// speaker's own harm; a relative's wound is one the speaker saw. Out of fold the rule turns 6 matched claims, all gold
/// WITNESSED (models/README.md, "Claim-level basis").
/// </summary>
internal static class WitnessedKinWounded
{
    /// <summary>The speaker as a singular subject or object, which may make the wound the speaker's own.</summary>
    private static readonly string[] Speaker = ["i", "me", "myself", "i'm", "i've", "i'd", "i'll"];

    private static readonly string[] My = ["my"];
    private static readonly string[] Own = ["own"];

    /// <summary>The speaker's own body: a part after "my" ("my arm", "my own fingers").</summary>
    private static readonly string[] BodyParts =
    [
        "hand", "hands", "arm", "arms", "leg", "legs", "back", "eye", "eyes", "head", "foot", "feet", "ear", "ears", "face",
        "shoulder", "knee", "chest", "stomach", "body", "wrist", "finger", "fingers", "rib", "ribs",
    ];

    private static readonly string[][][] OwnBody =
    [
        [My, BodyParts],
        [My, Own, BodyParts],
    ];

    private static readonly string[] Owners = ["my", "our"];
    private static readonly string[] Ages = ["little", "small", "youngest", "eldest", "older", "younger"];

    private static readonly string[] Kin =
    [
        "son", "sons", "daughter", "daughters", "niece", "nieces", "nephew", "nephews", "brother", "brothers", "sister",
        "sisters", "cousin", "cousins", "father", "mother", "uncle", "aunt", "grandson", "granddaughter", "neighbour",
        "neighbours", "neighbor", "neighbors", "boy", "boys", "girl", "girls", "wife", "husband", "child", "children", "kids",
    ];

    /// <summary>The speaker's kin or neighbour: "my nephew", "our youngest girl".</summary>
    private static readonly string[][][] OwnKin =
    [
        [Owners, Kin],
        [Owners, Ages, Kin],
    ];

    /// <summary>
    /// Turns to <see cref="Basis.Witnessed"/> each <see cref="Basis.Experienced"/> <see cref="Harm.Injured"/> claim of
    /// <paramref name="claims"/> from <paramref name="from"/> on whose evidence names the speaker's kin or neighbour,
    /// with no I or me and no body part after "my" in any of its sentences.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.Injured || claim.Basis != Basis.Experienced || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            var kin = false;
            var own = false;
            foreach (var s in evidence)
            {
                var sentence = document.Sentences[s];
                if (WordSequence.HasWord(document, sentence, Speaker) || WordSequence.In(document, sentence, OwnBody))
                {
                    own = true;
                    break;
                }

                kin |= WordSequence.In(document, sentence, OwnKin);
            }

            if (kin && !own)
            {
                claims[c] = claim with { Basis = Basis.Witnessed };
            }
        }
    }
}
