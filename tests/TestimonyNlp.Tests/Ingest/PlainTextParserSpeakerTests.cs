using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class PlainTextParserSpeakerTests
{
    private static ParsedTranscript Parse(string content)
    {
        var parsed = PlainTextParser.Parse(content);
        IngestAssert.WellFormed(content, parsed.Segments);
        return parsed;
    }

    [Fact]
    public void Parse_InterviewerWitnessLabels_OneSegmentPerTurn()
    {
        const string content = "INTERVIEWER: Where were you when it began?\nWITNESS: In the kitchen.\nMy son was with me.\n";

        var segments = Parse(content).Segments;

        Assert.Equal(2, segments.Length);
        IngestAssert.Segment(content, segments[0], "Where were you when it began?", SpeakerRole.Interviewer, "INTERVIEWER", 0);
        IngestAssert.Segment(content, segments[1], "In the kitchen.\nMy son was with me.", SpeakerRole.Witness, "WITNESS", 1);
    }

    [Fact]
    public void Parse_QuestionAnswerLabels_RolesFromLabels()
    {
        const string content = "Q: What did you see?\nA: Smoke over Hay al-Arbaeen.";

        var segments = Parse(content).Segments;

        Assert.Equal(2, segments.Length);
        IngestAssert.Segment(content, segments[0], "What did you see?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(content, segments[1], "Smoke over Hay al-Arbaeen.", SpeakerRole.Witness, "A", 1);
    }

    [Fact]
    public void Parse_IntRespLabels_RolesFromLabels()
    {
        const string content = "INT: How many were hurt?\nRESP: Four, maybe five.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "How many were hurt?", SpeakerRole.Interviewer, "INT", 0);
        IngestAssert.Segment(content, segments[1], "Four, maybe five.", SpeakerRole.Witness, "RESP", 1);
    }

    [Fact]
    public void Parse_LowerCaseLabels_Recognised()
    {
        const string content = "q: And then?\na: We ran to Bab al-Nasr.\nrespondent: That is all.";

        var segments = Parse(content).Segments;

        Assert.Equal(3, segments.Length);
        IngestAssert.Segment(content, segments[0], "And then?", SpeakerRole.Interviewer, "q", 0);
        IngestAssert.Segment(content, segments[1], "We ran to Bab al-Nasr.", SpeakerRole.Witness, "a", 1);
        IngestAssert.Segment(content, segments[2], "That is all.", SpeakerRole.Witness, "respondent", 2);
    }

    [Fact]
    public void Parse_SurvivorLabel_IsWitness()
    {
        const string content = "INTERVIEWER: Go on.\nSURVIVOR: The roof fell.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[1], "The roof fell.", SpeakerRole.Witness, "SURVIVOR", 1);
    }

    [Fact]
    public void Parse_NamedSpeakers_QuestionerIsInterviewer()
    {
        const string content =
            "Sam: Where were you on that day?\n" +
            "Layla: At home in al-Mishlab.\n" +
            "Sam: What did you hear?\n" +
            "Layla: A plane, then a very loud noise.\n" +
            "Sam: I see.\n" +
            "Layla: Was it a drone? I do not know.";

        var segments = Parse(content).Segments;

        Assert.Equal(6, segments.Length);
        IngestAssert.Segment(content, segments[0], "Where were you on that day?", SpeakerRole.Interviewer, "Sam", 0);
        IngestAssert.Segment(content, segments[1], "At home in al-Mishlab.", SpeakerRole.Witness, "Layla", 1);
        IngestAssert.Segment(content, segments[4], "I see.", SpeakerRole.Interviewer, "Sam", 4);
        IngestAssert.Segment(content, segments[5], "Was it a drone? I do not know.", SpeakerRole.Witness, "Layla", 5);
    }

    [Fact]
    public void Parse_NamedSpeakerMatchingHeaderInterviewer_IsInterviewerWithoutQuestions()
    {
        const string content =
            "Interview ID: MS-4\nInterviewer: Dr. Amina Saleh\n\n" +
            "Dr. Amina: Tell me about the morning.\n" +
            "Abu Yasser: Who would ask me that?\n" +
            "Dr. Amina: Please go on.\n" +
            "Abu Yasser: Why not? The shelling started at six?";

        var segments = Parse(content).Segments;

        Assert.Equal(4, segments.Length);
        IngestAssert.Segment(content, segments[0], "Tell me about the morning.", SpeakerRole.Interviewer, "Dr. Amina", 0);
        IngestAssert.Segment(content, segments[1], "Who would ask me that?", SpeakerRole.Witness, "Abu Yasser", 1);
        IngestAssert.Segment(content, segments[2], "Please go on.", SpeakerRole.Interviewer, "Dr. Amina", 2);
        IngestAssert.Segment(content, segments[3], "Why not? The shelling started at six?", SpeakerRole.Witness, "Abu Yasser", 3);
    }

    [Fact]
    public void Parse_NamedSpeakerFirstWordOfHeaderInterviewer_IsInterviewer()
    {
        const string content = "Interviewer: Sam Carter\nID: K-1\n\nSam: Go on.\nOmar: Yes.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "Go on.", SpeakerRole.Interviewer, "Sam", 0);
        IngestAssert.Segment(content, segments[1], "Yes.", SpeakerRole.Witness, "Omar", 1);
    }

    [Fact]
    public void Parse_NamedSpeakerWithKeywordLabels_NamedIsWitness()
    {
        const string content = "INTERVIEWER: Who else was there?\nUmm Khalid: My daughter.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[1], "My daughter.", SpeakerRole.Witness, "Umm Khalid", 1);
    }

    [Fact]
    public void Parse_KeywordWithQualifier_TakesKeywordRole()
    {
        const string content = "Interviewer 1: Who was hurt?\nWitness 2: My neighbour Karim.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "Who was hurt?", SpeakerRole.Interviewer, "Interviewer 1", 0);
        IngestAssert.Segment(content, segments[1], "My neighbour Karim.", SpeakerRole.Witness, "Witness 2", 1);
    }

    [Fact]
    public void Parse_TimestampedTurns_TimesOnSegments()
    {
        const string content = "[00:01:05] Q: Where was the checkpoint?\n[00:01:09] A: Near the bridge in Raqqa.\n";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "Where was the checkpoint?", SpeakerRole.Interviewer, "Q", 0, new TimeSpan(0, 1, 5));
        IngestAssert.Segment(content, segments[1], "Near the bridge in Raqqa.", SpeakerRole.Witness, "A", 1, new TimeSpan(0, 1, 9));
    }

    [Theory]
    [InlineData("[01:12:05] A: It was dark.", 1, 12, 5)]
    [InlineData("[12:05] A: It was dark.", 0, 12, 5)]
    [InlineData("(00:12:05) A: It was dark.", 0, 12, 5)]
    [InlineData("01:12:05 A: It was dark.", 1, 12, 5)]
    [InlineData("01:12:05\tA: It was dark.", 1, 12, 5)]
    public void Parse_TimestampShape_ParsedBeforeLabel(string content, int hours, int minutes, int seconds)
    {
        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "It was dark.", SpeakerRole.Witness, "A", 0, new TimeSpan(hours, minutes, seconds));
    }

    [Fact]
    public void Parse_TimestampAloneOnLine_AppliesToNextTurn()
    {
        const string content = "[00:00:10]\nQ: Your name?\n\n[00:00:14]\nA: Hassan.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "Your name?", SpeakerRole.Interviewer, "Q", 0, TimeSpan.FromSeconds(10));
        IngestAssert.Segment(content, segments[1], "Hassan.", SpeakerRole.Witness, "A", 1, TimeSpan.FromSeconds(14));
    }

    [Fact]
    public void Parse_TimestampedLinesWithoutLabels_EachWitnessTurn()
    {
        const string content = "[00:00:05] We lived in Sinjar.\n[00:00:09] In August we fled to the mountain.";

        var segments = Parse(content).Segments;

        Assert.Equal(2, segments.Length);
        IngestAssert.Segment(content, segments[0], "We lived in Sinjar.", SpeakerRole.Witness, null, 0, TimeSpan.FromSeconds(5));
        IngestAssert.Segment(content, segments[1], "In August we fled to the mountain.", SpeakerRole.Witness, null, 1, TimeSpan.FromSeconds(9));
    }

    [Fact]
    public void Parse_TimestampInsideLabelledTurn_NewSegmentSameTurn()
    {
        const string content = "A: We hid.\n[00:03:00] Then we left.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "We hid.", SpeakerRole.Witness, "A", 0);
        IngestAssert.Segment(content, segments[1], "Then we left.", SpeakerRole.Witness, "A", 0, TimeSpan.FromMinutes(3));
    }

    [Fact]
    public void Parse_NoteLinesBetweenTurns_NoteSegmentsWithOwnTurns()
    {
        const string content = "Q: Who was killed?\n[crying]\nA: My brother Hussein.\n(pause)\n[inaudible 00:12:30]\nA: And his son.";

        var segments = Parse(content).Segments;

        Assert.Equal(6, segments.Length);
        IngestAssert.Segment(content, segments[0], "Who was killed?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(content, segments[1], "[crying]", SpeakerRole.Note, null, 1);
        IngestAssert.Segment(content, segments[2], "My brother Hussein.", SpeakerRole.Witness, "A", 2);
        IngestAssert.Segment(content, segments[3], "(pause)", SpeakerRole.Note, null, 3);
        IngestAssert.Segment(content, segments[4], "[inaudible 00:12:30]", SpeakerRole.Note, null, 4);
        IngestAssert.Segment(content, segments[5], "And his son.", SpeakerRole.Witness, "A", 5);
    }

    [Fact]
    public void Parse_TextAfterNoteLine_ContinuesSpeakerInNewTurn()
    {
        const string content = "A: I saw it.\n[crying]\nIt was the market.";

        var segments = Parse(content).Segments;

        Assert.Equal(3, segments.Length);
        IngestAssert.Segment(content, segments[2], "It was the market.", SpeakerRole.Witness, "A", 2);
    }

    [Fact]
    public void Parse_InlineNote_StaysInTurn()
    {
        const string content = "A: The second one [inaudible] hit the clinic [crying].";

        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "The second one [inaudible] hit the clinic [crying].", SpeakerRole.Witness, "A", 0);
    }

    [Fact]
    public void Parse_InterpreterRemark_IsInterpreterTurn()
    {
        const string content = "Q: How old was she?\nINTERPRETER: She is asking her husband.\nA: Nine years old.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[1], "She is asking her husband.", SpeakerRole.Interpreter, "INTERPRETER", 1);
        IngestAssert.Segment(content, segments[2], "Nine years old.", SpeakerRole.Witness, "A", 2);
    }

    [Fact]
    public void Parse_NoteAndTranscriberLabels_AreNoteRole()
    {
        const string content = "NOTE: Recording resumed.\nTranscriber: Two words unclear.";

        var segments = Parse(content).Segments;

        IngestAssert.Segment(content, segments[0], "Recording resumed.", SpeakerRole.Note, "NOTE", 0);
        IngestAssert.Segment(content, segments[1], "Two words unclear.", SpeakerRole.Note, "Transcriber", 1);
    }

    [Fact]
    public void Parse_MultiParagraphAnswer_OneSegmentPerParagraphSameTurn()
    {
        const string content = "Q: What happened next?\n\nA: We went down to the shelter.\n\n\nIn the morning we counted the missing.\n  \nQ: How many?";

        var segments = Parse(content).Segments;

        Assert.Equal(4, segments.Length);
        IngestAssert.Segment(content, segments[0], "What happened next?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(content, segments[1], "We went down to the shelter.", SpeakerRole.Witness, "A", 1);
        IngestAssert.Segment(content, segments[2], "In the morning we counted the missing.", SpeakerRole.Witness, "A", 1);
        IngestAssert.Segment(content, segments[3], "How many?", SpeakerRole.Interviewer, "Q", 2);
    }

    [Fact]
    public void Parse_LabelAloneOnLine_TurnStartsOnNextLine()
    {
        const string content = "WITNESS:\n  The bakery queue was long.";

        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "The bakery queue was long.", SpeakerRole.Witness, "WITNESS", 0);
    }

    [Fact]
    public void Parse_Narrative_EachParagraphWitnessTurn()
    {
        const string content = "I was born in Hama.\nI worked as a nurse.\n\nIn 2016 the hospital was struck twice.\n";

        var segments = Parse(content).Segments;

        Assert.Equal(2, segments.Length);
        IngestAssert.Segment(content, segments[0], "I was born in Hama.\nI worked as a nurse.", SpeakerRole.Witness, null, 0);
        IngestAssert.Segment(content, segments[1], "In 2016 the hospital was struck twice.", SpeakerRole.Witness, null, 1);
    }

    [Fact]
    public void Parse_HeaderThenNarrative_NarrativeAfterHeader()
    {
        const string content = "Interview ID: N-8\nPlace: Kyiv\n\nThe sirens started at four.";

        var parsed = Parse(content);

        Assert.Equal("Kyiv", parsed.Metadata.Place);
        IngestAssert.Segment(content, Assert.Single(parsed.Segments), "The sirens started at four.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Parse_TitleBeforeFirstLabel_IsUnknownSegment()
    {
        const string content = "Testimony recorded in Gaziantep\n\nQ: Start when you are ready.\nA: Thank you.";

        var segments = Parse(content).Segments;

        Assert.Equal(3, segments.Length);
        IngestAssert.Segment(content, segments[0], "Testimony recorded in Gaziantep", SpeakerRole.Unknown, null, 0);
        IngestAssert.Segment(content, segments[1], "Start when you are ready.", SpeakerRole.Interviewer, "Q", 1);
        IngestAssert.Segment(content, segments[2], "Thank you.", SpeakerRole.Witness, "A", 2);
    }

    [Fact]
    public void Parse_LowerCaseWordBeforeColon_NotATurn()
    {
        const string content = "A: Then my father shouted.\nHe said: run to the basement.";

        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "Then my father shouted.\nHe said: run to the basement.", SpeakerRole.Witness, "A", 0);
    }

    [Fact]
    public void Parse_NoteWithoutColonAfterLabel_NotATurn()
    {
        const string content = "A: We stayed.\nNote that the road: it was closed.";

        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "We stayed.\nNote that the road: it was closed.", SpeakerRole.Witness, "A", 0);
    }

    [Fact]
    public void Parse_ClockTimeInText_NotALabel()
    {
        const string content = "A: It was early.\nAt 10:30 the second strike came.";

        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "It was early.\nAt 10:30 the second strike came.", SpeakerRole.Witness, "A", 0);
    }

    [Fact]
    public void Parse_SingleCapitalisedWordInNarrative_NotASpeaker()
    {
        const string content = "We left at dawn.\n\nMariam: she was only four.";

        var segments = Parse(content).Segments;

        Assert.Equal(2, segments.Length);
        IngestAssert.Segment(content, segments[1], "Mariam: she was only four.", SpeakerRole.Witness, null, 1);
    }

    [Fact]
    public void Parse_CrLfLineEndings_OffsetsIntoOriginal()
    {
        const string content = "Q: Where?\r\nA: Mosul.\r\n\r\nThe old city.\r\n";

        var segments = Parse(content).Segments;

        Assert.Equal(3, segments.Length);
        IngestAssert.Segment(content, segments[0], "Where?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(content, segments[1], "Mosul.", SpeakerRole.Witness, "A", 1);
        IngestAssert.Segment(content, segments[2], "The old city.", SpeakerRole.Witness, "A", 1);
    }

    [Fact]
    public void Parse_EmptyLabelTurn_NoGapInTurnNumbers()
    {
        const string content = "Q:\nA: Nothing was left.";

        var segment = Assert.Single(Parse(content).Segments);

        IngestAssert.Segment(content, segment, "Nothing was left.", SpeakerRole.Witness, "A", 0);
    }

    [Fact]
    public void Parse_HeaderOnly_NoSegments()
    {
        var parsed = Parse("Interview ID: E-1\nDate: 2020-01-05\n");

        Assert.Equal("E-1", parsed.Metadata.InterviewId);
        Assert.Empty(parsed.Segments);
    }
}
