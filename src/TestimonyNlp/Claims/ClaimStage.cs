using System.Buffers;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Claims;

/// <summary>
/// The claims stage: the classifiers assess every sentence (harms asserted, basis), then the claim builder turns
/// runs of harm-asserting witness sentences into <see cref="Claim"/>s with victims, weapon, actor, site, date and
/// evidence. Runs after the entity stages. Thread-safe.
/// </summary>
public sealed class ClaimStage : IPipelineStage
{
    private readonly ClaimClassifier _classifier;
    private readonly ClaimBuilder _builder = new();

    /// <summary>Creates the stage over a loaded classifier.</summary>
    public ClaimStage(ClaimClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _classifier = classifier;
    }

    /// <inheritdoc />
    public string Name => "claims";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = document.Sentences.Count;
        if (count == 0)
        {
            return;
        }

        var rented = ArrayPool<SentenceAssessment>.Shared.Rent(count);
        try
        {
            var assessments = rented.AsSpan(0, count);
            _classifier.Assess(document, assessments);
            cancellationToken.ThrowIfCancellationRequested();
            _builder.Build(document, assessments, document.Claims);
        }
        finally
        {
            ArrayPool<SentenceAssessment>.Shared.Return(rented);
        }
    }
}
