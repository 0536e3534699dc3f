namespace TestimonyNlp.Cli;

/// <summary>Process exit codes (CONTRACT.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>Some inputs could not be read, or were read only with a fallback decoding; each is named on stderr.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Bad usage or configuration (unknown option, a store that cannot be opened, an output that cannot be written).</summary>
    public const int Usage = 2;
}
