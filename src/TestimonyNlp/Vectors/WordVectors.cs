using System.Buffers.Binary;
using System.Text;
using TestimonyNlp.Entities;
using TestimonyNlp.Serialization;

namespace TestimonyNlp.Vectors;

/// <summary>
/// Static word-piece vectors: a WordPiece vocabulary and, per piece, a short vector quantised to 8 bits per
/// dimension (<c>models/wordvec.bin</c>, built by <c>testimony vectors build</c> from the embedding table of an ONNX
/// model). A word's vector is the mean of its pieces'. Read-only and safe from several threads.
/// </summary>
public sealed class WordVectors
{
    /// <summary>The format version this build reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The most dimensions a vector may have.</summary>
    public const int MaxDimensions = 64;

    private static ReadOnlySpan<byte> Magic => "TNLPWVEC"u8;

    private readonly sbyte[] _values;
    private readonly float[] _scales;

    private WordVectors(WordPieceVocabulary vocabulary, int dimensions, float[] scales, sbyte[] values, string description)
    {
        Vocabulary = vocabulary;
        Dimensions = dimensions;
        _scales = scales;
        _values = values;
        Description = description;
        VocabularyHash = vocabulary.Hash();
    }

    /// <summary>The word pieces.</summary>
    public WordPieceVocabulary Vocabulary { get; }

    /// <summary>The length of a vector.</summary>
    public int Dimensions { get; }

    /// <summary>The SHA-256 of the vocabulary (lower-case hex), which a model trained on these vectors records.</summary>
    public string VocabularyHash { get; }

    /// <summary>Where the vectors came from and how they were reduced.</summary>
    public string Description { get; }

    /// <summary>
    /// Creates vectors from per-piece values: <paramref name="values"/> holds <paramref name="dimensions"/> values
    /// per piece, quantised here with one scale per dimension (its greatest magnitude over 127).
    /// </summary>
    public static WordVectors Create(WordPieceVocabulary vocabulary, int dimensions, ReadOnlySpan<float> values, string description)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(description);
        if (dimensions is < 1 or > MaxDimensions || values.Length != vocabulary.Pieces.Length * dimensions)
        {
            throw new ArgumentException("one vector of 1 to 64 dimensions per piece is needed", nameof(values));
        }

        var scales = new float[dimensions];
        for (var i = 0; i < values.Length; i++)
        {
            scales[i % dimensions] = Math.Max(scales[i % dimensions], Math.Abs(values[i]));
        }

        for (var d = 0; d < dimensions; d++)
        {
            scales[d] = scales[d] > 0f ? scales[d] / 127f : 1f;
        }

        var quantised = new sbyte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            quantised[i] = (sbyte)Math.Clamp(MathF.Round(values[i] / scales[i % dimensions]), -127f, 127f);
        }

        return new WordVectors(vocabulary, dimensions, scales, quantised, description);
    }

    /// <summary>Loads a vectors file; throws <see cref="ModelFormatException"/> naming it when it is not one of this version or is corrupt.</summary>
    public static WordVectors Load(string path) => Read(ModelFileReader.ReadFile(path, "word vector"), path);

    /// <summary>Loads <see cref="Defaults.File"/> from <paramref name="modelsDirectory"/>; null when the folder has none.</summary>
    public static WordVectors? LoadFrom(string modelsDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        var path = Path.Combine(modelsDirectory, Defaults.File);
        return File.Exists(path) ? Load(path) : null;
    }

    /// <summary>Reads vectors from <paramref name="bytes"/>; <paramref name="name"/> names them in errors.</summary>
    public static WordVectors Read(ReadOnlySpan<byte> bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reader = new ModelFileReader(bytes, name);
        var hash = reader.Header(Magic, FormatVersion, "word vector", null);
        var dimensions = reader.Int32();
        var count = reader.Int32();
        if (dimensions is < 1 or > MaxDimensions || count < 1)
        {
            throw new ModelFormatException($"{name} is corrupt (dimensions or piece count out of range)");
        }

        var pieces = new string[count];
        for (var i = 0; i < count; i++)
        {
            pieces[i] = Encoding.UTF8.GetString(reader.Bytes(reader.Length()));
        }

        var scales = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            scales[d] = reader.FiniteSingle();
        }

        var values = new sbyte[(long)count * dimensions];
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(reader.Bytes(values.Length)).CopyTo(values);
        var description = Encoding.UTF8.GetString(reader.Bytes(reader.Length()));
        if (!reader.AtEnd)
        {
            throw new ModelFormatException($"{name} is corrupt (trailing bytes)");
        }

        var vocabulary = new WordPieceVocabulary(pieces);
        if (vocabulary.Hash() != hash)
        {
            throw new ModelFormatException($"{name} is corrupt (its pieces do not match its vocabulary hash)");
        }

        return new WordVectors(vocabulary, dimensions, scales, values, description);
    }

    /// <summary>The file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        stream.Write(Magic);
        stream.WriteInt32LittleEndian(FormatVersion);
        stream.Write(Convert.FromHexString(VocabularyHash));
        stream.WriteInt32LittleEndian(Dimensions);
        stream.WriteInt32LittleEndian(Vocabulary.Pieces.Length);
        foreach (var piece in Vocabulary.Pieces)
        {
            var bytes = Encoding.UTF8.GetBytes(piece);
            stream.WriteInt32LittleEndian(bytes.Length);
            stream.Write(bytes);
        }

        Span<byte> buffer = stackalloc byte[4];
        foreach (var scale in _scales)
        {
            BinaryPrimitives.WriteSingleLittleEndian(buffer, scale);
            stream.Write(buffer);
        }

        stream.Write(System.Runtime.InteropServices.MemoryMarshal.Cast<sbyte, byte>(_values.AsSpan()));
        var description = Encoding.UTF8.GetBytes(Description);
        stream.WriteInt32LittleEndian(description.Length);
        stream.Write(description);
        return stream.ToArray();
    }

    /// <summary>The (dequantised) vector of piece <paramref name="id"/> added to <paramref name="sum"/>.</summary>
    public void AddPiece(int id, Span<float> sum)
    {
        var row = _values.AsSpan(id * Dimensions, Dimensions);
        for (var d = 0; d < row.Length; d++)
        {
            sum[d] += row[d] * _scales[d];
        }
    }

    /// <summary>
    /// Writes the vector of <paramref name="word"/> (the mean of its pieces') into <paramref name="into"/>
    /// (<see cref="Dimensions"/> long) and returns true; false, with zeros, when the word gives no piece.
    /// </summary>
    public bool TryWord(ReadOnlySpan<char> word, Span<float> into)
    {
        into = into[..Dimensions];
        into.Clear();
        Span<int> ids = stackalloc int[WordPieceVocabulary.MaxPiecesPerWord];
        var count = Vocabulary.Tokenize(word, ids);
        for (var i = 0; i < count; i++)
        {
            AddPiece(ids[i], into);
        }

        if (count == 0)
        {
            return false;
        }

        var share = 1f / count;
        for (var d = 0; d < into.Length; d++)
        {
            into[d] *= share;
        }

        return true;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The file's name in the models folder.</summary>
        public const string File = "wordvec.bin";
    }
}
