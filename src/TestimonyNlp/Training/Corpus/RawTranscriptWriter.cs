using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Writes the raw transcript a marked source stands for, exactly as it would arrive: text with the declared
/// encoding and line endings; a minimal Word package with one paragraph per source line; or one JSON Lines
/// record made from the header block and the text. The same source always gives the same bytes.
/// </summary>
public static class RawTranscriptWriter
{
    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>";

    private const string Relationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        + "Target=\"word/document.xml\"/>"
        + "</Relationships>";

    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The order the jsonl record's fields are written in, whatever the order of the header block.
    private static readonly string[] JsonFieldOrder =
        ["id", "interview_id", "interview_date", "place", "language", "interviewer", "interpreter", "speaker"];

    /// <summary>The bytes of the raw transcript of <paramref name="source"/>.</summary>
    public static byte[] Write(MarkedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Format switch
        {
            RawFormat.Docx => WriteDocx(source.PlainText),
            RawFormat.Jsonl => WriteJsonl(source),
            _ => WriteText(source.PlainText, source.Encoding, source.Newline),
        };
    }

    /// <summary>Encodes <paramref name="text"/> (line feeds) with the given encoding and line endings.</summary>
    public static byte[] WriteText(string text, SourceEncoding encoding, NewlineStyle newline)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (newline == NewlineStyle.Crlf)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return encoding switch
        {
            SourceEncoding.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            SourceEncoding.Utf16Le => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    /// <summary>
    /// A minimal Word package (<c>[Content_Types].xml</c>, <c>_rels/.rels</c>, <c>word/document.xml</c>) with one
    /// paragraph per line of <paramref name="text"/>. Entries are stored uncompressed with a fixed time, so the
    /// bytes depend on nothing but the text.
    /// </summary>
    public static byte[] WriteDocx(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new StringBuilder(text.Length + 1024);
        document.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        document.Append("<w:document xmlns:w=\"").Append(WordMain).Append("\"><w:body>");
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                document.Append("<w:p/>");
                continue;
            }

            document.Append("<w:p><w:r><w:t xml:space=\"preserve\">");
            AppendEscaped(document, line);
            document.Append("</w:t></w:r></w:p>");
        }

        document.Append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml", ContentTypes);
            AddEntry(zip, "_rels/.rels", Relationships);
            AddEntry(zip, "word/document.xml", document.ToString());
        }

        var bytes = buffer.ToArray();
        NormalizeMadeBy(bytes);
        return bytes;
    }

    private static void AddEntry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = EntryTime;
        entry.ExternalAttributes = 0;
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    // ZipArchive records the platform it ran on in each central directory header ("version made by"); the
    // package must not depend on where the corpus was built, so that byte is set to 0 (MS-DOS).
    private static void NormalizeMadeBy(byte[] zip)
    {
        const uint EndOfCentralDirectory = 0x06054b50;
        const uint CentralHeader = 0x02014b50;
        const int EndRecordLength = 22;
        for (var end = zip.Length - EndRecordLength; end >= 0; end--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)) != EndOfCentralDirectory)
            {
                continue;
            }

            var entries = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
            var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
            for (var k = 0; k < entries && offset + 46 <= zip.Length; k++)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(offset)) != CentralHeader)
                {
                    return;
                }

                zip[offset + 5] = 0;
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 28));
                var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 30));
                var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 32));
                offset += 46 + nameLength + extraLength + commentLength;
            }

            return;
        }
    }

    private static void AppendEscaped(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }

    /// <summary>One JSON Lines record: the header fields (in a fixed order) and <c>text</c>, non-ASCII kept, with a
    /// final line feed.</summary>
    public static byte[] WriteJsonl(MarkedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var key in JsonFieldOrder)
            {
                foreach (var field in source.Header)
                {
                    if (field.Key == key)
                    {
                        json.WriteString(field.Key, field.Value);
                    }
                }
            }

            json.WriteString("text", source.PlainText);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
