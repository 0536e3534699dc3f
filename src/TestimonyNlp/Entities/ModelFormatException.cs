namespace TestimonyNlp.Entities;

/// <summary>
/// A model file (lexicon, gazetteer, trained weights) has the wrong format name or version, or a malformed line.
/// The message names the file, the line and what is wrong; it never quotes testimony text.
/// </summary>
public sealed class ModelFormatException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="line"/> of <paramref name="file"/>.</summary>
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

    /// <summary>The model file as given to the loader.</summary>
    public string File { get; }

    /// <summary>The 1-based line number the problem is on.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Problem { get; }
}
