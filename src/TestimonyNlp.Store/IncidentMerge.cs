namespace TestimonyNlp.Store;

/// <summary>A reviewer's merge of incident <paramref name="SourceId"/> into <paramref name="TargetId"/>: the target
/// keeps its id and takes every claim of the source, whose id goes to the target's previous ids.</summary>
/// <param name="TargetId">The incident that stays.</param>
/// <param name="TargetVersion">The target's version the reviewer saw.</param>
/// <param name="SourceId">The incident merged away.</param>
/// <param name="SourceVersion">The source's version the reviewer saw.</param>
public sealed record IncidentMerge(string TargetId, int TargetVersion, string SourceId, int SourceVersion);
