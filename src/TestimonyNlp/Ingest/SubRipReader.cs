namespace TestimonyNlp.Ingest;

/// <summary>
/// Reads SubRip subtitle files (<c>.srt</c>) into a readable transcript, one segment per cue with its times.
/// Tolerates missing index lines, CRLF, a byte order mark, extra blank lines and <c>.</c> or <c>,</c> before the
/// milliseconds.
/// </summary>
public sealed class SubRipReader : ITranscriptReader
{
    /// <summary>The format name, <c>srt</c>.</summary>
    public const string FormatName = "srt";

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".srt"];

    /// <inheritdoc />
    public IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        return [SubtitleReading.Read(source, bytes.Span, SubtitleDialect.SubRip, FormatName)];
    }
}
