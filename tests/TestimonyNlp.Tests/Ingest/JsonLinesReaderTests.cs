using System.Security.Cryptography;
using System.Text;
using TestimonyNlp.Ingest;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    private const string Source = "exports/batch.jsonl";

    private static readonly JsonLinesReader Reader = new();

    private static List<IngestOutcome> Read(string text, JsonLinesReader? reader = null) =>
        [.. (reader ?? Reader).Read(Source, Encoding.UTF8.GetBytes(text), CancellationToken.None)];

    private static List<IngestOutcome> ReadStream(Stream stream, JsonLinesReader? reader = null) =>
        [.. (reader ?? Reader).Read(Source, stream, CancellationToken.None)];

    private const string ThreeLines =
        "{\"id\":\"jl-1\",\"text\":\"Q: Where?\\nA: Kunduz.\",\"date\":\"2021-08-15\",\"place\":\"Kunduz\"}\n" +
        "{\"id\": 2, \"text\": broken\n" +
        "{\"interview_id\":\"IV-3\",\"text\":\"Interview ID: HEADER-3\\nLanguage: Dari\\n\\nWe left at night.\",\"language\":\"Pashto\"}\n";

    private static void AssertThreeLines(List<IngestOutcome> outcomes)
    {
        Assert.Equal(3, outcomes.Count);

        Assert.True(outcomes[0].Success);
        var first = outcomes[0].Testimony!;
        Assert.Equal("jl-1", first.TestimonyId);
        Assert.Equal(Source, first.Source);
        Assert.Equal("jsonl", first.Format);
        Assert.Equal("Q: Where?\nA: Kunduz.", first.Content);
        Assert.Equal(new TestimonyMetadata { InterviewDate = new DateOnly(2021, 8, 15), Place = "Kunduz" }, first.Metadata);
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData("{\"id\":\"jl-1\",\"text\":\"Q: Where?\\nA: Kunduz.\",\"date\":\"2021-08-15\",\"place\":\"Kunduz\"}"u8)),
            first.ContentSha256);
        Assert.Equal(2, first.Segments.Length);
        IngestAssert.Segment(first.Content, first.Segments[0], "Where?", SpeakerRole.Interviewer, "Q", 0);
        IngestAssert.Segment(first.Content, first.Segments[1], "Kunduz.", SpeakerRole.Witness, "A", 1);

        Assert.False(outcomes[1].Success);
        Assert.Equal(new IngestError(Source, 2, "invalid JSON (at byte 19)"), outcomes[1].Error);

        Assert.True(outcomes[2].Success);
        var third = outcomes[2].Testimony!;
        Assert.Equal("IV-3", third.TestimonyId);
        Assert.Equal(new TestimonyMetadata { InterviewId = "IV-3", Language = "Pashto" }, third.Metadata);
        IngestAssert.Segment(third.Content, Assert.Single(third.Segments), "We left at night.", SpeakerRole.Witness, null, 0);
    }

    [Fact]
    public void Read_BrokenLineInMiddle_TwoTestimoniesAndOneErrorWithLine()
    {
        AssertThreeLines(Read(ThreeLines));
    }

    [Fact]
    public void ReadStream_BrokenLineInMiddle_SameAsWholeFile()
    {
        AssertThreeLines(ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(ThreeLines))));
    }

    [Fact]
    public void ReadStream_OneByteReads_SameAsWholeFile()
    {
        AssertThreeLines(ReadStream(new TrickleStream(Encoding.UTF8.GetBytes(ThreeLines))));
    }

    [Fact]
    public void Read_CrLfBlankLinesAndBom_SkippedWithPhysicalLineNumbers()
    {
        const string text = "\uFEFF{\"text\":\"One.\"}\r\n\r\n   \r\n{\"text\":\"Two.\"}\r\n{\"nope\":1}";

        var outcomes = Read(text);

        Assert.Equal(3, outcomes.Count);
        Assert.Equal("batch-1", outcomes[0].Testimony!.TestimonyId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("{\"text\":\"One.\"}"u8)), outcomes[0].Testimony!.ContentSha256);
        Assert.Equal("batch-4", outcomes[1].Testimony!.TestimonyId);
        Assert.Equal(new IngestError(Source, 5, "no \"text\" field"), outcomes[2].Error);
    }

    [Fact]
    public void Read_NumericId_UsedAsText()
    {
        var testimony = Assert.Single(Read("{\"id\": 1042, \"text\": \"We stayed in Marib.\"}")).Testimony!;

        Assert.Equal("1042", testimony.TestimonyId);
    }

    [Fact]
    public void Read_HeaderIdInText_UsedWhenNoIdField()
    {
        var testimony = Assert.Single(Read("{\"text\": \"Interview ID: TX-8\\n\\nWe stayed in Marib.\"}")).Testimony!;

        Assert.Equal("TX-8", testimony.TestimonyId);
    }

    [Theory]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("\"text\"", "not a JSON object")]
    [InlineData("{\"id\": \"x\"}", "no \"text\" field")]
    [InlineData("{\"text\": 12}", "\"text\" field is not a string")]
    [InlineData("{\"text\": null}", "\"text\" field is not a string")]
    [InlineData("{\"text\": \"\"}", "empty \"text\" field")]
    [InlineData("{\"text\": \"  \\n \"}", "empty \"text\" field")]
    [InlineData("{\"text\": \"a\"} {\"text\": \"b\"}", "invalid JSON (at byte 15)")]
    public void Read_BadLine_FailureWithReason(string line, string reason)
    {
        var outcome = Assert.Single(Read(line));

        Assert.Equal(new IngestError(Source, 1, reason), outcome.Error);
    }

    [Fact]
    public void Read_InvalidUtf8Line_FailureOthersGoOn()
    {
        byte[] bytes = [.. "{\"text\":\"caf"u8, 0xE9, .. "\"}\n{\"text\":\"fine\"}"u8];

        var outcomes = Reader.Read(Source, bytes, CancellationToken.None).ToList();

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(new IngestError(Source, 1, "not valid UTF-8"), outcomes[0].Error);
        Assert.Equal("fine", outcomes[1].Testimony!.Content);
    }

    [Fact]
    public void Read_InterviewerField_DecidesNamedSpeakerRole()
    {
        var testimony = Assert.Single(Read("{\"text\":\"Sam: Tell me more.\\nOmar: The water tower fell.\",\"interviewer\":\"Sam Carter\"}")).Testimony!;

        IngestAssert.Segment(testimony.Content, testimony.Segments[0], "Tell me more.", SpeakerRole.Interviewer, "Sam", 0);
        IngestAssert.Segment(testimony.Content, testimony.Segments[1], "The water tower fell.", SpeakerRole.Witness, "Omar", 1);
        Assert.Equal("Sam Carter", testimony.Metadata.Interviewer);
    }

    [Fact]
    public void Read_AllMetadataFields_Applied()
    {
        const string line = "{\"text\":\"Hi.\",\"interview_id\":\"M-1\",\"interview_date\":\"7 May 2019\",\"place\":\"Aden\"," +
            "\"language\":\"Arabic\",\"interviewer\":\"Ruth Okafor\",\"interpreter\":\"Salem\",\"speaker\":\"W-9\"}";

        var testimony = Assert.Single(Read(line)).Testimony!;

        Assert.Equal(
            new TestimonyMetadata
            {
                InterviewId = "M-1",
                InterviewDate = new DateOnly(2019, 5, 7),
                Place = "Aden",
                Language = "Arabic",
                Interviewer = "Ruth Okafor",
                Interpreter = "Salem",
                Speaker = "W-9",
            },
            testimony.Metadata);
    }

    [Fact]
    public void Read_UnrecognisedDateField_WarningAndHeaderDateKept()
    {
        var testimony = Assert.Single(Read("{\"text\":\"Date: 2020-02-03\\n\\nHi.\",\"date\":\"last winter\"}")).Testimony!;

        Assert.Equal(new DateOnly(2020, 2, 3), testimony.Metadata.InterviewDate);
        Assert.Equal("interview date field not recognised (line 1)", Assert.Single(testimony.Warnings));
    }

    [Fact]
    public void Read_LineOverLimit_FailsThatLineOnly()
    {
        var reader = new JsonLinesReader(maxLineBytes: 40);
        var text = "{\"text\":\"a\"}\n{\"text\":\"" + new string('b', 89) + "\"}\n{\"text\":\"c\"}";

        var outcomes = Read(text, reader);

        Assert.Equal(3, outcomes.Count);
        Assert.Equal("a", outcomes[0].Testimony!.Content);
        Assert.Equal(new IngestError(Source, 2, "line too long: 100 bytes (limit 40 bytes)"), outcomes[1].Error);
        Assert.Equal("c", outcomes[2].Testimony!.Content);
    }

    [Fact]
    public void ReadStream_LineLongerThanBuffer_SkippedAndOthersGoOn()
    {
        var reader = new JsonLinesReader(maxLineBytes: 40);
        var text = "{\"text\":\"a\"}\n{\"text\":\"" + new string('b', 199_988) + "\"}\n{\"text\":\"c\"}";

        var outcomes = ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), reader);

        Assert.Equal(3, outcomes.Count);
        Assert.Equal("a", outcomes[0].Testimony!.Content);
        Assert.Equal(new IngestError(Source, 2, "line too long: 0.2 MB (limit 40 bytes)"), outcomes[1].Error);
        Assert.Equal("c", outcomes[2].Testimony!.Content);
    }

    [Fact]
    public void ReadStream_LastLineOverLimitWithoutNewline_Fails()
    {
        var reader = new JsonLinesReader(maxLineBytes: 40);
        var text = "{\"text\":\"a\"}\n{\"text\":\"" + new string('b', 89) + "\"}";

        var outcomes = ReadStream(new TrickleStream(Encoding.UTF8.GetBytes(text)), reader);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(new IngestError(Source, 2, "line too long: 100 bytes (limit 40 bytes)"), outcomes[1].Error);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => Reader.Read(Source, "{\"text\":\"a\"}"u8.ToArray(), cancellation.Token).ToList());
    }

    /// <summary>A stream that returns one byte per read, to cross every buffer boundary.</summary>
    internal sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
