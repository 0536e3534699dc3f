using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

/// <summary>Assertions shared by the ingest tests.</summary>
internal static class IngestAssert
{
    /// <summary>Checks one segment completely: its text, role, speaker, turn and times.</summary>
    public static void Segment(
        string content,
        Segment segment,
        string text,
        SpeakerRole role,
        string? speaker,
        int turn,
        TimeSpan? timeStart = null,
        TimeSpan? timeEnd = null)
    {
        Assert.True(segment.Start < segment.End, $"segment {segment.Start}..{segment.End} is empty");
        Assert.Equal(text, content[segment.Start..segment.End]);
        Assert.Equal(role, segment.Role);
        Assert.Equal(speaker, segment.Speaker);
        Assert.Equal(turn, segment.Turn);
        Assert.Equal(timeStart, segment.TimeStart);
        Assert.Equal(timeEnd, segment.TimeEnd);
    }

    /// <summary>Checks the invariants every reader promises for its segments.</summary>
    public static void WellFormed(string content, IReadOnlyList<Segment> segments)
    {
        var previousEnd = 0;
        var previousTurn = -1;
        foreach (var segment in segments)
        {
            Assert.True(segment.Start >= previousEnd, $"segment at {segment.Start} overlaps or is out of order");
            Assert.True(segment.Start < segment.End, $"segment at {segment.Start} is empty");
            Assert.True(segment.End <= content.Length, $"segment at {segment.Start} ends past the content");
            Assert.False(char.IsWhiteSpace(content[segment.Start]), $"segment at {segment.Start} starts on whitespace");
            Assert.False(char.IsWhiteSpace(content[segment.End - 1]), $"segment at {segment.Start} ends on whitespace");
            Assert.True(segment.Turn == previousTurn || segment.Turn == previousTurn + 1, $"turn {segment.Turn} after {previousTurn}");
            previousEnd = segment.End;
            previousTurn = segment.Turn;
        }
    }

    /// <summary>Checks an outcome is a failure or a well-formed testimony.</summary>
    public static void WellFormed(IngestOutcome outcome)
    {
        if (outcome.Success)
        {
            WellFormed(outcome.Testimony.Content, outcome.Testimony.Segments);
            Assert.Equal(64, outcome.Testimony.ContentSha256.Length);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(outcome.Error.Reason));
        }
    }

    /// <summary>The single successful testimony of <paramref name="outcomes"/>.</summary>
    public static Testimony Single(IEnumerable<IngestOutcome> outcomes)
    {
        var outcome = Assert.Single(outcomes);
        Assert.True(outcome.Success, outcome.Error?.ToString());
        WellFormed(outcome.Testimony.Content, outcome.Testimony.Segments);
        return outcome.Testimony;
    }

    /// <summary>The single failure of <paramref name="outcomes"/>.</summary>
    public static IngestError SingleError(IEnumerable<IngestOutcome> outcomes)
    {
        var outcome = Assert.Single(outcomes);
        Assert.False(outcome.Success);
        return outcome.Error;
    }
}
