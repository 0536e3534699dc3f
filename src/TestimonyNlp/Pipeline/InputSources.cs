using TestimonyNlp.Ingest;

namespace TestimonyNlp.Pipeline;

/// <summary>Turns command-line paths into the inputs of a batch run.</summary>
public static class InputSources
{
    /// <summary>
    /// The inputs under <paramref name="paths"/>, found lazily (a huge tree is never listed whole). JSON Lines
    /// files are streamed record by record; every other file is read whole by a worker.
    /// </summary>
    public static IEnumerable<BatchInput> Create(IEnumerable<string> paths, long maxFileBytes)
    {
        var collector = new InputCollector();
        var ingestor = new FileIngestor { MaxFileBytes = maxFileBytes };
        foreach (var input in collector.Collect(paths))
        {
            if (!input.IsFile)
            {
                yield return BatchInput.ForError(input.Error);
                continue;
            }

            var file = input.File;
            var streamed = string.Equals(Path.GetExtension(file.FullPath), ".jsonl", StringComparison.OrdinalIgnoreCase);
            yield return new BatchInput(file.Source, token => ingestor.Read(file, token), streamed);
        }
    }

    /// <summary>How many inputs <see cref="Create"/> will yield (for a progress bar's total).</summary>
    public static int Count(IEnumerable<string> paths) => new InputCollector().Collect(paths).Count();
}
