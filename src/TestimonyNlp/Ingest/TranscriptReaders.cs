using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace TestimonyNlp.Ingest;

/// <summary>The registry of transcript readers, by file extension (case-insensitive).</summary>
public sealed class TranscriptReaders
{
    private readonly FrozenDictionary<string, ITranscriptReader> _byExtension;

    /// <summary>Creates a registry of <paramref name="readers"/>; a later reader does not replace an earlier one
    /// for the same extension.</summary>
    public TranscriptReaders(IEnumerable<ITranscriptReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var list = new List<ITranscriptReader>();
        var byExtension = new Dictionary<string, ITranscriptReader>(StringComparer.OrdinalIgnoreCase);
        var extensions = new List<string>();
        foreach (var reader in readers)
        {
            list.Add(reader);
            foreach (var extension in reader.Extensions)
            {
                if (byExtension.TryAdd(extension, reader))
                {
                    extensions.Add(extension);
                }
            }
        }

        Readers = list;
        SupportedExtensions = extensions;
        _byExtension = byExtension.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The readers for <c>.txt .srt .vtt .docx .jsonl</c> with their default limits.</summary>
    public static TranscriptReaders Default { get; } = new(
    [
        new PlainTextReader(),
        new SubRipReader(),
        new WebVttReader(),
        new WordDocumentReader(),
        new JsonLinesReader(),
    ]);

    /// <summary>The readers, in the order given.</summary>
    public IReadOnlyList<ITranscriptReader> Readers { get; }

    /// <summary>The extensions with a reader, lower case with the dot, in the order given.</summary>
    public IReadOnlyList<string> SupportedExtensions { get; }

    /// <summary>Finds the reader for <paramref name="extension"/> (<c>.txt</c>, <c>txt</c> or <c>.TXT</c>).</summary>
    public bool TryGetReader(string extension, [MaybeNullWhen(false)] out ITranscriptReader reader)
    {
        reader = null;
        if (string.IsNullOrEmpty(extension))
        {
            return false;
        }

        return extension[0] == '.'
            ? _byExtension.TryGetValue(extension, out reader)
            : _byExtension.TryGetValue("." + extension, out reader);
    }

    /// <summary>Finds the reader for the extension of <paramref name="path"/>.</summary>
    public bool TryGetReaderForPath(string path, [MaybeNullWhen(false)] out ITranscriptReader reader)
    {
        reader = null;
        var extension = Path.GetExtension(path);
        return !string.IsNullOrEmpty(extension) && TryGetReader(extension, out reader);
    }

    /// <summary>The reason given for a file whose type has no reader:
    /// <c>unsupported file type '.pdf' (supported: .txt, .srt, .vtt, .docx, .jsonl)</c>.</summary>
    public string UnsupportedReason(string path)
    {
        var extension = Path.GetExtension(path);
        var what = string.IsNullOrEmpty(extension) ? "unsupported file type (no extension)" : $"unsupported file type '{extension}'";
        return $"{what} (supported: {string.Join(", ", SupportedExtensions)})";
    }
}
