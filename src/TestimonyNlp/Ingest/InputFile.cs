namespace TestimonyNlp.Ingest;

/// <summary>A transcript file to read.</summary>
/// <param name="FullPath">The absolute path to open.</param>
/// <param name="Source">The name shown to the user and stored: the path as given on the command line, or the
/// path relative to the folder given, with <c>/</c> separators.</param>
public sealed record InputFile(string FullPath, string Source);
