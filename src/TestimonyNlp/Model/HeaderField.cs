namespace TestimonyNlp.Model;

/// <summary>The header fields a transcript may give, as its <c>Key: value</c> lines name them.</summary>
public enum HeaderField : byte
{
    /// <summary>A key the parser does not read (<c>Ref</c>, <c>Recording</c>); the line is still header.</summary>
    None,

    /// <summary><c>Interview ID</c>, <c>Statement ID</c>, <c>Case no.</c>.</summary>
    InterviewId,

    /// <summary><c>Date</c>, <c>Date of interview</c>.</summary>
    Date,

    /// <summary><c>Place of interview</c>, <c>Location</c>.</summary>
    Place,

    /// <summary><c>Language</c>.</summary>
    Language,

    /// <summary><c>Interviewer</c>, <c>Notes by</c>, <c>Researcher</c>.</summary>
    Interviewer,

    /// <summary><c>Interpreter</c>, <c>Translator</c>.</summary>
    Interpreter,

    /// <summary><c>Speaker</c>, <c>Witness</c>, <c>Interviewee</c>.</summary>
    Speaker,
}
