using System.Globalization;
using System.Text;

namespace TestimonyNlp.Ingest;

/// <summary>
/// Turns a transcript file's bytes into text: UTF-8 with or without byte order mark, UTF-16 with byte order
/// mark, and, for bytes that are not valid UTF-8, Windows-1252 or (when the bytes look Arabic) Windows-1256.
/// Empty, blank and binary input are rejected as values.
/// </summary>
public static class TranscriptDecoder
{
    /// <summary>Encoding name for UTF-8.</summary>
    public const string Utf8 = "utf-8";

    /// <summary>Encoding name for little-endian UTF-16.</summary>
    public const string Utf16LittleEndian = "utf-16le";

    /// <summary>Encoding name for big-endian UTF-16.</summary>
    public const string Utf16BigEndian = "utf-16be";

    /// <summary>Encoding name for the Western European code page.</summary>
    public const string Windows1252 = "windows-1252";

    /// <summary>Encoding name for the Arabic code page.</summary>
    public const string Windows1256 = "windows-1256";

    private const char ByteOrderMark = '\uFEFF';

    private static readonly Encoding Cp1252;
    private static readonly Encoding Cp1256;
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    static TranscriptDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp1252 = Encoding.GetEncoding(1252);
        Cp1256 = Encoding.GetEncoding(1256);
    }

    /// <summary>Decodes <paramref name="bytes"/>; never throws.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodeResult.Failed("empty file");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], Utf16Le, Utf16LittleEndian);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], Utf16Be, Utf16BigEndian);
        }

        var bomLength = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var body = bytes[bomLength..];
        if (BinaryReason(body) is { } binary)
        {
            return DecodeResult.Failed(binary);
        }

        string text;
        string encoding;
        string? warning = null;
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            text = Encoding.UTF8.GetString(body);
            encoding = Utf8;
        }
        else
        {
            var badOffset = (bomLength + FirstInvalidUtf8(body)).ToString(CultureInfo.InvariantCulture);
            if (bomLength > 0)
            {
                // The byte order mark declares UTF-8, so keep it and mark the damage rather than guess a code page.
                text = Encoding.UTF8.GetString(body);
                encoding = Utf8;
                warning = $"not valid UTF-8 (first bad byte at offset {badOffset}); invalid bytes replaced with U+FFFD";
            }
            else if (LooksArabic(body))
            {
                text = Cp1256.GetString(body);
                encoding = Windows1256;
                warning = $"not valid UTF-8 (first bad byte at offset {badOffset}); decoded as Windows-1256";
            }
            else
            {
                text = Cp1252.GetString(body);
                encoding = Windows1252;
                warning = $"not valid UTF-8 (first bad byte at offset {badOffset}); decoded as Windows-1252";
            }
        }

        return Finish(text, encoding, warning);
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> body, Encoding encoding, string name)
    {
        string? warning = null;
        if (body.Length % 2 != 0)
        {
            warning = "odd number of bytes in UTF-16 text; last byte ignored";
            body = body[..^1];
        }

        var text = encoding.GetString(body);
        if (BinaryReason(text.AsSpan()) is { } binary)
        {
            return DecodeResult.Failed(binary);
        }

        return Finish(text, name, warning);
    }

    private static DecodeResult Finish(string text, string encoding, string? warning)
    {
        var skip = 0;
        while (skip < text.Length && text[skip] == ByteOrderMark)
        {
            skip++;
        }

        if (skip > 0)
        {
            text = text[skip..];
        }

        if (text.Length == 0)
        {
            return DecodeResult.Failed("empty file");
        }

        if (IsAllWhiteSpace(text))
        {
            return DecodeResult.Failed("no text");
        }

        return DecodeResult.Decoded(text, encoding, warning);
    }

    private static bool IsAllWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != ByteOrderMark)
            {
                return false;
            }
        }

        return true;
    }

    private static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return "binary content, not a transcript (NUL bytes)";
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (IsStrayControl(b))
            {
                controls++;
            }
        }

        return TooManyControls(controls, bytes.Length) ? "binary content, not a transcript (control characters)" : null;
    }

    private static string? BinaryReason(ReadOnlySpan<char> chars)
    {
        if (chars.Contains('\0'))
        {
            return "binary content, not a transcript (NUL bytes)";
        }

        var controls = 0;
        foreach (var c in chars)
        {
            if (c < 0x80 && IsStrayControl((byte)c))
            {
                controls++;
            }
        }

        return TooManyControls(controls, chars.Length) ? "binary content, not a transcript (control characters)" : null;
    }

    private static bool TooManyControls(int controls, int length) =>
        controls > 0 && (long)controls * Defaults.ControlCharacterShareDivisor > length;

    // Tab, line feed, vertical tab, form feed and carriage return occur in real transcripts; other C0 controls
    // and DEL do not.
    private static bool IsStrayControl(byte b) => b is (< 0x20 and not (>= 0x09 and <= 0x0D)) or 0x7F;

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var nonAscii = bytes[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (nonAscii < 0)
            {
                break;
            }

            offset += nonAscii;
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>
    /// True when the high bytes are mostly Windows-1256 Arabic letters that come in runs, as Arabic words do.
    /// Western European text in Windows-1252 has its accented letters one at a time between ASCII letters.
    /// </summary>
    internal static bool LooksArabic(ReadOnlySpan<byte> bytes)
    {
        var high = 0;
        var arabic = 0;
        var adjacent = 0;
        var previousArabic = false;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                previousArabic = false;
                continue;
            }

            high++;
            var isArabic = IsArabicLetter1256(b);
            if (isArabic)
            {
                arabic++;
                if (previousArabic)
                {
                    adjacent++;
                }
            }

            previousArabic = isArabic;
        }

        return adjacent >= Defaults.MinArabicLetterPairs
            && adjacent * 2 >= arabic
            && arabic * 10 >= high * 8;
    }

    private static bool IsArabicLetter1256(byte b) =>
        b is 0x81 or 0x8D or 0x8E or 0x8F or 0x90 or 0x98 or 0x9A or 0x9F or 0xAA
            or (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xDF) or 0xE1 or (>= 0xE3 and <= 0xE6)
            or 0xEC or 0xED or (>= 0xF0 and <= 0xF3) or 0xF5 or 0xF6 or 0xF8 or 0xFA or 0xFF;

    /// <summary>Thresholds of the decoder.</summary>
    public static class Defaults
    {
        /// <summary>Input is binary when more than one byte in this many is a stray control character.</summary>
        public const int ControlCharacterShareDivisor = 20;

        /// <summary>Fewest pairs of adjacent Arabic letters before non-UTF-8 bytes are read as Windows-1256.</summary>
        public const int MinArabicLetterPairs = 2;
    }
}

