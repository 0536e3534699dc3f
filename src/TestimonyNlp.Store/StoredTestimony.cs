using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>One stored testimony, without its text.</summary>
/// <param name="RowId">The store's row id; rows are read in the order they were inserted.</param>
/// <param name="TestimonyId">The testimony id (CONTRACT.md).</param>
/// <param name="Source">The source path as given.</param>
/// <param name="ContentSha256">Lower-case hex SHA-256 of the source bytes.</param>
/// <param name="Format">The reader's format name.</param>
/// <param name="Metadata">Header metadata.</param>
/// <param name="Words">Number of word and number tokens.</param>
/// <param name="EntityCount">Number of stored entities.</param>
/// <param name="ClaimCount">Number of stored claims.</param>
/// <param name="Status">Whether the testimony is current or superseded.</param>
/// <param name="Warnings">The reader's warnings.</param>
/// <param name="CreatedAt">When the row was written (UTC).</param>
public sealed record StoredTestimony(
    long RowId,
    string TestimonyId,
    string Source,
    string ContentSha256,
    string Format,
    TestimonyMetadata Metadata,
    int Words,
    int EntityCount,
    int ClaimCount,
    TestimonyStatus Status,
    ImmutableArray<string> Warnings,
    DateTimeOffset CreatedAt);
