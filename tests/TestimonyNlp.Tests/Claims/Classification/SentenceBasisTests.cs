using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class SentenceBasisTests
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

    [Fact]
    public void ShareRunBases_TwoHarmSentencesOfOneTurn_BothTakeTheGreatestSum()
    {
        var document = CraftedTranscript.Tokenized("A: The shell killed my uncle Hamid. It wounded my two cousins in Saraqib.\n");
        Assert.Equal(2, document.Sentences.Count);
        var assessments = new[] { new SentenceAssessment(HarmSet.Killed, Basis.Witnessed, 0.9f, 0.6f), new SentenceAssessment(HarmSet.Injured, Basis.Hearsay, 0.8f, 0.75f) };

        // Witnessed 0.6 + 0.2 = 0.8 against hearsay 0.4 + 0.6 = 1.0.
        ClaimClassifier.ShareRunBases(document, assessments, [0.6f, 0f, 0.4f, 0f, 0.2f, 0f, 0.6f, 0f]);

        Assert.Equal([new SentenceAssessment(HarmSet.Killed, Basis.Hearsay, 0.9f, 0.6f), new SentenceAssessment(HarmSet.Injured, Basis.Hearsay, 0.8f, 0.75f)], assessments);
    }

    [Fact]
    public void ShareRunBases_SentenceWithoutHarmBetween_EachKeepsItsOwn()
    {
        var document = CraftedTranscript.Tokenized("A: The shell killed my uncle Hamid. Then it was quiet. It wounded my two cousins in Saraqib.\n");
        Assert.Equal(3, document.Sentences.Count);
        var assessments = new[] { new SentenceAssessment(HarmSet.Killed, Basis.Witnessed, 0.9f, 0.6f), SentenceAssessment.NoHarm, new SentenceAssessment(HarmSet.Injured, Basis.Hearsay, 0.8f, 0.75f) };

        ClaimClassifier.ShareRunBases(document, assessments, [0.6f, 0f, 0.4f, 0f, 0.9f, 0f, 0f, 0f, 0.2f, 0f, 0.6f, 0f]);

        Assert.Equal([new SentenceAssessment(HarmSet.Killed, Basis.Witnessed, 0.9f, 0.6f), SentenceAssessment.NoHarm, new SentenceAssessment(HarmSet.Injured, Basis.Hearsay, 0.8f, 0.75f)], assessments);
    }
}
