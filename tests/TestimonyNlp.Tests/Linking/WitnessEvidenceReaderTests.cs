using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Linking;

/// <summary>Witness evidence read from crafted transcripts. People are fictional; places are real.</summary>
public sealed class WitnessEvidenceReaderTests
{
    [Fact]
    public void Read_HeaderIdWithFollowUpNote_GivesOwnIdAndEarlierInterview()
    {
        var evidence = Read(
            """
            Interview ID: SY-ALP-13 (follow-up to SY-ALP-12)
            Date: 2020-01-20
            Language: Arabic

            Q: Thank you for seeing us again.
            A: You are welcome. The shelling has not stopped.

            """);

        Assert.Equal("SY-ALP-13", evidence.InterviewId);
        Assert.Equal(["SY-ALP-12"], evidence.SameWitnessAs.ToArray());
    }

    [Fact]
    public void Read_SecondInterviewWithWitnessOfInHeader_GivesEarlierInterview()
    {
        var evidence = Read(
            """
            Interview ID: UA-KHR-42 (second interview with the witness of UA-KHR-17)
            Date: 2023-05-10

            Q: How are you?
            A: Alive, thank God.

            """);

        Assert.Equal(("UA-KHR-42", "UA-KHR-17"), (evidence.InterviewId, string.Join('|', evidence.SameWitnessAs)));
    }

    [Fact]
    public void Read_PreviousInterviewHeaderLine_GivesEarlierInterview()
    {
        var evidence = Read(
            """
            FOLLOW-UP INTERVIEW
            Interview ID: MM-ATK-77
            Date of interview: 21/06/2018
            Previous interview: MM-ATK-61, 9 October 2017

            Q: Thank you for seeing us again.
            A: Yes. Ask.

            """);

        Assert.Equal(("MM-ATK-77", "MM-ATK-61"), (evidence.InterviewId, string.Join('|', evidence.SameWitnessAs)));
    }

    [Fact]
    public void Read_SameWitnessAsLineBeforeTurns_GivesEarlierInterview()
    {
        const string Content = "Follow-up interview UA-DNP-12, 11 June 2024, Dnipro.\nSame witness as UA-DNP-9.\nThe arm is better.";
        Segment[] segments = [new(Content.IndexOf("The arm", StringComparison.Ordinal), Content.Length, SpeakerRole.Witness, null, 0)];

        var evidence = WitnessEvidenceReader.Read("ua-dnipro-12", TestimonyMetadata.Empty, Content, segments);

        Assert.Equal(("UA-DNP-12", "UA-DNP-9"), (evidence.InterviewId, string.Join('|', evidence.SameWitnessAs)));
    }

    [Fact]
    public void Read_StatementSaysFollowUpToInterview_GivesEarlierInterview()
    {
        var evidence = Read(
            """
            WITNESS STATEMENT
            Interview ID: SY-ALP-31

            This statement is a follow-up to interview SY-ALP-12. The second strike came in the evening.

            """);

        Assert.Equal(["SY-ALP-12"], evidence.SameWitnessAs.ToArray());
    }

    [Fact]
    public void Read_IdShapedWeaponNames_AreNotEarlierInterviews()
    {
        var evidence = Read(
            """
            Interview ID: SY-ALP-40

            Q: What did you see?
            A: An SU-24 came low, and the men at the checkpoint fired AK-47 rifles at it. See AK-47 in my first answer.

            """);

        Assert.Empty(evidence.SameWitnessAs);
    }

    [Fact]
    public void Read_HeaderSpeakerWithAgeAndJob_GivesNamePart()
    {
        var evidence = Read(
            """
            Interview ID: IQ-MSL-77
            Speaker: Layla Haddad, 41, teacher

            Q: Where did you live?
            A: In al-Zuhur.

            """);

        Assert.Equal("Layla Haddad", evidence.SpeakerName);
    }

