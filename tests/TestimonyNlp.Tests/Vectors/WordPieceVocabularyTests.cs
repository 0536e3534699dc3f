using TestimonyNlp.Vectors;

namespace TestimonyNlp.Tests.Vectors;

public sealed class WordPieceVocabularyTests
{
    private static readonly WordPieceVocabulary Vocabulary = WordPieceVocabulary.Parse(
        "[PAD]\n[UNK]\nshell\n##ing\n##ed\nkill\n##s\nal\nhasan\ndidn\nt\ndefense\nbomb\n##ard\n##ment\n");

    private static int[] Pieces(string word)
    {
        Span<int> ids = stackalloc int[WordPieceVocabulary.MaxPiecesPerWord];
        return ids[..Vocabulary.Tokenize(word, ids)].ToArray();
    }

    [Fact]
    public void Tokenize_CapitalisedInflection_StemThenContinuation()
    {
        Assert.Equal([2, 3], Pieces("Shelling"));
    }

    [Fact]
    public void Tokenize_LongestPieceFirst_ThreePieces()
    {
        Assert.Equal([12, 13, 14], Pieces("bombardment"));
    }

    [Fact]
    public void Tokenize_HyphenAndApostrophe_SplitIntoRuns()
    {
        Assert.Equal([7, 8, 9, 10], [.. Pieces("al-Hasan"), .. Pieces("didn\u2019t")]);
    }

    [Fact]
    public void Tokenize_AccentedLetter_FoldedToPlainLetter()
    {
        Assert.Equal([11], Pieces("Défense"));
    }

    [Fact]
    public void Tokenize_RunWithoutPieces_LeftOutKeepingTheOthers()
    {
        Assert.Equal([5], Pieces("xyz-kill"));
    }

    [Fact]
    public void Hash_TwoPieces_Sha256OfTheLines()
    {
        // sha256 of "a\n##b\n".
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("a\n##b\n"u8)),
            new WordPieceVocabulary(["a", "##b"]).Hash());
    }
}
