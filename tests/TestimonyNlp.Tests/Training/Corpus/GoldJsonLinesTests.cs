using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class GoldJsonLinesTests
{
    [Fact]
    public void Read_BuiltLineThenEmptyThenBadLine_NumberedInFileOrder()
    {
        using var corpus = new CorpusTestFolder();
        corpus.Mark(CorpusSamples.SrtName, CorpusSamples.Srt);
        var built = Assert.Single(corpus.Build().Transcripts).GoldLine;

        var lines = GoldJsonLines.Read(built + "\n\n[]\n").ToList();

        Assert.Equal([1, 2, 3], lines.Select(l => l.Number).ToArray());
        Assert.Equal([false, true, false], lines.Select(l => l.IsEmpty).ToArray());
        Assert.Equal(built, lines[0].Text);
        Assert.Equal(built, GoldJson.Serialize(lines[0].Gold!));
        Assert.Empty(lines[0].Problems);
        Assert.Null(lines[1].Gold);
        Assert.Empty(lines[1].Problems);
        Assert.Null(lines[2].Gold);
        Assert.Equal(["not a JSON object"], lines[2].Problems.ToArray());
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n", 1)]
    [InlineData("{}", 1)]
    [InlineData("{}\n", 1)]
    [InlineData("{}\n\n", 2)]
    public void Read_TrailingTerminator_NoLineAfterIt(string text, int expected)
    {
        Assert.Equal(expected, GoldJsonLines.Read(text).Count());
    }
}
