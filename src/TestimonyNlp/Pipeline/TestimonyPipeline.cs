using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Pipeline;

/// <summary>The explicit, ordered list of stages every testimony passes through. Built once, never changed.</summary>
public sealed class TestimonyPipeline
{
    /// <summary>Creates a pipeline that runs <paramref name="stages"/> in the order given.</summary>
    public TestimonyPipeline(IEnumerable<IPipelineStage> stages)
    {
        Stages = [.. stages];
    }

    /// <summary>The stages, in the order they run.</summary>
    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Runs every stage on a new document for <paramref name="testimony"/>.</summary>
    public Document Run(Testimony testimony, CancellationToken cancellationToken)
    {
        var document = new Document(testimony);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }

        return document;
    }
}
