namespace TestimonyNlp.Ingest;

/// <summary>
/// Reads WebVTT subtitle files (<c>.vtt</c>) into a readable transcript, one segment per cue with its times and
/// the speaker of its <c>&lt;v Name&gt;</c> span. Requires the <c>WEBVTT</c> header; skips NOTE, STYLE and
/// REGION blocks; allows cue identifiers and ignores cue settings.
/// </summary>
public sealed class WebVttReader : ITranscriptReader
{
    /// <summary>The format name, <c>vtt</c>.</summary>
    public const string FormatName = "vtt";

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".vtt"];

    /// <inheritdoc />
    public IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        return [SubtitleReading.Read(source, bytes.Span, SubtitleDialect.WebVtt, FormatName)];
    }
}
