using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

/// <summary>A rule applied to the classifiers' sentence assessments, as <c>ClaimClassifier.Assess</c> applies it.</summary>
internal delegate void AssessmentRule(Document document, Span<SentenceAssessment> assessments);

/// <summary>Runs an <see cref="AssessmentRule"/> on a crafted transcript whose sentences the classifiers gave the
/// harms of a test, witnessed and sure, and reads the harms it leaves.</summary>
internal static class AssessedSentences
{
    private static readonly SentenceAssessment Sure = new(HarmSet.Killed, Basis.Witnessed, 0.9f, 0.9f);

    /// <summary>The harms of each sentence of <paramref name="transcript"/> after <paramref name="rule"/>, the
    /// sentences first given <paramref name="harms"/> (one per sentence).</summary>
    public static HarmSet[] After(AssessmentRule rule, string transcript, HarmSet[] harms)
    {
        var document = CraftedTranscript.Tokenized(transcript);
        Assert.Equal(harms.Length, document.Sentences.Count);
        var assessments = harms.Select(h => h == HarmSet.None ? SentenceAssessment.NoHarm : Sure with { Harms = h }).ToArray();
        rule(document, assessments);
        return [.. assessments.Select(a => a.Harms)];
    }
}
