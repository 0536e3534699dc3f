namespace TestimonyNlp.Store;

/// <summary>The state of a stored testimony.</summary>
public enum TestimonyStatus
{
    /// <summary>Read and processed without warnings.</summary>
    Processed,

    /// <summary>Processed, but the reader reported warnings (for example a fallback decoding).</summary>
    ProcessedWithWarnings,

    /// <summary>An edited transcript with the same source and testimony id replaced this one; its entities and
    /// claims are kept but no longer exported.</summary>
    Superseded,
}
