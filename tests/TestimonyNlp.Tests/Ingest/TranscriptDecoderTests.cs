using System.Text;
using TestimonyNlp.Ingest;

namespace TestimonyNlp.Tests.Ingest;

public sealed class TranscriptDecoderTests
{
    static TranscriptDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsTextAsIs()
    {
        var result = TranscriptDecoder.Decode("Q: Where were you?\nA: In Deir ez-Zor."u8);

        Assert.True(result.Success);
        Assert.Equal("Q: Where were you?\nA: In Deir ez-Zor.", result.Text);
        Assert.Equal("utf-8", result.EncodingName);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Decode_Utf8WithBom_StripsBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Layla: We left Homs."u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("Layla: We left Homs.", result.Text);
        Assert.Equal("utf-8", result.EncodingName);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Decode_Utf8NonAscii_KeepsCharacters()
    {
        var result = TranscriptDecoder.Decode(Encoding.UTF8.GetBytes("Sa\u2019ad came from Raqqa \u2014 \u0627\u0644\u0631\u0642\u0629."));

        Assert.Equal("Sa\u2019ad came from Raqqa \u2014 \u0627\u0644\u0631\u0642\u0629.", result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Fact]
    public void Decode_DoubleBom_DropsLeadingFeff()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "Q: Why?"u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("Q: Why?", result.Text);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_IsNotBinary()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("A: The market in Idlib.")];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.True(result.Success);
        Assert.Equal("A: The market in Idlib.", result.Text);
        Assert.Equal("utf-16le", result.EncodingName);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_ReturnsText()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("A: Near Aleppo.")];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("A: Near Aleppo.", result.Text);
        Assert.Equal("utf-16be", result.EncodingName);
    }

    [Fact]
    public void Decode_Utf16OddLength_DropsLastByteWithWarning()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hama"), 0x41];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("Hama", result.Text);
        Assert.Equal("odd number of bytes in UTF-16 text; last byte ignored", result.Warning);
    }

    [Fact]
    public void Decode_InvalidUtf8_FallsBackToWindows1252WithWarning()
    {
        byte[] bytes = [.. "We met at the caf"u8, 0xE9, .. " in Mosul."u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("We met at the caf\u00E9 in Mosul.", result.Text);
        Assert.Equal("windows-1252", result.EncodingName);
        Assert.Equal("not valid UTF-8 (first bad byte at offset 17); decoded as Windows-1252", result.Warning);
    }

    [Fact]
    public void Decode_GermanAccentsInvalidUtf8_StaysWindows1252()
    {
        // "Größe" has two adjacent high bytes that are also Arabic letters in Windows-1256: one pair is not Arabic.
        byte[] bytes = [.. "Die Gr"u8, 0xF6, 0xDF, .. "e der Stadt Kobani."u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("Die Gr\u00F6\u00DFe der Stadt Kobani.", result.Text);
        Assert.Equal("windows-1252", result.EncodingName);
    }

    [Fact]
    public void Decode_ArabicInWindows1256_DetectedWithWarning()
    {
        const string arabic = "\u0642\u0627\u0644 \u0623\u062D\u0645\u062F \u0645\u0646 \u062D\u0644\u0628";
        byte[] bytes = [.. "A: "u8, .. Encoding.GetEncoding(1256).GetBytes(arabic)];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("A: " + arabic, result.Text);
        Assert.Equal("windows-1256", result.EncodingName);
        Assert.Equal("not valid UTF-8 (first bad byte at offset 3); decoded as Windows-1256", result.Warning);
    }

    [Fact]
    public void Decode_BomThenInvalidUtf8_ReplacesWithWarning()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Ab"u8, 0xFF, .. "c"u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("Ab\uFFFDc", result.Text);
        Assert.Equal("utf-8", result.EncodingName);
        Assert.Equal("not valid UTF-8 (first bad byte at offset 5); invalid bytes replaced with U+FFFD", result.Warning);
    }

    [Fact]
    public void Decode_Empty_FailsEmptyFile()
    {
        var result = TranscriptDecoder.Decode([]);

        Assert.False(result.Success);
        Assert.Equal("empty file", result.Error);
        Assert.Null(result.Text);
    }

    [Fact]
    public void Decode_BomOnly_FailsEmptyFile()
    {
        var result = TranscriptDecoder.Decode([0xEF, 0xBB, 0xBF]);

        Assert.Equal("empty file", result.Error);
    }

    [Fact]
    public void Decode_WhitespaceOnly_FailsNoText()
    {
        var result = TranscriptDecoder.Decode(" \r\n\t \n"u8);

        Assert.Equal("no text", result.Error);
    }

    [Fact]
    public void Decode_NulBytes_FailsBinary()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("binary content, not a transcript (NUL bytes)", result.Error);
    }

    [Fact]
    public void Decode_ManyControlCharacters_FailsBinary()
    {
        byte[] bytes = [.. "abc"u8, 0x01, 0x02, 0x03, .. "defghij"u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("binary content, not a transcript (control characters)", result.Error);
    }

    [Fact]
    public void Decode_OneStrayControlInLongText_Accepted()
    {
        byte[] bytes = [.. "The convoy reached Kherson in the morning"u8, 0x1B, .. " and stopped."u8];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.True(result.Success);
        Assert.Equal(55, result.Text!.Length);
    }

    [Fact]
    public void Decode_Utf16WithNulCharacters_FailsBinary()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00];

        var result = TranscriptDecoder.Decode(bytes);

        Assert.Equal("binary content, not a transcript (NUL bytes)", result.Error);
    }
}
