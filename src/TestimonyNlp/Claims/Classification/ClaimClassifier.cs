using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Microsoft.ML;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The trained sentence classifiers of the claim stage: harm (a set of harms, none for sentences that assert
/// nothing, negated and hypothetical harm included) and basis (how the speaker knows). Loaded once from
/// <c>models/claims.bin</c>; read-only afterwards and safe to use from several threads at once: each call predicts
/// a whole document in batches through the shared, immutable ML.NET transformers, with no prediction engine
/// (which serves one thread at a time).
/// </summary>
public sealed class ClaimClassifier
{
    /// <summary>The format version this build reads and writes.</summary>
    public const int FormatVersion = 1;

    private const string HarmSection = "harm";
    private const string BasisSection = "basis";
    private const string InfoSection = "info";

    private static ReadOnlySpan<byte> Magic => "TNLPCLSF"u8;

    private readonly MLContext _ml;
    private readonly ITransformer _harm;
    private readonly ITransformer _basis;
    private readonly byte[] _harmBytes;
    private readonly byte[] _basisBytes;

    private ClaimClassifier(MLContext ml, byte[] harmBytes, byte[] basisBytes, string splitHash, float threshold, string description, string name)
    {
        Threshold = threshold;
        _ml = ml;
        _harmBytes = harmBytes;
        _basisBytes = basisBytes;
        SplitHash = splitHash;
        Description = description;
        _harm = LoadTransformer(ml, harmBytes, name, HarmSection);
        _basis = LoadTransformer(ml, basisBytes, name, BasisSection);
    }

    /// <summary>The SHA-256 (lower-case hex) of the corpus split the classifiers were trained on.</summary>
    public string SplitHash { get; }

    /// <summary>The probability from which a harm is asserted, chosen on dev.</summary>
    public float Threshold { get; }

    /// <summary>What was trained: trainers and features, as written by the trainer (no testimony text).</summary>
    public string Description { get; }

    /// <summary>
    /// Loads a model file. Throws <see cref="ModelFormatException"/> naming the file when it is not a claim model,
    /// has another format version, is truncated or corrupt, or (when <paramref name="expectedSplitHash"/> is given)
    /// was trained on another split.
    /// </summary>
    public static ClaimClassifier Load(string path, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException($"{path}: cannot read the claim model ({e.GetType().Name})", e);
        }

        return Read(bytes, path, expectedSplitHash);
    }

    /// <summary>Loads <see cref="Defaults.ModelFile"/> from <paramref name="modelsDirectory"/>.</summary>
    public static ClaimClassifier LoadFrom(string modelsDirectory, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        return Load(Path.Combine(modelsDirectory, Defaults.ModelFile), expectedSplitHash);
    }

    /// <summary>Reads a model from <paramref name="bytes"/>; <paramref name="name"/> names it in errors.</summary>
    public static ClaimClassifier Read(ReadOnlySpan<byte> bytes, string name, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (bytes.Length < Magic.Length + 4 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new ModelFormatException($"{name} is not a claim classifier model (wrong magic bytes)");
        }

        var position = Magic.Length;
        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes[position..]);
        position += 4;
        if (version != FormatVersion)
        {
            throw new ModelFormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} has format version {version}; this build reads version {FormatVersion}"));
        }

        var splitHash = Convert.ToHexStringLower(Take(bytes, ref position, 32, name));
        if (expectedSplitHash is not null && !string.Equals(expectedSplitHash, splitHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new ModelFormatException(
                $"{name} was trained on another corpus split (split hash {splitHash[..12]}, expected {expectedSplitHash[..Math.Min(12, expectedSplitHash.Length)]}); retrain it with 'testimony train'");
        }

        var threshold = BinaryPrimitives.ReadSingleLittleEndian(Take(bytes, ref position, 4, name));
        if (!(threshold is > 0f and < 1f))
        {
            throw new ModelFormatException($"{name} is corrupt (harm threshold out of range)");
        }

        var harm = Take(bytes, ref position, TakeLength(bytes, ref position, name), name).ToArray();
        var basis = Take(bytes, ref position, TakeLength(bytes, ref position, name), name).ToArray();
        var info = Encoding.UTF8.GetString(Take(bytes, ref position, TakeLength(bytes, ref position, name), name));
        if (position != bytes.Length)
        {
            throw new ModelFormatException($"{name} is corrupt (trailing bytes)");
        }

        return new ClaimClassifier(new MLContext(Defaults.Seed), harm, basis, splitHash, threshold, info, name);
    }

    /// <summary>Builds a classifier from trained ML.NET models (the trainer's entry point).</summary>
    internal static ClaimClassifier Create(byte[] harmModel, byte[] basisModel, string splitHash, float threshold, string description) =>
        new(new MLContext(Defaults.Seed), harmModel, basisModel, splitHash, threshold, description, "trained claim model");

    /// <summary>The model file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        stream.Write(Magic);
        WriteInt32(stream, FormatVersion);
        stream.Write(Convert.FromHexString(SplitHash));
        Span<byte> threshold = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(threshold, Threshold);
        stream.Write(threshold);
        WriteSection(stream, _harmBytes);
        WriteSection(stream, _basisBytes);
        WriteSection(stream, Encoding.UTF8.GetBytes(Description));
        return stream.ToArray();
    }

    /// <summary>
    /// Fills <paramref name="into"/> with one assessment per entry of <see cref="Document.Sentences"/>, in order.
    /// Sentences of interviewers and transcriber notes are <see cref="SentenceAssessment.NoHarm"/>; the others are
    /// predicted in one batch for the harms, then one batch for the basis of the sentences that assert a harm.
    /// </summary>
    public void Assess(Document document, Span<SentenceAssessment> into)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (into.Length < document.Sentences.Count)
        {
            throw new ArgumentException("the span is shorter than the document's sentence list", nameof(into));
        }

        var rows = new List<ClaimSentenceRow>(document.Sentences.Count);
        var indices = new List<int>(document.Sentences.Count);
        Rows(document, rows, indices);
        into[..document.Sentences.Count].Fill(SentenceAssessment.NoHarm);
        if (rows.Count == 0)
        {
            return;
        }

        var data = _ml.Data.LoadFromEnumerable(rows);
        var asserting = new List<ClaimSentenceRow>();
        var assertingIndices = new List<int>();
        var k = 0;
        foreach (var harm in _ml.Data.CreateEnumerable<HarmPrediction>(_harm.Transform(data), reuseRowObject: true))
        {
            var (set, harmConfidence) = harm.Decide(Threshold);
            into[indices[k]] = new SentenceAssessment(set, null, harmConfidence, 1f);
            if (set != HarmSet.None)
            {
                asserting.Add(rows[k]);
                assertingIndices.Add(indices[k]);
            }

            k++;
        }

        if (asserting.Count == 0)
        {
            return;
        }

        // The basis is predicted in a second batch, for the sentences that assert a harm only.
        k = 0;
        var assertingData = _ml.Data.LoadFromEnumerable(asserting);
        foreach (var basis in _ml.Data.CreateEnumerable<BasisPrediction>(_basis.Transform(assertingData), reuseRowObject: true))
        {
            var index = assertingIndices[k++];
            into[index] = into[index] with { Basis = BasisLabels.ParseBasis(basis.PredictedBasis), BasisConfidence = Max(basis.Score) };
        }
    }

    /// <summary>
    /// The rows of the sentences that can assert harm (not an interviewer's, not a note), with the index of each in
    /// <see cref="Document.Sentences"/>.
    /// </summary>
    internal static void Rows(Document document, List<ClaimSentenceRow> rows, List<int> indices)
    {
        var segments = document.Testimony.Segments;
        var cursor = 0;
        var previous = -1;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var role = (uint)sentence.Segment < (uint)segments.Length ? segments[sentence.Segment].Role : SpeakerRole.Unknown;
            if (!CanAssert(role))
            {
                continue;
            }

            var row = new ClaimSentenceRow
            {
                Text = document.Text[sentence.Start..sentence.End],
                Context = previous >= 0 && SameTurn(segments, document.Sentences[previous].Segment, sentence.Segment)
                    ? document.Text[document.Sentences[previous].Start..document.Sentences[previous].End]
                    : string.Empty,
            };
            SentenceFeatures.Compute(document, sentence, role, ref cursor, row.Hand);
            rows.Add(row);
            indices.Add(s);
            previous = s;
        }
    }

    private static bool SameTurn(System.Collections.Immutable.ImmutableArray<Segment> segments, int first, int second) =>
        (uint)first < (uint)segments.Length && (uint)second < (uint)segments.Length && segments[first].Turn == segments[second].Turn;

    /// <summary>False for the roles whose sentences are never claims.</summary>
    internal static bool CanAssert(SpeakerRole role) => role is not (SpeakerRole.Interviewer or SpeakerRole.Note);

    private static float Max(float[] scores)
    {
        var max = 0f;
        foreach (var score in scores)
        {
            max = Math.Max(max, score);
        }

        return Math.Clamp(max, 0f, 1f);
    }

    private static ITransformer LoadTransformer(MLContext ml, byte[] bytes, string name, string section)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return ml.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException or IOException or ArgumentException)
        {
            throw new ModelFormatException($"{name} is corrupt (the {section} model cannot be read: {e.GetType().Name})", e);
        }
    }

    private static int TakeLength(ReadOnlySpan<byte> bytes, ref int position, string name)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(Take(bytes, ref position, 4, name));
        return length >= 0 ? length : throw new ModelFormatException($"{name} is corrupt (negative length)");
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> bytes, ref int position, int length, string name)
    {
        if (length > bytes.Length - position)
        {
            throw new ModelFormatException($"{name} is truncated");
        }

        var slice = bytes.Slice(position, length);
        position += length;
        return slice;
    }

    private static void WriteSection(Stream stream, byte[] bytes)
    {
        WriteInt32(stream, bytes.Length);
        stream.Write(bytes);
    }

    private static void WriteInt32(Stream stream, int value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, value);
        stream.Write(buffer);
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The model's file name in the models folder.</summary>
        public const string ModelFile = "claims.bin";

        /// <summary>The ML.NET seed, for training and loading alike.</summary>
        public const int Seed = 20161009;
    }
}
