using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HarmPredictionTests
{
    [Fact]
    public void Decide_TwoHarmsAboveThreshold_SetAndProductConfidence()
    {
        var prediction = new HarmPrediction { KilledProbability = 0.8f, InjuredProbability = 0.5f, DisplacedProbability = 0.25f };

        var (harms, confidence) = prediction.Decide(0.5f);

        Assert.Equal(HarmSet.Killed | HarmSet.Injured, harms);
        Assert.Equal(0.8f * 0.5f * 0.75f, confidence);
    }

    [Fact]
    public void Decide_AllBelowThreshold_NoneWithComplementConfidence()
    {
        var prediction = new HarmPrediction { PropertyDamageProbability = 0.5f };

        var (harms, confidence) = prediction.Decide(0.6f);

        Assert.Equal(HarmSet.None, harms);
        Assert.Equal(0.5f, confidence);
    }

    [Fact]
    public void Harms_SetThenGet_RoundTripsThroughLabelColumns()
    {
        var row = new ClaimSentenceRow { Harms = HarmSet.Missing | HarmSet.PropertyDamage };

        Assert.Equal((false, true, true), (row.Killed, row.Missing, row.PropertyDamage));
        Assert.Equal(HarmSet.Missing | HarmSet.PropertyDamage, row.Harms);
    }

    [Theory]
    [InlineData(Basis.Witnessed, "WITNESSED")]
    [InlineData(Basis.Experienced, "EXPERIENCED")]
    [InlineData(Basis.Hearsay, "HEARSAY")]
    [InlineData(Basis.Reported, "REPORTED")]
    public void Basis_EachValue_RoundTripsThroughWireName(Basis basis, string wire)
    {
        Assert.Equal(wire, BasisLabels.Basis(basis));
        Assert.Equal(basis, BasisLabels.ParseBasis(wire));
    }
}
