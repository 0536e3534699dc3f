using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class RawTranscriptWriterTests
{
    [Theory]
    [InlineData(SourceEncoding.Utf8, NewlineStyle.Lf, new byte[] { 0x41, 0xC3, 0xA9, 0x0A, 0x42 })]
    [InlineData(SourceEncoding.Utf8, NewlineStyle.Crlf, new byte[] { 0x41, 0xC3, 0xA9, 0x0D, 0x0A, 0x42 })]
    [InlineData(SourceEncoding.Utf8Bom, NewlineStyle.Lf, new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0xA9, 0x0A, 0x42 })]
    [InlineData(SourceEncoding.Utf16Le, NewlineStyle.Crlf, new byte[] { 0xFF, 0xFE, 0x41, 0, 0xE9, 0, 0x0D, 0, 0x0A, 0, 0x42, 0 })]
    public void WriteText_EncodingAndNewline_ExactBytes(SourceEncoding encoding, NewlineStyle newline, byte[] expected)
    {
        Assert.Equal(expected, RawTranscriptWriter.WriteText("Aé\nB", encoding, newline));
    }

    [Fact]
    public void WriteDocx_EmptyAndEscapedLines_ReaderGetsTheLinesBack()
    {
        var text = "Q: Tom & Jerry <i>?\n\n\tA: Yes.  ";
        var bytes = RawTranscriptWriter.WriteDocx(text);

        Assert.True(TranscriptReaders.Default.TryGetReader(".docx", out var reader));
        var outcome = Assert.Single(reader.Read("x.docx", bytes, CancellationToken.None));
        Assert.Equal(text, outcome.Testimony!.Content);
    }

    [Fact]
    public void WriteDocx_SameText_SameBytesAndPlatformFieldZero()
    {
        var first = RawTranscriptWriter.WriteDocx("A: Yes.");
        var second = RawTranscriptWriter.WriteDocx("A: Yes.");

        Assert.Equal(first, second);
        var central = first.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]);
        Assert.Equal(0, first[central + 5]);
    }

    [Fact]
    public void WriteJsonl_HeaderInSourceOrder_WrittenInFixedOrder()
    {
        var source = new MarkedSource
        {
            File = "marked/sy-a-1.jsonl.mk",
            Id = "sy-a-1",
            Format = RawFormat.Jsonl,
            Header = [new("language", "Arabic"), new("id", "A-1")],
            PlainText = "Q: Where?\nA: Ḥimṣ.",
            Witness = "w",
        };

        Assert.Equal(
            "{\"id\":\"A-1\",\"language\":\"Arabic\",\"text\":\"Q: Where?\\nA: Ḥimṣ.\"}\n",
            Encoding.UTF8.GetString(RawTranscriptWriter.Write(source)));
    }
}
