namespace TestimonyNlp.Model;

/// <summary>Who is speaking in a segment of a transcript.</summary>
public enum SpeakerRole
{
    /// <summary>No label, or a label that could not be placed.</summary>
    Unknown = 0,

    /// <summary>The person asking the questions; never the source of a claim.</summary>
    Interviewer,

    /// <summary>The survivor or witness giving the testimony.</summary>
    Witness,

    /// <summary>An interpreter's own remark (not the interpreted answer).</summary>
    Interpreter,

    /// <summary>A transcriber's note such as <c>[inaudible]</c> or <c>[crying]</c>.</summary>
    Note,
}
