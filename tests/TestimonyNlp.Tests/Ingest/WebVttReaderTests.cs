using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class WebVttReaderTests
{
    private static readonly WebVttReader Reader = new();

    private static IEnumerable<IngestOutcome> Read(string text) =>
        Reader.Read("kharkiv/ol-5.vtt", Encoding.UTF8.GetBytes(text), CancellationToken.None);

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Read_FullFile_VoicesTagsBlocksAndSettingsHandled()
    {
        const string vtt =
            "WEBVTT - Interview OL-5\nKind: captions\n\n" +
            "NOTE This file was typed by hand\nand spans two lines\n\n" +
            "STYLE\n::cue { color: yellow }\n\n" +
            "intro\n00:00:01.000 --> 00:00:04.000 align:start position:10%\n<v Interviewer>What did you see in Kharkiv?</v>\n\n" +
            "00:00:04.500 --> 00:00:08.000\n<v.loud Olena>A rocket hit the <c.yellow>school</c> &amp; the shop.\n\n" +
            "00:08.000 --> 00:10.000\n<00:00:08.500>It was <i>morning</i>.\n";

        var testimony = IngestAssert.Single(Read(vtt));

        Assert.Equal("What did you see in Kharkiv?\nA rocket hit the school & the shop.\nIt was morning.", testimony.Content);
        Assert.Equal("vtt", testimony.Format);
        Assert.Equal("ol-5", testimony.TestimonyId);
        Assert.Equal(3, testimony.Segments.Length);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "What did you see in Kharkiv?", SpeakerRole.Interviewer, "Interviewer", 0, Ms(1000), Ms(4000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "A rocket hit the school & the shop.", SpeakerRole.Witness, "Olena", 1, Ms(4500), Ms(8000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[2], "It was morning.", SpeakerRole.Witness, "Olena", 1, Ms(8000), Ms(10000));
    }

    [Fact]
    public void Read_LabelInCue_SegmentAfterLabel()
    {
        const string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nQ: Were you hurt?\n\n00:00:02.000 --> 00:00:03.000\nA: My arm, yes.\n";

        var testimony = IngestAssert.Single(Read(vtt));

        Assert.Equal("Q: Were you hurt?\nA: My arm, yes.", testimony.Content);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Were you hurt?", SpeakerRole.Interviewer, "Q", 0, Ms(1000), Ms(2000));
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "My arm, yes.", SpeakerRole.Witness, "A", 1, Ms(2000), Ms(3000));
    }

    [Fact]
    public void Read_CrLfAndBom_Tolerated()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000\r\nThe road to Bucha.\r\n"u8];

        var testimony = IngestAssert.Single(Reader.Read("x.vtt", bytes, CancellationToken.None));

        Assert.Equal("The road to Bucha.", testimony.Content);
        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "The road to Bucha.", SpeakerRole.Witness, null, 0, Ms(1000), Ms(2000));
    }

    [Fact]
    public void Read_MissingHeader_Error()
    {
        var error = IngestAssert.SingleError(Read("00:00:01.000 --> 00:00:02.000\nHi\n"));

        Assert.Equal(new IngestError("kharkiv/ol-5.vtt", null, "WEBVTT header missing"), error);
    }

    [Fact]
    public void Read_HeaderWordGlued_Error()
    {
        var error = IngestAssert.SingleError(Read("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nHi\n"));

        Assert.Equal("WEBVTT header missing", error.Reason);
    }

    [Fact]
    public void Read_BadTiming_ErrorNamesLine()
    {
        var error = IngestAssert.SingleError(Read("WEBVTT\n\n00:00:01.000 --> 00:0x:02.000\nHi\n"));

        Assert.Equal("malformed cue timing at line 3", error.Reason);
    }

    [Theory]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\n00:00:03.0", "file ends inside a cue at line 6; the cues before it are kept")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\ncue-2\n", "file ends inside a cue at line 6; the cues before it are kept")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\ncue-2\n00:00:03", "file ends inside a cue at line 7; the cues before it are kept")]
    public void Read_FileCutOffInTheLastCuesOpening_KeepsTheCuesBeforeWithWarning(string vtt, string warning)
    {
        var testimony = IngestAssert.Single(Read(vtt));

        Assert.Equal("Hi", testimony.Content);
        Assert.Equal(warning, Assert.Single(testimony.Warnings));
    }

    [Fact]
    public void Read_IdentifierWithoutTiming_ErrorNamesLine()
    {
        var error = IngestAssert.SingleError(Read("WEBVTT\n\ncue-1\nHello\n"));

        Assert.Equal("malformed cue timing at line 4", error.Reason);
    }

    [Fact]
    public void Read_HeaderOnly_ErrorNoCues()
    {
        var error = IngestAssert.SingleError(Read("WEBVTT\n\nNOTE nothing here\n"));

        Assert.Equal("no subtitle cues found", error.Reason);
    }

    [Fact]
    public void Read_NoteBlockWithHeaderKeys_BecomesMetadataAndId()
    {
        const string vtt =
            "WEBVTT\n\nNOTE\nInterview ID: YE-MAR-002\nDate of interview: 14 November 2021\nPlace of interview: Marib, Yemen\n\n" +
            "00:00:02.000 --> 00:00:06.000\n<v Interviewer>Where are you from?\n";

        var testimony = IngestAssert.Single(Read(vtt));

        Assert.Equal("YE-MAR-002", testimony.TestimonyId);
        Assert.Equal(
            new TestimonyMetadata { InterviewId = "YE-MAR-002", InterviewDate = new DateOnly(2021, 11, 14), Place = "Marib, Yemen" },
            testimony.Metadata);
        Assert.Equal("Where are you from?", testimony.Content);
    }

    [Theory]
    [InlineData("NOTE Interview AB-101, recorded in Gaziantep, 4 May 2019. Arabic.", 2019, 5, 4)]
    [InlineData("NOTE\nAB-102. Interview recorded 3 March 2020, Saada city.\nInterpreter: project staff.", 2020, 3, 3)]
    [InlineData("NOTE Recorded by video call on March 20, 2018. The witness was in Sanaa.", 2018, 3, 20)]
    [InlineData("NOTE The witness fled in 2014.\nInterview AB-103, Bunia, 19 April 2022.", 2022, 4, 19)]
    public void Read_NoteProseWithARecordingDate_IsTheInterviewDate(string note, int year, int month, int day)
    {
        var testimony = IngestAssert.Single(Read("WEBVTT\n\n" + note + "\n\n00:00:02.000 --> 00:00:06.000\nHello.\n"));

        Assert.Equal(new DateOnly(year, month, day), testimony.Metadata.InterviewDate);
    }

    [Theory]
    [InlineData("NOTE The shelling began on 9 September 2016. Captions by the interpreter.")]
    [InlineData("NOTE Interview AB-104, Bunia. Swahili.")]
    [InlineData("NOTE Interview (")]
    public void Read_NoteProseWithoutARecordingDate_NoInterviewDate(string note)
    {
        var testimony = IngestAssert.Single(Read("WEBVTT\n\n" + note + "\n\n00:00:02.000 --> 00:00:06.000\nHello.\n"));

        Assert.Null(testimony.Metadata.InterviewDate);
    }

    [Fact]
    public void Read_NoteWithDateKeyAndProseDate_KeyWins()
    {
        const string vtt = "WEBVTT\n\nNOTE\nDate of interview: 14 November 2021\nRecorded again on 2 December 2021.\n\n"
            + "00:00:02.000 --> 00:00:06.000\nHello.\n";

        Assert.Equal(new DateOnly(2021, 11, 14), IngestAssert.Single(Read(vtt)).Metadata.InterviewDate);
    }
}
