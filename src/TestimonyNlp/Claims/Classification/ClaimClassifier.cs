using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Serialization;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The trained sentence classifiers of the claim stage: one calibrated linear model per harm (a negated or
/// hypothetical harm is none) and one per basis (how the speaker knows), over the features of
/// <see cref="ClaimFeaturizer"/>. Trained with ML.NET by <c>testimony train</c>; scored here directly from the
/// weights, so that a document costs a few table lookups per word. Loaded once from <c>models/claims.bin</c>;
/// read-only afterwards and safe to use from several threads at once.
/// </summary>
public sealed class ClaimClassifier
{
    /// <summary>The format version this build reads and writes.</summary>
    public const int FormatVersion = 3;

    /// <summary>The harm outputs (in <see cref="Harm"/> order), then the basis outputs (in <see cref="Basis"/> order).</summary>
    public const int Outputs = HarmCount + BasisCount;

    /// <summary>Number of harms.</summary>
    public const int HarmCount = 6;

    /// <summary>Number of bases.</summary>
    public const int BasisCount = 4;

    private static ReadOnlySpan<byte> Magic => "TNLPCLSF"u8;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly int[] _rowOf;
    private readonly int[] _features;
    private readonly float[] _weights;
    private readonly LinearOutput[] _outputs;
    private readonly float[] _thresholds;
    private readonly WordVectors? _vectors;

    // The rules after the sentence models, in the order they apply; RivalHarms, which reads the probabilities, last.
    private static readonly (SentenceRules Rule, SentenceRuleAction Apply)[] SentenceRuleOrder =
    [
        (SentenceRules.InjuryNotDeath, InjuryNotDeath.Apply),
        (SentenceRules.CountAnswer, CountAnswer.Apply),
        (SentenceRules.AffirmedAnswer, AffirmedAnswer.Apply),
        (SentenceRules.HarmToldByNegation, HarmToldByNegation.Apply),
        (SentenceRules.CasualtyTally, CasualtyTally.Apply),
        (SentenceRules.HarmToldByOutcome, HarmToldByOutcome.Apply),
        (SentenceRules.DamageToldByStrike, DamageToldByStrike.Apply),
        (SentenceRules.DamageToldByRuin, DamageToldByRuin.Apply),
        (SentenceRules.DamageToldByCrops, DamageToldByCrops.Apply),
        (SentenceRules.FlightToldByParty, FlightToldByParty.Apply),
        (SentenceRules.DisappearanceToldByAbsence, DisappearanceToldByAbsence.Apply),
        (SentenceRules.TakingToldObjectFirst, TakingToldObjectFirst.Apply),
        (SentenceRules.ToldCount, ToldCount.Apply),
        (SentenceRules.TollToldBySource, TollToldBySource.Apply),
        (SentenceRules.WoundToldByBody, WoundToldByBody.Apply),
        (SentenceRules.NoHarmTold, NoHarmTold.Apply),
        (SentenceRules.KilledNotDetained, KilledNotDetained.Apply),
        (SentenceRules.ThingsTakenNotDetained, ThingsTakenNotDetained.Apply),
        (SentenceRules.DetainedUnworded, DetainedUnworded.Apply),
        (SentenceRules.TakenUnheardOf, TakenUnheardOf.Apply),
        (SentenceRules.BurnedPeopleNotDamage, BurnedPeopleNotDamage.Apply),
        (SentenceRules.BurnedPropertyNotInjury, BurnedPropertyNotInjury.Apply),
        (SentenceRules.ArmedVehicleNotDamage, ArmedVehicleNotDamage.Apply),
        (SentenceRules.NoDamageWordNotDamage, NoDamageWordNotDamage.Apply),
        (SentenceRules.CombatDeathsNotKilled, CombatDeathsNotKilled.Apply),
        (SentenceRules.AnimalDeathsNotKilled, AnimalDeathsNotKilled.Apply),
        (SentenceRules.DetainedNotKilled, DetainedNotKilled.Apply),
        (SentenceRules.KilledInDoubt, KilledInDoubt.Apply),
        (SentenceRules.SupposedHarmNotTold, SupposedHarmNotTold.Apply),
    ];

    // Set only on a copy made by Without, before it is shared.
    private SentenceRules _leftOut;

    private ClaimClassifier(int[] features, float[] weights, LinearOutput[] outputs, float[] thresholds, string splitHash, string description, WordVectors? vectors, float vectorScale)
    {
        // SumRows reads the rows without bounds checks, so every kept feature must own a whole row of weights.
        if (weights.Length != features.Length * Outputs)
        {
            throw new ArgumentException("one row of weights per feature is required", nameof(weights));
        }

        _vectors = vectorScale != 0f ? vectors : null;
        VectorScale = _vectors is null ? 0f : vectorScale;
        _features = features;
        _weights = weights;
        _outputs = outputs;
        _thresholds = thresholds;
        SplitHash = splitHash;
        Description = description;
        _rowOf = new int[ClaimFeaturizer.Dimension];
        Array.Fill(_rowOf, -1);
        for (var row = 0; row < features.Length; row++)
        {
            _rowOf[features[row]] = row;
        }
    }

    /// <summary>The SHA-256 (lower-case hex) of the corpus split the classifiers were trained on.</summary>
    public string SplitHash { get; }

    /// <summary>What was trained: trainers and features, as written by the trainer (no testimony text).</summary>
    public string Description { get; }

    /// <summary>Features with a weight.</summary>
    public int FeatureCount => _features.Length;

    /// <summary>The factor of the mean word vector among the features (0: the model reads no word vectors).</summary>
    public float VectorScale { get; }

    /// <summary>The word vectors the model reads, or null.</summary>
    public WordVectors? Vectors => _vectors;

    /// <summary>The probability from which <paramref name="harm"/> is asserted, chosen on dev.</summary>
    public float Threshold(Harm harm) => _thresholds[(int)harm];

    /// <summary>
    /// Loads a model file, with the word vectors (<see cref="WordVectors.Defaults.File"/>) in its folder when it reads
    /// them. Throws <see cref="ModelFormatException"/> naming the file when it is not a claim model, has another format
    /// version, is truncated or corrupt, reads word vectors that are missing or of another vocabulary, or (when
    /// <paramref name="expectedSplitHash"/> is given) was trained on another split.
    /// </summary>
    public static ClaimClassifier Load(string path, string? expectedSplitHash = null)
    {
        var bytes = ModelFileReader.ReadFile(path, "claim");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return Read(bytes, path, expectedSplitHash, ReadsVectors(bytes) ? WordVectors.LoadFrom(directory) : null);
    }

    /// <summary>Loads <see cref="Defaults.ModelFile"/> from <paramref name="modelsDirectory"/>.</summary>
    public static ClaimClassifier LoadFrom(string modelsDirectory, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        return Load(Path.Combine(modelsDirectory, Defaults.ModelFile), expectedSplitHash);
    }

    /// <summary>
    /// Reads a model from <paramref name="bytes"/>; <paramref name="name"/> names it in errors. A model that reads word
    /// vectors needs <paramref name="vectors"/>, of the vocabulary it was trained with.
    /// </summary>
    public static ClaimClassifier Read(ReadOnlySpan<byte> bytes, string name, string? expectedSplitHash = null, WordVectors? vectors = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reader = new ModelFileReader(bytes, name);
        var splitHash = reader.Header(Magic, FormatVersion, "claim classifier", expectedSplitHash);

        if (reader.Int32() != ClaimFeaturizer.Bits || reader.Int32() != Outputs || reader.Int32() != ClaimFeaturizer.DenseCount)
        {
            throw new ModelFormatException($"{name} is corrupt (feature bits, dense features or outputs differ from this build's)");
        }

        var vectorScale = reader.FiniteSingle();
        var vectorDimensions = reader.Int32();
        var vocabularyHash = Convert.ToHexStringLower(reader.Bytes(32));
        if (vectorScale != 0f)
        {
            if (vectors is null)
            {
                throw new ModelFormatException($"{name} reads word vectors, and there is no {WordVectors.Defaults.File} beside it");
            }

            if (vectors.VocabularyHash != vocabularyHash || vectors.Dimensions != vectorDimensions)
            {
                throw new ModelFormatException(
                    $"{name} was trained with other word vectors (vocabulary {vocabularyHash[..12]}, found {vectors.VocabularyHash[..12]}); rebuild {WordVectors.Defaults.File} or retrain");
            }
        }

        var thresholds = new float[HarmCount];
        for (var h = 0; h < HarmCount; h++)
        {
            thresholds[h] = reader.Single();
            if (!(thresholds[h] is > 0f and < 1f))
            {
                throw new ModelFormatException($"{name} is corrupt (harm threshold out of range)");
            }
        }

        var outputs = new LinearOutput[Outputs];
        for (var o = 0; o < Outputs; o++)
        {
            outputs[o] = new LinearOutput(reader.FiniteSingle(), reader.FiniteSingle(), reader.FiniteSingle());
        }

        var rows = reader.Int32();
        if (rows < 0 || rows > ClaimFeaturizer.Dimension)
        {
            throw new ModelFormatException($"{name} is corrupt (feature count out of range)");
        }

        var features = new int[rows];
        var weights = new float[rows * Outputs];
        for (var row = 0; row < rows; row++)
        {
            features[row] = reader.Int32();
            if (features[row] < 0 || features[row] >= ClaimFeaturizer.Dimension || (row > 0 && features[row] <= features[row - 1]))
            {
                throw new ModelFormatException($"{name} is corrupt (feature numbers out of order)");
            }

            for (var o = 0; o < Outputs; o++)
            {
                weights[(row * Outputs) + o] = reader.FiniteSingle();
            }
        }

        var description = Encoding.UTF8.GetString(reader.Bytes(reader.Length()));
        if (!reader.AtEnd)
        {
            throw new ModelFormatException($"{name} is corrupt (trailing bytes)");
        }

        return new ClaimClassifier(features, weights, outputs, thresholds, splitHash, description, vectors, vectorScale);
    }

    /// <summary>Whether the model in <paramref name="bytes"/> reads word vectors (false for a file too short to say).</summary>
    private static bool ReadsVectors(ReadOnlySpan<byte> bytes)
    {
        // Magic, version, split hash, bits, outputs and dense count come first.
        const int At = 8 + 4 + 32 + 12;
        return bytes.Length >= At + 4 && bytes[..8].SequenceEqual(Magic) && BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(At, 4)) != 0f;
    }

    /// <summary>
    /// Builds a classifier from trained weights (the trainer's entry point): <paramref name="weights"/> holds, for
    /// each output, its dense weight vector (<see cref="ClaimFeaturizer.Dimension"/> long).
    /// </summary>
    internal static ClaimClassifier Create(
        IReadOnlyList<IReadOnlyList<float>> weights,
        IReadOnlyList<LinearOutput> outputs,
        IReadOnlyList<float> thresholds,
        string splitHash,
        string description,
        WordVectors? vectors = null,
        float vectorScale = 0f)
    {
        if (weights.Count != Outputs || outputs.Count != Outputs || thresholds.Count != HarmCount)
        {
            throw new ArgumentException("one weight vector and one output per harm and basis are needed");
        }

        var features = new List<int>();
        var packed = new List<float>();
        for (var f = 0; f < ClaimFeaturizer.Dimension; f++)
        {
            var any = false;
            for (var o = 0; o < Outputs && !any; o++)
            {
                any = weights[o][f] != 0f;
            }

            if (!any)
            {
                continue;
            }

            features.Add(f);
            for (var o = 0; o < Outputs; o++)
            {
                packed.Add(weights[o][f]);
            }
        }

        return new ClaimClassifier([.. features], [.. packed], [.. outputs], [.. thresholds], splitHash, description, vectors, vectorScale);
    }

    /// <summary>The model file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        stream.Write(Magic);
        stream.WriteInt32LittleEndian(FormatVersion);
        stream.Write(Convert.FromHexString(SplitHash));
        stream.WriteInt32LittleEndian(ClaimFeaturizer.Bits);
        stream.WriteInt32LittleEndian(Outputs);
        stream.WriteInt32LittleEndian(ClaimFeaturizer.DenseCount);
        stream.WriteSingleLittleEndian(VectorScale);
        stream.WriteInt32LittleEndian(_vectors?.Dimensions ?? 0);
        stream.Write(_vectors is null ? new byte[32] : Convert.FromHexString(_vectors.VocabularyHash));
        foreach (var threshold in _thresholds)
        {
            stream.WriteSingleLittleEndian(threshold);
        }

        foreach (var output in _outputs)
        {
            stream.WriteSingleLittleEndian(output.Bias);
            stream.WriteSingleLittleEndian(output.Slope);
            stream.WriteSingleLittleEndian(output.Offset);
        }

        stream.WriteInt32LittleEndian(_features.Length);
        for (var row = 0; row < _features.Length; row++)
        {
            stream.WriteInt32LittleEndian(_features[row]);
            for (var o = 0; o < Outputs; o++)
            {
                stream.WriteSingleLittleEndian(_weights[(row * Outputs) + o]);
            }
        }

        var description = Encoding.UTF8.GetBytes(Description);
        stream.WriteInt32LittleEndian(description.Length);
        stream.Write(description);
        return stream.ToArray();
    }

    /// <summary>The rules after the sentence models that this classifier leaves out (none in the pipeline).</summary>
    public SentenceRules LeftOut => _leftOut;

    /// <summary>A copy of this classifier, sharing its weights, that leaves <paramref name="rules"/> out: a
    /// diagnostic of what each rule is worth (<c>testimony eval --without-rules</c>).</summary>
    public ClaimClassifier Without(SentenceRules rules)
    {
        var copy = (ClaimClassifier)MemberwiseClone();
        copy._leftOut = rules;
        return copy;
    }

    /// <summary>
    /// Fills <paramref name="into"/> with one assessment per entry of <see cref="Document.Sentences"/>, in order.
    /// Sentences of interviewers and transcriber notes are <see cref="SentenceAssessment.NoHarm"/>.
    /// </summary>
    public void Assess(Document document, Span<SentenceAssessment> into) => Assess(document, into, default);

    /// <summary>
    /// As <see cref="Assess(Document, Span{SentenceAssessment})"/>, and, when <paramref name="basisProbabilities"/> is
    /// not empty, writes into it the <see cref="BasisCount"/> basis probabilities of every sentence (zero for those
    /// that cannot assert), so that the claim-level basis model need not score the sentences again.
    /// </summary>
    internal void Assess(Document document, Span<SentenceAssessment> into, Span<float> basisProbabilities)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (into.Length < document.Sentences.Count)
        {
            throw new ArgumentException("the span is shorter than the document's sentence list", nameof(into));
        }

        var scratch = t_scratch ??= new Scratch();
        LoadFeaturizer(scratch.Featurizer, document);
        var bases = scratch.Bases(document.Sentences.Count);
        var harmProbabilities = scratch.Harms(document.Sentences.Count);
        Span<float> probabilities = stackalloc float[Outputs];
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (!CanAssert(document.RoleOf(document.Sentences[s])))
            {
                into[s] = SentenceAssessment.NoHarm;
                bases.Slice(s * BasisCount, BasisCount).Clear();
                harmProbabilities.Slice(s * HarmCount, HarmCount).Clear();
                continue;
            }

            scratch.Buckets.Clear();
            scratch.Featurizer.Extract(s, scratch.Buckets, scratch.Hand);
            Probabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Buckets), scratch.Hand, probabilities);
            into[s] = Decide(probabilities);
            probabilities[..HarmCount].CopyTo(harmProbabilities.Slice(s * HarmCount, HarmCount));
            probabilities.Slice(HarmCount, BasisCount).CopyTo(bases.Slice(s * BasisCount, BasisCount));
        }

        foreach (var (rule, apply) in SentenceRuleOrder)
        {
            if (Applies(rule))
            {
                apply(document, into[..document.Sentences.Count]);
            }
        }

        if (Applies(SentenceRules.RivalHarms))
        {
            RivalHarms.Apply(document, into[..document.Sentences.Count], harmProbabilities, _thresholds);
        }

        GiveRuleSentencesBases(into[..document.Sentences.Count], bases);
        ShareRunBases(document, into[..document.Sentences.Count], bases);
        ApplyStatedBases(document, into[..document.Sentences.Count]);
        if (!basisProbabilities.IsEmpty)
        {
            bases.CopyTo(basisProbabilities);
        }
    }

    /// <summary>Loads <paramref name="document"/> into <paramref name="featurizer"/> with this model's word vectors.</summary>
    internal void LoadFeaturizer(ClaimFeaturizer featurizer, Document document) => featurizer.Load(document, _vectors, VectorScale);

    /// <summary>
    /// The probability of every output for one sentence, from its hashed buckets (each occurrence counts once) and
    /// its hand-made features.
    /// </summary>
    internal void Probabilities(ReadOnlySpan<int> buckets, ReadOnlySpan<float> hand, Span<float> into)
    {
        Span<float> scores = stackalloc float[Outputs];
        if (Vector256.IsHardwareAccelerated)
        {
            SumRows(buckets, hand, scores);
        }
        else
        {
            foreach (var bucket in buckets)
            {
                Add(bucket, 1f, scores);
            }

            for (var i = 0; i < hand.Length; i++)
            {
                if (hand[i] != 0f)
                {
                    Add(ClaimFeaturizer.HandOffset + i, hand[i], scores);
                }
            }
        }

        Calibrate(scores, into);
    }

    /// <summary>The probability of every output for a sparse feature vector (indices ascending, no repeats).</summary>
    internal void VectorProbabilities(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> into)
    {
        Span<float> scores = stackalloc float[Outputs];
        for (var i = 0; i < indices.Length; i++)
        {
            Add(indices[i], values[i], scores);
        }

        Calibrate(scores, into);
    }

    /// <summary>
    /// The assessment for output probabilities: the harms at or over their threshold, with the probability that the
    /// whole set is right (each harm's answer taken as independent); when a harm is asserted, the most probable basis
    /// with its share of the basis probabilities.
    /// </summary>
    internal SentenceAssessment Decide(ReadOnlySpan<float> probabilities) => Decide(probabilities, _thresholds);

    /// <summary>As <see cref="Decide(ReadOnlySpan{float})"/>, with the harm thresholds given.</summary>
    internal static SentenceAssessment Decide(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> thresholds)
    {
        var harms = HarmSet.None;
        var confidence = 1f;
        for (var h = 0; h < HarmCount; h++)
        {
            var p = probabilities[h];
            if (p >= thresholds[h])
            {
                harms |= HarmSets.Of((Harm)h);
                confidence *= p;
            }
            else
            {
                confidence *= 1f - p;
            }
        }

        if (harms == HarmSet.None)
        {
            return new SentenceAssessment(HarmSet.None, null, confidence, 1f);
        }

        var (basis, basisConfidence) = MostProbableBasis(probabilities.Slice(HarmCount, BasisCount));
        return new SentenceAssessment(harms, basis, confidence, basisConfidence);
    }

    /// <summary>The most probable of <paramref name="basisProbabilities"/> (<see cref="BasisCount"/>), with its share of their sum.</summary>
    private static (Basis Basis, float Share) MostProbableBasis(ReadOnlySpan<float> basisProbabilities)
    {
        var best = 0;
        var sum = 0f;
        for (var b = 0; b < BasisCount; b++)
        {
            sum += basisProbabilities[b];
            if (basisProbabilities[b] > basisProbabilities[best])
            {
                best = b;
            }
        }

        return ((Basis)best, sum > 0f ? basisProbabilities[best] / sum : 0f);
    }

    /// <summary>Gives the harm sentences a rule asserted (no basis yet) the most probable basis of their own, as
    /// <see cref="Decide(ReadOnlySpan{float})"/> gives it to the sentences the classifiers assert.</summary>
    private static void GiveRuleSentencesBases(Span<SentenceAssessment> assessments, ReadOnlySpan<float> basisProbabilities)
    {
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None && assessments[s].Basis is null)
            {
                var (basis, share) = MostProbableBasis(basisProbabilities.Slice(s * BasisCount, BasisCount));
                assessments[s] = assessments[s] with { Basis = basis, BasisConfidence = share };
            }
        }
    }

    /// <summary>
    /// Gives every sentence of a run of consecutive harm sentences of one turn the basis with the greatest sum of
    /// <paramref name="basisProbabilities"/> (<see cref="BasisCount"/> per sentence) over the run: one vote for what
    /// the builder will most often make one claim, so that a basis flipping inside the run no longer splits it.
    /// Under cross-validation on train this raised harm macro-F1 from 0.806 to 0.811 and claim F1 from 0.810 to 0.813
    /// for 0.001 of claim basis.
    /// </summary>
    internal static void ShareRunBases(Document document, Span<SentenceAssessment> assessments, ReadOnlySpan<float> basisProbabilities)
    {
        var sentences = document.Sentences;
        Span<float> sums = stackalloc float[BasisCount];
        var start = 0;
        while (start < assessments.Length)
        {
            if (assessments[start].Harms == HarmSet.None)
            {
                start++;
                continue;
            }

            var turn = document.TurnOf(sentences[start]);
            var end = start + 1;
            while (end < assessments.Length && assessments[end].Harms != HarmSet.None && document.TurnOf(sentences[end]) == turn)
            {
                end++;
            }

            sums.Clear();
            for (var s = start; s < end; s++)
            {
                for (var b = 0; b < BasisCount; b++)
                {
                    sums[b] += basisProbabilities[(s * BasisCount) + b];
                }
            }

            var best = 0;
            for (var b = 1; b < BasisCount; b++)
            {
                best = sums[b] > sums[best] ? b : best;
            }

            for (var s = start; s < end; s++)
            {
                assessments[s] = assessments[s] with { Basis = (Basis)best };
            }

            start = end;
        }
    }

    /// <summary>
    /// Gives each harm sentence the basis a phrase of its own states outright ("I saw", "I was wounded":
    /// <see cref="BasisCues"/>). Other sentences keep the model's basis: a phrase in the sentence before or after
    /// ("I saw it with my own eyes. Seven people were killed.") was right less often than the model under
    /// cross-validation, and by changing a sentence's basis it split claims the builder would have kept whole.
    /// </summary>
    internal static void ApplyStatedBases(Document document, Span<SentenceAssessment> assessments)
    {
        var sentences = document.Sentences;
        for (var s = 0; s < assessments.Length; s++)
        {
            if (assessments[s].Harms != HarmSet.None && BasisCues.Stated(document, sentences[s]) is { } basis)
            {
                assessments[s] = assessments[s] with { Basis = basis, BasisConfidence = Math.Max(assessments[s].BasisConfidence, Defaults.StatedBasisConfidence) };
            }
        }
    }

    /// <summary>False for the roles whose sentences are never claims.</summary>
    internal static bool CanAssert(SpeakerRole role) => role is not (SpeakerRole.Interviewer or SpeakerRole.Note);

    private void Add(int feature, float value, Span<float> scores)
    {
        var row = _rowOf[feature];
        if (row < 0)
        {
            return;
        }

        var weights = _weights.AsSpan(row * Outputs, Outputs);
        for (var o = 0; o < Outputs; o++)
        {
            scores[o] += weights[o] * value;
        }
    }

    /// <summary>
    /// The weighted sums of <see cref="Probabilities"/> (<see cref="Outputs"/> is ten) with the first eight outputs
    /// added as one vector: each output still sums the same products in the same order, so the scores are those of
    /// <see cref="Add"/> to the bit, and a bucket's weight (times one) is added without the multiplication.
    /// </summary>
    private void SumRows(ReadOnlySpan<int> buckets, ReadOnlySpan<float> hand, Span<float> scores)
    {
        // Ten outputs: the six harms and two bases in the vector, the last two bases alone.
        var head = Vector256<float>.Zero;
        float tail0 = 0f, tail1 = 0f;
        var rowOf = _rowOf;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (var bucket in buckets)
        {
            var row = rowOf[bucket];
            if (row < 0)
            {
                continue;
            }

            ref var at = ref Unsafe.Add(ref weights, row * Outputs);
            head += Vector256.LoadUnsafe(ref at);
            tail0 += Unsafe.Add(ref at, 8);
            tail1 += Unsafe.Add(ref at, 9);
        }

        for (var i = 0; i < hand.Length; i++)
        {
            var value = hand[i];
            if (value == 0f)
            {
                continue;
            }

            var row = rowOf[ClaimFeaturizer.HandOffset + i];
            if (row < 0)
            {
                continue;
            }

            ref var at = ref Unsafe.Add(ref weights, row * Outputs);
            head += Vector256.LoadUnsafe(ref at) * value;
            tail0 += Unsafe.Add(ref at, 8) * value;
            tail1 += Unsafe.Add(ref at, 9) * value;
        }

        head.CopyTo(scores);
        scores[8] = tail0;
        scores[9] = tail1;
    }

    private void Calibrate(ReadOnlySpan<float> scores, Span<float> into)
    {
        for (var o = 0; o < Outputs; o++)
        {
            into[o] = _outputs[o].Probability(scores[o]);
        }
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The model's file name in the models folder.</summary>
        public const string ModelFile = "claims.bin";

        /// <summary>
        /// How sure a basis stated outright is: the share of train claims with such a phrase whose gold basis is the one
        /// stated (0.92 for experienced, 0.97 for witnessed).
        /// </summary>
        public const float StatedBasisConfidence = 0.92f;

        /// <summary>The ML.NET seed for training.</summary>
        public const int Seed = 20161009;
    }

    private delegate void SentenceRuleAction(Document document, Span<SentenceAssessment> into);

    private bool Applies(SentenceRules rule) => (_leftOut & rule) == 0;

    private sealed class Scratch
    {
        public ClaimFeaturizer Featurizer { get; } = new();

        public List<int> Buckets { get; } = new(256);

        public float[] Hand { get; } = new float[ClaimFeaturizer.DenseCount];

        private float[] _bases = new float[64 * BasisCount];

        private float[] _harms = new float[64 * HarmCount];

        /// <summary>Room for the basis probabilities of <paramref name="sentences"/> sentences.</summary>
        public Span<float> Bases(int sentences)
        {
            if (_bases.Length < sentences * BasisCount)
            {
                _bases = new float[sentences * BasisCount * 2];
            }

            return _bases.AsSpan(0, sentences * BasisCount);
        }

        /// <summary>Room for the harm probabilities of <paramref name="sentences"/> sentences.</summary>
        public Span<float> Harms(int sentences)
        {
            if (_harms.Length < sentences * HarmCount)
            {
                _harms = new float[sentences * HarmCount * 2];
            }

            return _harms.AsSpan(0, sentences * HarmCount);
        }
    }
}

/// <summary>
/// One calibrated linear output: score = weights · features + <paramref name="Bias"/>, probability =
/// 1 / (1 + exp(<paramref name="Slope"/> × score + <paramref name="Offset"/>)), the Platt form ML.NET's calibrators use.
/// </summary>
/// <param name="Bias">The bias added to the weighted sum.</param>
/// <param name="Slope">The Platt slope (negative for a score that grows with the probability).</param>
/// <param name="Offset">The Platt offset.</param>
public readonly record struct LinearOutput(float Bias, float Slope, float Offset)
{
    /// <summary>The probability for a weighted sum of features (bias not yet added).</summary>
    public float Probability(float sum) => (float)(1.0 / (1.0 + Math.Exp((Slope * (sum + Bias)) + Offset)));
}
