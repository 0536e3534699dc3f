namespace TestimonyNlp.Ingest;

/// <summary>
/// Reads one input file with the reader for its extension and yields its testimonies. Every way a file can fail
/// (too large, unreadable, a dangling link, a reader bug) is a failure outcome, so one bad file never stops a run.
/// JSON Lines files are streamed line by line and exempt from <see cref="MaxFileBytes"/>; their readers limit
/// each line instead.
/// </summary>
public sealed class FileIngestor
{
    private readonly TranscriptReaders _readers;

    /// <summary>Creates an ingestor over <paramref name="readers"/> (default: all formats).</summary>
    public FileIngestor(TranscriptReaders? readers = null)
    {
        _readers = readers ?? TranscriptReaders.Default;
    }

    /// <summary>The largest file read whole, in bytes.</summary>
    public long MaxFileBytes { get; init; } = Defaults.MaxFileBytes;

    /// <summary>Reads <paramref name="input"/>. Cancellation is the only exception that escapes.</summary>
    public IEnumerable<IngestOutcome> Read(InputFile input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!_readers.TryGetReaderForPath(input.FullPath, out var reader))
        {
            return [IngestOutcome.ForFailure(input.Source, _readers.UnsupportedReason(input.FullPath))];
        }

        // A named pipe or device reports length 0 and could block or never end; an empty file has nothing to
        // read either way, so neither is opened.
        if (Probe(input.FullPath) is { } problem)
        {
            return [IngestOutcome.ForFailure(input.Source, problem)];
        }

        if (reader is JsonLinesReader jsonLines)
        {
            return Guard(input, () => Stream(input, jsonLines, cancellationToken), cancellationToken);
        }

        var bytes = Load(input.FullPath, out var reason);
        if (bytes is null)
        {
            return [IngestOutcome.ForFailure(input.Source, reason!)];
        }

        return Guard(input, () => reader.Read(input.Source, bytes, cancellationToken), cancellationToken);
    }

    private static string? Probe(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return "cannot read file (is a directory)";
            }

            return new FileInfo(path).Length == 0 ? "empty file" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ReadFailure(e, path);
        }
    }

    private byte[]? Load(string path, out string? reason)
    {
        reason = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var length = stream.Length;
            if (length > MaxFileBytes)
            {
                reason = $"file too large: {IngestText.Megabytes(length)} (limit {IngestText.Megabytes(MaxFileBytes)})";
                return null;
            }

            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            reason = ReadFailure(e, path);
            return null;
        }
    }

    private static IEnumerable<IngestOutcome> Stream(InputFile input, JsonLinesReader reader, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(input.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        foreach (var outcome in reader.Read(input.Source, stream, cancellationToken))
        {
            yield return outcome;
        }
    }

    // Runs a reader's enumeration so that an exception ends this file with a failure instead of the run.
    private static IEnumerable<IngestOutcome> Guard(
        InputFile input,
        Func<IEnumerable<IngestOutcome>> read,
        CancellationToken cancellationToken)
    {
        IEnumerator<IngestOutcome>? enumerator = null;
        try
        {
            while (true)
            {
                IngestOutcome current;
                string? failure = null;
                try
                {
                    enumerator ??= read().GetEnumerator();
                    if (!enumerator.MoveNext())
                    {
                        yield break;
                    }

                    current = enumerator.Current;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failure = ReadFailure(e, input.FullPath);
                    current = default;
                }
                catch (Exception e)
                {
                    failure = $"internal error while reading ({e.GetType().Name})";
                    current = default;
                }

                if (failure is not null)
                {
                    yield return IngestOutcome.ForFailure(input.Source, failure);
                    yield break;
                }

                yield return current;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    private static string ReadFailure(Exception e, string? path) => e switch
    {
        UnauthorizedAccessException => "cannot read file (permission denied)",
        FileNotFoundException or DirectoryNotFoundException when path is not null && IsLink(path) =>
            "cannot read file (broken symbolic link)",
        FileNotFoundException or DirectoryNotFoundException => "cannot read file (no such file)",
        PathTooLongException => "cannot read file (path too long)",
        EndOfStreamException => "cannot read file (file changed while reading)",
        IOException => "cannot read file (I/O error)",
        _ => "cannot read file (invalid path)",
    };

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Limits of the ingestor.</summary>
    public static class Defaults
    {
        /// <summary>Largest file read whole: 64 MiB.</summary>
        public const long MaxFileBytes = 64L * 1024 * 1024;
    }
}
