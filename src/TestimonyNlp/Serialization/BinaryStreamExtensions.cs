using System.Buffers.Binary;

namespace TestimonyNlp.Serialization;

/// <summary>The little-endian writes the project's binary model files share.</summary>
internal static class BinaryStreamExtensions
{
    /// <summary>Writes <paramref name="value"/> as four little-endian bytes.</summary>
    public static void WriteInt32LittleEndian(this Stream stream, int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        stream.Write(buffer);
    }

    /// <summary>Writes <paramref name="value"/> as a four-byte little-endian IEEE float.</summary>
    public static void WriteSingleLittleEndian(this Stream stream, float value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(buffer, value);
        stream.Write(buffer);
    }
}
