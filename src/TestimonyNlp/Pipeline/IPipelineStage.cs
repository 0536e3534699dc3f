using TestimonyNlp.Model;

namespace TestimonyNlp.Pipeline;

/// <summary>
/// One stage of the per-testimony pipeline. A stage is a pure function of the document: it reads the layers
/// earlier stages added and adds its own. Stages are built once and shared by all threads, so they keep no
/// per-document state.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for progress and error messages.</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
