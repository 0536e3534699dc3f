using System.Buffers;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Claims;

/// <summary>
/// The claims stage: the classifiers assess every sentence (harms asserted, basis), then the claim builder turns
/// runs of harm-asserting witness sentences into <see cref="Claim"/>s with victims, weapon, actor, site, date and
/// evidence, and the claim-level basis model, when there is one, decides each claim's basis from the claim as a whole.
/// Runs after the entity stages. Thread-safe.
/// </summary>
public sealed class ClaimStage : IPipelineStage
{
    private readonly ClaimClassifier _classifier;
    private readonly ClaimBuilder _builder = new();
    private readonly ClaimBasisModel? _basis;

    /// <summary>Creates the stage over a loaded classifier; each claim's basis is the vote of its sentences.</summary>
    public ClaimStage(ClaimClassifier classifier)
        : this(classifier, null)
    {
    }

    /// <summary>Creates the stage over a loaded classifier and, when given, the claim-level basis model that decides
    /// each claim's basis.</summary>
    public ClaimStage(ClaimClassifier classifier, ClaimBasisModel? basis)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _classifier = classifier;
        _basis = basis;
    }

    /// <inheritdoc />
    public string Name => "claims";

    /// <summary>The same stage with rules after its models left out: <paramref name="sentence"/> of the sentence
    /// classifiers', <paramref name="basis"/> of the basis model's (a diagnostic, <see cref="ClaimClassifier.Without"/>,
    /// <see cref="ClaimBasisModel.Without"/>).</summary>
    public ClaimStage Without(SentenceRules sentence, BasisRules basis) => new(_classifier.Without(sentence), _basis?.Without(basis));

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
        var basisCount = _basis is null ? 0 : count * ClaimClassifier.BasisCount;
        var rentedBases = ArrayPool<float>.Shared.Rent(basisCount);
        try
        {
            var assessments = rented.AsSpan(0, count);
            var bases = rentedBases.AsSpan(0, basisCount);
            _classifier.Assess(document, assessments, bases);
            cancellationToken.ThrowIfCancellationRequested();
            var first = document.Claims.Count;
            _builder.Build(document, assessments, document.Claims);
            _basis?.Assign(document, bases, document.Claims, first);
        }
        finally
        {
            ArrayPool<SentenceAssessment>.Shared.Return(rented);
            ArrayPool<float>.Shared.Return(rentedBases);
        }
    }
}