    [Fact]
    public void Read_CodedSpeakerAndRoleLabels_GivesNoName()
    {
        var evidence = Read(
            """
            Interview ID: IQ-MSL-78
            Speaker: W-042

            Q: Where did you live?
            A: In al-Zuhur, near the school.

            """);

        Assert.Null(evidence.SpeakerName);
    }

    [Fact]
    public void Read_AnswerToNameQuestion_TakesNameUpToFullStop()
    {
        var evidence = Read(
            """
            Interview ID: UA-KUP-90

            INTERVIEWER: Please say your name and where you lived.
            WITNESS: Nadiia Bondar. Nadiia Ivanivna, people call me. I lived in Kupiansk.

            """);

        Assert.Equal("Nadiia Bondar", evidence.SpeakerName);
    }

    [Fact]
    public void Read_MyNameIsInFirstTurn_TakesName()
    {
        var evidence = Read(
            """
            Interview ID: SY-AFR-55

            Q: Can you tell us about yourself?
            A: My name is Dilan Sido. I am from Jindires, in the Afrin region.

            """);

        Assert.Equal("Dilan Sido", evidence.SpeakerName);
    }

    [Fact]
    public void Read_AnswerToOtherQuestion_IsNotTakenAsName()
    {
        var evidence = Read(
            """
            Interview ID: SY-AFR-56

            Q: Do you know the name of the village?
            A: Tal Rifaat. We stayed there one week.

            """);

        Assert.Null(evidence.SpeakerName);
    }

    [Fact]
    public void Read_FirstNameLabelAddressedByHonorific_JoinsFirstNameAndSurname()
    {
        var evidence = Read(
            """
            Interview ID: UA-DNP-91
            Interviewer: Tom Hale

            Tom: Thank you for seeing us again, Mrs. Hnatiuk. How is your arm?
            Oksana: Better. The bone grew back.

            """);

        Assert.Equal("Oksana Hnatiuk", evidence.SpeakerName);
    }

    [Fact]
    public void Read_WebVttVoiceWithFullName_GivesName()
    {
        const string Vtt =
            """
            WEBVTT

            1
            00:00:01.000 --> 00:00:05.000
            <v Interviewer>Thank you for talking to us again.

            2
            00:00:06.000 --> 00:00:10.000
            <v Samir Khoury>The house is gone. We live with my brother now.

            """;
        Assert.True(TranscriptReaders.Default.TryGetReaderForPath("x.vtt", out var reader));
        var testimony = Assert.Single(reader.Read("x.vtt", Encoding.UTF8.GetBytes(Vtt), CancellationToken.None)).Testimony!;

        var evidence = WitnessEvidenceReader.Read(
            testimony.TestimonyId, testimony.Metadata ?? TestimonyMetadata.Empty, testimony.Content, testimony.Segments);

        Assert.Equal(("x", (string?)null, "Samir Khoury", 0),
            (evidence.TestimonyId, evidence.InterviewId, evidence.SpeakerName, evidence.SameWitnessAs.Length));
    }

    [Fact]
    public void Read_NoHeaderId_TakesIdIntroducedAsInterviewBeforeFirstTurn()
    {
        const string Content = "Interview AF-KDH-88. Second interview with the witness of AF-KDH-87.\nThe house was hit at night.";
        Segment[] segments = [new(Content.IndexOf("The house", StringComparison.Ordinal), Content.Length, SpeakerRole.Witness, null, 0)];

        var evidence = WitnessEvidenceReader.Read("af-kandahar-88", TestimonyMetadata.Empty, Content, segments);

        Assert.Equal(("AF-KDH-88", "AF-KDH-87"), (evidence.InterviewId, string.Join('|', evidence.SameWitnessAs)));
    }

    private static WitnessEvidence Read(string content)
    {
        var testimony = CraftedTranscript.Testimony(content);
        return WitnessEvidenceReader.Read(
            testimony.TestimonyId, testimony.Metadata ?? TestimonyMetadata.Empty, testimony.Content, testimony.Segments);
    }
}
