using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace TestimonyNlp.Ingest;

/// <summary>
/// Reads Word documents (<c>.docx</c>): the paragraphs of the main body in document order (table cells
/// included), one line each, with tabs and breaks kept; then parses them as a plain-text transcript.
/// Refuses archives whose XML parts would inflate beyond <see cref="MaxDocumentXmlBytes"/>.
/// </summary>
public sealed class WordDocumentReader : ITranscriptReader
{
    /// <summary>The format name, <c>docx</c>.</summary>
    public const string FormatName = "docx";

    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Creates a reader with the default size limit.</summary>
    public WordDocumentReader()
        : this(Defaults.MaxDocumentXmlBytes)
    {
    }

    /// <summary>Creates a reader that refuses XML parts larger than <paramref name="maxDocumentXmlBytes"/> once
    /// uncompressed.</summary>
    public WordDocumentReader(long maxDocumentXmlBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDocumentXmlBytes);
        MaxDocumentXmlBytes = maxDocumentXmlBytes;
    }

    /// <summary>The largest uncompressed size of <c>document.xml</c> (and any other XML part) accepted.</summary>
    public long MaxDocumentXmlBytes { get; }

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public IEnumerable<IngestOutcome> Read(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        return [ReadOne(source, bytes, cancellationToken)];
    }

    /// <summary>Extracts the body text of a Word document: one line per paragraph.</summary>
    /// <returns>The text, or null with <paramref name="reason"/> set.</returns>
    internal string? ExtractText(ReadOnlyMemory<byte> bytes, out string? reason, CancellationToken cancellationToken = default)
    {
        var span = bytes.Span;
        if (span.Length >= 4 && span[0] == 0xD0 && span[1] == 0xCF && span[2] == 0x11 && span[3] == 0xE0)
        {
            reason = Invalid("old binary .doc format or encrypted");
            return null;
        }

        if (span.Length < 4 || span[0] != (byte)'P' || span[1] != (byte)'K')
        {
            reason = Invalid("not a zip archive");
            return null;
        }

        var array = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? segment
            : new ArraySegment<byte>(bytes.ToArray());

        reason = CheckArchive(array);
        if (reason is not null)
        {
            return null;
        }

        WordprocessingDocument document;
        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxDocumentXmlBytes };
            document = WordprocessingDocument.Open(new MemoryStream(array.Array!, array.Offset, array.Count, writable: false), false, settings);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's message may quote part names or content; only its kind is reported.
            reason = Invalid(e is OpenXmlPackageException ? "not a Word document package" : "corrupt package");
            return null;
        }

        using (document)
        {
            MainDocumentPart? main;
            try
            {
                main = document.MainDocumentPart;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                main = null;
            }

            if (main is null)
            {
                reason = Invalid("missing main document part");
                return null;
            }

            try
            {
                using var part = main.GetStream(FileMode.Open, FileAccess.Read);
                using var limited = new LimitedReadStream(part, MaxDocumentXmlBytes);
                try
                {
                    return ReadBody(limited, cancellationToken);
                }
                catch (Exception) when (limited.Exceeded)
                {
                    reason = TooLarge();
                    return null;
                }
            }
            catch (XmlException)
            {
                reason = Invalid("malformed document.xml");
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                reason = Invalid("corrupt document.xml");
                return null;
            }
        }
    }

    private IngestOutcome ReadOne(string source, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var text = ExtractText(bytes, out var reason, cancellationToken);
        if (text is null)
        {
            return IngestOutcome.ForFailure(source, reason ?? Invalid("unreadable"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestOutcome.ForFailure(source, "no text");
        }

        var parsed = PlainTextParser.Parse(text);
        return IngestOutcome.ForSuccess(new Model.Testimony
        {
            Source = source,
            TestimonyId = parsed.Metadata.InterviewId ?? IngestText.FileStem(source),
            Content = text,
            ContentSha256 = IngestText.Sha256Hex(bytes.Span),
            Format = FormatName,
            Metadata = parsed.Metadata,
            Segments = parsed.Segments,
            HeaderLines = parsed.HeaderLines,
            Warnings = parsed.Warnings,
        });
    }

    private static string Invalid(string why) => $"not a valid Word document ({why})";

    private string TooLarge() =>
        $"Word document too large when uncompressed (limit {IngestText.Megabytes(MaxDocumentXmlBytes)})";

    // Reads the zip directory before the package is opened, so an archive that declares huge XML parts is
    // refused without inflating anything.
    private string? CheckArchive(ArraySegment<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read);
            var hasMain = false;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if ((name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                    && entry.Length > MaxDocumentXmlBytes)
                {
                    return TooLarge();
                }

                hasMain |= name.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith("document2.xml", StringComparison.OrdinalIgnoreCase);
            }

            return hasMain ? null : Invalid("missing main document part");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Invalid("corrupt or truncated zip");
        }
    }

    private static string ReadBody(Stream stream, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var text = new StringBuilder();
        var runDepth = 0;
        var inText = false;
        var paragraphs = 0;
        var advanced = reader.Read();
        while (advanced)
        {
            if ((paragraphs & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var ns = reader.NamespaceURI;
            var word = ns is WordMain or WordStrict;
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ns == MarkupCompatibility && reader.LocalName == "Fallback")
                {
                    // The fallback repeats the text of its alternative (text boxes in VML).
                    reader.Skip();
                    advanced = !reader.EOF;
                    continue;
                }

                if (word)
                {
                    switch (reader.LocalName)
                    {
                        case "p":
                            // A paragraph nested in a text box starts on its own line.
                            if (text.Length > 0 && text[^1] != '\n')
                            {
                                text.Append('\n');
                            }

                            if (reader.IsEmptyElement)
                            {
                                text.Append('\n');
                            }

                            paragraphs++;
                            break;
                        case "r":
                            if (!reader.IsEmptyElement)
                            {
                                runDepth++;
                            }

                            break;
                        case "t":
                            inText = !reader.IsEmptyElement;
                            break;
                        case "tab" when runDepth > 0:
                            text.Append('\t');
                            break;
                        case "br" or "cr" when runDepth > 0:
                            text.Append('\n');
                            break;
                        case "noBreakHyphen" when runDepth > 0:
                            text.Append('-');
                            break;
                    }
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (word)
                {
                    switch (reader.LocalName)
                    {
                        case "p":
                            text.Append('\n');
                            break;
                        case "r":
                            runDepth = Math.Max(0, runDepth - 1);
                            break;
                        case "t":
                            inText = false;
                            break;
                    }
                }
            }
            else if (inText && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                text.Append(reader.Value);
            }

            advanced = reader.Read();
        }

        if (text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }

        return text.ToString();
    }

    /// <summary>Limits of the reader.</summary>
    public static class Defaults
    {
        /// <summary>Largest uncompressed XML part accepted: 64 MiB.</summary>
        public const long MaxDocumentXmlBytes = 64L * 1024 * 1024;
    }

    // Fails the read, and records why, once more than the limit has been read: the zip-bomb guard for parts
    // whose declared size lies.
    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (Exceeded)
            {
                return 0;
            }

            var n = inner.Read(buffer);
            _read += n;
            if (_read > limit)
            {
                Exceeded = true;
                throw new InvalidDataException("part exceeds the size limit");
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
