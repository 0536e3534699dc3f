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
            0f, 0f, // no told phrase
            1f, 0f, 0.5f, 0f, // no first person in the evidence, no he or she; one witness sentence of two in the first person
            0f, 0f, // no taking
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
            0f, 0f, // the told phrase is past the interviewer
            1f, 0f, 0.5f, 0f, // narration: "my uncle told me" is the only other witness sentence
            0f, 0f, // no taking
        ];
        Assert.Equal(expected, into);
    }

    private static float[] NewFeaturesOf(string transcript, int[] evidence, Harm harm)
    {
        var document = CraftedTranscript.Tokenized(transcript);
        var into = new float[ClaimBasisFeatures.Count];
        ClaimBasisFeatures.Compute(document, evidence, harm, new float[document.Sentences.Count * ClaimClassifier.BasisCount], into);
        return into[^8..];
    }

    [Fact]
    public void Compute_RelayedCountNextSentence_TiedToldAfter()
    {
        float[] expected = [0f, 1f, 1f, 0f, 0f, 1f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: A rocket hit the bakery in Binnish. Twelve were dead, he says.\n", [0], Harm.Killed));
    }

    [Fact]
    public void Compute_RelayedCountTwoSentencesOn_TiedToldAfterHalf()
    {
        float[] expected = [0f, 0.5f, 1f, 0f, 0f, 1f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: A rocket hit the bakery in Binnish. It was morning. Twelve were dead, he says.\n", [0], Harm.Killed));
    }

    [Fact]
    public void Compute_SaidAboutTheActorNextSentence_NotTied()
    {
        float[] expected = [0f, 0f, 1f, 0f, 0f, 1f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: A rocket hit the bakery in Binnish. People said it was the army.\n", [0], Harm.Killed));
    }

    [Fact]
    public void Compute_ToldOfTheSameVictimNextSentence_TiedToldAfter()
    {
        float[] expected = [0f, 1f, 1f, 0f, 0.5f, 0f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: The sniper shot Yusuf near the bridge in Mosul. My cousin told me about Yusuf.\n", [0], Harm.Injured));
    }

    [Fact]
    public void Compute_ToldOfTheHarmInTheEvidence_TiedToldInEvidence()
    {
        float[] expected = [1f, 0f, 0f, 0f, 1f, 0f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: My neighbour told me the mortar killed two boys in Douma.\n", [0], Harm.Killed));
    }

    [Fact]
    public void Compute_ThirdPersonNotes_NarrationNotes()
    {
        float[] expected = [0f, 0f, 1f, 1f, 0f, 1f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: She left Kharkiv with the children in March. She stayed with her aunt in Lviv.\n", [0], Harm.Displaced));
    }

    [Fact]
    public void Compute_OthersLeftWhileTheSpeakerStayed_FirstPersonShare()
    {
        float[] expected = [0f, 0f, 1f, 0f, 0.5f, 0f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: The whole street left for Lviv in March. We stayed in the flat.\n", [0], Harm.Displaced));
    }

    [Fact]
    public void Compute_TakenFromOurHouse_TakingWithTheSpeaker()
    {
        float[] expected = [0f, 0f, 0f, 0f, 1f, 0f, 0f, 1f];

        Assert.Equal(expected, NewFeaturesOf("A: They took my son Karim from our house in Mosul.\n", [0], Harm.Detained));
    }

    [Fact]
    public void Compute_WeWereThereWhenTheyTookHim_TakingFirstPersonSubject()
    {
        float[] expected = [0f, 0f, 0f, 0f, 1f, 0f, 1f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: We were at the checkpoint in Kirkuk when they took him.\n", [0], Harm.Missing));
    }

    [Fact]
    public void Compute_TakingInAKilling_NoTakingFeatures()
    {
        float[] expected = [0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f];

        Assert.Equal(expected, NewFeaturesOf("A: We were at the checkpoint in Kirkuk when they took him and shot him.\n", [0], Harm.Killed));
    }
}
