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

    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Harm.Missing"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on given <see cref="Basis.Witnessed"/> or <see cref="Basis.Experienced"/> whose speaker
    /// says, in one of the <see cref="Defaults.Sentences"/> sentences right before its evidence (not past the
    /// interviewer), that they were not there.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Harm != Harm.Missing || claim.Basis is not (Basis.Witnessed or Basis.Experienced) || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            if (evidence.Count > 0 && AbsentBefore(document, evidence[0]))
            {
                claims[c] = claim with { Basis = Basis.Hearsay };
            }
        }
    }

    /// <summary>True when one of the speaker's <see cref="Defaults.Sentences"/> sentences before the sentence
    /// <paramref name="first"/> (not past an interviewer's sentence) says the speaker was not there.</summary>
    private static bool AbsentBefore(Document document, int first)
    {
        var sentences = document.Sentences;
        for (var s = first - 1; s >= 0 && first - s <= Defaults.Sentences && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer; s--)
        {
            if (WordSequence.In(document, sentences[s], NotThere))
            {
                return true;
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
