using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a MISSING claim EXPERIENCED that was given HEARSAY when its evidence or the speaker's next sentence says the
/// speaker searched for the missing ("We asked at every police station, nobody knows where he is.", "I went to the
/// commander, they said he is being checked."). A disappearance is told by what has not happened since, which the
/// sentence models read as a say ("nobody tells", "they say he is not here"); the speaker asking after the missing is
/// the family living the loss, and gold reads such a claim as experienced: out of fold the rule turns 16 matched
/// claims, gold EXPERIENCED 11, WITNESSED 4 and HEARSAY 1 (models/README.md, "Claim-level basis"). Another's search
/// ("his mother asked everybody") is not the speaker's and turns nothing.
/// </summary>
internal static class ExperiencedOwnSearch
{
    private static readonly string[] FirstSubjects = ["i", "we"];
    private static readonly string[] Searched = ["asked", "ask", "searched", "search", "looked", "look"];
    private static readonly string[] SearchedSince = ["asked", "searched", "looked"];

    /// <summary>The speaker searching: "we asked", "I still ask", "I went to", "we have searched", "I've asked".</summary>
    private static readonly string[][][] Search =
    [
        [FirstSubjects, Searched],
        [FirstSubjects, ["still"], Searched],
        [FirstSubjects, ["went", "go"], ["to"]],
        [FirstSubjects, ["have"], SearchedSince],
        [["i've", "we've"], SearchedSince],
    ];

    /// <summary>
    /// Turns to <see cref="Basis.Experienced"/> each <see cref="Basis.Hearsay"/> <see cref="Harm.Missing"/> claim of
    /// <paramref name="claims"/> from <paramref name="from"/> on whose evidence, or the speaker's next sentence after
    /// it (not the interviewer's, nor into another claim's evidence), says the speaker searched or asked.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.Missing || claim.Basis != Basis.Hearsay || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            var end = AfterEvidence.End(claim);
            if (WordSequence.InAny(document, evidence, Search) || SaysAfter(document, end, AfterEvidence.NextClaimStart(claims, from, c, end)))
            {
                claims[c] = claim with { Basis = Basis.Experienced };
            }
        }
    }

    private static bool SaysAfter(Document document, int evidenceEnd, int stopAt)
    {
        var (first, end) = AfterEvidence.SpeakerSentences(document, evidenceEnd, stopAt, Defaults.Sentences);
        for (var s = first; s < end; s++)
        {
            if (WordSequence.In(document, document.Sentences[s], Search))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>How many of the speaker's sentences after the evidence are read: the search is most often told
        /// in the evidence or right after it ("Nobody knows where he is. We asked at the prison.").</summary>
        public const int Sentences = 1;
    }
}
