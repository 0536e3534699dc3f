using System.Collections.Immutable;
using TestimonyNlp.Model;
using TestimonyNlp.Text;
using static TestimonyNlp.Tests.Text.TextTestHelper;

namespace TestimonyNlp.Tests.Text;

public sealed class TextStageTests
{
    // Q: turn 0 (segment 0); A: turn 1 spread over two segments, as consecutive subtitle cues would be.
    private const string Content = "Q: Where were you that morning\nA: At home in Douma. The planes came\nA: at six. Everyone ran.";

    private static Testimony MakeTestimony(string content, params Segment[] segments) => new()
    {
        Source = "interviews/test-001.txt",
        TestimonyId = "test-001",
        Content = content,
        ContentSha256 = new string('0', 64),
        Format = "text",
        Segments = [.. segments],
    };

    private static Testimony ThreeSegmentsTwoTurns() => MakeTestimony(
        Content,
        new Segment(3, 30, SpeakerRole.Interviewer, "Q", 0),
        new Segment(34, 67, SpeakerRole.Witness, "A", 1),
        new Segment(71, 92, SpeakerRole.Witness, "A", 1));

    [Fact]
    public void Name_Always_Text()
    {
        Assert.Equal("text", new TextStage().Name);
    }

    [Fact]
    public void Process_ThreeSegmentsTwoTurns_TokensOfSegmentsOnly()
    {
        var document = new Document(ThreeSegmentsTwoTurns());

        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal(
            "Where|Word were|Word you|Word that|Word morning|Word "
            + "At|Word home|Word in|Word Douma|Word .|Punctuation The|Word planes|Word came|Word "
            + "at|Word six|Word .|Punctuation Everyone|Word ran|Word .|Punctuation",
            Render(Content, document.Tokens));
        Assert.Equal(new Token(3, 5, TokenKind.Word), document.Tokens[0]);
        Assert.Equal(new Token(71, 2, TokenKind.Word), document.Tokens[13]);
    }

    [Fact]
    public void Process_ThreeSegmentsTwoTurns_SentencesStayInTurnAndCrossSegments()
    {
        var document = new Document(ThreeSegmentsTwoTurns());

        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal(
            [
                new Sentence(3, 30, 0, 5, 0),
                new Sentence(34, 51, 5, 5, 1),
                new Sentence(52, 78, 10, 6, 1),
                new Sentence(79, 92, 16, 3, 2),
            ],
            document.Sentences);
    }

    [Fact]
    public void Process_SameTurnNumberNotConsecutive_SeparateTurns()
    {
        const string content = "A: We ran\nQ: Where\nA: to the school.";
        var document = new Document(MakeTestimony(
            content,
            new Segment(3, 9, SpeakerRole.Witness, "A", 0),
            new Segment(13, 18, SpeakerRole.Interviewer, "Q", 1),
            new Segment(22, 36, SpeakerRole.Witness, "A", 0)));

        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal("We ran | Where | to the school.", RenderSentences(content, document.Sentences));
        Assert.Equal([0, 1, 2], document.Sentences.Select(s => s.Segment));
    }

    [Fact]
    public void Process_NoSegments_NothingTokenized()
    {
        var document = new Document(MakeTestimony("We ran. They came."));

        new TextStage().Process(document, CancellationToken.None);

        Assert.Empty(document.Tokens);
        Assert.Empty(document.Sentences);
    }

    [Fact]
    public void Process_EmptySegment_NoTokensNoSentence()
    {
        const string content = "A: \nA: We ran.";
        var document = new Document(MakeTestimony(
            content,
            new Segment(3, 3, SpeakerRole.Witness, "A", 0),
            new Segment(7, 14, SpeakerRole.Witness, "A", 1)));

        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal(3, document.Tokens.Count);
        Assert.Equal(new Sentence(7, 14, 0, 3, 1), Assert.Single(document.Sentences));
    }

    [Fact]
    public void Process_SegmentBeyondText_ClampedToText()
    {
        const string content = "We ran.";
        var document = new Document(MakeTestimony(
            content,
            new Segment(-4, 3, SpeakerRole.Witness, null, 0),
            new Segment(3, 500, SpeakerRole.Witness, null, 0)));

        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal("We|Word ran|Word .|Punctuation", Render(content, document.Tokens));
        Assert.Equal(new Sentence(0, 7, 0, 3, 0), Assert.Single(document.Sentences));
    }

    [Fact]
    public void Process_OverlappingSegments_NoTokenTwice()
    {
        const string content = "We ran home.";
        var document = new Document(MakeTestimony(
            content,
            new Segment(0, 6, SpeakerRole.Witness, null, 0),
            new Segment(3, 12, SpeakerRole.Witness, null, 1)));

        new TextStage().Process(document, CancellationToken.None);

        Assert.Equal("We|Word ran|Word home|Word .|Punctuation", Render(content, document.Tokens));
        Assert.Equal("We ran | home.", RenderSentences(content, document.Sentences));
    }

    [Fact]
    public void Process_CancelledToken_Throws()
    {
        var document = new Document(ThreeSegmentsTwoTurns());
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => new TextStage().Process(document, source.Token));
    }

    [Fact]
    public void Process_InPipeline_WordCountFromTokens()
    {
        var pipeline = new TestimonyNlp.Pipeline.TestimonyPipeline([new TextStage()]);

        var document = pipeline.Run(ThreeSegmentsTwoTurns(), CancellationToken.None);

        Assert.Equal(16, document.WordCount);
    }
}
