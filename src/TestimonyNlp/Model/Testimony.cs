using System.Collections.Immutable;

namespace TestimonyNlp.Model;

/// <summary>
/// One decoded testimony: its text, where it came from, its metadata and its speaker segments.
/// All offsets anywhere in the pipeline point into <see cref="Content"/>.
/// </summary>
public sealed record Testimony
{
    /// <summary>The path as given on the command line, or relative to the folder given.</summary>
    public required string Source { get; init; }

    /// <summary>The interview id from the header when there is one, else the file name without extension
    /// (for JSON Lines, the record's <c>id</c>).</summary>
    public required string TestimonyId { get; init; }

    /// <summary>The decoded text. For plain text this is the whole file; for subtitles and Word documents it is
    /// the text the reader assembled (cue texts, paragraphs), one line per cue or paragraph.</summary>
    public required string Content { get; init; }

    /// <summary>Lower-case hex SHA-256 of the source bytes this testimony was read from (the whole file, or the
    /// one line of a JSON Lines file). Identifies the testimony for re-runs.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>The reader's format name: <c>text</c>, <c>srt</c>, <c>vtt</c>, <c>docx</c>, <c>jsonl</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Header metadata; <see cref="TestimonyMetadata.Empty"/> when there is no header.</summary>
    public TestimonyMetadata Metadata { get; init; } = TestimonyMetadata.Empty;

    /// <summary>Speaker segments in text order, not overlapping.</summary>
    public ImmutableArray<Segment> Segments { get; init; } = [];

    /// <summary>Non-fatal problems found while reading (for example a fallback decoding). Never contains
    /// testimony text.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The <c>Key: value</c> lines of a plain-text or Word header block (empty for other formats,
    /// whose metadata lies outside the testimony text).</summary>
    public ImmutableArray<HeaderLine> HeaderLines { get; init; } = [];
}
