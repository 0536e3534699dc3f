using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace TestimonyNlp.Tests.Ingest;

public sealed class WordDocumentReaderTests
{
    private static readonly WordDocumentReader Reader = new();

    internal static byte[] BuildDocx(params OpenXmlElement[] bodyElements)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(bodyElements));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    internal static Paragraph Para(string text) => new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static IEnumerable<IngestOutcome> Read(byte[] bytes, WordDocumentReader? reader = null) =>
        (reader ?? Reader).Read("statements/doc-7.docx", bytes, CancellationToken.None);

    [Fact]
    public void Read_HeaderTurnsTabsBreaksAndTable_ParsedAsTranscript()
    {
        var bytes = BuildDocx(
            new Paragraph(
                new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 720 })),
                new Run(new WordText("Interview ID: DOC-7"))),
            Para("Date: 2 April 2019"),
            new Paragraph(),
            Para("Q: Where were you?"),
            new Paragraph(
                new Run(new WordText("A: In Mosul,")),
                new Run(new TabChar(), new WordText("near the old bridge."), new Break(), new WordText("We hid there."))),
            new Table(
                new TableRow(
                    new TableCell(Para("INTERPRETER: She means the Nuri mosque.")),
                    new TableCell(Para("(pause)")))));

        var testimony = IngestAssert.Single(Read(bytes));

        const string expected =
            "Interview ID: DOC-7\nDate: 2 April 2019\n\nQ: Where were you?\nA: In Mosul,\tnear the old bridge.\nWe hid there.\n" +
            "INTERPRETER: She means the Nuri mosque.\n(pause)";
        Assert.Equal(expected, testimony.Content);
        Assert.Equal("docx", testimony.Format);
        Assert.Equal("DOC-7", testimony.TestimonyId);
        Assert.Equal(new DateOnly(2019, 4, 2), testimony.Metadata.InterviewDate);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), testimony.ContentSha256);
        Assert.Equal(4, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Where were you?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "In Mosul,\tnear the old bridge.\nWe hid there.", SpeakerRole.Witness, "A", 1);
        IngestAssert.Segment(testimony.Content, testimony.Segments[2], "She means the Nuri mosque.", SpeakerRole.Interpreter, "INTERPRETER", 2);
        IngestAssert.Segment(testimony.Content, testimony.Segments[3], "(pause)", SpeakerRole.Note, null, 3);
    }

    [Fact]
    public void Read_NoHeader_IdFromFileName()
    {
        var testimony = IngestAssert.Single(Read(BuildDocx(Para("We walked to Tal Abyad."))));

        Assert.Equal("doc-7", testimony.TestimonyId);
        IngestAssert.Segment(testimony.Content, Assert.Single(testimony.Segments), "We walked to Tal Abyad.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Read_DeletedRevisionText_Left()
    {
        var bytes = BuildDocx(new Paragraph(
            new Run(new WordText("A: Seven ")),
            new DeletedRun(new Run(new DeletedText("six "))),
            new Run(new WordText("people."))));

        var testimony = IngestAssert.Single(Read(bytes));

        Assert.Equal("A: Seven people.", testimony.Content);
    }

    [Fact]
    public void Read_Truncated_ErrorNotValid()
    {
        var bytes = BuildDocx(Para("Q: Where?"), Para("A: Sirte."));

        var error = IngestAssert.SingleError(Read(bytes[..(bytes.Length / 2)]));

        Assert.Equal(new IngestError("statements/doc-7.docx", null, "not a valid Word document (corrupt or truncated zip)"), error);
    }

    [Fact]
    public void Read_NotZip_ErrorNotValid()
    {
        var error = IngestAssert.SingleError(Read("Q: plain text saved as docx"u8.ToArray()));

        Assert.Equal("not a valid Word document (not a zip archive)", error.Reason);
    }

    [Fact]
    public void Read_OldBinaryDoc_ErrorNotValid()
    {
        var error = IngestAssert.SingleError(Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]));

        Assert.Equal("not a valid Word document (old binary .doc format or encrypted)", error.Reason);
    }

    [Fact]
    public void Read_ZipWithoutDocumentPart_ErrorMissingMainPart()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            entry.Write("nothing");
        }

        var error = IngestAssert.SingleError(Read(stream.ToArray()));

        Assert.Equal("not a valid Word document (missing main document part)", error.Reason);
    }

    [Fact]
    public void Read_DocumentXmlOverLimit_Refused()
    {
        var bytes = BuildDocx(Para("A: " + new string('x', 500)));

        var error = IngestAssert.SingleError(Read(bytes, new WordDocumentReader(maxDocumentXmlBytes: 400)));

        Assert.Equal("Word document too large when uncompressed (limit 400 bytes)", error.Reason);
    }

    [Fact]
    public void Read_EmptyDocument_ErrorNoText()
    {
        var error = IngestAssert.SingleError(Read(BuildDocx(new Paragraph(), new Paragraph())));

        Assert.Equal("no text", error.Reason);
    }
    [Fact]
    public void Read_DeclaredSizeSmallerThanContent_StopsAtDeclaredSize()
    {
        var bytes = BuildDocx(Para("A: " + new string('x', 100_000)));
        PatchDeclaredSize(bytes, "word/document.xml", 200);

        var error = IngestAssert.SingleError(Read(bytes, new WordDocumentReader(maxDocumentXmlBytes: 1000)));

        Assert.Equal("not a valid Word document (malformed document.xml)", error.Reason);
    }

    // Rewrites the uncompressed size a zip declares for one entry, in the local header and the central directory.
    internal static void PatchDeclaredSize(byte[] zip, string entryName, uint size)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50)
            {
                var nameLength = BitConverter.ToUInt16(zip, i + 26);
                if (zip.AsSpan(i + 30, nameLength).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
                }
            }
            else if (signature == 0x02014b50)
            {
                var nameLength = BitConverter.ToUInt16(zip, i + 28);
                if (zip.AsSpan(i + 46, nameLength).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
                }
            }
        }
    }
}
