using System.Diagnostics.CodeAnalysis;

namespace TestimonyNlp.Ingest;

/// <summary>
/// The outcome of decoding a transcript's bytes: the text with the encoding used and an optional warning, or
/// the reason the bytes are not a transcript. Neither the warning nor the reason quotes the text.
/// </summary>
public sealed record DecodeResult
{
    private DecodeResult(string? text, string? encodingName, string? warning, string? error)
    {
        Text = text;
        EncodingName = encodingName;
        Warning = warning;
        Error = error;
    }

    /// <summary>The decoded text, without byte order mark, when decoding succeeded.</summary>
    public string? Text { get; }

    /// <summary>The encoding used (<c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>windows-1252</c>,
    /// <c>windows-1256</c>), when decoding succeeded.</summary>
    public string? EncodingName { get; }

    /// <summary>A non-fatal problem, such as a fallback decoding, or null.</summary>
    public string? Warning { get; }

    /// <summary>Why the bytes were rejected, when they were.</summary>
    public string? Error { get; }

    /// <summary>True when the bytes were decoded to text.</summary>
    [MemberNotNullWhen(true, nameof(Text), nameof(EncodingName))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>A successful decoding.</summary>
    public static DecodeResult Decoded(string text, string encodingName, string? warning = null) =>
        new(text ?? throw new ArgumentNullException(nameof(text)),
            encodingName ?? throw new ArgumentNullException(nameof(encodingName)),
            warning,
            null);

    /// <summary>A rejection with its reason.</summary>
    public static DecodeResult Failed(string reason) =>
        new(null, null, null, reason ?? throw new ArgumentNullException(nameof(reason)));
}
