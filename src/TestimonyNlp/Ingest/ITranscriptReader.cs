namespace TestimonyNlp.Ingest;

/// <summary>Reads one file format into testimonies. Readers are stateless and shared across threads.</summary>
public interface ITranscriptReader
{
    /// <summary>The format name recorded on each testimony (<c>text</c>, <c>srt</c>, ...).</summary>
    string Format { get; }

    /// <summary>File extensions this reader takes, lower case with the dot (<c>.txt</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Reads the whole content of one file. Yields one outcome per testimony (JSON Lines: one per line, good
    /// or bad; every other format: exactly one). Never throws for bad bytes: any byte sequence gives outcomes.
    /// </summary>
    /// <param name="source">The input's name as shown to the user.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);
}
