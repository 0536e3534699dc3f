namespace TestimonyNlp.Model;

/// <summary>
/// A stretch of the testimony text spoken by one speaker: a labelled turn, one subtitle cue, or the whole
/// body of a narrative statement. <see cref="Start"/> and <see cref="End"/> are offsets into
/// <see cref="Testimony.Content"/> (UTF-16 code units, end exclusive) and cover the spoken words only, not the
/// speaker label or timestamp in front of them.
/// </summary>
/// <param name="Start">Offset of the first character of the utterance.</param>
/// <param name="End">Offset just past the last character of the utterance.</param>
/// <param name="Role">The speaker's role.</param>
/// <param name="Speaker">The speaker label as written (<c>A</c>, <c>INTERVIEWER</c>, <c>Layla</c>), or null.</param>
/// <param name="Turn">Index of the speaker turn this segment belongs to. Consecutive subtitle cues of one
/// speaker share a turn; a sentence never crosses from one turn into another.</param>
/// <param name="TimeStart">Timestamp of the turn or cue start, when the transcript gives one.</param>
/// <param name="TimeEnd">Cue end time (subtitle files), when given.</param>
public sealed record Segment(
    int Start,
    int End,
    SpeakerRole Role,
    string? Speaker,
    int Turn,
    TimeSpan? TimeStart = null,
    TimeSpan? TimeEnd = null)
{
    /// <summary>Length of the segment in UTF-16 code units.</summary>
    public int Length => End - Start;
}
