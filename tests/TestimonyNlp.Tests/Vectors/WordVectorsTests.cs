using System.Buffers.Binary;
using TestimonyNlp.Entities;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Tests.Vectors;

public sealed class WordVectorsTests
{
    // Integer values whose largest magnitude per dimension is 127, so that quantising keeps them exactly.
    /// <summary>Four pieces of two dimensions: shell (127, 0), ##ing (1, 2), house (-3, 127).</summary>
    internal static WordVectors Crafted() => WordVectors.Create(
        new WordPieceVocabulary(["[UNK]", "shell", "##ing", "house"]),
        2,
        [0f, 0f, 127f, 0f, 1f, 2f, -3f, 127f],
        "crafted");

    [Fact]
    public void TryWord_TwoPieces_MeanOfTheirVectors()
    {
        Span<float> into = stackalloc float[2];

        Assert.True(Crafted().TryWord("Shelling", into));
        Assert.Equal([64f, 1f], into.ToArray());
    }

    [Fact]
    public void TryWord_NoPiece_FalseWithZeros()
    {
        Span<float> into = [5f, 5f];

        Assert.False(Crafted().TryWord("qq", into));
        Assert.Equal([0f, 0f], into.ToArray());
    }

    [Fact]
    public void ToBytes_Crafted_ReadsBackTheSameBytes()
    {
        var bytes = Crafted().ToBytes();

        var read = WordVectors.Read(bytes, "wordvec.bin");

        Assert.Equal((2, "crafted"), (read.Dimensions, read.Description));
        Assert.Equal(bytes, read.ToBytes());
    }

    [Fact]
    public void Read_OtherVersion_ThrowsNamingTheFileAndVersions()
    {
        var bytes = Crafted().ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 7);

        var error = Assert.Throws<ModelFormatException>(() => WordVectors.Read(bytes, "wordvec.bin"));

        Assert.Equal("wordvec.bin has format version 7; this build reads version 1", error.Message);
    }

    [Fact]
    public void Read_PieceChanged_ThrowsHashMismatch()
    {
        var bytes = Crafted().ToBytes();
        var at = bytes.AsSpan().IndexOf("house"u8);
        bytes[at] = (byte)'m';

        var error = Assert.Throws<ModelFormatException>(() => WordVectors.Read(bytes, "wordvec.bin"));

        Assert.Equal("wordvec.bin is corrupt (its pieces do not match its vocabulary hash)", error.Message);
    }

    [Fact]
    public void Read_Truncated_ThrowsTruncated()
    {
        var bytes = Crafted().ToBytes();

        var error = Assert.Throws<ModelFormatException>(() => WordVectors.Read(bytes.AsSpan(0, bytes.Length - 10), "wordvec.bin"));

        Assert.Equal("wordvec.bin is truncated", error.Message);
    }

    [Fact]
    public void Read_ClaimModel_ThrowsWrongMagic()
    {
        var error = Assert.Throws<ModelFormatException>(() => WordVectors.Read("TNLPCLSF\u0003\0\0\0"u8, "claims.bin"));

        Assert.Equal("claims.bin is not a word vector model (wrong magic bytes)", error.Message);
    }

    [Fact]
    public void Eigen_SymmetricTwoByTwo_ValuesThreeAndOne()
    {
        var (values, vectors) = WordVectorBuilder.Eigen(new double[,] { { 2, 1 }, { 1, 2 } });

        var larger = values[0] > values[1] ? 0 : 1;
        Assert.Equal((3.0, 1.0), (Math.Round(values[larger], 12), Math.Round(values[1 - larger], 12)));
        Assert.Equal(Math.Round(Math.Abs(vectors[0, larger]), 12), Math.Round(Math.Abs(vectors[1, larger]), 12));
    }
}
