using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

/// <summary>The interview date a transcript states in its opening lines, reported as its metadata by every reader.</summary>
public sealed class OpeningInterviewDateTests
{
    private static Testimony ReadOne(ITranscriptReader reader, string source, byte[] bytes) =>
        IngestAssert.Single(reader.Read(source, bytes, CancellationToken.None));

    private static Testimony ReadOne(ITranscriptReader reader, string source, string text) =>
        ReadOne(reader, source, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Parse_PhoneNotesWithAnUnknownRefKeyUnderATitle_ReadsTheHeaderDate()
    {
        const string content = NoteDatesTests.PhoneNotes;

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2023, 2, 27) }, parsed.Metadata);
        Assert.Equal([HeaderField.None, HeaderField.Date], parsed.HeaderLines.Select(line => line.Field));
    }

    [Fact]
    public void Parse_InterviewerOpensWithTheRecordingDate_IsTheInterviewDate()
    {
        const string content =
            "INTERVIEWER: We are recording, 12 March 2023. Please tell me your name.\n" +
            "WITNESS: My name is Rania Khalil, I am from Manbij.\n";

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2023, 3, 12) }, PlainTextParser.Parse(content).Metadata);
    }

    [Fact]
    public void Parse_RecordedOnSentence_IsTheInterviewDate()
    {
        const string content = "Recorded on 3 May 2021 in Gaziantep.\n\nI am from Saraqib, I left in 2020.\n";

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2021, 5, 3) }, PlainTextParser.Parse(content).Metadata);
    }

    [Fact]
    public void Parse_RecordingMonthOnly_NoInterviewDate()
    {
        const string content = "Interview recorded in Saada city, October 2018.\n\nThe bus was hit last year near Dahyan.\n";

        Assert.Equal(TestimonyMetadata.Empty, PlainTextParser.Parse(content).Metadata);
    }

    [Fact]
    public void Parse_NarrativeOpeningOnAnEventDate_NoInterviewDate()
    {
        const string content = "On 9 September 2016 the planes came over Saraqib.\n\nWe left the next morning.\n";

        Assert.Null(PlainTextParser.Parse(content).Metadata.InterviewDate);
    }

    [Fact]
    public void Parse_InterviewerOnALineOfItsOwnThenTheRecordingDate_IsTheInterviewDate()
    {
        const string content = "INTERVIEWER:\nWe are recording, 12 March 2023.\n\nWITNESS:\nI am from Manbij.\n";

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2023, 3, 12) }, PlainTextParser.Parse(content).Metadata);
    }

    [Fact]
    public void Parse_DateKeyQuotedInsideATurn_NoInterviewDate()
    {
        const string content = "Q: What did the letter say?\nA: It said:\nDate: 3 May 2019\nPlace: Raqqa";

        Assert.Same(TestimonyMetadata.Empty, PlainTextParser.Parse(content).Metadata);
    }

    [Fact]
    public void Parse_HeaderDateAndARecordingSentence_HeaderWins()
    {
        const string content =
            "Interview ID: HM-008\nDate of interview: 2 April 2019\n\n" +
            "INTERVIEWER: We are recording, 3 April 2019.\nWITNESS: I am from Ariha.\n";

        Assert.Equal(
            new TestimonyMetadata { InterviewId = "HM-008", InterviewDate = new DateOnly(2019, 4, 2) },
            PlainTextParser.Parse(content).Metadata);
    }

    [Fact]
    public void Parse_OverrideDate_WinsOverTheOpeningLine()
    {
        const string content = "Recorded on 3 May 2021 in Gaziantep.\n\nI am from Saraqib.\n";

        var parsed = PlainTextParser.Parse(content, new TestimonyMetadata { InterviewDate = new DateOnly(2021, 5, 9) });

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2021, 5, 9) }, parsed.Metadata);
    }

    [Fact]
    public void Read_PlainTextPhoneNotes_TestimonyCarriesTheDate()
    {
        const string text = "PHONE CALL NOTES\nRef: SO-BLW-909\nDate: 27 February 2023\n\nThe clinic in Beledweyne was hit last year.\n";

        var testimony = ReadOne(new PlainTextReader(), "notes/so-blw-909.txt", text);

        Assert.Equal("so-blw-909", testimony.TestimonyId);
        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2023, 2, 27) }, testimony.Metadata);
    }

    [Fact]
    public void Read_SubRipFirstCueStatesTheRecording_IsTheInterviewDate()
    {
        const string srt =
            "1\n00:00:01,000 --> 00:00:04,000\nWe are recording, 12 March 2023, in Manbij.\n\n" +
            "2\n00:00:05,000 --> 00:00:08,000\nMy house was near the bakery.\n";

        var testimony = ReadOne(new SubRipReader(), "tapes/mb-1.srt", srt);

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2023, 3, 12) }, testimony.Metadata);
    }

    [Fact]
    public void Read_WebVttFirstCueStatesTheRecording_IsTheInterviewDate()
    {
        const string vtt =
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>Recorded on 3 May 2021 in Gaziantep.\n\n" +
            "00:00:05.000 --> 00:00:08.000\n<v Witness>I am from Saraqib.\n";

        var testimony = ReadOne(new WebVttReader(), "tapes/gz-4.vtt", vtt);

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2021, 5, 3) }, testimony.Metadata);
    }

    [Fact]
    public void Read_WebVttNoteDateAndACueDate_NoteWins()
    {
        const string vtt =
            "WEBVTT\n\nNOTE\nDate of interview: 14 November 2021\n\n" +
            "00:00:01.000 --> 00:00:04.000\nRecorded on 15 November 2021 in Marib.\n";

        var testimony = ReadOne(new WebVttReader(), "tapes/ye-5.vtt", vtt);

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2021, 11, 14) }, testimony.Metadata);
    }

    [Fact]
    public void Read_WebVttNoteWithADateLineButNoRecordingWords_NoteIsNotReadAsAnOpening()
    {
        // The NOTE block is read for keys and recording sentences only; a bare date line in it dates nothing.
        const string vtt =
            "WEBVTT\n\nNOTE\nBunia, 19 April 2022\n\n" +
            "00:00:01.000 --> 00:00:04.000\nThe market was burned that year.\n";

        Assert.Equal(TestimonyMetadata.Empty, ReadOne(new WebVttReader(), "tapes/cd-6.vtt", vtt).Metadata);
    }

    [Fact]
    public void Read_WordDocumentPhoneNotes_IsTheInterviewDate()
    {
        var bytes = WordDocumentReaderTests.BuildDocx(
            WordDocumentReaderTests.Para("PHONE CALL NOTES"),
            WordDocumentReaderTests.Para("Ref: SO-BLW-910"),
            WordDocumentReaderTests.Para("Date: 1 March 2023"),
            WordDocumentReaderTests.Para(string.Empty),
            WordDocumentReaderTests.Para("The clinic in Beledweyne was hit last year."));

        var testimony = ReadOne(new WordDocumentReader(), "statements/so-blw-910.docx", bytes);

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2023, 3, 1) }, testimony.Metadata);
    }

    [Fact]
    public void Read_JsonLinesTextStatesTheRecording_IsTheInterviewDateUnlessTheRecordGivesOne()
    {
        const string jsonl =
            "{\"id\": \"gz-1\", \"text\": \"Recorded on 3 May 2021 in Gaziantep. I am from Saraqib.\", \"place\": \"Gaziantep\"}\n" +
            "{\"id\": \"gz-2\", \"text\": \"Recorded on 3 May 2021 in Gaziantep. I am from Saraqib.\", \"interview_date\": \"2021-05-09\"}\n";

        var outcomes = new JsonLinesReader().Read("exports/gz.jsonl", Encoding.UTF8.GetBytes(jsonl), CancellationToken.None).ToList();

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(
            new TestimonyMetadata { InterviewDate = new DateOnly(2021, 5, 3), Place = "Gaziantep" },
            outcomes[0].Testimony!.Metadata);
        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2021, 5, 9) }, outcomes[1].Testimony!.Metadata);
    }
}
