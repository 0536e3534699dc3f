namespace TestimonyNlp.Ingest;

/// <summary>
/// Why an input (or one line of it) could not be read. <see cref="Reason"/> never quotes testimony text.
/// </summary>
/// <param name="Source">The input as named to the user (path as given, or relative to the folder given).</param>
/// <param name="Line">The 1-based line, for a JSON Lines record; otherwise null.</param>
/// <param name="Reason">What is wrong, in a few words a researcher can act on.</param>
public sealed record IngestError(string Source, int? Line, string Reason)
{
    /// <summary>The one stderr line: <c>source[:line]: reason</c>.</summary>
    public override string ToString() =>
        Line is { } line ? $"{Source}:{line}: {Reason}" : $"{Source}: {Reason}";
}
