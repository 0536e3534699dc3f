using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using TestimonyNlp.Entities;

namespace TestimonyNlp.Vectors;

/// <summary>One initializer (a constant tensor) of an ONNX model: where its values lie in the model's bytes.</summary>
/// <param name="Name">The tensor's name.</param>
/// <param name="Dims">Its shape.</param>
/// <param name="DataType">The ONNX element type (1 is float32).</param>
/// <param name="DataOffset">The offset of its values in the model's bytes (raw little-endian bytes or packed
/// float_data), -1 when it has none.</param>
/// <param name="DataLength">The length of its values in bytes.</param>
public sealed record OnnxInitializer(string Name, ImmutableArray<long> Dims, int DataType, int DataOffset, int DataLength)
{
    /// <summary>The ONNX code of 32-bit floats.</summary>
    public const int Float = 1;

    /// <summary>The number of elements its shape holds.</summary>
    public long Elements => Dims.Aggregate(1L, (product, dim) => product * dim);
}

/// <summary>
/// A minimal reader of the ONNX protobuf: the initializers of a model's graph (ModelProto field 7, GraphProto
/// field 5, TensorProto fields 1 dims, 2 data_type, 4 float_data, 8 name, 9 raw_data). Nothing else of the model is
/// read, and no value is copied until asked for.
/// </summary>
public static class OnnxInitializers
{
    private const int WireVarint = 0, WireFixed64 = 1, WireLength = 2, WireFixed32 = 5;
    private const int ModelGraph = 7, GraphInitializer = 5;
    private const int TensorDims = 1, TensorDataType = 2, TensorFloatData = 4, TensorName = 8, TensorRawData = 9;

    /// <summary>
    /// The initializers of the model in <paramref name="model"/>. Throws <see cref="ModelFormatException"/> naming
    /// <paramref name="name"/> when the bytes are not a well-formed protobuf.
    /// </summary>
    public static ImmutableArray<OnnxInitializer> Read(ReadOnlySpan<byte> model, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = ImmutableArray.CreateBuilder<OnnxInitializer>();
        var position = 0;
        while (position < model.Length)
        {
            var (field, wire) = Key(model, ref position, name);
            if (field == ModelGraph && wire == WireLength)
            {
                var (start, length) = Delimited(model, ref position, name);
                Graph(model, start, start + length, name, found);
            }
            else
            {
                Skip(model, ref position, wire, name);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>The values of a float32 initializer of <paramref name="model"/> (as read by <see cref="Read"/>).</summary>
    public static float[] Floats(ReadOnlySpan<byte> model, OnnxInitializer tensor, string name)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.DataType != OnnxInitializer.Float || tensor.DataOffset < 0 || tensor.DataLength != tensor.Elements * sizeof(float))
        {
            throw new ModelFormatException($"{name}: tensor {tensor.Name} has no float32 values of its shape");
        }

        var bytes = model.Slice(tensor.DataOffset, tensor.DataLength);
        var values = new float[tensor.DataLength / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * sizeof(float), sizeof(float)));
        }

        return values;
    }

    private static void Graph(ReadOnlySpan<byte> model, int position, int end, string name, ImmutableArray<OnnxInitializer>.Builder found)
    {
        while (position < end)
        {
            var (field, wire) = Key(model, ref position, name);
            if (field == GraphInitializer && wire == WireLength)
            {
                var (start, length) = Delimited(model, ref position, name);
                found.Add(Tensor(model, start, start + length, name));
            }
            else
            {
                Skip(model, ref position, wire, name);
            }
        }

        Check(position == end, name);
    }

    private static OnnxInitializer Tensor(ReadOnlySpan<byte> model, int position, int end, string name)
    {
        var dims = ImmutableArray.CreateBuilder<long>();
        var dataType = 0;
        var tensorName = string.Empty;
        int dataOffset = -1, dataLength = 0;
        while (position < end)
        {
            var (field, wire) = Key(model, ref position, name);
            switch (field, wire)
            {
                case (TensorDims, WireVarint):
                    dims.Add((long)Varint(model, ref position, name));
                    break;
                case (TensorDims, WireLength):
                {
                    var (start, length) = Delimited(model, ref position, name);
                    for (var p = start; p < start + length;)
                    {
                        dims.Add((long)Varint(model, ref p, name));
                    }

                    break;
                }

                case (TensorDataType, WireVarint):
                    dataType = (int)Varint(model, ref position, name);
                    break;
                case (TensorName, WireLength):
                {
                    var (start, length) = Delimited(model, ref position, name);
                    tensorName = Encoding.UTF8.GetString(model.Slice(start, length));
                    break;
                }

                case (TensorRawData, WireLength) or (TensorFloatData, WireLength):
                    (dataOffset, dataLength) = Delimited(model, ref position, name);
                    break;
                default:
                    Skip(model, ref position, wire, name);
                    break;
            }
        }

        Check(position == end, name);
        return new OnnxInitializer(tensorName, dims.ToImmutable(), dataType, dataOffset, dataLength);
    }

    private static (int Field, int Wire) Key(ReadOnlySpan<byte> model, ref int position, string name)
    {
        var key = Varint(model, ref position, name);
        Check(key >> 3 is > 0 and <= int.MaxValue, name);
        return ((int)(key >> 3), (int)(key & 7));
    }

    private static (int Start, int Length) Delimited(ReadOnlySpan<byte> model, ref int position, string name)
    {
        var length = Varint(model, ref position, name);
        Check(length <= (ulong)(model.Length - position), name);
        var start = position;
        position += (int)length;
        return (start, (int)length);
    }

    private static void Skip(ReadOnlySpan<byte> model, ref int position, int wire, string name)
    {
        switch (wire)
        {
            case WireVarint:
                Varint(model, ref position, name);
                break;
            case WireFixed64:
                Check(model.Length - position >= 8, name);
                position += 8;
                break;
            case WireLength:
                Delimited(model, ref position, name);
                break;
            case WireFixed32:
                Check(model.Length - position >= 4, name);
                position += 4;
                break;
            default:
                throw new ModelFormatException($"{name} is not an ONNX model (unknown protobuf wire type {wire})");
        }
    }

    private static ulong Varint(ReadOnlySpan<byte> model, ref int position, string name)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            Check(position < model.Length, name);
            var b = model[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new ModelFormatException($"{name} is not an ONNX model (bad protobuf number)");
    }

    private static void Check(bool condition, string name)
    {
        if (!condition)
        {
            throw new ModelFormatException($"{name} is not an ONNX model (truncated or malformed protobuf)");
        }
    }
}
