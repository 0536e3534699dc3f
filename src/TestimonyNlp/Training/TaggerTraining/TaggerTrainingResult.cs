using System.Collections.Immutable;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Reviewed;

namespace TestimonyNlp.Training;

/// <summary>Exact-span scores of one entity type.</summary>
public sealed record TypeScore(EntityType Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (0 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold (0 when there is no gold span).</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The dev scores after one epoch.</summary>
public sealed record EpochScores(int Epoch, ImmutableArray<TypeScore> Types, int Mistakes)
{
    /// <summary>The mean F1 over the types.</summary>
    public double MacroF1 => Types.IsEmpty ? 0 : Types.Average(t => t.F1);
}

/// <summary>What <see cref="TaggerTrainer.Train"/> did.</summary>
/// <param name="Model">The model of the best epoch, calibrated on dev.</param>
/// <param name="Epochs">The dev scores of each epoch.</param>
/// <param name="TrainDocuments">Training transcripts used.</param>
/// <param name="TrainTokens">Training tokens inside sentences (of the corpus; reviewed ones are in <see cref="Reviewed"/>).</param>
/// <param name="SkippedSpans">Gold spans inside sentences but not aligned to token or sentence boundaries (left out of training).</param>
/// <param name="OutsideSentences">Gold spans outside every sentence, such as header values (not the tagger's to find).</param>
/// <param name="FailedTranscripts">Ids of transcripts that could not be read.</param>
public sealed record TaggerTrainingResult(
    TaggerModel Model,
    ImmutableArray<EpochScores> Epochs,
    int TrainDocuments,
    int TrainTokens,
    int SkippedSpans,
    int OutsideSentences,
    ImmutableArray<string> FailedTranscripts)
{
    /// <summary>What the reviewed testimonies added (<see cref="ReviewedTaught.None"/> without any).</summary>
    public ReviewedTaught Reviewed { get; init; } = ReviewedTaught.None;

    /// <summary>The scores of the kept epoch.</summary>
    public EpochScores Best => Epochs[Model.Settings.BestEpoch - 1];
}
