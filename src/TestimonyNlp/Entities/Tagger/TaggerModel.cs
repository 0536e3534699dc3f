using System.Buffers.Binary;
using System.Globalization;
using TestimonyNlp.Serialization;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>
/// The weights of the averaged-perceptron tagger with its provenance: the hash of the corpus split it was trained
/// on, the training settings and the confidence calibration. Read-only once built; safe to share across threads.
/// </summary>
public sealed class TaggerModel
{
    /// <summary>The format version this build reads and writes.</summary>
    public const int FormatVersion = 2;

    /// <summary>Floats per bucket: the 21 tags padded to a multiple of 8 for vector adds.</summary>
    public const int Stride = 24;

    private static ReadOnlySpan<byte> Magic => "TNLPTAGR"u8;

    internal TaggerModel(float[] weights, TaggerSettings settings, string splitHash, PlattScaling calibration)
    {
        Weights = weights;
        Settings = settings;
        SplitHash = splitHash;
        Calibration = calibration;
    }

    /// <summary>The training settings.</summary>
    public TaggerSettings Settings { get; }

    /// <summary>The SHA-256 (lower-case hex) of the corpus split the model was trained on.</summary>
    public string SplitHash { get; }

    /// <summary>The calibration of score margins to confidences.</summary>
    public PlattScaling Calibration { get; }

    /// <summary>The bucket count is 2^Bits.</summary>
    public int Bits => Settings.Bits;

    internal float[] Weights { get; }

    /// <summary>
    /// Loads a model file. Throws <see cref="ModelFormatException"/> when the file is not a tagger model, has another
    /// format version, is truncated, or (when <paramref name="expectedSplitHash"/> is given) was trained on another split.
    /// </summary>
    public static TaggerModel Load(string path, string? expectedSplitHash = null)
    {
        return Read(ModelFileReader.ReadFile(path, "tagger"), path, expectedSplitHash);
    }

    /// <summary>Reads a model from <paramref name="bytes"/>; <paramref name="name"/> names it in errors.</summary>
    public static TaggerModel Read(ReadOnlySpan<byte> bytes, string name, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reader = new ModelFileReader(bytes, name);
        var splitHash = reader.Header(Magic, FormatVersion, "tagger", expectedSplitHash);

        var bits = reader.Int32();
        var tags = reader.Int32();
        if (bits is < 8 or > 24 || tags != BilouTags.Count)
        {
            throw new ModelFormatException($"{name} is corrupt (bad table size)");
        }

        var settings = new TaggerSettings(bits, reader.Int32(), reader.Int32(), reader.Int32());
        var calibration = new PlattScaling(reader.Double(), reader.Double());
        var weights = new float[(1 << bits) * Stride];
        var buckets = reader.Int32();
        var bucket = -1;
        for (var i = 0; i < buckets; i++)
        {
            bucket += (int)reader.VarUInt() + 1;
            if (bucket >= 1 << bits)
            {
                throw new ModelFormatException($"{name} is corrupt (bucket out of range)");
            }

            var mask = reader.Mask();
            var row = bucket * Stride;
            for (var tag = 0; tag < BilouTags.Count; tag++)
            {
                if ((mask & (1 << tag)) != 0)
                {
                    weights[row + tag] = (float)reader.Half();
                }
            }
        }

        if (!reader.AtEnd)
        {
            throw new ModelFormatException($"{name} is corrupt (trailing bytes)");
        }

        return new TaggerModel(weights, settings, splitHash, calibration);
    }

    /// <summary>The model file's bytes; the same model always gives the same bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        stream.Write(Magic);
        Span<byte> buffer = stackalloc byte[8];
        stream.WriteInt32LittleEndian(FormatVersion);
        stream.Write(Convert.FromHexString(SplitHash));
        stream.WriteInt32LittleEndian(Settings.Bits);
        stream.WriteInt32LittleEndian(BilouTags.Count);
        stream.WriteInt32LittleEndian(Settings.Epochs);
        stream.WriteInt32LittleEndian(Settings.BestEpoch);
        stream.WriteInt32LittleEndian(Settings.Seed);
        BinaryPrimitives.WriteDoubleLittleEndian(buffer, Calibration.A);
        stream.Write(buffer);
        BinaryPrimitives.WriteDoubleLittleEndian(buffer, Calibration.B);
        stream.Write(buffer);

        var countPosition = stream.Position;
        stream.WriteInt32LittleEndian(0);
        var written = 0;
        var previous = -1;
        var bucketCount = 1 << Settings.Bits;
        for (var bucket = 0; bucket < bucketCount; bucket++)
        {
            var row = bucket * Stride;
            var mask = 0;
            for (var tag = 0; tag < BilouTags.Count; tag++)
            {
                if ((Half)Weights[row + tag] != Half.Zero)
                {
                    mask |= 1 << tag;
                }
            }

            if (mask == 0)
            {
                continue;
            }

            WriteVarUInt(stream, (uint)(bucket - previous - 1));
            previous = bucket;
            stream.WriteByte((byte)mask);
            stream.WriteByte((byte)(mask >> 8));
            stream.WriteByte((byte)(mask >> 16));
            for (var tag = 0; tag < BilouTags.Count; tag++)
            {
                if ((mask & (1 << tag)) != 0)
                {
                    BinaryPrimitives.WriteHalfLittleEndian(buffer, (Half)Weights[row + tag]);
                    stream.Write(buffer[..2]);
                }
            }

            written++;
        }

        var bytes = stream.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan((int)countPosition), written);
        return bytes;
    }

    /// <summary>Writes the model file to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    /// <summary>The model rounded the way the file stores it, so that a tagger in memory scores like a loaded one.</summary>
    internal TaggerModel Rounded() => Read(ToBytes(), "memory");

    private static void WriteVarUInt(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
