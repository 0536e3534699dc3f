using TestimonyNlp.Training;

namespace TestimonyNlp.Tests.Training.ClaimTraining;

public sealed class ClaimTrainerChoiceTests
{
    [Fact]
    public void Choose_LaterCandidateWithinMargin_KeepsFirst()
    {
        Assert.Equal(0, ClaimTrainer.Choose([0.827, 0.820, 0.830], 0.005));
    }

    [Fact]
    public void Choose_LaterCandidateBeyondMargin_KeepsLater()
    {
        Assert.Equal(2, ClaimTrainer.Choose([0.827, 0.820, 0.833], 0.005));
    }

    [Fact]
    public void Choose_MiddleCandidateBeyondMargin_LastMustBeatMiddle()
    {
        Assert.Equal(1, ClaimTrainer.Choose([0.810, 0.820, 0.824], 0.005));
    }

    [Fact]
    public void Choose_ZeroMarginTie_KeepsFirst()
    {
        Assert.Equal(0, ClaimTrainer.Choose([0.827, 0.827, 0.827], 0));
    }
}
