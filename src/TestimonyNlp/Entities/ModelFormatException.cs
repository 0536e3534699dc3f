namespace TestimonyNlp.Entities;

/// <summary>
/// A model, gazetteer or lexicon file could not be used: wrong format version, corrupt, truncated or malformed.
/// The message names the file and what is wrong (expected and found versions, the offending line or offset);
/// it never contains testimony text.
/// </summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public ModelFormatException()
    {
    }

    /// <summary>Creates an exception with the given message, which names the file.</summary>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and the failure that caused it.</summary>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at <paramref name="line"/> of a text model file.</summary>
    /// <param name="file">The model file as given to the loader.</param>
    /// <param name="line">The 1-based line number the problem is on.</param>
    /// <param name="problem">What is wrong, in a few words.</param>
    public ModelFormatException(string file, int line, string problem)
        : base($"{file}, line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The model file, when the problem is on a line of a text model file.</summary>
    public string? File { get; }

    /// <summary>The 1-based line number, when the problem is on a line of a text model file.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the file and line, when the problem is on a line of a text model file.</summary>
    public string? Problem { get; }
}
