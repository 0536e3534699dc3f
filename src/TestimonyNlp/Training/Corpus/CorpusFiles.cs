namespace TestimonyNlp.Training.Corpus;

/// <summary>Where things live in a corpus folder, and small file helpers the corpus tools share.</summary>
public static class CorpusFiles
{
    /// <summary>The folder of marked sources.</summary>
    public const string MarkedFolder = "marked";

    /// <summary>The folder of raw transcripts the builder writes.</summary>
    public const string TranscriptsFolder = "transcripts";

    /// <summary>The folder of annotation files.</summary>
    public const string AnnotationsFolder = "annotations";

    /// <summary>The annotation file, relative to the corpus folder.</summary>
    public const string GoldFile = "annotations/gold.jsonl";

    /// <summary>The split file, relative to the corpus folder.</summary>
    public const string SplitFile = "split.tsv";

    /// <summary>The extension of marked sources, with the dot.</summary>
    public const string MarkedExtension = ".mk";

    /// <summary>The transcript path of <paramref name="id"/>, relative to the corpus folder, with <c>/</c>.</summary>
    public static string TranscriptPath(string id, RawFormat format) => $"{TranscriptsFolder}/{id}.{format.ToExtension()}";

    /// <summary>The marked source path of <paramref name="id"/>, relative to the corpus folder, with <c>/</c>.</summary>
    public static string MarkedPath(string id, RawFormat format) => $"{MarkedFolder}/{id}.{format.ToExtension()}{MarkedExtension}";

    /// <summary>The full path of <paramref name="relative"/> (with <c>/</c>) under <paramref name="corpusDirectory"/>.</summary>
    public static string Full(string corpusDirectory, string relative) =>
        Path.Combine(corpusDirectory, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A few words for why a file operation failed, without the path or the exception's message.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "not found",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        IOException => "I/O error",
        _ => exception.GetType().Name,
    };

    /// <summary>True when <paramref name="id"/> is a corpus id: lower-case letters and digits in hyphen-separated
    /// parts, the first a two-letter country code (<c>sy-raqqa-041</c>).</summary>
    public static bool IsValidId(ReadOnlySpan<char> id)
    {
        if (id.Length < 4 || !char.IsAsciiLetterLower(id[0]) || !char.IsAsciiLetterLower(id[1]) || id[2] != '-')
        {
            return false;
        }

        return IsKebab(id);
    }

    /// <summary>True for lower-case ASCII letters and digits in non-empty hyphen-separated parts.</summary>
    public static bool IsKebab(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-')
            {
                if (text[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file, so a reader never
    /// sees half a file.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
