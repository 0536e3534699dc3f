using System.Text.RegularExpressions;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// Gives a harm to a witness sentence that tells it only by a negation, without a word of the harm: "Nobody has heard
/// from him since." (MISSING), "They did not get up again." (KILLED), "His hand, there is no hand now." (INJURED),
/// "The house was not a house, it was a hole." (PROPERTY_DAMAGE). The classifiers learn a negation as a sign of no
/// harm, and out of fold such sentences were among the gold claims over which nothing was built (models/README.md,
/// "Claim classifiers"). Only the phrases that lay on a gold claim of their harm nearly every time out of fold are
/// read, and only in sentences the classifiers gave no harm. Run after <see cref="CountAnswer"/> and before
/// <see cref="NoHarmTold"/>, which still takes every harm from a researcher's note, and before the bases are shared,
/// which gives the sentence its basis.
/// </summary>
internal static class HarmToldByNegation
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>The phrases, each with the harm it tells. Counted out of fold on the sentences the classifiers gave
    /// no harm, before the rule was written: 33 lay in a gold claim of the harm over which nothing was built, 3 in one
    /// already built, 1 in none ("She has not seen him again yet.") and 1 in a gold claim of another harm only (a house
    /// with no roof told as the cause of a flight). Wider forms counted then and left out: "did not come back" (also
    /// told of raids: "They did not come back to burn"), "never found" after "some" (the dead never recovered),
    /// "nobody knows" (who laid a mine), "could not walk" and "cannot see" (the old and the dark), "nothing there";
    /// run and taken back: "were not moving" (split claims already built), "not one house standing" (a false linking
    /// pair).</summary>
    private static readonly (Harm Harm, Regex Phrase)[] Phrases =
    [
        (Harm.Missing, new(@"\b(?:nobody|no one|not|never)\s+(?:has\s+|have\s+|had\s+)?heard\s+from\b", Options)),
        (Harm.Missing, new(@"\bno\s+(?:news|word|contact)\s+(?:of|from|with|about|until|since)\b", Options)),
        (Harm.Missing, new(@"\b(?:never\s+(?:saw|seen)|(?:have|has|had)\s+not\s+seen)\s+(?:him|her|them)\s+again\b", Options)),
        (Harm.Missing, new(@"(?<!\bsome\b[\s\S]*)\b(?:was|were|has|have)\s+never\s+(?:been\s+)?found\b", Options)),
        (Harm.Killed, new(@"\b(?:did\s+not|didn't|never)\s+(?:get|got)\s+up\b", Options)),
        (Harm.Killed, new(@"\b(?:did\s+not|didn't|never)\s+(?:come|came)\s+out\s*[.!]?\s*$", Options)),
        (Harm.Injured, new(@"\bthere\s+is\s+no\s+(?:hand|foot|leg|arm|eye|fingers?)\s+now\b", Options)),
        (Harm.Injured, new(@"\bstill\s+(?:cannot|can't|can\s+not)\s+(?:hear|see|walk)\b", Options)),
        (Harm.Injured, new(@"\bcould\s+not\s+breathe\b", Options)),
        (Harm.PropertyDamage, new(@"\bwas\s+not\s+a\s+(?:house|home|building)\b", Options)),
        (Harm.PropertyDamage, new(@"\b(?:has|had|with)\s+no\s+roof\b|\bno\s+roof,\s+no\b", Options)),
        (Harm.PropertyDamage, new(@"\bnothing\s+(?:was\s+|is\s+)?left\s+(?:of\b|,?\s*only\b)", Options)),
        (Harm.PropertyDamage, new(@"\bnothing\s+(?:stands|is\s+standing|was\s+standing)\b", Options)),
    ];

    /// <summary>How sure the harm of such a sentence is: out of fold, 36 of the 38 sentences of no harm the phrases
    /// read lay in a gold claim of the harm.</summary>
    public const float HarmConfidence = 0.95f;

    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>), the harms
    /// its phrases tell to each witness sentence the classifiers gave no harm.</summary>
    public static void Apply(Document document, Span<SentenceAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None || !ClaimClassifier.CanAssert(document.RoleOf(sentences[s])))
            {
                continue;
            }

            var sentence = sentences[s];
            var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            var harms = HarmSet.None;
            foreach (var (harm, phrase) in Phrases)
            {
                if (phrase.IsMatch(text))
                {
                    harms |= HarmSets.Of(harm);
                }
            }

            if (harms != HarmSet.None)
            {
                assessments[s] = new SentenceAssessment(harms, null, HarmConfidence, 0f);
            }
        }
    }
}
