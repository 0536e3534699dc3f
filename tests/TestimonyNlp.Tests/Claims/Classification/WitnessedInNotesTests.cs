using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class WitnessedInNotesTests
{
    private const string Shooting = "A: She says the soldiers shot Karim near the school in Daraa. ";

    [Theory]
    [InlineData("She saw it from the door of her kitchen.")]
    [InlineData("She also helped to carry him to the car.")]
    [InlineData("She was standing with him at the gate.")]
    public void Apply_NotesSayWitnessWasThere_Witnessed(string next)
    {
        var document = CraftedTranscript.Tokenized(Shooting + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedInNotes.Apply(document, claims, 0);

        Assert.Equal(Basis.Witnessed, claims[0].Basis);
    }

    [Theory]
    [InlineData("Her neighbour told her, and she saw him later at the clinic.")]
    [InlineData("She saw the smoke from her roof, but she did not see him.")]
    [InlineData("Asked whether she saw it, she said no.")]
    public void Apply_NotesWitnessToldOrAsked_Hearsay(string next)
    {
        var document = CraftedTranscript.Tokenized(Shooting + next + "\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedInNotes.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_FirstPersonTestimony_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "A: My cousin says the soldiers shot Karim near the school in Daraa. He saw it from his door. I was at work in Homs that day.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedInNotes.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_InterviewerSpeaks_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(
            "Q: What happened in Daraa?\nA: She says the soldiers shot Karim near the school. She saw it from the door of her kitchen.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 1, Basis.Hearsay) };

        WitnessedInNotes.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_PresenceThirdSentenceAfter_Hearsay()
    {
        var document = CraftedTranscript.Tokenized(Shooting + "It was a Monday. The road was empty. She saw it from her door.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Hearsay) };

        WitnessedInNotes.Apply(document, claims, 0);

        Assert.Equal(Basis.Hearsay, claims[0].Basis);
    }

    [Fact]
    public void Apply_ReportedClaim_Reported()
    {
        var document = CraftedTranscript.Tokenized("A: She says the radio gave nine dead in Ariha. She saw the smoke from her door.\n");
        var claims = new List<Claim> { BasisTestClaims.OverSentence(document, 0, Basis.Reported) };

        WitnessedInNotes.Apply(document, claims, 0);

        Assert.Equal(Basis.Reported, claims[0].Basis);
    }
}
