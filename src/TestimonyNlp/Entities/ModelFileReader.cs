using System.Buffers.Binary;
using System.Globalization;

namespace TestimonyNlp.Entities;

/// <summary>
/// Reads the project's binary model files (little-endian), turning every short or malformed read into a
/// <see cref="ModelFormatException"/> that names the file. Also reads the common header: magic bytes, format version
/// and the split hash of the corpus the model was trained on.
/// </summary>
internal ref struct ModelFileReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly string _name;

    /// <summary>Creates a reader over <paramref name="bytes"/>; <paramref name="name"/> names the file in errors.</summary>
    public ModelFileReader(ReadOnlySpan<byte> bytes, string name)
    {
        _bytes = bytes;
        _name = name;
    }

    /// <summary>The offset of the next read.</summary>
    public int Position { get; set; }

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => Position == _bytes.Length;

    /// <summary>
    /// Reads the magic bytes, the format version and the split hash, and returns the hash (lower-case hex). Throws
    /// when the magic is not <paramref name="magic"/> (<paramref name="kind"/> names the model in the message), the
    /// version is not <paramref name="version"/>, or <paramref name="expectedSplitHash"/> is given and differs.
    /// </summary>
    public string Header(ReadOnlySpan<byte> magic, int version, string kind, string? expectedSplitHash)
    {
        if (_bytes.Length < magic.Length + 4 || !_bytes[..magic.Length].SequenceEqual(magic))
        {
            throw new ModelFormatException($"{_name} is not a {kind} model (wrong magic bytes)");
        }

        Position = magic.Length;
        var found = Int32();
        if (found != version)
        {
            throw new ModelFormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"{_name} has format version {found}; this build reads version {version}"));
        }

        var splitHash = Convert.ToHexStringLower(Bytes(32));
        if (expectedSplitHash is not null && !string.Equals(expectedSplitHash, splitHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException(
                $"{_name} was trained on another corpus split (split hash {splitHash[..12]}, expected {expectedSplitHash[..Math.Min(12, expectedSplitHash.Length)]}); retrain it with 'testimony train'");
        }

        return splitHash;
    }

    /// <summary>The next <paramref name="count"/> bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count > _bytes.Length - Position)
        {
            throw new ModelFormatException($"{_name} is truncated");
        }

        var span = _bytes.Slice(Position, count);
        Position += count;
        return span;
    }

    /// <summary>A 32-bit integer.</summary>
    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    /// <summary>A length: a 32-bit integer that must not be negative.</summary>
    public int Length()
    {
        var length = Int32();
        return length >= 0 ? length : throw new ModelFormatException($"{_name} is corrupt (negative length)");
    }

    /// <summary>A 32-bit float.</summary>
    public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

    /// <summary>A 32-bit float that must be finite.</summary>
    public float FiniteSingle()
    {
        var value = Single();
        return float.IsFinite(value) ? value : throw new ModelFormatException($"{_name} is corrupt (a weight is not a finite number)");
    }

    /// <summary>A 64-bit float.</summary>
    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

    /// <summary>A 16-bit float.</summary>
    public Half Half() => BinaryPrimitives.ReadHalfLittleEndian(Bytes(2));

    /// <summary>A 24-bit mask.</summary>
    public int Mask()
    {
        var b = Bytes(3);
        return b[0] | (b[1] << 8) | (b[2] << 16);
    }

    /// <summary>An unsigned LEB128 number.</summary>
    public uint VarUInt()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Bytes(1)[0];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new ModelFormatException($"{_name} is corrupt (bad number)");
    }

    /// <summary>All the bytes of the file at <paramref name="path"/>; a file that cannot be read is a <see cref="ModelFormatException"/>.</summary>
    public static byte[] ReadFile(string path, string kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException($"{path}: cannot read the {kind} model ({e.GetType().Name})", e);
        }
    }
}
