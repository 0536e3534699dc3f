using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Training.Corpus;
using TestimonyNlp.Training;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class EntityEvaluatorTests
{
    [Fact]
    public void Evaluate_OneThreadOrFour_SameScores()
    {
        using var folder = new CorpusTestFolder();
        folder.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        folder.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        folder.Build();
        var corpus = GoldCorpus.Load(folder.Path);
        var evaluator = new EntityEvaluator(DefaultPipeline.Create());

        var one = evaluator.Evaluate(corpus, CorpusSplit.Train, threads: 1, maxErrors: 50);
        var four = evaluator.Evaluate(corpus, CorpusSplit.Train, threads: 4, maxErrors: 50);

        Assert.Equal(2, one.Report.Transcripts);
        Assert.Empty(one.Failures);
        Assert.Equal(Text(one), Text(four));
    }

    [Fact]
    public void Evaluate_GoldCounts_MatchTheAnnotations()
    {
        using var folder = new CorpusTestFolder();
        folder.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        folder.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        folder.Build();

        var result = new EntityEvaluator(DefaultPipeline.Create()).Evaluate(GoldCorpus.Load(folder.Path), CorpusSplit.Train);

        Assert.Equal(["entities", "claims"], result.Report.Sections.Select(s => s.Name).ToArray());
        var scores = Assert.IsType<EntityScores>(result.Report.Sections[0]);
        Assert.Equal(
            [(EntityType.Person, 3), (EntityType.Place, 3), (EntityType.Weapon, 2), (EntityType.Actor, 1), (EntityType.Date, 1)],
            scores.ByType.Select(t => (t.Type, t.Counts.Gold)).ToArray());
    }

    [Fact]
    public void Evaluate_PipelineWithoutClaimStage_GoldClaimsMissedNothingPredicted()
    {
        using var folder = new CorpusTestFolder();
        folder.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        folder.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        folder.Build();
        using var models = new TempDirectory();

        var result = new EntityEvaluator(DefaultPipeline.Create(TestPaths.SpotterModels(models.Path))).Evaluate(GoldCorpus.Load(folder.Path), CorpusSplit.Train);

        var claims = Assert.IsType<ClaimScores>(result.Report.Sections[1]);
        Assert.Equal(
            [(Harm.Killed, new MatchCounts(0, 0, 1)), (Harm.Injured, new MatchCounts(0, 0, 1)), (Harm.Missing, default),
                (Harm.Detained, default), (Harm.Displaced, default), (Harm.PropertyDamage, default)],
            claims.ByHarm.ToArray());
        Assert.Equal(0.0, claims.HarmMacroF1);
    }

    [Fact]
    public void Evaluate_GoldSentencesWithoutClaimStage_BuilderMakesTheGoldClaims()
    {
        using var folder = new CorpusTestFolder();
        folder.Mark(CorpusSamples.TxtName, CorpusSamples.Txt);
        folder.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        folder.Build();
        using var models = new TempDirectory();

        var result = new EntityEvaluator(DefaultPipeline.Create(TestPaths.SpotterModels(models.Path)))
            .Evaluate(GoldCorpus.Load(folder.Path), CorpusSplit.Train, sentences: SentenceSource.Gold);

        Assert.Equal("gold", result.Report.Sentences);
        var claims = Assert.IsType<ClaimScores>(result.Report.Sections[1]);
        Assert.Equal(
            [(Harm.Killed, new MatchCounts(1, 0, 0)), (Harm.Injured, new MatchCounts(1, 0, 0)), (Harm.Missing, default),
                (Harm.Detained, default), (Harm.Displaced, default), (Harm.PropertyDamage, default)],
            claims.ByHarm.ToArray());
        Assert.Equal(new Share(2, 2), claims.Fields.Single(f => f.Field == ClaimField.Basis).Agreement);
    }

    [Fact]
    public void ToAssessment_HarmAndBasis_SureAssessment()
    {
        var assessment = SentenceSources.ToAssessment(new SentenceLabel(HarmSet.Killed | HarmSet.Injured, Basis.Hearsay));

        Assert.Equal(new SentenceAssessment(HarmSet.Killed | HarmSet.Injured, Basis.Hearsay, 1f, 1f), assessment);
    }

    [Fact]
    public void ToAssessment_NoHarm_NoHarm()
    {
        Assert.Equal(SentenceAssessment.NoHarm, SentenceSources.ToAssessment(SentenceLabel.None));
    }

    [Theory]
    [InlineData("model", SentenceSource.Model)]
    [InlineData("gold", SentenceSource.Gold)]
    public void TryParse_WireName_RoundTrips(string wire, SentenceSource expected)
    {
        Assert.True(SentenceSources.TryParse(wire, out var source));
        Assert.Equal(expected, source);
        Assert.Equal(wire, source.ToWire());
    }

    [Fact]
    public void TryParse_Unknown_False()
    {
        Assert.False(SentenceSources.TryParse("Gold", out _));
    }

    private static string Text(EvaluationResult result)
    {
        using var writer = new StringWriter();
        foreach (var section in result.Report.Sections)
        {
            section.WriteText(writer);
        }

        return writer.ToString();
    }
}
