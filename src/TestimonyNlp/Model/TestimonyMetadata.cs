namespace TestimonyNlp.Model;

/// <summary>
/// Facts about an interview taken from its header block (or from the fields of a JSON Lines record).
/// Every value the source does not give is null.
/// </summary>
public sealed record TestimonyMetadata
{
    /// <summary>An empty metadata record.</summary>
    public static readonly TestimonyMetadata Empty = new();

    /// <summary>The interview id as written (<c>DZ-031</c>).</summary>
    public string? InterviewId { get; init; }

    /// <summary>The date of the interview, when it could be parsed.</summary>
    public DateOnly? InterviewDate { get; init; }

    /// <summary>Where the interview took place.</summary>
    public string? Place { get; init; }

    /// <summary>The language the witness spoke.</summary>
    public string? Language { get; init; }

    /// <summary>The interviewer's name or code.</summary>
    public string? Interviewer { get; init; }

    /// <summary>The interpreter's name or code.</summary>
    public string? Interpreter { get; init; }

    /// <summary>The witness's name or code.</summary>
    public string? Speaker { get; init; }
}
