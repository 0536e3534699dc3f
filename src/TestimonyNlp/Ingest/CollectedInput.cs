using System.Diagnostics.CodeAnalysis;

namespace TestimonyNlp.Ingest;

/// <summary>One item found by <see cref="InputCollector"/>: a file to read, or why a path could not be used.</summary>
public readonly struct CollectedInput
{
    private CollectedInput(InputFile? file, IngestError? error)
    {
        File = file;
        Error = error;
    }

    /// <summary>The file, when one was found.</summary>
    public InputFile? File { get; }

    /// <summary>The error, when the path could not be used.</summary>
    public IngestError? Error { get; }

    /// <summary>True when this item is a file.</summary>
    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsFile => File is not null;

    /// <summary>A file to read.</summary>
    public static CollectedInput ForFile(InputFile file) =>
        new(file ?? throw new ArgumentNullException(nameof(file)), null);

    /// <summary>A path that could not be used.</summary>
    public static CollectedInput ForError(IngestError error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
