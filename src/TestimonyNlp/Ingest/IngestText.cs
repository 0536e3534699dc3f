using System.Globalization;
using System.Security.Cryptography;

namespace TestimonyNlp.Ingest;

/// <summary>Small helpers the readers share: hashing, sizes and names for messages, line splitting.</summary>
internal static class IngestText
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A size for an error message: <c>200.0 MB</c> (binary megabytes), or <c>512 bytes</c> below
    /// a tenth of a megabyte.</summary>
    public static string Megabytes(long bytes) =>
        bytes < BytesPerMegabyte / 10
            ? bytes.ToString(CultureInfo.InvariantCulture) + " bytes"
            : (bytes / BytesPerMegabyte).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    /// <summary>The file name of <paramref name="source"/> without its extension, or the source itself when
    /// that leaves nothing.</summary>
    public static string FileStem(string source)
    {
        var stem = Path.GetFileNameWithoutExtension(source.AsSpan());
        if (stem.IsEmpty)
        {
            stem = Path.GetFileName(source.AsSpan());
        }

        return stem.IsEmpty ? source : stem.ToString();
    }

    /// <summary>True for the characters that end a spoken question.</summary>
    public static bool IsQuestionMark(char c) => c is '?' or '\u061F' or '\uFF1F';

    /// <summary>Splits <paramref name="text"/> into lines at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</summary>
    public static List<TextLine> SplitLines(string text)
    {
        var lines = new List<TextLine>();
        var span = text.AsSpan();
        var start = 0;
        while (start <= span.Length)
        {
            var rest = span[start..];
            var brk = rest.IndexOfAny('\r', '\n');
            if (brk < 0)
            {
                if (rest.Length > 0 || lines.Count == 0)
                {
                    lines.Add(TextLine.Create(span, start, span.Length));
                }

                break;
            }

            var end = start + brk;
            lines.Add(TextLine.Create(span, start, end));
            start = span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? end + 2 : end + 1;
            if (start == span.Length)
            {
                break;
            }
        }

        return lines;
    }
}

/// <summary>One line of a text: where it starts and ends (without its terminator) and where its
/// non-whitespace content starts and ends.</summary>
/// <param name="Start">Offset of the first character of the line.</param>
/// <param name="End">Offset just past the last character, before the line terminator.</param>
/// <param name="TrimStart">Offset of the first non-whitespace character (<see cref="End"/> when blank).</param>
/// <param name="TrimEnd">Offset just past the last non-whitespace character (<see cref="End"/> when blank).</param>
internal readonly record struct TextLine(int Start, int End, int TrimStart, int TrimEnd)
{
    /// <summary>True when the line holds only whitespace.</summary>
    public bool IsBlank => TrimStart >= TrimEnd;

    /// <summary>Measures the line <c>text[start..end]</c>.</summary>
    public static TextLine Create(ReadOnlySpan<char> text, int start, int end)
    {
        var trimStart = start;
        while (trimStart < end && char.IsWhiteSpace(text[trimStart]))
        {
            trimStart++;
        }

        var trimEnd = end;
        while (trimEnd > trimStart && char.IsWhiteSpace(text[trimEnd - 1]))
        {
            trimEnd--;
        }

        return trimStart == trimEnd ? new TextLine(start, end, end, end) : new TextLine(start, end, trimStart, trimEnd);
    }
}
