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
    public static SentenceLabel[] Derive(Document document, ImmutableArray<GoldClaim> claims) => Label(document, claims, namingOnly: false);

    /// <summary>
    /// Like <see cref="Derive"/>, but a claim whose evidence covers several sentences labels only those that name its
    /// harm (a word of <c>HarmWords</c>), when any does: the context sentences of an evidence span ("I saw it with
    /// my own eyes.") assert no harm themselves, and labelling them teaches the classifier to fire on such sentences.
    /// </summary>
    public static SentenceLabel[] DeriveCore(Document document, ImmutableArray<GoldClaim> claims) => Label(document, claims, namingOnly: true);

    /// <summary>
    /// Labels each sentence of a witness with the harms of the claims whose evidence overlaps it and the basis of the
    /// first such claim; with <paramref name="namingOnly"/>, a claim labels only its sentences that name its harm
    /// when any does.
    /// </summary>
    private static SentenceLabel[] Label(Document document, ImmutableArray<GoldClaim> claims, bool namingOnly)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = new SentenceLabel[document.Sentences.Count];
        var covered = new List<int>();
        foreach (var claim in claims)
        {
            covered.Clear();
            for (var s = 0; s < labels.Length; s++)
            {
                var sentence = document.Sentences[s];
                var role = document.RoleOf(sentence);
                if (ClaimClassifier.CanAssert(role) && claim.Evidence.Any(e => e.Start < sentence.End && sentence.Start < e.End))
                {
                    covered.Add(s);
                }
            }

            var naming = namingOnly ? covered.Where(s => NamesHarm(document, document.Sentences[s], claim.Harm)).ToList() : [];
            foreach (var s in naming.Count > 0 ? naming : covered)
            {
                labels[s] = new SentenceLabel(labels[s].Harms | HarmSets.Of(claim.Harm), labels[s].Basis ?? claim.Basis);
            }
        }

        return labels;
    }

    private static bool NamesHarm(Document document, Sentence sentence, Harm harm)
    {
        var last = Math.Min(sentence.FirstToken + sentence.TokenCount, document.Tokens.Count);
        for (var t = sentence.FirstToken; t < last; t++)
        {
            if (Claims.Building.HarmWords.Names(harm, document.Tokens[t].Span(document.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
