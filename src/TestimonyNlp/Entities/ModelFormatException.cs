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

    /// <summary>Creates an exception with the given message.</summary>
    public ModelFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and the failure that caused it.</summary>
    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
