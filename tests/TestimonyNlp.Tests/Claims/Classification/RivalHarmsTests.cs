using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class RivalHarmsTests
{
    private const float Threshold = 0.35f;

    /// <summary>The harms of a one-sentence answer after the rule, the classifiers having given it
    /// <paramref name="harms"/> with these probabilities (the others none) at a threshold of 0.35 for every harm.</summary>
    private static HarmSet Apply(string answer, HarmSet harms, params (Harm Harm, float Probability)[] probabilities)
    {
        var document = CraftedTranscript.Tokenized(answer + "\n");
        Assert.Single(document.Sentences);
        var assessments = new[] { new SentenceAssessment(harms, Basis.Witnessed, 0.9f, 0.9f) };
        var harmProbabilities = new float[ClaimClassifier.HarmCount];
        foreach (var (harm, probability) in probabilities)
        {
            harmProbabilities[(int)harm] = probability;
        }

        var thresholds = Enumerable.Repeat(Threshold, ClaimClassifier.HarmCount).ToArray();
        RivalHarms.Apply(document, assessments, harmProbabilities, thresholds);
        return assessments[0].Harms;
    }

    [Fact]
    public void Apply_BareDamageBesideSureInjury_DamageTaken()
    {
        Assert.Equal(
            HarmSet.Injured,
            Apply(
                "A: The windows of the flat came in and Rami was cut on the arms by glass.",
                HarmSet.Injured | HarmSet.PropertyDamage,
                (Harm.Injured, 0.95f),
                (Harm.PropertyDamage, 0.45f)));
    }

    [Fact]
    public void Apply_BareDamageBesideSureFlight_DamageTaken()
    {
        Assert.Equal(
            HarmSet.Displaced,
            Apply(
                "A: In March, after the shells fell near the school, we went with the children to my brother in Tyre.",
                HarmSet.Displaced | HarmSet.PropertyDamage,
                (Harm.Displaced, 0.9f),
                (Harm.PropertyDamage, 0.5f)));
    }

    [Fact]
    public void Apply_SureDisappearanceBareDetention_DetentionTaken()
    {
        Assert.Equal(
            HarmSet.Missing,
            Apply(
                "A: Since that night we have no news of Karim, nobody knows where he is.",
                HarmSet.Missing | HarmSet.Detained,
                (Harm.Missing, 0.95f),
                (Harm.Detained, 0.45f)));
    }

    [Fact]
    public void Apply_BareHarmNamedByItsWord_Unchanged()
    {
        Assert.Equal(
            HarmSet.Injured | HarmSet.PropertyDamage,
            Apply(
                "A: The shell hit the school in Homs and Rami was cut on the arms by glass.",
                HarmSet.Injured | HarmSet.PropertyDamage,
                (Harm.Injured, 0.95f),
                (Harm.PropertyDamage, 0.45f)));
    }

    [Fact]
    public void Apply_KillingBesideInjury_Unchanged()
    {
        Assert.Equal(
            HarmSet.Killed | HarmSet.Injured,
            Apply(
                "A: Two men of the bakery died there and the boy Sami lost his hand.",
                HarmSet.Killed | HarmSet.Injured,
                (Harm.Killed, 0.95f),
                (Harm.Injured, 0.45f)));
    }

    [Fact]
    public void Apply_SureDetentionBareDisappearance_Unchanged()
    {
        Assert.Equal(
            HarmSet.Detained | HarmSet.Missing,
            Apply(
                "A: The soldiers came at night to the bakery in Homs and dragged Karim out with them.",
                HarmSet.Detained | HarmSet.Missing,
                (Harm.Detained, 0.95f),
                (Harm.Missing, 0.45f)));
    }

    [Theory]
    [InlineData(0.8f, 0.45f)]
    [InlineData(0.95f, 0.65f)]
    [InlineData(0.95f, 0.1f)]
    public void Apply_NotSureOrNotBare_Unchanged(float injured, float damage)
    {
        Assert.Equal(
            HarmSet.Injured | HarmSet.PropertyDamage,
            Apply(
                "A: The windows of the flat came in and Rami was cut on the arms by glass.",
                HarmSet.Injured | HarmSet.PropertyDamage,
                (Harm.Injured, injured),
                (Harm.PropertyDamage, damage)));
    }

    [Fact]
    public void Apply_BareDamageOfStrikeOnPropertyBesideSureKilling_Unchanged()
    {
        Assert.Equal(
            HarmSet.Killed | HarmSet.PropertyDamage,
            Apply(
                "A: One rocket fell on the house of my neighbour Omar, his wife died.",
                HarmSet.Killed | HarmSet.PropertyDamage,
                (Harm.Killed, 0.95f),
                (Harm.PropertyDamage, 0.45f)));
    }
}
