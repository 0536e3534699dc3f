using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Makes a claim HEARSAY that was given WITNESSED when the speaker, in the sentences just before its evidence, says
/// they were not there or names who told them what follows ("I was not there. The roof fell on the family of the
/// baker.", "My aunt told us everything at the wedding. The shells fell on the school for two days."). The sentence
/// models read a harm told plainly as seen; <see cref="HearsayToldAfter"/> reads only after the evidence, and
/// <see cref="HearsayAbsentAtTaking"/> only before a disappearance. Out of fold the rule turns 5 matched claims, all
/// gold HEARSAY (models/README.md, "Claim-level basis").
/// </summary>
internal static class HearsayAbsentBefore
{
    /// <summary>
    /// Turns to <see cref="Basis.Hearsay"/> each <see cref="Basis.Witnessed"/> claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on whose speaker says, in one of the <see cref="Defaults.Sentences"/> sentences right
    /// before its evidence (not past the interviewer), that they were not there, that they know it from someone, or
    /// that someone told them all of it.
    /// </summary>
    public static void Apply(Document document, List<Claim> claims, int from)
    {
        var evidence = new List<int>();
        for (var c = from; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claim.Basis != Basis.Witnessed || claim.Evidence.IsEmpty)
            {
                continue;
            }

            evidence.Clear();
            ClaimBasisModel.EvidenceSentences(document, claim.Evidence, evidence);
            if (evidence.Count > 0 && AbsentOrToldBefore(document, evidence[0]))
            {
                claims[c] = claim with { Basis = Basis.Hearsay };
            }
        }
    }

    /// <summary>True when one of the speaker's <see cref="Defaults.Sentences"/> sentences before the sentence
    /// <paramref name="first"/> (not past an interviewer's sentence) says the speaker was not there, knows it from
    /// someone or was told all of it.</summary>
    private static bool AbsentOrToldBefore(Document document, int first)
    {
        var sentences = document.Sentences;
        for (var s = first - 1; s >= 0 && first - s <= Defaults.Sentences && document.RoleOf(sentences[s]) != SpeakerRole.Interviewer; s--)
        {
            var sentence = sentences[s];
            if (WordSequence.In(document, sentence, HearsayAbsentAtTaking.NotThere) || WordSequence.In(document, sentence, HearsayToldAfter.KnownFrom)
                || WordSequence.In(document, sentence, HearsayToldAfter.ToldIt))
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
