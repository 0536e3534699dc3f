using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Ingest;

/// <summary>What <see cref="PlainTextParser"/> found in a transcript's text.</summary>
/// <param name="Metadata">The header metadata (with any overrides applied), with the interview date the opening lines
/// state when neither gives one; empty when there is neither header nor such a date.</param>
/// <param name="Segments">Speaker segments in text order, offsets into the parsed text.</param>
/// <param name="Warnings">Non-fatal problems (an unrecognised header date), without testimony text.</param>
/// <param name="HeaderLines">The <c>Key: value</c> lines of the header block, offsets into the parsed text.</param>
public sealed record ParsedTranscript(
    TestimonyMetadata Metadata,
    ImmutableArray<Segment> Segments,
    ImmutableArray<string> Warnings,
    ImmutableArray<HeaderLine> HeaderLines);
