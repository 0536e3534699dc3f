using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training;

namespace TestimonyNlp.Tests.Claims.Classification;

/// <summary>
/// The shipped models (claims.bin and basis.bin) on crafted transcripts whose basis is told around the harm rather than
/// in it. Each expected value is what the shipped models give and what the annotation rules ask; a retrained model that
/// changes one must be checked by eye before the value is updated.
/// </summary>
public sealed class ClaimBasisHardCaseTests
{
    private static readonly Lazy<TestimonyPipeline> Pipeline = new(() => DefaultPipeline.Create(Models));

    private static string Models => Path.Combine(TestPaths.RepositoryRoot, "models");

    private static (Harm Harm, Basis? Basis)[] Claims(string content) =>
        [.. CraftedTranscript.Run(Pipeline.Value, content).Claims.Select(c => (c.Harm, c.Basis))];

    [Fact]
    public void Process_RelayedAccountOfAWitnessWhoWasAway_Hearsay()
    {
        var found = Claims("Notes of a phone call.\n\nShe says a shell hit the house of her neighbours in Ariha in May and killed their son Fadi. "
            + "She was at her sister's that week; her neighbour told her on the phone.\n");

        Assert.Equal([(Harm.Killed, (Basis?)Basis.Hearsay), (Harm.PropertyDamage, (Basis?)Basis.Hearsay)], found);
    }

    [Fact]
    public void Process_HeardThenWentToSee_Witnessed()
    {
        var found = Claims("Q: What happened at the market?\nA: I heard the explosion from my shop. I ran to the bakery and I saw that it had killed four men.\n");

        Assert.Equal([(Harm.Killed, (Basis?)Basis.Witnessed)], found);
    }

    [Fact]
    public void Process_InTheBasementHeardItHit_Witnessed()
    {
        var found = Claims("A: We were in the basement. The barrel hit the building next door and killed the Haddad family, we heard it hit.\n");

        Assert.Equal([(Harm.Killed, (Basis?)Basis.Witnessed), (Harm.PropertyDamage, (Basis?)Basis.Witnessed)], found);
    }

    [Fact]
    public void Process_ListReadOutOnTheRadio_Reported()
    {
        var found = Claims("A: Then the radio read out the list of the dead. Forty people were killed in the market in Maarat al-Numan.\n");

        Assert.Equal([(Harm.Killed, (Basis?)Basis.Reported)], found);
    }

    [Fact]
    public void Process_NotThereWhenAskedUncleCalled_Hearsay()
    {
        var found = Claims("A: The shell killed my cousin Ahmad in Saraqib.\nQ: Did you see it?\nA: No, I was not there. My uncle called me in the evening.\n");

        Assert.Equal([(Harm.Killed, (Basis?)Basis.Hearsay)], found);
    }

    [Fact]
    public void LoadFrom_ShippedModel_MatchesTheCorpusSplit()
    {
        var model = ClaimBasisModel.LoadFrom(Models, TaggerTrainingSplitHash.Compute(Path.Combine(TestPaths.RepositoryRoot, "corpus")));

        Assert.NotNull(model);
        Assert.Equal(64, model.SplitHash.Length);
    }

    [Fact]
    public void ToBytes_ShippedModel_RoundTripsByteForByte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Models, ClaimBasisModel.Defaults.ModelFile));

        Assert.Equal(bytes, ClaimBasisModel.Read(bytes, "basis.bin").ToBytes());
    }
}
