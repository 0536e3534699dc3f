using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a PROPERTY_DAMAGE claim EXPERIENCED that the basis model gave WITNESSED when its evidence names the speaker's
/// own property and nobody else's ("the glass of our kitchen came in", "my stall, nothing is left"). CONTRACT.md's
/// EXPERIENCED is "it happened to the speaker"; the basis model reads a home or a shop told by its owner as seen about
/// as often as not. Left as it is: a damage beside someone else's ("my shop and the shop of my uncle", "our windows
/// and their house", "eleven boats burned, mine too"), a building of many flats, the speaker's home as a landmark
/// ("two hundred metres from our tent", "the building behind ours"), and a damage found on coming back ("our house was
/// standing, but the roof was down"), which the speaker saw rather than lived. Out of fold the rule turns 33 matched
/// claims, gold EXPERIENCED 25, WITNESSED 7 (models/README.md, "Claim-level basis").
/// </summary>
internal static class ExperiencedOwnProperty
{
    /// <summary>What one household owns and can lose: a home, a shop and their parts, a vehicle, a well, a field,
    /// animals.</summary>
    private static readonly string[] Property =
    [
        "house", "home", "flat", "apartment", "shop", "store", "stall", "workshop", "pharmacy", "car", "window",
        "windows", "kitchen", "room", "door", "roof", "balcony", "wall", "walls", "garage", "tent", "shelter", "garden",
        "yard", "compound", "cows", "goats", "sheep", "animals", "greenhouse", "van", "truck", "tractor", "taxi", "minibus",
        "bakery", "mill", "farm", "field", "orchard", "well", "pump",
    ];

    private static readonly string[] Part = ["own", "old", "second", "whole", "side", "front", "back", "guest", "first", "new", "small", "little", "big"];

    /// <summary>The speaker's own property: "my shop", "our side wall", "mine also".</summary>
    private static readonly string[][][] Own =
    [
        [["my", "our"], Property],
        [["my", "our"], Part, Property],
        [["mine", "ours"]],
    ];

    /// <summary>Words before an owner that make the speaker's home a landmark: "from our tent", "behind ours".</summary>
    private static readonly string[] Landmark = ["from", "behind", "near", "beside", "opposite", "than", "to"];

    private static readonly string[] OwnedThing = ["house", "houses", "shop", "shops", "home", "car", "building", "stall", "flat"];

    /// <summary>Someone else's property: a neighbour's, "the shop of my uncle", "Hassan's car", "their house", "the
    /// classroom next to ours", or property told in the plural ("six shops were burned").</summary>
    private static readonly string[][][] Others =
    [
        [["neighbour", "neighbours", "neighbor", "neighbors", "houses", "shops", "stalls", "cars", "buildings", "boats"]],
        [["next"], ["door", "to"]],
        [["'s", "\u2019s"]],
        [OwnedThing, ["of"]],
        [["his", "her", "their"], Property],
        [["his", "her", "their"], Part, Property],
    ];

    /// <summary>The speaker coming back to it: "the walls were standing", "when we came back", "as they left it".</summary>
    private static readonly string[][][] Returned =
    [
        [["standing", "stood", "returned", "found"]],
        [["came", "went"], ["back"]],
        [["left"], ["it"]],
    ];

    /// <summary>
    /// Turns to <see cref="Basis.Experienced"/> each <see cref="Basis.Witnessed"/> <see cref="Harm.PropertyDamage"/>
    /// claim of <paramref name="claims"/> from <paramref name="from"/> on whose evidence names the speaker's own
    /// property (not as a landmark), nobody else's, and no return to it.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.PropertyDamage || claim.Basis != Basis.Witnessed || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            if (NamesOwn(document, evidence) && !WordSequence.InAny(document, evidence, Others) && !WordSequence.InAny(document, evidence, Returned))
            {
                claims[c] = claim with { Basis = Basis.Experienced };
            }
        }
    }

    /// <summary>True when an evidence sentence names the speaker's own property, not as a landmark ("my shop",
    /// "our side wall", "mine also"; not "three hundred metres from our tent").</summary>
    internal static bool NamesOwn(Document document, List<int> evidence)
    {
        var tokens = document.Tokens;
        foreach (var s in evidence)
        {
            var sentence = document.Sentences[s];
            var end = WordSequence.End(document, sentence);
            for (var t = sentence.FirstToken; t < end; t++)
            {
                if (WordSequence.MatchAt(tokens, document.Text, t, end, Own) > 0
                    && (t == sentence.FirstToken || !WordList.Contains(tokens[t - 1].Span(document.Text), Landmark)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
