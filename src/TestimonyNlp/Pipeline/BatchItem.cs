using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Pipeline;

/// <summary>One thing a batch run reports, in input order.</summary>
public abstract record BatchItem
{
    private BatchItem()
    {
    }

    /// <summary>A testimony ran through the pipeline.</summary>
    /// <param name="Result">What the pipeline made of it.</param>
    public sealed record Processed(TestimonyResult Result) : BatchItem;

    /// <summary>A testimony whose content was already stored (or already seen in this run); not processed again.</summary>
    /// <param name="Testimony">The testimony as read.</param>
    public sealed record Skipped(Testimony Testimony) : BatchItem;

    /// <summary>An input, or one record of it, that could not be read.</summary>
    /// <param name="Error">Why.</param>
    public sealed record Failed(IngestError Error) : BatchItem;

    /// <summary>Every testimony of one input has been reported.</summary>
    /// <param name="Source">The input's name.</param>
    public sealed record InputCompleted(string Source) : BatchItem;
}
