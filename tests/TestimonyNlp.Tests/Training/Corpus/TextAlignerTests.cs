using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Tests.Training.Corpus;

public sealed class TextAlignerTests
{
    private static int[] Map(string plain, string content)
    {
        var aligner = TextAligner.Align(plain, content);
        return Enumerable.Range(0, plain.Length).Select(i => aligner[i]).ToArray();
    }

    [Fact]
    public void Align_SameText_Identity()
    {
        Assert.Equal([0, 1, -1, 3, 4], Map("ab\ncd", "ab\ncd"));
    }

    [Fact]
    public void Align_CrlfContent_LinesShifted()
    {
        Assert.Equal([0, 1, -1, 4, 5], Map("ab\ncd", "ab\r\ncd"));
    }

    [Fact]
    public void Align_VoiceTagRepeatingTheText_TextMatchedNotTag()
    {
        // "<v A>A": the content "A" is the character after the tag, not the tag's name.
        Assert.Equal([-1, -1, -1, -1, -1, 0], Map("<v A>A", "A"));
    }

    [Fact]
    public void Align_TagsInsideTheLine_WordsKeptTogether()
    {
        var map = Map("In <i>Homs</i> now", "In Homs now");

        Assert.Equal([0, 1, 2, -1, -1, -1, 3, 4, 5, 6, -1, -1, -1, -1, 7, 8, 9, 10], map);
    }

    [Fact]
    public void Align_StructuralLinesSkipped_ContentLinesPairedInOrder()
    {
        var plain = "1\n00:00:01,000 --> 00:00:02,000\nYes.\n\n2\n00:00:02,000 --> 00:00:03,000\nYes.";

        var aligner = TextAligner.Align(plain, "Yes.\nYes.");

        Assert.Equal((32, 0), (plain.IndexOf("Yes.", StringComparison.Ordinal), aligner[32]));
        Assert.Equal(5, aligner[plain.LastIndexOf("Yes.", StringComparison.Ordinal)]);
        Assert.Equal(-1, aligner[0]);
    }

    [Fact]
    public void Align_ContentLineNowhereInPlain_LeftUnmapped()
    {
        Assert.Equal([-1, -1, -1], Map("abc", "xyz"));
    }

    [Fact]
    public void TryMapExact_TextMoved_MapsStart()
    {
        var aligner = TextAligner.Align("<v X>Homs", "Homs");

        Assert.True(aligner.TryMapExact(5, 9, "Homs", "Homs", out var start));
        Assert.Equal(0, start);
        Assert.False(aligner.TryMapExact(0, 5, "<v X>", "Homs", out _));
    }

    [Fact]
    public void TryMapRange_RangeOverRemovedTag_FirstToLastAlignedCharacter()
    {
        var aligner = TextAligner.Align("a <b>c</b> d", "a c d");

        Assert.True(aligner.TryMapRange(2, 12, out var start, out var end));
        Assert.Equal((2, 5), (start, end));
    }
}
