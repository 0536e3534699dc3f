using System.Buffers.Binary;
using System.Text;
using TestimonyNlp.Entities;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Tests.Vectors;

public sealed class OnnxInitializersTests
{
    // A crafted ModelProto: ir_version 8 (field 1), a producer name (field 2), and a graph (field 7) holding a node
    // (field 1, skipped) and two initializers: a 3 x 2 float table in raw_data with unpacked dims, and a bias of two
    // floats in packed float_data with packed dims.
    internal static byte[] Model()
    {
        var table = new byte[24];
        float[] values = [1f, 2f, 3f, 4f, 5f, 6f];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(table.AsSpan(i * 4), values[i]);
        }

        var tensor = Concat(
            [0x08, 3, 0x08, 2, 0x10, 1],
            Field(8, Encoding.UTF8.GetBytes("embeddings.word_embeddings.weight")),
            Field(9, table));
        var bias = new byte[8];
        BinaryPrimitives.WriteSingleLittleEndian(bias, 0.5f);
        BinaryPrimitives.WriteSingleLittleEndian(bias.AsSpan(4), -1.5f);
        var second = Concat(Field(1, [2]), [0x10, 1], Field(8, "bias"u8.ToArray()), Field(4, bias));
        var graph = Concat(Field(1, [0x0A, 0x01, 0x78]), Field(5, tensor), Field(5, second));
        return Concat([0x08, 8], Field(2, "crafted"u8.ToArray()), Field(7, graph));
    }

    private static byte[] Field(int number, byte[] payload) => Concat([(byte)((number << 3) | 2), (byte)payload.Length], payload);

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    [Fact]
    public void Read_CraftedModel_FindsBothInitializersWithTheirShapes()
    {
        var found = OnnxInitializers.Read(Model(), "crafted.onnx");

        Assert.Equal(
            [("embeddings.word_embeddings.weight", "3x2", 1), ("bias", "2", 1)],
            found.Select(t => (t.Name, string.Join('x', t.Dims), t.DataType)));
    }

    [Fact]
    public void Floats_RawData_ReadsTheTableInRowOrder()
    {
        var model = Model();
        var table = OnnxInitializers.Read(model, "crafted.onnx")[0];

        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], OnnxInitializers.Floats(model, table, "crafted.onnx"));
    }

    [Fact]
    public void Floats_PackedFloatData_ReadsTheValues()
    {
        var model = Model();
        var bias = OnnxInitializers.Read(model, "crafted.onnx")[1];

        Assert.Equal([0.5f, -1.5f], OnnxInitializers.Floats(model, bias, "crafted.onnx"));
    }

    [Fact]
    public void Read_Truncated_ThrowsNamingTheFile()
    {
        var model = Model();

        var error = Assert.Throws<ModelFormatException>(() => OnnxInitializers.Read(model.AsSpan(0, model.Length - 3), "crafted.onnx"));

        Assert.Equal("crafted.onnx is not an ONNX model (truncated or malformed protobuf)", error.Message);
    }

    [Fact]
    public void FromOnnx_VocabularyOfThreePieces_ReducesTheThreeRowTable()
    {
        var vocabulary = new WordPieceVocabulary(["one", "two", "three"]);

        var vectors = WordVectorBuilder.FromOnnx(Model(), "crafted.onnx", vocabulary, 1, "crafted");

        // The rows lie on one line, (1,2) (3,4) (5,6): one component, each row at -1.22, 0 and 1.22 deviations (sample
        // deviation 1 over three rows), quantised to -127, 0 and 127 of the largest.
        Span<float> one = stackalloc float[1];
        Span<float> three = stackalloc float[1];
        Assert.True(vectors.TryWord("one", one));
        Assert.True(vectors.TryWord("three", three));
        Assert.Equal((-1.0, 1.0), (Math.Round(one[0], 4), Math.Round(three[0], 4)));
    }
}
