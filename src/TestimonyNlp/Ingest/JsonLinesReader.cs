using System.Buffers;
using System.Globalization;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>
/// Reads JSON Lines files (<c>.jsonl</c>): one testimony per line, an object with a required string <c>text</c>
/// and optional <c>id</c>, <c>interview_id</c>, <c>interview_date</c> (or <c>date</c>), <c>place</c>,
/// <c>language</c>, <c>interviewer</c>, <c>interpreter</c> and <c>speaker</c>. The text is parsed as a plain-text
/// transcript and the fields override its header. Each testimony's hash is the SHA-256 of its line's bytes, without
/// the line terminator (and without the file's byte order mark on line 1). A broken line gives a failure with its
/// line number and the other lines go on. Use <see cref="Read(string, Stream, CancellationToken)"/> for big files: it holds one line
/// in memory at a time.
/// </summary>
public sealed class JsonLinesReader : ITranscriptReader
{
    /// <summary>The format name, <c>jsonl</c>.</summary>
    public const string FormatName = "jsonl";

    private const int ChunkSize = 64 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    /// <summary>Creates a reader with the default line limit.</summary>
    public JsonLinesReader()
        : this(Defaults.MaxLineBytes)
    {
    }

    /// <summary>Creates a reader that refuses lines longer than <paramref name="maxLineBytes"/> bytes.</summary>
    public JsonLinesReader(int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        MaxLineBytes = maxLineBytes;
    }

    /// <summary>The longest line accepted, in bytes; a longer line is a failure of that line alone.</summary>
    public int MaxLineBytes { get; }

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl"];

