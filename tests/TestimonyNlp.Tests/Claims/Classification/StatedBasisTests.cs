using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class StatedBasisTests
{
    private const string Content = "A: I saw it with my own eyes. Seven people were killed at the bakery in Binnish.\n";

    [Fact]
    public void ApplyStatedBases_PhraseInTheHarmSentence_StatedBasisAndConfidence()
    {
        var document = CraftedTranscript.Tokenized("A: I saw seven people killed at the bakery in Binnish.\n");
        var assessments = new[] { new SentenceAssessment(HarmSet.Killed, Basis.Hearsay, 0.8f, 0.6f) };

        ClaimClassifier.ApplyStatedBases(document, assessments);

        Assert.Equal([new SentenceAssessment(HarmSet.Killed, Basis.Witnessed, 0.8f, ClaimClassifier.Defaults.StatedBasisConfidence)], assessments);
    }

    [Fact]
    public void ApplyStatedBases_PhraseInTheSentenceBefore_ModelBasisKept()
    {
        var document = CraftedTranscript.Tokenized(Content);
        Assert.Equal(2, document.Sentences.Count);
        var assessments = new[] { SentenceAssessment.NoHarm, new SentenceAssessment(HarmSet.Killed, Basis.Hearsay, 0.8f, 0.6f) };

        ClaimClassifier.ApplyStatedBases(document, assessments);

        Assert.Equal([SentenceAssessment.NoHarm, new SentenceAssessment(HarmSet.Killed, Basis.Hearsay, 0.8f, 0.6f)], assessments);
    }

    [Fact]
    public void ApplyStatedBases_PhraseInASentenceWithoutHarm_Unchanged()
    {
        var document = CraftedTranscript.Tokenized(Content);
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };

        ClaimClassifier.ApplyStatedBases(document, assessments);

        Assert.Equal([SentenceAssessment.NoHarm, SentenceAssessment.NoHarm], assessments);
    }
}
