using System.Diagnostics.CodeAnalysis;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>
/// The result of reading one testimony: either the testimony or the reason it could not be read.
/// Expected failures are values, not exceptions.
/// </summary>
public readonly struct IngestOutcome
{
    private IngestOutcome(Testimony? testimony, IngestError? error)
    {
        Testimony = testimony;
        Error = error;
    }

    /// <summary>The testimony, when reading succeeded.</summary>
    public Testimony? Testimony { get; }

    /// <summary>The error, when reading failed.</summary>
    public IngestError? Error { get; }

    /// <summary>True when a testimony was read.</summary>
    [MemberNotNullWhen(true, nameof(Testimony))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Testimony is not null;

    /// <summary>A successful read.</summary>
    public static IngestOutcome ForSuccess(Testimony testimony) =>
        new(testimony ?? throw new ArgumentNullException(nameof(testimony)), null);

    /// <summary>A failed read.</summary>
    public static IngestOutcome ForFailure(IngestError error) =>
        new(null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>A failed read of <paramref name="source"/>.</summary>
    public static IngestOutcome ForFailure(string source, string reason, int? line = null) =>
        new(null, new IngestError(source, line, reason));

    /// <summary>Gets the testimony when there is one.</summary>
    public bool TryGetTestimony([NotNullWhen(true)] out Testimony? testimony)
    {
        testimony = Testimony;
        return testimony is not null;
    }
}
