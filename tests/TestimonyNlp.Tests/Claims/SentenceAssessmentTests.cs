using TestimonyNlp.Claims;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims;

public sealed class SentenceAssessmentTests
{
    [Fact]
    public void Without_OneOfTwoHarms_KeepsTheOtherAndTheBasis()
    {
        var assessment = new SentenceAssessment(HarmSet.Killed | HarmSet.Detained, Basis.Witnessed, 0.8f, 0.7f);

        var rest = assessment.Without(HarmSet.Detained);

        Assert.Equal(new SentenceAssessment(HarmSet.Killed, Basis.Witnessed, 0.8f, 0.7f), rest);
    }

    [Fact]
    public void Without_TheOnlyHarm_IsNoHarm()
    {
        var assessment = new SentenceAssessment(HarmSet.PropertyDamage, Basis.Hearsay, 0.6f, 0.5f);

        var rest = assessment.Without(HarmSet.PropertyDamage);

        Assert.Equal(SentenceAssessment.NoHarm, rest);
    }
}
