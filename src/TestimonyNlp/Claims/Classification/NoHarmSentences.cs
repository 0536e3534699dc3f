using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The shared pass of the rules that give a harm to witness sentences the classifiers gave none
/// (<see cref="FlightToldByParty"/>, <see cref="DisappearanceToldByAbsence"/>): each such sentence a rule's test tells is
/// given the rule's harm at the rule's confidence.
/// </summary>
internal static class NoHarmSentences
{
    /// <summary>Gives, in <paramref name="assessments"/> (one per entry of <see cref="Document.Sentences"/>),
    /// <paramref name="harm"/> at <paramref name="confidence"/> to each sentence the classifiers gave no harm, that a
    /// witness may assert (<see cref="ClaimClassifier.CanAssert"/>) and that <paramref name="tells"/> holds of.</summary>
    public static void Give(
        Document document, Span<SentenceAssessment> assessments, HarmSet harm, float confidence, Func<Document, Sentence, bool> tells)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms == HarmSet.None
                && ClaimClassifier.CanAssert(document.RoleOf(sentences[s]))
                && tells(document, sentences[s]))
            {
                assessments[s] = SentenceAssessment.GivenByRule(harm, confidence);
            }
        }
    }
}
