using Microsoft.ML;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Training;

namespace TestimonyNlp.Tests.Training.ClaimTraining;

public sealed class ClaimBasisTrainerTests
{
    // Three claims of each basis whose mean probability of that basis is high and the others low.
    private static List<ClaimBasisExample> Separable()
    {
        var examples = new List<ClaimBasisExample>();
        for (var i = 0; i < 12; i++)
        {
            var basis = (Basis)(i % ClaimClassifier.BasisCount);
            var features = new float[ClaimBasisFeatures.Count];
            features[(int)basis] = 0.8f + (0.05f * (i / ClaimClassifier.BasisCount));
            examples.Add(new ClaimBasisExample(i, features, basis));
        }

        return examples;
    }

    [Fact]
    public void Fit_SeparableClaims_EachBasisDecidedAsLabelled()
    {
        var model = ClaimBasisTrainer.Fit(new MLContext(1), Separable(), 0.1f, new string('0', 64), "test");

        var decided = Enum.GetValues<Basis>().Select(b =>
        {
            var features = new float[ClaimBasisFeatures.Count];
            features[(int)b] = 0.9f;
            return model.Decide(features).Basis;
        });

        Assert.Equal(Enum.GetValues<Basis>(), decided);
    }

    [Fact]
    public void Fit_Twice_SameBytes()
    {
        var first = ClaimBasisTrainer.Fit(new MLContext(1), Separable(), 0.1f, new string('0', 64), "test");
        var second = ClaimBasisTrainer.Fit(new MLContext(1), Separable(), 0.1f, new string('0', 64), "test");

        Assert.Equal(first.ToBytes(), second.ToBytes());
    }

    [Fact]
    public void Trainable_NoReportedClaim_False()
    {
        var examples = Separable().Where(e => e.Basis != Basis.Reported).ToList();

        Assert.False(ClaimBasisTrainer.Trainable(examples));
    }
}
