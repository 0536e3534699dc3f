using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a flight WITNESSED that the basis model gave EXPERIENCED or HEARSAY when its evidence tells others leaving,
/// with no I, we, me or us nor the speaker's own household (my wife, our children ...) in it, and one of the speaker's
/// next sentences says the speaker stayed ("The Haddad family left for the coast that week. We stayed with the
/// goats."). The speaker who stayed saw the others go; the sentence models read a flight as the speaker's own. Out of
/// fold the rule turns 8 matched claims, all gold WITNESSED; the speaker's spouse and children leaving without the
/// speaker stay experienced, as gold reads them (models/README.md, "Claim-level basis").
/// </summary>
internal static class WitnessedStayedBehind
{
    /// <summary>The speaker in the evidence as a subject or an object, which makes the flight the speaker's own.</summary>
    private static readonly string[] Speaker =
        ["i", "we", "me", "us", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"];

    private static readonly string[] Owners = ["my", "our"];
    private static readonly string[] Household = ["wife", "husband", "children", "kids", "family", "girls", "boys", "sons", "daughters"];
    private static readonly string[] Few = ["two", "three", "four", "five", "six", "small", "little"];

    /// <summary>The speaker's own household leaving ("my wife and children went", "our two girls"): the speaker's
    /// flight even when the speaker stayed behind, which gold reads as experienced.</summary>
    private static readonly string[][][] OwnHousehold =
    [
        [Owners, Household],
        [Owners, Few, Household],
    ];

    private static readonly string[] FirstSubjects = ["i", "we"];
    private static readonly string[] Not = ["not", "never"];

    /// <summary>The speaker staying: "we stayed", "I remained", "we did not leave", "I didn't leave".</summary>
    private static readonly string[][][] Stayed =
    [
        [FirstSubjects, ["stayed", "remained"]],
        [FirstSubjects, ["did"], Not, ["leave", "go"]],
        [FirstSubjects, ["didn't"], ["leave", "go"]],
    ];

    private static readonly string[] If = ["if"];

    /// <summary>
    /// Turns to <see cref="Basis.Witnessed"/> each <see cref="Basis.Experienced"/> or <see cref="Basis.Hearsay"/>
    /// <see cref="Harm.Displaced"/> claim of <paramref name="claims"/> from <paramref name="from"/> on with no I, we,
    /// me or us in its evidence when one of the speaker's <see cref="Defaults.Sentences"/> sentences after it (not the
    /// interviewer's, nor into another claim's evidence) says the speaker stayed, not after "if" ("If we stayed one
    /// more week ..." is no staying).
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.Displaced || claim.Basis is not (Basis.Experienced or Basis.Hearsay) || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            if (evidence.Count == 0 || WordSequence.HasWordInAny(document, evidence, Speaker) || WordSequence.InAny(document, evidence, OwnHousehold))
            {
                continue;
            }

            var end = AfterEvidence.End(claim);
            var (first, last) = AfterEvidence.SpeakerSentences(document, end, AfterEvidence.NextClaimStart(claims, from, c, end), Defaults.Sentences);
            for (var s = first; s < last; s++)
            {
                if (SaysStayed(document, document.Sentences[s]))
                {
                    claims[c] = claim with { Basis = Basis.Witnessed };
                    break;
                }
            }
        }
    }

    private static bool SaysStayed(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        var end = WordSequence.End(document, sentence);
        for (var t = sentence.FirstToken; t < end; t++)
        {
            if (WordSequence.MatchAt(tokens, text, t, end, Stayed) > 0
                && !(t > sentence.FirstToken && WordList.Contains(tokens[t - 1].Span(text), If)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>How many of the speaker's sentences after the evidence are read: the staying is told right after
        /// the others' flight or one sentence later ("They rented rooms there. I stayed for the pigeons.").</summary>
        public const int Sentences = 2;
    }
}
