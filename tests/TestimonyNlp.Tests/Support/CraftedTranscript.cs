using TestimonyNlp.Ingest;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Support;

/// <summary>Plain-text transcripts written in a test, read as the plain-text reader reads them.</summary>
internal static class CraftedTranscript
{
    /// <summary>The testimony of <paramref name="content"/>: header, segments and header lines parsed.</summary>
    public static Testimony Testimony(string content)
    {
        var parsed = PlainTextParser.Parse(content);
        return new Testimony
        {
            Source = "crafted.txt",
            TestimonyId = "crafted",
            Content = content,
            ContentSha256 = new string('0', 64),
            Format = "text",
            Metadata = parsed.Metadata,
            Segments = parsed.Segments,
            HeaderLines = parsed.HeaderLines,
        };
    }

    /// <summary>The document of <paramref name="content"/> after the text stage alone: tokens and sentences, no entities.</summary>
    public static Document Tokenized(string content)
    {
        var document = new Document(Testimony(content));
        new TextStage().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>A document of one witness segment covering <paramref name="content"/> (no header parsing), with
    /// <paramref name="metadata"/>, after the text stage.</summary>
    public static Document WitnessDocument(string content, TestimonyMetadata metadata)
    {
        var testimony = new Testimony
        {
            Source = "test.txt",
            TestimonyId = "test",
            Content = content,
            ContentSha256 = new string('0', 64),
            Format = "text",
            Metadata = metadata,
            Segments = [new Segment(0, content.Length, SpeakerRole.Witness, "A", 0)],
        };
        var document = new Document(testimony);
        new TextStage().Process(document, CancellationToken.None);
        return document;
    }

    /// <summary>Runs <paramref name="pipeline"/> on <paramref name="content"/>.</summary>
    public static Document Run(TestimonyPipeline pipeline, string content) =>
        pipeline.Run(Testimony(content), CancellationToken.None);
}
