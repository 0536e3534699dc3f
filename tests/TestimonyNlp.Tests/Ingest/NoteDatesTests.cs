using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class NoteDatesTests
{
    /// <summary>A researcher's phone notes: a title, an unknown key, then the date line (also read by the parser's tests).</summary>
    internal const string PhoneNotes =
        "PHONE CALL NOTES\n" +
        "Ref: SO-BLW-908\n" +
        "Date: 2023-02-27\n" +
        "Caller: Abdiweli Farah (ambulance driver, Beledweyne)\n" +
        "\n" +
        "Abdiweli drives the ambulance of a clinic in Beledweyne.\n";

    [Fact]
    public void InOpening_PhoneNotesUnderATitle_ReadsTheDateLine()
    {
        const string content = PhoneNotes;

        var date = NoteDates.InOpening(content, out var start, out var end);

        Assert.Equal(new DateOnly(2023, 2, 27), date);
        Assert.Equal(content.IndexOf("2023-02-27", StringComparison.Ordinal), start);
        Assert.Equal(content.IndexOf("\nCaller", StringComparison.Ordinal), end);
    }

    [Fact]
    public void InOpening_RecordedOnSentence_ReadsItsDate()
    {
        const string content = "Recorded on 3 May 2021 in Gaziantep.\n\nI am from Saraqib, I left in 2020.\n";

        var date = NoteDates.InOpening(content, out var start, out var end);

        Assert.Equal(new DateOnly(2021, 5, 3), date);
        Assert.Equal(12, start);
        Assert.Equal(36, end);
    }

    [Fact]
    public void InOpening_DateOfStatementKey_ReadsIt()
    {
        const string content = "WITNESS STATEMENT\nReference: HMS-77\nDate of statement: 4 June 2019\n\nI lived in Bab Amr.\n";

        Assert.Equal(new DateOnly(2019, 6, 4), NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void InOpening_DateLineAboveANarrative_ReadsIt()
    {
        const string content = "Gaziantep, 12 March 2021\n\nMy name is Layla Haddad. I lived in Ariha until the school was hit.\n";

        var date = NoteDates.InOpening(content, out var start, out var end);

        Assert.Equal(new DateOnly(2021, 3, 12), date);
        Assert.Equal(11, start);
        Assert.Equal(24, end);
    }

    [Fact]
    public void InOpening_NarrativeOpeningOnAnEventDate_IsNull()
    {
        const string content = "On 12 March 2016 the planes came over Saraqib and killed my neighbour Karim.\n";

        Assert.Null(NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void InOpening_InterviewerStatesTheRecordingDateInTheFirstCue_ReadsIt()
    {
        const string content =
            "1\n00:00:01,200 --> 00:00:05,000\nINTERVIEWER: We are recording, 12 March 2023, in Manbij.\nPlease tell us who you are.\n";

        Assert.Equal(new DateOnly(2023, 3, 12), NoteDates.InOpening(content, out _, out _));
    }

    [Theory]
    [InlineData("INTERVIEWER: We are recording. Today is the 15th of July 2023,\nin Beledweyne. Can you say your name?\n", 2023, 7, 15)]
    [InlineData("[00:00:02] Q: It is the 9th of February 2024, we are in Oicha.\nCan you say your name?\n", 2024, 2, 9)]
    [InlineData("INTERVIEWER: Today is 2 November 2017, we are in Taiz city.\n", 2017, 11, 2)]
    public void InOpening_InterviewerSaysTodaysDate_ReadsIt(string content, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void InOpening_OrdinalDayOfAnEventInTheOpening_IsNull()
    {
        const string content = "WITNESS: On the 15th of July 2023 the mortars fell on the market of Bulo Burte.\n";

        Assert.Null(NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void InOpening_DateLineBelowTheOpeningLines_IsNull()
    {
        var content = string.Concat(Enumerable.Repeat("Q: Where were you?\n", NoteDates.Defaults.OpeningLines)) + "Date: 2 April 2019\n";

        Assert.Null(NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void InOpening_DateKeyWithAValueThatIsNoDate_IsNull()
    {
        const string content = "PHONE CALL NOTES\nDate: some time in the spring\n\nThe line was poor.\n";

        Assert.Null(NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void InOpening_OddCharacters_IsNullWithoutThrowing()
    {
        var content = "\0\uD800: \uFFFD\r\r\n" + new string('\u200B', 3000) + "\n12 13 2021 ::: 99/99/9999\n";

        Assert.Null(NoteDates.InOpening(content, out var start, out var end));
        Assert.Equal((0, 0), (start, end));
    }

    [Fact]
    public void RecordedMonth_MonthAndYearOnly_FirstDayOfThatMonth()
    {
        const string note = "Interview YE-DHY-1109. Recorded by phone in Saada city,\nOctober 2018. Arabic, subtitled.\n";

        Assert.Equal(new DateOnly(2018, 10, 1), NoteDates.RecordedMonth(note));
    }

    [Fact]
    public void RecordedMonth_YearOutsideTheResolversYears_IsNull()
    {
        const string note = "Interview YE-DHY-1109. Recorded by phone in Saada city,\nOctober 9999. Arabic, subtitled.\n";

        Assert.Null(NoteDates.RecordedMonth(note));
    }

    [Fact]
    public void InOpening_RecordedOnAPlaceholderDate_IsNull()
    {
        const string content = "Recorded on 1 January 0001 in Gaziantep.\n\nI am from Saraqib, I left in 2020.\n";

        Assert.Null(NoteDates.InOpening(content, out _, out _));
    }

    [Fact]
    public void RecordedMonth_MonthInASentenceNotAboutTheRecording_IsNull()
    {
        const string note = "The school was hit in October 2018. Arabic, subtitled.\n";

        Assert.Null(NoteDates.RecordedMonth(note));
    }

    [Fact]
    public void RecordedMonth_InterviewersQuestionNamingAMonth_IsNull()
    {
        const string note = "INTERVIEWER: We are recording now. Tell me your name.\nWITNESS: Souleymane.\n" +
            "INTERVIEWER: I want to ask about November 2022, the attack on the camp.\n";

        Assert.Null(NoteDates.RecordedMonth(note));
    }

    [Fact]
    public void InOpening_InterviewersQuestionGivingAnEventsDate_IsNull()
    {
        const string content = "INTERVIEWER: On 12 March 2023, were you at the market?\nWITNESS: Yes.\n";

        Assert.Null(NoteDates.InOpening(content, out _, out _));
    }

    [Theory]
    [InlineData("The interview was held in Gaziantep, 3 May 2021.\n", 2021, 5, 3)]
    [InlineData("Interviewed in Erbil on 14 June 2022.\n", 2022, 6, 14)]
    [InlineData("Interviews were recorded in Aden, 2 November 2017.\n", 2017, 11, 2)]
    [InlineData("Statement taken 4 June 2019 in Khartoum.\n", 2019, 6, 4)]
    public void InOpening_SentenceOfTheInterviewOrTheRecording_ReadsItsDate(string content, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), NoteDates.InOpening(content, out _, out _));
    }

    [Theory]
    [InlineData("Date of statement")]
    [InlineData("Statement date")]
    [InlineData("Date of call")]
    [InlineData("Recorded on")]
    [InlineData("Date recorded")]
    [InlineData("Interview date")]
    public void Classify_InterviewDateKeys_AreTheDateField(string key)
    {
        Assert.Equal(HeaderField.Date, HeaderKeys.Classify(key));
    }

    [Fact]
    public void Parse_DateOfStatementKeyInAHeader_IsTheInterviewDate()
    {
        const string content = "Statement ID: HMS-77\nDate of statement: 4 June 2019\nLanguage: Arabic\n\nI lived in Bab Amr.\n";

        Assert.Equal(new DateOnly(2019, 6, 4), PlainTextParser.Parse(content).Metadata.InterviewDate);
    }
}
