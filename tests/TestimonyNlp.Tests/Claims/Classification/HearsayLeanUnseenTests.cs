using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HearsayLeanUnseenTests
{
    [Fact]
    public void Keep_NoSpeakerInEvidenceOrAround_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: It was the winter of 2016. A shell fell on the house of Omar in Idlib. His wife and his son died. The roof came down.\n");

        var kept = HearsayLeanUnseen.Keep(document, [1, 2], Harm.Killed, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(Basis.Hearsay, kept);
    }

    [Theory]
    [InlineData("A: A shell fell on the house of Omar in Idlib. We ran to the street.\n")]
    [InlineData("A: A shell fell on the house of Omar in Idlib, I was at the window.\n")]
    [InlineData("A: I'm from Idlib. A shell fell on the house of Omar in Idlib.\n")]
    [InlineData("A: We lived near the mosque. It was noon. A shell fell on the house of Omar in Idlib.\n")]
    public void Keep_SpeakerInEvidenceOrTwoSentencesAround_Witnessed(string transcript)
    {
        var document = CraftedTranscript.Tokenized(transcript);
        var evidence = document.Sentences.FindIndex(s => document.Text[s.Start..s.End].Contains("Omar", StringComparison.Ordinal));

        var kept = HearsayLeanUnseen.Keep(document, [evidence], Harm.Killed, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(Basis.Witnessed, kept);
    }

    [Fact]
    public void Keep_SpeakerThreeSentencesBefore_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: We lived near the mosque. It was noon. The sky was grey. A shell fell on the house of Omar in Idlib.\n");

        var kept = HearsayLeanUnseen.Keep(document, [3], Harm.Killed, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(Basis.Hearsay, kept);
    }

    [Fact]
    public void Keep_SpeakerOnlyBeforeTheInterviewer_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: We were in Homs then.\nQ: And your cousin Omar?\nA: A shell fell on his house in Idlib.\n");
        var evidence = document.Sentences.FindIndex(s => document.Text[s.Start..s.End].Contains("shell", StringComparison.Ordinal));

        var kept = HearsayLeanUnseen.Keep(document, [evidence], Harm.Killed, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(Basis.Hearsay, kept);
    }

    [Theory]
    [InlineData(Basis.Hearsay)]
    [InlineData(Basis.Experienced)]
    [InlineData(Basis.Witnessed)]
    public void Keep_MissingNoFirstPersonInEvidence_Hearsay(Basis lean)
    {
        var document = CraftedTranscript.Tokenized("A: Karim never came back from the bridge in Raqqa. Nobody has heard of him since.\n");

        var kept = HearsayLeanUnseen.Keep(document, [0, 1], Harm.Missing, Basis.Witnessed, lean);

        Assert.Equal(Basis.Hearsay, kept);
    }

    [Theory]
    [InlineData("A: Karim never came back from the bridge in Raqqa. We have heard nothing of him since.\n")]
    [InlineData("A: My cousin Karim never came back from the bridge in Raqqa. Nobody has heard of him since.\n")]
    [InlineData("A: Karim never came back from the bridge in Raqqa. Nobody tells us where he is.\n")]
    public void Keep_MissingFirstPersonInEvidence_Witnessed(string transcript)
    {
        var document = CraftedTranscript.Tokenized(transcript);

        var kept = HearsayLeanUnseen.Keep(document, [0, 1], Harm.Missing, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(Basis.Witnessed, kept);
    }

    [Fact]
    public void Keep_MissingSpeakerOnlyBefore_Hearsay()
    {
        var document = CraftedTranscript.Tokenized("A: We lived in Raqqa then. Karim never came back from the bridge. Nobody has heard of him since.\n");

        var kept = HearsayLeanUnseen.Keep(document, [1, 2], Harm.Missing, Basis.Witnessed, Basis.Hearsay);

        Assert.Equal(Basis.Hearsay, kept);
    }

    [Theory]
    [InlineData(Basis.Experienced)]
    [InlineData(Basis.Hearsay)]
    [InlineData(Basis.Reported)]
    public void Keep_MissingOtherVote_Vote(Basis vote)
    {
        var document = CraftedTranscript.Tokenized("A: Karim never came back from the bridge in Raqqa. Nobody has heard of him since.\n");

        var kept = HearsayLeanUnseen.Keep(document, [0, 1], Harm.Missing, vote, Basis.Witnessed);

        Assert.Equal(vote, kept);
    }

    [Theory]
    [InlineData(Basis.Witnessed, Basis.Experienced, Basis.Witnessed)]
    [InlineData(Basis.Experienced, Basis.Hearsay, Basis.Experienced)]
    [InlineData(Basis.Reported, Basis.Hearsay, Basis.Reported)]
    public void Keep_OtherVoteOrLean_Vote(Basis vote, Basis lean, Basis expected)
    {
        var document = CraftedTranscript.Tokenized("A: A shell fell on the house of Omar in Idlib. His wife died.\n");

        var kept = HearsayLeanUnseen.Keep(document, [0, 1], Harm.Killed, vote, lean);

        Assert.Equal(expected, kept);
    }
}
