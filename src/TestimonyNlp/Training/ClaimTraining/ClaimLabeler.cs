using System.Collections.Immutable;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training;

/// <summary>The gold labels of one sentence.</summary>
/// <param name="Harms">The harms of every gold claim whose evidence overlaps the sentence.</param>
/// <param name="Basis">The basis of the first such claim (in claim order), or null when there is none.</param>
public readonly record struct SentenceLabel(HarmSet Harms, Basis? Basis)
{
    /// <summary>A sentence that asserts nothing.</summary>
    public static SentenceLabel None => new(HarmSet.None, null);
}

/// <summary>
/// Derives sentence labels from gold claims: a sentence that overlaps an evidence span of a claim takes the
/// claim's harm and basis; every other sentence, and every sentence of an interviewer or a note, asserts nothing.
/// </summary>
public static class ClaimLabeler
{
    /// <summary>One label per entry of <see cref="Document.Sentences"/>.</summary>
    public static SentenceLabel[] Derive(Document document, ImmutableArray<GoldClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(document);
        var segments = document.Testimony.Segments;
        var labels = new SentenceLabel[document.Sentences.Count];
        for (var s = 0; s < labels.Length; s++)
        {
            var sentence = document.Sentences[s];
            var role = (uint)sentence.Segment < (uint)segments.Length ? segments[sentence.Segment].Role : SpeakerRole.Unknown;
            if (!ClaimClassifier.CanAssert(role))
            {
                continue;
            }

            var harms = HarmSet.None;
            Basis? basis = null;
            foreach (var claim in claims)
            {
                foreach (var evidence in claim.Evidence)
                {
                    if (evidence.Start < sentence.End && sentence.Start < evidence.End)
                    {
                        harms |= HarmSets.Of(claim.Harm);
                        basis ??= claim.Basis;
                        break;
                    }
                }
            }

            labels[s] = new SentenceLabel(harms, basis);
        }

        return labels;
    }
}
