using TestimonyNlp.Ingest;

namespace TestimonyNlp.Pipeline;

/// <summary>One input of a batch run: a file to read, or a path that already failed.</summary>
public sealed class BatchInput
{
    private readonly Func<CancellationToken, IEnumerable<IngestOutcome>> _read;

    /// <summary>Creates an input that reads its testimonies with <paramref name="read"/>.</summary>
    /// <param name="source">The input's name as shown to the user.</param>
    /// <param name="read">Reads the input; may be lazy.</param>
    /// <param name="streamed">True when the input holds many testimonies read one by one (JSON Lines), so that
    /// each testimony is processed as soon as it is read instead of after the whole input.</param>
    public BatchInput(string source, Func<CancellationToken, IEnumerable<IngestOutcome>> read, bool streamed)
    {
        Source = source;
        _read = read;
        Streamed = streamed;
    }

    /// <summary>The input's name as shown to the user.</summary>
    public string Source { get; }

    /// <summary>True when the input's testimonies are read and processed one by one.</summary>
    public bool Streamed { get; }

    /// <summary>An input that could not even be opened (a path that does not exist, say).</summary>
    public static BatchInput ForError(IngestError error) =>
        new(error.Source, _ => [IngestOutcome.ForFailure(error)], streamed: false);

    /// <summary>Reads the input's testimonies.</summary>
    public IEnumerable<IngestOutcome> Read(CancellationToken cancellationToken) => _read(cancellationToken);
}
