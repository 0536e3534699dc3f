using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class SubRipReaderTests
{
    private static readonly SubRipReader Reader = new();

    private static IEnumerable<IngestOutcome> Read(string text, string source = "tapes/kh-2.srt") =>
        Reader.Read(source, Encoding.UTF8.GetBytes(text), CancellationToken.None);

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Read_TwoCuesNoSpeakers_OneWitnessTurnWithCueTimes()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:03,500\nWe heard the planes first.\n\n2\n00:00:04,000 --> 00:00:06,250\nThen the windows broke.\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal("We heard the planes first.\nThen the windows broke.", testimony.Content);
        Assert.Equal("srt", testimony.Format);
        Assert.Equal("kh-2", testimony.TestimonyId);
        Assert.Equal("tapes/kh-2.srt", testimony.Source);
        Assert.Same(TestimonyMetadata.Empty, testimony.Metadata);
        Assert.Equal(2, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "We heard the planes first.", SpeakerRole.Witness, null, 0, Ms(1000), Ms(3500));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "Then the windows broke.", SpeakerRole.Witness, null, 0, Ms(4000), Ms(6250));
    }

    [Fact]
    public void Read_ContentSha256_IsHashOfFileBytes()
    {
        var testimony = IngestAssert.Single(Read("1\n00:00:01,000 --> 00:00:02,000\nabc\n"));

        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("1\n00:00:01,000 --> 00:00:02,000\nabc\n"))),
            testimony.ContentSha256);
    }

    [Fact]
    public void Read_SpeakerLabels_SegmentsAfterLabelsAndUnmarkedCueContinuesTurn()
    {
        const string srt =
            "1\n00:00:01,000 --> 00:00:02,000\nINTERVIEWER: Where were you?\n\n" +
            "2\n00:00:02,500 --> 00:00:05,000\nWITNESS: In the bakery line\nin Ma'arat al-Numan.\n\n" +
            "3\n00:00:05,000 --> 00:00:07,000\nIt was crowded.\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal("INTERVIEWER: Where were you?\nWITNESS: In the bakery line\nin Ma'arat al-Numan.\nIt was crowded.", testimony.Content);
        Assert.Equal(3, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Where were you?", SpeakerRole.Interviewer, "INTERVIEWER", 0, Ms(1000), Ms(2000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "In the bakery line\nin Ma'arat al-Numan.", SpeakerRole.Witness, "WITNESS", 1, Ms(2500), Ms(5000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[2], "It was crowded.", SpeakerRole.Witness, "WITNESS", 1, Ms(5000), Ms(7000));
    }

    [Fact]
    public void Read_FormattingTags_Removed()
    {
        const string srt =
            "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>We ran</i> to the <b>basement</b>.\n\n" +
            "2\n00:00:02,000 --> 00:00:03,000\n<font color=\"#ffff00\">Everyone was silent.</font>\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal("We ran to the basement.\nEveryone was silent.", testimony.Content);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "We ran to the basement.", SpeakerRole.Witness, null, 0, Ms(1000), Ms(2000));
    }

    [Fact]
    public void Read_LessThanInText_Kept()
    {
        var testimony = IngestAssert.Single(Read("1\n00:00:01,000 --> 00:00:02,000\nFewer than < 5 left, maybe 4 > 3.\n"));

        Assert.Equal("Fewer than < 5 left, maybe 4 > 3.", testimony.Content);
    }

    [Fact]
    public void Read_BomCrLfMissingIndexDotSeparatorExtraBlankLines_Tolerated()
    {
        byte[] bytes =
        [
            0xEF, 0xBB, 0xBF,
            .. "00:00:01.000 --> 00:00:02.000\r\nFirst line.\r\n\r\n\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nSecond line.\r\n\r\n"u8,
        ];

        var testimony = IngestAssert.Single(Reader.Read("a.srt", bytes, CancellationToken.None));

        Assert.Equal("First line.\nSecond line.", testimony.Content);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "First line.", SpeakerRole.Witness, null, 0, Ms(1000), Ms(2000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "Second line.", SpeakerRole.Witness, null, 0, Ms(3000), Ms(4000));
    }

    [Fact]
    public void Read_NoBlankLineBetweenCues_SplitsAtIndexAndTiming()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:02,000\nOne.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal("One.\nTwo.", testimony.Content);
        Assert.Equal(2, testimony.Segments.Length);
    }

    [Fact]
    public void Read_DashSpeakerChanges_QuestionThenAnswerRoles()
    {
        const string srt = "1\n00:00:10,000 --> 00:00:12,000\n- Did you see them?\n- Yes, from the roof.\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal("- Did you see them?\n- Yes, from the roof.", testimony.Content);
        Assert.Equal(2, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Did you see them?", SpeakerRole.Interviewer, null, 0, Ms(10000), Ms(12000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "Yes, from the roof.", SpeakerRole.Witness, null, 1, Ms(10000), Ms(12000));
    }

    [Fact]
    public void Read_DashChangeWithoutQuestionOrInterviewerBefore_RoleUnknown()
    {
        const string srt = "1\n00:00:10,000 --> 00:00:12,000\n- We ran.\n- The road was closed.\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal(2, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "We ran.", SpeakerRole.Unknown, null, 0, Ms(10000), Ms(12000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "The road was closed.", SpeakerRole.Unknown, null, 1, Ms(10000), Ms(12000));
    }

    [Fact]
    public void Read_NamedSpeakersAcrossCues_QuestionerIsInterviewer()
    {
        const string srt =
            "1\n00:00:01,000 --> 00:00:02,000\nMaria: Who fired?\n\n" +
            "2\n00:00:02,000 --> 00:00:03,000\nYusuf: The ones on the hill.\n\n" +
            "3\n00:00:03,000 --> 00:00:04,000\nMaria: Which hill?\n\n" +
            "4\n00:00:04,000 --> 00:00:05,000\nYusuf: Above Tal Afar.\n";

        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal(4, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Who fired?", SpeakerRole.Interviewer, "Maria", 0, Ms(1000), Ms(2000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[3], "Above Tal Afar.", SpeakerRole.Witness, "Yusuf", 3, Ms(4000), Ms(5000));
    }

    [Fact]
    public void Read_HourLongTimes_Parsed()
    {
        var testimony = IngestAssert.Single(Read("1\n01:02:03,004 --> 01:02:04,5\nLate in the tape.\n"));

        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Late in the tape.", SpeakerRole.Witness, null, 0,
            new TimeSpan(0, 1, 2, 3, 4), new TimeSpan(0, 1, 2, 4, 500));
    }

    [Fact]
    public void Read_BadTimingLine_ErrorNamesLine()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:0x,000 --> 00:00:04,000\nBye.\n";

        var error = IngestAssert.SingleError(Read(srt));

        Assert.Equal(new IngestError("tapes/kh-2.srt", null, "malformed cue timing at line 6"), error);
    }

    [Theory]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:0", "file ends inside a cue at line 6; the cues before it are kept")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:03,000 -\n", "file ends inside a cue at line 6; the cues before it are kept")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n", "file ends inside a cue at line 5; the cues before it are kept")]
    public void Read_FileCutOffInTheLastCuesOpening_KeepsTheCuesBeforeWithWarning(string srt, string warning)
    {
        var testimony = IngestAssert.Single(Read(srt));

        Assert.Equal("Hello.", testimony.Content);
        Assert.Equal(warning, Assert.Single(testimony.Warnings));
    }

    [Fact]
    public void Read_IndexFollowedByText_ErrorNamesTimingLine()
    {
        var error = IngestAssert.SingleError(Read("1\nHello there\n"));

        Assert.Equal("malformed cue timing at line 2", error.Reason);
    }

    [Fact]
    public void Read_NoCues_ErrorNoCues()
    {
        var error = IngestAssert.SingleError(Read("Just some words\nwithout any cue\n"));

        Assert.Equal("no subtitle cues found", error.Reason);
    }

    [Fact]
    public void Read_OnlyEmptyCues_ErrorNoText()
    {
        var error = IngestAssert.SingleError(Read("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n"));

        Assert.Equal("no text in subtitle cues", error.Reason);
    }

    [Fact]
    public void Read_TextBeforeFirstCue_IgnoredWithWarning()
    {
        var testimony = IngestAssert.Single(Read("Title card\n\n1\n00:00:01,000 --> 00:00:02,000\nHello.\n"));

        Assert.Equal("Hello.", testimony.Content);
        Assert.Equal("text before the first cue ignored (line 1)", Assert.Single(testimony.Warnings));
    }

    [Fact]
    public void Read_Windows1252Bytes_WarningRecorded()
    {
        byte[] bytes = [.. "1\n00:00:01,000 --> 00:00:02,000\nCaf"u8, 0xE9, .. "\n"u8];

        var testimony = IngestAssert.Single(Reader.Read("b.srt", bytes, CancellationToken.None));

        Assert.Equal("Caf\u00E9", testimony.Content);
        Assert.Equal("not valid UTF-8 (first bad byte at offset 35); decoded as Windows-1252", Assert.Single(testimony.Warnings));
    }
}
