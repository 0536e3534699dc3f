namespace TestimonyNlp.Store;

/// <summary>
/// A store file that cannot be used: not a SQLite database, corrupt, of a newer schema than this build knows,
/// or a write the database refused. The message names the file and ids only, never testimony text.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates an exception with a message a researcher can act on.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the database error behind it.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
