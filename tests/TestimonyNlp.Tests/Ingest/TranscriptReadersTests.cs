using TestimonyNlp.Ingest;

namespace TestimonyNlp.Tests.Ingest;

public sealed class TranscriptReadersTests
{
    [Theory]
    [InlineData(".txt", "text")]
    [InlineData(".TXT", "text")]
    [InlineData("txt", "text")]
    [InlineData(".srt", "srt")]
    [InlineData(".Vtt", "vtt")]
    [InlineData(".docx", "docx")]
    [InlineData(".JSONL", "jsonl")]
    public void TryGetReader_SupportedExtension_ReaderWithFormat(string extension, string format)
    {
        Assert.True(TranscriptReaders.Default.TryGetReader(extension, out var reader));
        Assert.Equal(format, reader.Format);
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".doc")]
    [InlineData("")]
    [InlineData(".")]
    public void TryGetReader_UnsupportedExtension_False(string extension)
    {
        Assert.False(TranscriptReaders.Default.TryGetReader(extension, out var reader));
        Assert.Null(reader);
    }

    [Fact]
    public void SupportedExtensions_AllFiveInOrder()
    {
        Assert.Equal([".txt", ".srt", ".vtt", ".docx", ".jsonl"], TranscriptReaders.Default.SupportedExtensions);
    }
}