    /// <inheritdoc />
    public IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ReadLines(source, bytes, cancellationToken);
    }

    /// <summary>Reads a JSON Lines stream line by line, holding at most one line (up to
    /// <see cref="MaxLineBytes"/>) in memory.</summary>
    /// <param name="source">The input's name as shown to the user.</param>
    /// <param name="stream">The stream, read to its end; not disposed.</param>
    /// <param name="cancellationToken">Stops the read between lines.</param>
    public IEnumerable<IngestOutcome> Read(string source, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        return ReadStream(source, stream, cancellationToken);
    }

    private IEnumerable<IngestOutcome> ReadLines(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var stem = IngestText.FileStem(source);
        var lineNumber = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var newline = rest.Span.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? ReadOnlyMemory<byte>.Empty : rest[(newline + 1)..];
            if (line.Length > MaxLineBytes)
            {
                yield return TooLong(source, lineNumber, line.Length);
                continue;
            }

            if (ReadLine(source, stem, lineNumber, line) is { } outcome)
            {
                yield return outcome;
            }
        }
    }

    private IEnumerable<IngestOutcome> ReadStream(string source, Stream stream, CancellationToken cancellationToken)
    {
        var stem = IngestText.FileStem(source);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var start = 0;
            var end = 0;
            var lineNumber = 0;
            var skipping = false;
            long skipped = 0;
            var eof = false;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    var lineEnd = start + newline;
                    lineNumber++;
                    if (skipping || newline > MaxLineBytes)
                    {
                        yield return TooLong(source, lineNumber, (skipping ? skipped : 0) + newline);
                        skipping = false;
                    }
                    else if (ReadLine(source, stem, lineNumber, buffer.AsMemory(start, newline)) is { } outcome)
                    {
                        yield return outcome;
                    }

                    start = lineEnd + 1;
                    continue;
                }

                if (eof)
                {
                    if (end > start || skipping)
                    {
                        lineNumber++;
                        if (skipping || end - start > MaxLineBytes)
                        {
                            yield return TooLong(source, lineNumber, (skipping ? skipped : 0) + (end - start));
                        }
                        else if (ReadLine(source, stem, lineNumber, buffer.AsMemory(start, end - start)) is { } outcome)
                        {
                            yield return outcome;
                        }
                    }

                    yield break;
                }

                // No line end in the buffer: keep the partial line (or drop it when it is already too long) and
                // read more.
                var pending = end - start;
                if (skipping || pending > MaxLineBytes)
                {
                    if (!skipping)
                    {
                        skipping = true;
                        skipped = 0;
                    }

                    skipped += pending;
                    start = end = 0;
                }
                else if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, pending);
                    start = 0;
                    end = pending;
                }

                if (end == buffer.Length)
                {
                    var size = Math.Min(Math.Min((long)buffer.Length * 2, (long)MaxLineBytes + ChunkSize), Array.MaxLength);
                    var larger = ArrayPool<byte>.Shared.Rent((int)size);
                    Buffer.BlockCopy(buffer, 0, larger, 0, end);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    eof = true;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private IngestOutcome TooLong(string source, int lineNumber, long length) =>
        IngestOutcome.ForFailure(
            source,
            $"line too long: {IngestText.Megabytes(length)} (limit {IngestText.Megabytes(MaxLineBytes)})",
            lineNumber);

    // Reads one line; null for a blank line.
    private static IngestOutcome? ReadLine(string source, string stem, int lineNumber, ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        if (!span.IsEmpty && span[^1] == (byte)'\r')
        {
            line = line[..^1];
            span = line.Span;
        }

        if (lineNumber == 1 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
            span = line.Span;
        }

        if (span.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0)
        {
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            return Fail("not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, JsonOptions);
        }
        catch (JsonException e)
        {
            // The message can quote the line; only the position is reported.
            var position = e.BytePositionInLine is { } p ? (p + 1).ToString(CultureInfo.InvariantCulture) : "?";
            return Fail($"invalid JSON (at byte {position})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("not a JSON object");
            }

            if (!root.TryGetProperty("text", out var textElement))
            {
                return Fail("no \"text\" field");
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                return Fail("\"text\" field is not a string");
            }

            var text = textElement.GetString();
            if (string.IsNullOrWhiteSpace(text))
            {
                return Fail("empty \"text\" field");
            }

            var warnings = new List<string>();
            var fields = new TestimonyMetadata
            {
                InterviewId = Field(root, "interview_id"),
                InterviewDate = DateField(root, lineNumber, warnings),
                Place = Field(root, "place"),
                Language = Field(root, "language"),
                Interviewer = Field(root, "interviewer"),
                Interpreter = Field(root, "interpreter"),
                Speaker = Field(root, "speaker"),
            };
            var parsed = PlainTextParser.Parse(text, fields);
            warnings.InsertRange(0, parsed.Warnings);
            return IngestOutcome.ForSuccess(new Testimony
            {
                Source = source,
                TestimonyId = Field(root, "id")
                    ?? parsed.Metadata.InterviewId
                    ?? string.Create(CultureInfo.InvariantCulture, $"{stem}-{lineNumber}"),
                Content = text,
                ContentSha256 = IngestText.Sha256Hex(span),
                Format = FormatName,
                Metadata = parsed.Metadata,
                Segments = parsed.Segments,
                Warnings = [.. warnings],
            });
        }

        IngestOutcome Fail(string reason) => IngestOutcome.ForFailure(source, reason, lineNumber);
    }

    // A string or number field; null when absent, null, blank or of another kind.
    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var element))
        {
            return null;
        }

        var value = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static DateOnly? DateField(JsonElement root, int lineNumber, List<string> warnings)
    {
        var value = Field(root, "interview_date") ?? Field(root, "date");
        if (value is null)
        {
            return null;
        }

        if (InterviewDates.TryParse(value, out var date))
        {
            return date;
        }

        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"interview date field not recognised (line {lineNumber})"));
        return null;
    }

    /// <summary>Limits of the reader.</summary>
    public static class Defaults
    {
        /// <summary>Longest line accepted: 16 MiB.</summary>
        public const int MaxLineBytes = 16 * 1024 * 1024;
    }
}
