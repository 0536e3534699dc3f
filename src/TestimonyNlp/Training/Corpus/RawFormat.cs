namespace TestimonyNlp.Training.Corpus;

/// <summary>The raw transcript file a marked source produces: its extension.</summary>
public enum RawFormat
{
    /// <summary>Plain text, <c>.txt</c>.</summary>
    Txt,

    /// <summary>SubRip subtitles, <c>.srt</c>.</summary>
    Srt,

    /// <summary>WebVTT subtitles, <c>.vtt</c>.</summary>
    Vtt,

    /// <summary>A Word document, <c>.docx</c>: one paragraph per source line.</summary>
    Docx,

    /// <summary>A JSON Lines file of one record, <c>.jsonl</c>, made from the source's header block and text.</summary>
    Jsonl,
}

/// <summary>How a text raw transcript is encoded (<c>@@encoding</c>).</summary>
public enum SourceEncoding
{
    /// <summary>UTF-8 without byte order mark (the default).</summary>
    Utf8,

    /// <summary>UTF-8 with a byte order mark (<c>utf-8-bom</c>).</summary>
    Utf8Bom,

    /// <summary>Little-endian UTF-16 with a byte order mark (<c>utf-16le</c>).</summary>
    Utf16Le,
}

/// <summary>The line ending of a text raw transcript (<c>@@newline</c>).</summary>
public enum NewlineStyle
{
    /// <summary>Line feed (the default).</summary>
    Lf,

    /// <summary>Carriage return and line feed (<c>crlf</c>).</summary>
    Crlf,
}

/// <summary>Names of formats, encodings and line endings as the markup writes them.</summary>
public static class RawFormats
{
    /// <summary>The extension without dot (<c>txt</c>).</summary>
    public static string ToExtension(this RawFormat format) => format switch
    {
        RawFormat.Txt => "txt",
        RawFormat.Srt => "srt",
        RawFormat.Vtt => "vtt",
        RawFormat.Docx => "docx",
        RawFormat.Jsonl => "jsonl",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses an extension without dot, case-sensitively (<c>txt</c>).</summary>
    public static bool TryParse(ReadOnlySpan<char> extension, out RawFormat format)
    {
        foreach (var candidate in Enum.GetValues<RawFormat>())
        {
            if (extension.SequenceEqual(candidate.ToExtension()))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>True for the formats written as text, where <c>@@encoding</c> and <c>@@newline</c> apply.</summary>
    public static bool IsText(this RawFormat format) => format is RawFormat.Txt or RawFormat.Srt or RawFormat.Vtt;

    /// <summary>True for subtitle formats, whose blank lines separate cues.</summary>
    public static bool IsSubtitle(this RawFormat format) => format is RawFormat.Srt or RawFormat.Vtt;
}
