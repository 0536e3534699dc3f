using TestimonyNlp.Text;

namespace TestimonyNlp.Pipeline;

/// <summary>The pipeline every command runs: the stages that exist, in their fixed order.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the pipeline once; the stages are shared by every worker thread.</summary>
    public static TestimonyPipeline Create() => new([new TextStage()]);
}
