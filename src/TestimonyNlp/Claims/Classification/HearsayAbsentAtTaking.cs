using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a disappearance HEARSAY that was given WITNESSED or EXPERIENCED when the speaker, in the sentences just before
/// its evidence, says they were not there ("Some say the soldiers took the men at the bridge. I was not there. Since
/// then we know nothing of Karim."). A disappearance is told by what has not happened since, which the sentence models
/// read as seen or as the family's own loss; whether the speaker saw the taking is said before it, where
/// <see cref="HearsayToldAfter"/> (which reads after the evidence and turns only WITNESSED claims) does not look.
/// Out of fold the rule turns 2 matched claims, both gold HEARSAY, and none other (models/README.md, "Claim-level
/// basis").
/// </summary>
internal static class HearsayAbsentAtTaking
{
    private static readonly string[] FirstSubjects = ["i", "we"];

    /// <summary>The speaker's absence: "I was not there", "we weren't there".</summary>
    internal static readonly string[][][] NotThere =
    [
        [FirstSubjects, ["was", "were"], ["not"], ["there"]],
        [FirstSubjects, ["wasn't", "weren't"], ["there"]],
    ];

    /// <summary>What this rule looks for before the evidence: <see cref="NotThere"/>.</summary>
    private static readonly string[][][][] Absence = [NotThere];

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Harm.Missing"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on given <see cref="Basis.Witnessed"/> or <see cref="Basis.Experienced"/> whose speaker
    /// says, in one of the <see cref="Defaults.Sentences"/> sentences right before its evidence (not past the
    /// interviewer), that they were not there.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from) =>
        TurnWhereSaidBefore(
            document,
            claims,
            from,
            static claim => claim.Harm == Harm.Missing && claim.Basis is (Basis.Witnessed or Basis.Experienced),
            Absence);

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each claim of <paramref name="claims"/> from <paramref name="from"/> on that
    /// <paramref name="turns"/> and whose speaker says one of <paramref name="phrases"/> in one of the
    /// <see cref="Defaults.Sentences"/> sentences right before its evidence (not past an interviewer's sentence). The
    /// walk of this rule and of <see cref="HearsayAbsentBefore"/>.
    /// </summary>
    internal static void TurnWhereSaidBefore(
        Document document, List<Claim> claims, int from, Func<Claim, bool> turns, string[][][][] phrases)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Evidence.IsEmpty || !turns(claim))
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            if (evidence.Count > 0 && SaidBefore(document, evidence[0], phrases))
            {
                claims[c] = claim with { Basis = Basis.Hearsay };
            }
        }
    }

    /// <summary>True when one of the speaker's <see cref="Defaults.Sentences"/> sentences before the sentence
    /// <paramref name="first"/> (not past an interviewer's sentence) holds one of <paramref name="phrases"/>.</summary>
    private static bool SaidBefore(Document document, int first, string[][][][] phrases)
    {
        var sentences = document.Sentences;
        for (var s = first - 1; s >= 0 && first - s <= Defaults.Sentences && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer; s--)
        {
            foreach (var phrase in phrases)
            {
                if (WordSequence.In(document, sentences[s], phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Default values.</summary>
    internal static class Defaults
    {
        /// <summary>How many of the speaker's sentences before the evidence are read.</summary>
        public const int Sentences = 3;
    }
}
