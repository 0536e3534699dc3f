using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Pipeline;

/// <summary>
/// The whole default pipeline with the shipped claim classifiers and the claim builder on one crafted interview:
/// counts, named victims, weapons, sites and dates of the claims, and a negated harm that gives none.
/// </summary>
public sealed class DefaultPipelineClaimTests
{
    private const string Interview =
        "Interview ID: CL-001\nDate of interview: 4 May 2019\nPlace of interview: Gaziantep, Turkey\nInterviewer: Hanna Lind\n\n"
        + "Q: What happened to your street?\n"
        + "A: On 9 September 2016 a helicopter dropped a barrel bomb on our street in Deir ez-Zor. I saw it with my own eyes. "
        + "Seven people were killed, among them my neighbour Hussein Darwish.\n"
        + "Q: Was anyone else hurt?\n"
        + "A: My cousin told me that twelve people were injured in the market that night.\n"
        + "Q: Was there shelling the next day?\n"
        + "A: No, there was no shelling that day.\n";

    private static readonly Lazy<TestimonyPipeline> Shipped = new(() => DefaultPipeline.Create(Path.Combine(TestPaths.RepositoryRoot, "models")));

    private static readonly Lazy<Document> Processed = new(() => CraftedTranscript.Run(Shipped.Value, Interview));

    [Fact]
    public void Run_WitnessedKilling_ClaimCarriesCountNamedVictimWeaponSiteAndDate()
    {
        var document = Processed.Value;

        var killed = Assert.Single(document.Claims, c => c.Harm == Harm.Killed);
        var named = Assert.Single(killed.Victims.Named);
        Assert.Equal("Hussein Darwish", document.Entities.Single(e => e.Id == named).Text);
        Assert.Equal((7, 7), (killed.Victims.Min, killed.Victims.Max));
        Assert.Equal(WeaponCategory.BarrelBomb, killed.Weapon);
        Assert.Equal("Deir ez-Zor", document.Entities.Single(e => e.Id == killed.Site).Text);
        Assert.Equal((new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9)), (killed.Date!.From, killed.Date.To));
        // Whether the witness's "I saw it" before the count joins the evidence moves with each retraining of the
        // sentence models; the sentence that asserts the killing must end it either way.
        Assert.EndsWith("Seven people were killed, among them my neighbour Hussein Darwish.", killed.Evidence[0].Quote, StringComparison.Ordinal);
        Assert.Equal(Basis.Witnessed, killed.Basis);
    }

    [Fact]
    public void Run_ToldInjuryThatNight_DateResolvedAgainstTheEventBefore()
    {
        var injured = Assert.Single(Processed.Value.Claims, c => c.Harm == Harm.Injured);

        Assert.Equal((12, 12), (injured.Victims.Min, injured.Victims.Max));
        Assert.Equal(("that night", new DateOnly(2016, 9, 9)), (injured.Date!.Text, injured.Date.From));
        Assert.Equal(Basis.Hearsay, injured.Basis);
    }

    [Theory]
    [InlineData("They shelled the market. Eleven dead")]
    [InlineData("They shelled the market. Eleven dead\n")]
    [InlineData("eleven dead")]
    public void Run_TollEndsTheTextWithNoStop_KilledClaimOfThatToll(string content)
    {
        var document = CraftedTranscript.Run(Shipped.Value, content);

        var killed = Assert.Single(document.Claims, c => c.Harm == Harm.Killed);
        Assert.Equal((11, 11), (killed.Victims.Min, killed.Victims.Max));
    }

    [Theory]
    [InlineData("bodies 1,200more,")]
    [InlineData("wounded ! 2015")]
    [InlineData("They killed twenty, or")]
    [InlineData("killed 2015 people")]
    public void Run_FigureCutOffAtTheEnd_ProcessesWithoutError(string content)
    {
        var document = CraftedTranscript.Run(Shipped.Value, content);

        Assert.All(document.Claims, c => Assert.Equal(content[c.Evidence[0].Start..c.Evidence[0].End], c.Evidence[0].Quote));
    }

    [Theory]
    [InlineData("Date of interview: 31 December 9999\nQ: last morning since some 29th they\n")]
    [InlineData("Date of interview: 1 January 0001\nA: Three days ago, the Monday before, the shell killed seven.\n")]
    public void Run_PlaceholderInterviewDate_DatesResolvedWithoutIt(string content)
    {
        var document = CraftedTranscript.Run(Shipped.Value, content);

        Assert.Null(document.Testimony.Metadata.InterviewDate);
        Assert.All(document.Claims, c => Assert.Null(c.Date));
    }

    [Fact]
    public void Run_NegatedShellingAndInterviewerQuestions_GiveNoClaim()
    {
        var document = Processed.Value;
        var negated = Interview.IndexOf("No, there was no shelling", StringComparison.Ordinal);

        Assert.DoesNotContain(document.Claims, c => c.Evidence.Any(e => e.End > negated));
        Assert.DoesNotContain(document.Claims, c => c.Evidence.Any(e => Interview[e.Start..e.End].StartsWith("What happened", StringComparison.Ordinal)));
    }
}
