namespace TestimonyNlp.Ingest;

/// <summary>
/// Expands command-line paths into transcript files, lazily: a file given directly is taken as it is (its source
/// is the path as given); a folder is walked recursively, each directory's entries in ordinal order, taking the
/// files with a supported extension and skipping hidden entries (names starting with <c>.</c>); their sources are
/// relative to the folder given, with <c>/</c> separators. Missing paths, unsupported files given directly and
/// unreadable directories are reported as errors and the rest goes on.
/// </summary>
public sealed class InputCollector
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
        MatchType = MatchType.Simple,
    };

    private readonly TranscriptReaders _readers;

    /// <summary>Creates a collector for the extensions of <paramref name="readers"/> (default: all formats).</summary>
    public InputCollector(TranscriptReaders? readers = null)
    {
        _readers = readers ?? TranscriptReaders.Default;
    }

    /// <summary>Expands <paramref name="paths"/> in the order given.</summary>
    public IEnumerable<CollectedInput> Collect(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            foreach (var item in Collect(path, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>Expands one path.</summary>
    public IEnumerable<CollectedInput> Collect(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        if (path.Length == 0)
        {
            yield return Error(path, "no such file or directory");
            yield break;
        }

        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var visited = new HashSet<string>(StringComparer.Ordinal) { ResolvedPath(new DirectoryInfo(root)) };
            foreach (var item in Walk(root, string.Empty, path, 0, visited, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        if (File.Exists(path) || IsLink(path))
        {
            yield return _readers.TryGetReaderForPath(path, out _)
                ? CollectedInput.ForFile(new InputFile(Path.GetFullPath(path), path))
                : Error(path, _readers.UnsupportedReason(path));
            yield break;
        }

        yield return Error(path, "no such file or directory");
    }

    private IEnumerable<CollectedInput> Walk(
        string directory,
        string relative,
        string given,
        int depth,
        HashSet<string> visited,
        CancellationToken cancellationToken)
    {
        var source = relative.Length == 0 ? given : relative;
        if (depth > Defaults.MaxDepth)
        {
            yield return Error(source, "directory nesting too deep");
            yield break;
        }

        var entries = List(directory, out var reason);
        if (entries is null)
        {
            yield return Error(source, reason!);
            yield break;
        }

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = entry.Name;
            if (name.StartsWith('.'))
            {
                continue;
            }

            var childRelative = relative.Length == 0 ? name : relative + "/" + name;
            if (entry is DirectoryInfo child)
            {
                // A symbolic link may lead back up the tree; each real directory is walked once.
                if (!visited.Add(ResolvedPath(child)))
                {
                    continue;
                }

                foreach (var item in Walk(child.FullName, childRelative, given, depth + 1, visited, cancellationToken))
                {
                    yield return item;
                }
            }
            else if (_readers.TryGetReaderForPath(name, out _))
            {
                yield return CollectedInput.ForFile(new InputFile(entry.FullName, childRelative));
            }
        }
    }

    private static FileSystemInfo[]? List(string directory, out string? reason)
    {
        reason = null;
        try
        {
            var entries = new DirectoryInfo(directory).GetFileSystemInfos("*", ListOptions);
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (UnauthorizedAccessException)
        {
            reason = "cannot read directory (permission denied)";
        }
        catch (DirectoryNotFoundException)
        {
            reason = "cannot read directory (no such directory)";
        }
        catch (IOException)
        {
            reason = "cannot read directory (I/O error)";
        }

        return null;
    }

    private static string ResolvedPath(DirectoryInfo directory)
    {
        try
        {
            return directory.LinkTarget is null
                ? directory.FullName
                : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName;
        }
        catch (IOException)
        {
            return directory.FullName;
        }
        catch (UnauthorizedAccessException)
        {
            return directory.FullName;
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private static CollectedInput Error(string source, string reason) =>
        CollectedInput.ForError(new IngestError(source, null, reason));

    /// <summary>Limits of the collector.</summary>
    public static class Defaults
    {
        /// <summary>Deepest folder nesting walked.</summary>
        public const int MaxDepth = 64;
    }
}
