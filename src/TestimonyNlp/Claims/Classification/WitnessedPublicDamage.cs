using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a PROPERTY_DAMAGE claim WITNESSED that the basis model gave EXPERIENCED when its evidence names a building
/// the whole community uses (a school, a mosque, a church, a hospital, the market, a hotel) and none of the speaker's
/// own property ("the barrel flattened the school of the quarter", "in our mosque the wall split"). CONTRACT.md's
/// EXPERIENCED is "it happened to the speaker"; a school or a mosque is nobody's household, so even "our mosque" or the
/// teacher's "my school" is damage the speaker saw, and gold reads it so (out of fold, of the matched damage claims
/// with such a building and no property of the speaker's, 84 are gold WITNESSED and 1 EXPERIENCED). A building named
/// only as a landmark ("the jets hit near the hotel, two streets from our room") is not what was damaged, and a mill,
/// a bakery, a pump house or a well is left: it is often the speaker's own livelihood ("the bakery burned, the new
/// dough machine we paid for") (models/README.md, "Claim-level basis").
/// </summary>
internal static class WitnessedPublicDamage
{
    /// <summary>Buildings no household owns.</summary>
    private static readonly string[] PublicBuildings =
    [
        "school", "schools", "classroom", "classrooms", "mosque", "mosques", "church", "churches", "hospital",
        "hospitals", "clinic", "ward", "market", "markets", "souq", "bazaar", "hotel", "university", "lyceum",
        "monastery", "temple", "kindergarten", "college",
    ];

    /// <summary>Words that make the building only the place near which the damage fell ("near the hotel",
    /// "behind the school").</summary>
    private static readonly string[] Landmark = ["near", "beside", "behind", "opposite", "from", "next"];

    private const int LandmarkReach = 3;

    /// <summary>
    /// Turns to <see cref="Basis.Witnessed"/> each <see cref="Basis.Experienced"/> <see cref="Harm.PropertyDamage"/>
    /// claim of <paramref name="claims"/> from <paramref name="from"/> on whose evidence names a public building, not
    /// as a landmark, and none of the speaker's own property (<see cref="ExperiencedOwnProperty.NamesOwn"/>).
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.PropertyDamage || claim.Basis != Basis.Experienced || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            if (NamesPublic(document, evidence) && !ExperiencedOwnProperty.NamesOwn(document, evidence))
            {
                claims[c] = claim with { Basis = Basis.Witnessed };
            }
        }
    }

    /// <summary>True when an evidence sentence names a public building that is not only a landmark: none of the three
    /// words before it is "near", "beside", "next" ... ("the jets hit near the hotel").</summary>
    private static bool NamesPublic(Document document, List<int> evidence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        foreach (var s in evidence)
        {
            var sentence = document.Sentences[s];
            var end = WordSequence.End(document, sentence);
            for (var t = sentence.FirstToken; t < end; t++)
            {
                if (WordList.Contains(tokens[t].Span(text), PublicBuildings) && !AfterLandmark(tokens, text, sentence.FirstToken, t))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AfterLandmark(List<Token> tokens, string text, int first, int at)
    {
        for (var t = Math.Max(first, at - LandmarkReach); t < at; t++)
        {
            if (WordList.Contains(tokens[t].Span(text), Landmark))
            {
                return true;
            }
        }

        return false;
    }
}
