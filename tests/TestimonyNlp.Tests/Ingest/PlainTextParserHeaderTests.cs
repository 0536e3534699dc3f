using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class PlainTextParserHeaderTests
{
    [Fact]
    public void Parse_FullHeader_ReadsEveryField()
    {
        const string content =
            "Interview ID: DZ-031\n" +
            "Date of interview: 2 April 2019\n" +
            "Place of interview: Deir ez-Zor\n" +
            "Language: Arabic\n" +
            "Interviewer: Sam Carter\n" +
            "Interpreter: Nadia Haddad\n" +
            "Witness: W-042\n" +
            "\n" +
            "Q: Where were you?\n" +
            "A: At my uncle's house.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(
            new TestimonyMetadata
            {
                InterviewId = "DZ-031",
                InterviewDate = new DateOnly(2019, 4, 2),
                Place = "Deir ez-Zor",
                Language = "Arabic",
                Interviewer = "Sam Carter",
                Interpreter = "Nadia Haddad",
                Speaker = "W-042",
            },
            parsed.Metadata);
        Assert.Equal(2, parsed.Segments.Length);
        IngestAssert.Segment(content, parsed.Segments[0], "Where were you?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(content, parsed.Segments[1], "At my uncle's house.", SpeakerRole.Witness, "A", 1);
        Assert.Empty(parsed.Warnings);
    }

    [Theory]
    [InlineData("Interview ID: K-7", "id")]
    [InlineData("interview_id: K-7", "id")]
    [InlineData("INTERVIEW-NO: K-7", "id")]
    [InlineData("Interview No.: K-7", "id")]
    [InlineData("ID: K-7", "id")]
    [InlineData("Place of interview: K-7", "place")]
    [InlineData("Location: K-7", "place")]
    [InlineData("place: K-7", "place")]
    [InlineData("LANGUAGE: K-7", "language")]
    [InlineData("Interviewer: K-7", "interviewer")]
    [InlineData("Interpreter: K-7", "interpreter")]
    [InlineData("Translator: K-7", "interpreter")]
    [InlineData("Speaker: K-7", "speaker")]
    [InlineData("Witness: K-7", "speaker")]
    [InlineData("Interviewee: K-7", "speaker")]
    [InlineData("Respondent: K-7", "speaker")]
    public void Parse_HeaderKeyShape_SetsItsField(string line, string field)
    {
        var parsed = PlainTextParser.Parse(line + "\n\nA: Yes.");

        var metadata = parsed.Metadata;
        string?[] actual = [metadata.InterviewId, metadata.Place, metadata.Language, metadata.Interviewer, metadata.Interpreter, metadata.Speaker];
        string?[] expected =
        [
            field == "id" ? "K-7" : null,
            field == "place" ? "K-7" : null,
            field == "language" ? "K-7" : null,
            field == "interviewer" ? "K-7" : null,
            field == "interpreter" ? "K-7" : null,
            field == "speaker" ? "K-7" : null,
        ];
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Date: 2019-04-02", 2019, 4, 2)]
    [InlineData("Date of interview: 2 April 2019", 2019, 4, 2)]
    [InlineData("Interview date: 7 May 2019", 2019, 5, 7)]
    [InlineData("Date: April 2, 2019", 2019, 4, 2)]
    [InlineData("Date: 2 Apr 2019", 2019, 4, 2)]
    [InlineData("Date: 14/10/2016", 2016, 10, 14)]
    [InlineData("Date: 14.10.2016", 2016, 10, 14)]
    [InlineData("Date: 14-10-2016", 2016, 10, 14)]
    [InlineData("Date: 2nd April 2019", 2019, 4, 2)]
    [InlineData("Date: 21 Sept 2017", 2017, 9, 21)]
    [InlineData("Date: april 2, 2019, 10:30", 2019, 4, 2)]
    [InlineData("interview-date: 3/1/2020", 2020, 1, 3)]
    public void Parse_DateFormat_ParsesInterviewDate(string line, int year, int month, int day)
    {
        var parsed = PlainTextParser.Parse("Interview ID: X-1\n" + line + "\n\nA: Yes.");

        Assert.Equal(new DateOnly(year, month, day), parsed.Metadata.InterviewDate);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void Parse_UnparseableDate_LeavesDateNullWithWarning()
    {
        var parsed = PlainTextParser.Parse("Interview ID: X-1\nDate: spring 2019\n\nA: Yes.");

        Assert.Null(parsed.Metadata.InterviewDate);
        Assert.Equal("X-1", parsed.Metadata.InterviewId);
        Assert.Equal("interview date in the header not recognised (line 2)", Assert.Single(parsed.Warnings));
    }

    [Theory]
    [InlineData("1 January 0001")]
    [InlineData("31 December 9999")]
    [InlineData("1899-12-31")]
    public void Parse_DateOutsideTheResolversYears_LeavesDateNullWithWarning(string date)
    {
        var parsed = PlainTextParser.Parse("Interview ID: X-1\nDate: " + date + "\n\nA: Yes.");

        Assert.Null(parsed.Metadata.InterviewDate);
        Assert.Equal("interview date in the header not recognised (line 2)", Assert.Single(parsed.Warnings));
    }

    [Fact]
    public void Parse_UnknownKeyInHeader_IsIgnored()
    {
        const string content = "Interview ID: AL-12\nCase officer: Tom Reyes\nLocation: Gaziantep\n\nA: We crossed at night.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(new TestimonyMetadata { InterviewId = "AL-12", Place = "Gaziantep" }, parsed.Metadata);
        var segment = Assert.Single(parsed.Segments);
        IngestAssert.Segment(content, segment, "We crossed at night.", SpeakerRole.Witness, "A", 0);
    }

    [Fact]
    public void Parse_HeaderFollowedDirectlyByTurn_EndsHeaderAtTurn()
    {
        const string content = "Interview ID: HM-3\nDate: 2019-04-02\nQ: When did it start?\nA: After the dawn prayer.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal("HM-3", parsed.Metadata.InterviewId);
        Assert.Equal(new DateOnly(2019, 4, 2), parsed.Metadata.InterviewDate);
        Assert.Equal(2, parsed.Segments.Length);
        IngestAssert.Segment(content, parsed.Segments[0], "When did it start?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(content, parsed.Segments[1], "After the dawn prayer.", SpeakerRole.Witness, "A", 1);
    }

    [Fact]
    public void Parse_HeaderThenNamedSpeakerWithoutBlankLine_NamedLineIsATurn()
    {
        const string content = "Interview ID: RQ-9\nWitness: Layla Hassan\nLayla: The school was hit.\nLayla: Then the bakery.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal("Layla Hassan", parsed.Metadata.Speaker);
        Assert.Equal(2, parsed.Segments.Length);
        IngestAssert.Segment(content, parsed.Segments[0], "The school was hit.", SpeakerRole.Witness, "Layla", 0);
        IngestAssert.Segment(content, parsed.Segments[1], "Then the bakery.", SpeakerRole.Witness, "Layla", 1);
    }

    [Fact]
    public void Parse_HeaderKeyAfterHeader_IsTextOfTheTurn()
    {
        const string content = "Q: What did the paper say?\nA: It said:\nDate: 3 May 2019\nPlace: Raqqa";

        var parsed = PlainTextParser.Parse(content);

        Assert.Same(TestimonyMetadata.Empty, parsed.Metadata);
        Assert.Equal(2, parsed.Segments.Length);
        IngestAssert.Segment(content, parsed.Segments[1], "It said:\nDate: 3 May 2019\nPlace: Raqqa", SpeakerRole.Witness, "A", 1);
    }

    [Fact]
    public void Parse_RoleLabelsWithoutHeader_AreTurnsNotHeader()
    {
        const string content = "INTERVIEWER: Hello\nWITNESS: Hello to you";

        var parsed = PlainTextParser.Parse(content);

        Assert.Same(TestimonyMetadata.Empty, parsed.Metadata);
        IngestAssert.Segment(content, parsed.Segments[0], "Hello", SpeakerRole.Interviewer, "INTERVIEWER", 0);
        IngestAssert.Segment(content, parsed.Segments[1], "Hello to you", SpeakerRole.Witness, "WITNESS", 1);
    }

    [Fact]
    public void Parse_RoleKeysAloneBeforeBlankLine_AreHeader()
    {
        const string content = "Interviewer: Sam Carter\nWitness: Omar Khalil\n\nSam: Where were you?\nOmar: In the basement.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(new TestimonyMetadata { Interviewer = "Sam Carter", Speaker = "Omar Khalil" }, parsed.Metadata);
        IngestAssert.Segment(content, parsed.Segments[0], "Where were you?", SpeakerRole.Interviewer, "Sam", 0);
        IngestAssert.Segment(content, parsed.Segments[1], "In the basement.", SpeakerRole.Witness, "Omar", 1);
    }

    [Fact]
    public void Parse_NoneValue_IsNull()
    {
        var parsed = PlainTextParser.Parse("Interview ID: T-2\nInterpreter: none\nPlace: n/a\n\nA: Yes.");

        Assert.Equal(new TestimonyMetadata { InterviewId = "T-2" }, parsed.Metadata);
    }

    [Fact]
    public void Parse_LeadingBlankLinesBeforeHeader_HeaderStillRead()
    {
        var parsed = PlainTextParser.Parse("\n\n  Interview ID: T-5\n\nA: Yes.");

        Assert.Equal("T-5", parsed.Metadata.InterviewId);
    }

    [Fact]
    public void Parse_Overrides_ReplaceHeaderValues()
    {
        var overrides = new TestimonyMetadata { InterviewId = "J-1", Language = "Kurdish" };

        var parsed = PlainTextParser.Parse("Interview ID: T-5\nLanguage: Arabic\nPlace: Afrin\n\nA: Yes.", overrides);

        Assert.Equal(new TestimonyMetadata { InterviewId = "J-1", Language = "Kurdish", Place = "Afrin" }, parsed.Metadata);
    }

    [Fact]
    public void Parse_TitleAndBlankLineAboveHeader_ReadsHeader()
    {
        const string content =
            "WITNESS STATEMENT\n\nStatement ID: AF-HEL-012\nDate of interview: 27 February 2020\nLanguage: Pashto\n\n" +
            "I am a farmer from Nad-e Ali.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(
            new TestimonyMetadata { InterviewId = "AF-HEL-012", InterviewDate = new DateOnly(2020, 2, 27), Language = "Pashto" },
            parsed.Metadata);
        var segment = Assert.Single(parsed.Segments);
        IngestAssert.Segment(content, segment, "I am a farmer from Nad-e Ali.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Parse_TitleDirectlyOnTopOfHeader_ReadsHeader()
    {
        const string content =
            "NOTES OF PHONE CALL\nInterview ID: DZ-034\nDate: 7 May 2019\nWitness: W-034, woman, about 50\nLanguage: Arabic\nNotes by: Leila Mansour\n\n" +
            "She was reached by phone.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(
            new TestimonyMetadata
            {
                InterviewId = "DZ-034",
                InterviewDate = new DateOnly(2019, 5, 7),
                Speaker = "W-034, woman, about 50",
                Language = "Arabic",
                Interviewer = "Leila Mansour",
            },
            parsed.Metadata);
        IngestAssert.Segment(content, Assert.Single(parsed.Segments), "She was reached by phone.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Parse_TitleOverAnUnknownKeyThenHeader_ReadsHeaderAndTheStatementIsTheWitnesss()
    {
        const string content =
            "WITNESS STATEMENT\nRef: SY-HMS-204\nInterview date: 11 June 2021\nPlace of interview: Gaziantep\n" +
            "Interviewer: Ruth Adler\nInterpreter: Karim Saleh\n\nI lived in Homs until the winter.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(
            new TestimonyMetadata
            {
                InterviewDate = new DateOnly(2021, 6, 11),
                Place = "Gaziantep",
                Interviewer = "Ruth Adler",
                Interpreter = "Karim Saleh",
            },
            parsed.Metadata);
        IngestAssert.Segment(
            content, Assert.Single(parsed.Segments), "I lived in Homs until the winter.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Parse_TitleOverTwoUnknownKeysThenDate_ReadsTheDate()
    {
        const string content = "PHONE NOTES\nRef: YE-TAZ-88\nFile: 3\nDate: 2 May 2018\n\nShe called from Taiz.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2018, 5, 2) }, parsed.Metadata);
        IngestAssert.Segment(content, Assert.Single(parsed.Segments), "She called from Taiz.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Parse_TitleOverThreeUnknownKeysThenDate_IsNotSkipped()
    {
        const string content = "PHONE NOTES\nRef: YE-TAZ-88\nFile: 3\nBox: 12\nDate: 2 May 2018\n\nShe called from Taiz.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Empty(parsed.HeaderLines);
        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2018, 5, 2) }, parsed.Metadata);
        Assert.Equal(2, parsed.Segments.Length);
        Assert.Equal(0, parsed.Segments[0].Start);
    }

    [Fact]
    public void Parse_TitleOverAnUnknownKeyThenSpeakerLabel_IsNotSkipped()
    {
        const string content = "The checkpoint\nRef: 7\nInterpreter: She says they came at dawn.\n\nWe hid.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(TestimonyMetadata.Empty, parsed.Metadata);
        Assert.Empty(parsed.HeaderLines);
        Assert.Equal(0, parsed.Segments[0].Start);
    }

    [Fact]
    public void Parse_TitleWithoutHeaderKeyBelow_IsNotSkipped()
    {
        const string content = "The night of the fire\n\nWe heard the planes first.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(TestimonyMetadata.Empty, parsed.Metadata);
        Assert.Equal(2, parsed.Segments.Length);
    }

    [Fact]
    public void Parse_TurnsRightUnderHeaderWithoutBlankLine_AreTurnsNotHeader()
    {
        const string content =
            "Interview ID: KH-12\nDate: 2022-03-09\nINTERVIEWER: Thank you for coming today.\nWITNESS: We lived in Saltivka.";

        var parsed = PlainTextParser.Parse(content);

        Assert.Equal(new TestimonyMetadata { InterviewId = "KH-12", InterviewDate = new DateOnly(2022, 3, 9) }, parsed.Metadata);
        Assert.Equal(2, parsed.Segments.Length);
        IngestAssert.Segment(content, parsed.Segments[0], "Thank you for coming today.", SpeakerRole.Interviewer, "INTERVIEWER", 0);
        IngestAssert.Segment(content, parsed.Segments[1], "We lived in Saltivka.", SpeakerRole.Witness, "WITNESS", 1);
    }
}
