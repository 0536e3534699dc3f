using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>Reads plain-text transcripts (<c>.txt</c>): decodes the bytes and parses header and speaker turns.</summary>
public sealed class PlainTextReader : ITranscriptReader
{
    /// <summary>The format name, <c>text</c>.</summary>
    public const string FormatName = "text";

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        return [ReadOne(source, bytes.Span)];
    }

    private static IngestOutcome ReadOne(string source, ReadOnlySpan<byte> bytes)
    {
        var decoded = TranscriptDecoder.Decode(bytes);
        if (!decoded.Success)
        {
            return IngestOutcome.ForFailure(source, decoded.Error);
        }

        var parsed = PlainTextParser.Parse(decoded.Text);
        var warnings = decoded.Warning is null ? parsed.Warnings : parsed.Warnings.Insert(0, decoded.Warning);
        return IngestOutcome.ForSuccess(new Testimony
        {
            Source = source,
            TestimonyId = parsed.Metadata.InterviewId ?? IngestText.FileStem(source),
            Content = decoded.Text,
            ContentSha256 = IngestText.Sha256Hex(bytes),
            Format = FormatName,
            Metadata = parsed.Metadata,
            Segments = parsed.Segments,
            HeaderLines = parsed.HeaderLines,
            Warnings = warnings,
        });
    }
}
