using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The loop the post-classifier rules that take one harm from a sentence share: <see cref="KilledNotDetained"/>,
/// <see cref="ThingsTakenNotDetained"/>,
/// <see cref="BurnedPeopleNotDamage"/>, <see cref="NoDamageWordNotDamage"/>,
/// <see cref="CombatDeathsNotKilled"/>, <see cref="AnimalDeathsNotKilled"/> and <see cref="DetainedNotKilled"/> differ
/// only in which harms the sentence must hold and in what its words must tell.
/// </summary>
internal static class SentenceHarmTaking
{
    /// <summary>Whether the words of <paramref name="sentence"/> tell what a rule looks for.</summary>
    public delegate bool Tells(Document document, Sentence sentence);

    /// <summary>
    /// Takes <paramref name="taken"/> from each sentence of <paramref name="assessments"/> (one per entry of
    /// <see cref="Document.Sentences"/>) that asserts it and, unless <paramref name="alongside"/> is
    /// <see cref="HarmSet.None"/>, one of <paramref name="alongside"/> too, whose words <paramref name="tells"/>; with
    /// <paramref name="aloneInRun"/>, only when neither neighbouring sentence asserts <paramref name="taken"/> (the
    /// sentence before as already decided in this pass).
    /// </summary>
    public static void TakeWhere(
        Document document, Span<SentenceAssessment> assessments, HarmSet taken, HarmSet alongside, bool aloneInRun, Tells tells)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            var harms = assessments[s].Harms;
            if ((harms & taken) == HarmSet.None
                || (alongside != HarmSet.None && (harms & alongside) == HarmSet.None)
                || (aloneInRun && ((s > 0 && (assessments[s - 1].Harms & taken) != HarmSet.None)
                    || (s + 1 < assessments.Length && (assessments[s + 1].Harms & taken) != HarmSet.None))))
            {
                continue;
            }

            if (tells(document, sentences[s]))
            {
                assessments[s] = assessments[s].Without(taken);
            }
        }
    }
}
