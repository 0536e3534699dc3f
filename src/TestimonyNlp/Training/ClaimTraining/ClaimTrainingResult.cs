using System.Collections.Immutable;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Training;

/// <summary>Dev scores of one candidate.</summary>
/// <param name="Candidate">The trainer and features.</param>
/// <param name="HarmMacroF1">Claim-level F1 of each harm on dev, fitted on train (the claims the builder makes, scored as
/// <c>eval</c> scores them), averaged over the harms present in gold or predictions, at <paramref name="Thresholds"/>.</param>
/// <param name="ClaimF1">Claim-level F1 on dev over every harm.</param>
/// <param name="Thresholds">The probability threshold of each harm (in <see cref="Model.Harm"/> order), chosen on the
/// held-out claims of the train folds (on dev without folds).</param>
/// <param name="BasisAccuracy">Share of matched dev claims whose basis is right, with the kept harm models.</param>
/// <param name="NegationAccuracy">Share of dev sentences with a negation or irrealis cue whose harm/no-harm
/// decision is right.</param>
/// <param name="NegationSentences">How many dev sentences have such a cue.</param>
public sealed record ClaimCandidateScores(ClaimCandidate Candidate, double HarmMacroF1, double ClaimF1, ImmutableArray<float> Thresholds, double BasisAccuracy, double NegationAccuracy, int NegationSentences)
{
    /// <summary>The held-out claims of the folds of the train split, which chose the thresholds and the kept
    /// candidates; null when the train split had too few transcripts for the folds (dev chose then).</summary>
    public ClaimFoldScores? CrossValidated { get; init; }
}

/// <summary>What <see cref="ClaimTrainer"/> produced.</summary>
/// <param name="Classifier">The kept classifiers.</param>
/// <param name="Candidates">Dev scores of every candidate, in the order trained.</param>
/// <param name="HarmChoice">The candidate kept for harm.</param>
/// <param name="BasisChoice">The candidate kept for basis.</param>
/// <param name="TrainSentences">Training sentences of the corpus (interviewer turns and notes left out).</param>
/// <param name="TrainHarmSentences">Training sentences with a gold harm (the basis models' rows).</param>
/// <param name="DevSentences">Dev sentences.</param>
/// <param name="FailedTranscripts">Ids of transcripts that could not be read.</param>
public sealed record ClaimTrainingResult(
    ClaimClassifier Classifier,
    ImmutableArray<ClaimCandidateScores> Candidates,
    ClaimCandidate HarmChoice,
    ClaimCandidate BasisChoice,
    int TrainSentences,
    int TrainHarmSentences,
    int DevSentences,
    ImmutableArray<string> FailedTranscripts)
{
    /// <summary>What the reviewed testimonies added (<see cref="ReviewedTaught.None"/> without any); rows counted
    /// once, before their weight.</summary>
    public ReviewedTaught Reviewed { get; init; } = ReviewedTaught.None;

    /// <summary>The claim-level basis model and its figures; null when the train split had too few transcripts for
    /// the folds.</summary>
    public ClaimBasisTraining? ClaimBasis { get; init; }
}
