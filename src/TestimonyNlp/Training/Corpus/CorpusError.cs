namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// One problem found in the corpus: the file (relative to the corpus folder, with <c>/</c>), the 1-based line
/// and column when they are known, and what is wrong. Messages about marked sources may quote a mark's surface
/// (the corpus is our own writing); messages about transcripts and annotations use ids and offsets only.
/// </summary>
/// <param name="File">The file, relative to the corpus folder (<c>marked/sy-aleppo-001.txt.mk</c>).</param>
/// <param name="Line">The 1-based line, or null for the whole file.</param>
/// <param name="Column">The 1-based column (UTF-16 code units), or null.</param>
/// <param name="Message">What is wrong.</param>
public sealed record CorpusError(string File, int? Line, int? Column, string Message)
{
    /// <summary>The one stderr line: <c>file[:line[:column]]: message</c>.</summary>
    public override string ToString() => (Line, Column) switch
    {
        ({ } line, { } column) => $"{File}:{line}:{column}: {Message}",
        ({ } line, null) => $"{File}:{line}: {Message}",
        _ => $"{File}: {Message}",
    };
}
