using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;
using Cue = TestimonyNlp.Claims.Classification.ClaimBasisFeatures.Cue;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ClaimBasisFeaturesTests
{
    private static Cue CuesOf(string sentence)
    {
        var document = CraftedTranscript.Tokenized("A: " + sentence + "\n");
        Assert.Single(document.Sentences);
        return ClaimBasisFeatures.Cues(document, 0);
    }

    [Fact]
    public void Cues_HeardTheExplosion_Hearing()
    {
        Assert.Equal(Cue.Hearing, CuesOf("We heard the barrel fall on the bakery in Binnish."));
    }

    [Fact]
    public void Cues_InTheBasement_ShelterAndHearing()
    {
        Assert.Equal(Cue.Shelter | Cue.Hearing, CuesOf("We were in the basement and we heard the sound of the plane."));
    }

    [Fact]
    public void Cues_HeardThat_Told()
    {
        Assert.Equal(Cue.Told, CuesOf("I heard that the mortar killed two boys in Douma."));
    }

    [Fact]
    public void Cues_InterpreterRelaying_RelayedAndTold()
    {
        Assert.Equal(Cue.Relayed | Cue.Told, CuesOf("She says her husband Tariq was taken at the checkpoint in Mosul."));
    }

    [Fact]
    public void Cues_NotThere_Absent()
    {
        Assert.Equal(Cue.Absent, CuesOf("I was not there that day, I was at my sister's in Hama."));
    }

    [Fact]
    public void Cues_WentToSee_WentAndSight()
    {
        Assert.Equal(Cue.Went | Cue.Sight, CuesOf("Then I ran to the market to see what happened."));
    }

    [Fact]
    public void Cues_ListReadOut_ReportAndTold()
    {
        Assert.Equal(Cue.Report | Cue.Told, CuesOf("The imam read out the list of the dead and said there were forty."));
    }

    [Fact]
    public void Compute_KillingAfterASightCue_MeansAndNearestWitnessed()
    {
        var document = CraftedTranscript.Tokenized("A: I looked from the window. The shell killed Ahmad and his son in Saraqib.\n");
        Assert.Equal(2, document.Sentences.Count);
        var into = new float[ClaimBasisFeatures.Count];

        ClaimBasisFeatures.Compute(document, [1], Harm.Killed, [0f, 0f, 0f, 0f, 0.5f, 0.1f, 0.3f, 0f], into);

        float[] expected =
        [
            0.5f, 0.1f, 0.3f, 0f, // mean
            0.5f, 0.1f, 0.3f, 0f, // greatest
            0f, 0f, 0f, 0f, // stated
            0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // in the evidence
            1f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // before: sight one sentence back
            1f, 0f, 0f, 0f, // nearest before: witnessed
            0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // after
            0f, 0f, // question
            1f, 0f, 0f, 0f, 0f, 0f, // killed
            0.5f, 0f, 0f, 0f, 0f, // one sentence, no interpreter, no first person
            0f, 0f, 0f, // no next question
            0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // nor its answer
            0f, 0f, // answer opening with no or yes
            0f, 0f, 0f, 0f, // the sentence before, weighed 1/2, has zeros
            0f, 0f, 0f, 0f, // no sentence after
            0f, 0f, 0f, 0f, // nearest after: none
        ];
        Assert.Equal(expected, into);
    }

    [Fact]
    public void Compute_NextQuestionAnsweredNoToldMe_NextExchangeFeatures()
    {
        var document = CraftedTranscript.Tokenized("A: The shell killed Ahmad in Saraqib.\nQ: Did you see it?\nA: No, my uncle told me.\n");
        Assert.Equal(3, document.Sentences.Count);
        var into = new float[ClaimBasisFeatures.Count];

        ClaimBasisFeatures.Compute(document, [0], Harm.Killed, [0.2f, 0.1f, 0.6f, 0.1f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f], into);

        float[] expected =
        [
            0.2f, 0.1f, 0.6f, 0.1f, // mean
            0.2f, 0.1f, 0.6f, 0.1f, // greatest
            0f, 0f, 0f, 0f, // stated
            0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // in the evidence
            0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // before
            0f, 0f, 0f, 0f, // nearest before
            0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f, // after: the interviewer speaks next
            0f, 0f, // question before
            1f, 0f, 0f, 0f, 0f, 0f, // killed
            0.5f, 0f, 0f, 0f, 0f, // shape
            1f, 0f, 0f, // next question: sight
            0f, 0f, 1f, 0f, 0f, 0f, 0f, 0f, // its answer: told
            1f, 0f, // the answer opens with "No"
            0f, 0f, 0f, 0f, // before
            0f, 0f, 0f, 0f, // after
            0f, 0f, 0f, 0f, // nearest after
        ];
        Assert.Equal(expected, into);
    }
}
