using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Classification;

/// <summary>
/// The claim-level basis model: one multiclass linear model (maximum entropy) over the features of a claim as a whole
/// (<see cref="ClaimBasisFeatures"/>), which decides each built claim's basis where the sentence models only vote.
/// Trained by <c>testimony train</c> on the gold claims of the train split, with out-of-fold sentence probabilities;
/// loaded once from <c>models/basis.bin</c>; read-only afterwards and safe to use from several threads at once.
/// </summary>
public sealed class ClaimBasisModel
{
    /// <summary>The format version this build reads and writes.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "TNLPBASS"u8;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly float[] _weights;
    private readonly float[] _biases;

    // The rules after the model, in the order they apply.
    private static readonly (BasisRules Rule, Action<Document, List<Claim>, int> Apply)[] RuleOrder =
    [
        (BasisRules.WitnessedPresent, WitnessedPresent.Apply),
        (BasisRules.WitnessedInNotes, WitnessedInNotes.Apply),
        (BasisRules.HearsayToldAfter, HearsayToldAfter.Apply),
        (BasisRules.HearsayAnswered, HearsayAnswered.Apply),
        (BasisRules.ExperiencedOwnHarm, ExperiencedOwnHarm.Apply),
        (BasisRules.ReportedSource, ReportedSource.Apply),
        (BasisRules.ExperiencedOwnProperty, ExperiencedOwnProperty.Apply),
        (BasisRules.WitnessedPublicDamage, WitnessedPublicDamage.Apply),
        (BasisRules.HearsaySentPicture, HearsaySentPicture.Apply),
        (BasisRules.ExperiencedOwnSearch, ExperiencedOwnSearch.Apply),
        (BasisRules.WitnessedStayedBehind, WitnessedStayedBehind.Apply),
        (BasisRules.WitnessedKinWounded, WitnessedKinWounded.Apply),
        (BasisRules.HearsayAbsentAtTaking, HearsayAbsentAtTaking.Apply),
        (BasisRules.HearsayAbsentBefore, HearsayAbsentBefore.Apply),
    ];

    // Set only on a copy made by Without, before it is shared.
    private BasisRules _leftOut;

    private ClaimBasisModel(float[] weights, float[] biases, string splitHash, string description)
    {
        _weights = weights;
        _biases = biases;
        SplitHash = splitHash;
        Description = description;
    }

    /// <summary>The SHA-256 (lower-case hex) of the corpus split the model was trained on.</summary>
    public string SplitHash { get; }

    /// <summary>What was trained, as written by the trainer (no testimony text).</summary>
    public string Description { get; }

    /// <summary>
    /// Loads a model file. Throws <see cref="ModelFormatException"/> naming the file when it is not a basis model, has
    /// another format version or feature count, is truncated or corrupt, or (when <paramref name="expectedSplitHash"/>
    /// is given) was trained on another split.
    /// </summary>
    public static ClaimBasisModel Load(string path, string? expectedSplitHash = null) =>
        Read(ModelFileReader.ReadFile(path, "claim basis"), path, expectedSplitHash);

    /// <summary>
    /// Loads <see cref="Defaults.ModelFile"/> from <paramref name="modelsDirectory"/>, or returns null when the folder
    /// has none (a models folder trained before the claim-level basis: the sentence votes decide then).
    /// </summary>
    public static ClaimBasisModel? LoadFrom(string modelsDirectory, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        var path = Path.Combine(modelsDirectory, Defaults.ModelFile);
        return File.Exists(path) ? Load(path, expectedSplitHash) : null;
    }

    /// <summary>Reads a model from <paramref name="bytes"/>; <paramref name="name"/> names it in errors.</summary>
    public static ClaimBasisModel Read(ReadOnlySpan<byte> bytes, string name, string? expectedSplitHash = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var reader = new ModelFileReader(bytes, name);
        var splitHash = reader.Header(Magic, FormatVersion, "claim basis", expectedSplitHash);
        if (reader.Int32() != ClaimBasisFeatures.Count || reader.Int32() != ClaimClassifier.BasisCount)
        {
            throw new ModelFormatException($"{name} is corrupt (feature or basis count differs from this build's)");
        }

        var biases = new float[ClaimClassifier.BasisCount];
        var weights = new float[ClaimClassifier.BasisCount * ClaimBasisFeatures.Count];
        for (var b = 0; b < biases.Length; b++)
        {
            biases[b] = reader.FiniteSingle();
            for (var f = 0; f < ClaimBasisFeatures.Count; f++)
            {
                weights[(b * ClaimBasisFeatures.Count) + f] = reader.FiniteSingle();
            }
        }

        var description = Encoding.UTF8.GetString(reader.Bytes(reader.Length()));
        if (!reader.AtEnd)
        {
            throw new ModelFormatException($"{name} is corrupt (trailing bytes)");
        }

        return new ClaimBasisModel(weights, biases, splitHash, description);
    }

    /// <summary>
    /// Builds a model from trained weights (the trainer's entry point): per basis (in <see cref="Basis"/> order) its
    /// bias and its <see cref="ClaimBasisFeatures.Count"/> weights.
    /// </summary>
    internal static ClaimBasisModel Create(IReadOnlyList<float> biases, IReadOnlyList<IReadOnlyList<float>> weights, string splitHash, string description)
    {
        if (biases.Count != ClaimClassifier.BasisCount || weights.Count != ClaimClassifier.BasisCount || weights.Any(w => w.Count != ClaimBasisFeatures.Count))
        {
            throw new ArgumentException("one bias and one weight vector of the feature count are needed per basis");
        }

        return new ClaimBasisModel([.. weights.SelectMany(w => w)], [.. biases], splitHash, description);
    }

    /// <summary>The model file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Span<byte> buffer = stackalloc byte[4];
        stream.Write(Magic);
        BinaryPrimitives.WriteInt32LittleEndian(buffer, FormatVersion);
        stream.Write(buffer);
        stream.Write(Convert.FromHexString(SplitHash));
        BinaryPrimitives.WriteInt32LittleEndian(buffer, ClaimBasisFeatures.Count);
        stream.Write(buffer);
        BinaryPrimitives.WriteInt32LittleEndian(buffer, ClaimClassifier.BasisCount);
        stream.Write(buffer);
        for (var b = 0; b < _biases.Length; b++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(buffer, _biases[b]);
            stream.Write(buffer);
            foreach (var weight in _weights.AsSpan(b * ClaimBasisFeatures.Count, ClaimBasisFeatures.Count))
            {
                BinaryPrimitives.WriteSingleLittleEndian(buffer, weight);
                stream.Write(buffer);
            }
        }

        var description = Encoding.UTF8.GetBytes(Description);
        BinaryPrimitives.WriteInt32LittleEndian(buffer, description.Length);
        stream.Write(buffer);
        stream.Write(description);
        return stream.ToArray();
    }

    /// <summary>The basis of a claim with <paramref name="features"/> (<see cref="ClaimBasisFeatures.Count"/> long),
    /// and its probability.</summary>
    public ClaimBasisDecision Decide(ReadOnlySpan<float> features)
    {
        Span<double> scores = stackalloc double[ClaimClassifier.BasisCount];
        var best = 0;
        for (var b = 0; b < scores.Length; b++)
        {
            double score = _biases[b];
            var weights = _weights.AsSpan(b * ClaimBasisFeatures.Count, ClaimBasisFeatures.Count);
            for (var f = 0; f < weights.Length; f++)
            {
                score += weights[f] * features[f];
            }

            scores[b] = score;
            best = score > scores[best] ? b : best;
        }

        var sum = 0.0;
        for (var b = 0; b < scores.Length; b++)
        {
            sum += Math.Exp(scores[b] - scores[best]);
        }

        return new ClaimBasisDecision((Basis)best, (float)(1.0 / sum));
    }

    /// <summary>The rules after the model that this model leaves out (none in the pipeline).</summary>
    public BasisRules LeftOut => _leftOut;

    /// <summary>A copy of this model, sharing its weights, that leaves <paramref name="rules"/> out: a diagnostic of
    /// what each rule is worth (<c>testimony eval --without-rules</c>).</summary>
    public ClaimBasisModel Without(BasisRules rules)
    {
        var copy = (ClaimBasisModel)MemberwiseClone();
        copy._leftOut = rules;
        return copy;
    }

    /// <summary>
    /// Gives each claim of <paramref name="claims"/> from <paramref name="from"/> on the basis this model decides
    /// (or keeps its sentences' vote where the model is unsure, <see cref="Defaults.SentenceVoteBelow"/>, but for a
    /// hearsay lean over a witnessed vote with the speaker nowhere around the claim, <see cref="HearsayLeanUnseen"/>),
    /// the sentence basis probabilities of its evidence coming from <paramref name="classifier"/>; then a hearsay claim whose speaker
    /// says they were there, or whose witness a researcher's notes say saw it, becomes witnessed
    /// (<see cref="WitnessedPresent"/>, <see cref="WitnessedInNotes"/>), and a witnessed claim the speaker
    /// sources afterwards, or says was not seen when asked, becomes hearsay (<see cref="HearsayToldAfter"/>,
    /// <see cref="HearsayAnswered"/>), and a witnessed wounding or detention whose evidence says the speaker was
    /// wounded or taken becomes experienced (<see cref="ExperiencedOwnHarm"/>), and a witnessed or hearsay claim whose
    /// evidence gives an authority's count or a media source becomes reported (<see cref="ReportedSource"/>), and a
    /// witnessed damage to the speaker's own property and nobody else's becomes experienced
    /// (<see cref="ExperiencedOwnProperty"/>), and an experienced damage to a public building (a school, a mosque, the
    /// market) with none of the speaker's own property becomes witnessed (<see cref="WitnessedPublicDamage"/>), and a
    /// damage whose photo or video someone sent the speaker becomes hearsay (<see cref="HearsaySentPicture"/>), and a
    /// hearsay disappearance the speaker searched for becomes experienced (<see cref="ExperiencedOwnSearch"/>), and an
    /// experienced or hearsay flight of others that the speaker stayed behind from becomes witnessed
    /// (<see cref="WitnessedStayedBehind"/>), and an experienced wounding of the speaker's kin, with no I or me nor the
    /// speaker's own body in its evidence, becomes witnessed (<see cref="WitnessedKinWounded"/>), and a witnessed or
    /// experienced disappearance whose speaker says just before it that they were not there becomes hearsay
    /// (<see cref="HearsayAbsentAtTaking"/>).
    /// </summary>
    public void Assign(Document document, ClaimClassifier classifier, List<Claim> claims, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(claims);
        if (from >= claims.Count)
        {
            return;
        }

        var scratch = t_scratch ??= new Scratch();
        var probabilities = scratch.Probabilities(document.Sentences.Count);
        var done = scratch.Done(document.Sentences.Count);
        classifier.LoadFeaturizer(scratch.Featurizer, document);
        var sentenceCues = new SentenceCues(document);
        Span<float> outputs = stackalloc float[ClaimClassifier.Outputs];
        for (var c = from; c < claims.Count; c++)
        {
            scratch.Evidence.Clear();
            EvidenceSentences(document, claims[c].Evidence, scratch.Evidence);
            if (scratch.Evidence.Count == 0)
            {
                continue;
            }

            var low = Math.Max(0, scratch.Evidence[0] - ClaimBasisFeatures.Defaults.ProbabilityContext);
            var high = Math.Min(document.Sentences.Count, scratch.Evidence[^1] + ClaimBasisFeatures.Defaults.ProbabilityContext + 1);
            for (var s = low; s < high; s++)
            {
                if (done[s] || !ClaimClassifier.CanAssert(document.RoleOf(document.Sentences[s])))
                {
                    continue;
                }

                // Only the evidence and the sentences around it are scored again: the classifiers keep no probabilities.
                done[s] = true;
                scratch.Buckets.Clear();
                scratch.Featurizer.Extract(s, scratch.Buckets, scratch.Hand);
                classifier.Probabilities(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Buckets), scratch.Hand, outputs);
                outputs.Slice(ClaimClassifier.HarmCount, ClaimClassifier.BasisCount).CopyTo(probabilities.Slice(s * ClaimClassifier.BasisCount, ClaimClassifier.BasisCount));
            }

            claims[c] = Assign(sentenceCues, claims[c], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Evidence), probabilities, scratch.Features);
        }

        ApplyRules(document, claims, from);
    }

    /// <summary>
    /// Gives each claim of <paramref name="claims"/> from <paramref name="from"/> on the basis this model decides from
    /// the given sentence basis probabilities (<see cref="ClaimClassifier.BasisCount"/> per sentence of the document),
    /// then <see cref="WitnessedPresent"/>, <see cref="WitnessedInNotes"/>, <see cref="HearsayToldAfter"/>, <see cref="HearsayAnswered"/>,
    /// <see cref="ExperiencedOwnHarm"/>, <see cref="ReportedSource"/>, <see cref="ExperiencedOwnProperty"/>,
    /// <see cref="WitnessedPublicDamage"/>, <see cref="HearsaySentPicture"/>, <see cref="ExperiencedOwnSearch"/>,
    /// <see cref="WitnessedStayedBehind"/>, <see cref="WitnessedKinWounded"/>, <see cref="HearsayAbsentAtTaking"/> and
    /// <see cref="HearsayAbsentBefore"/> as at run time.
    /// </summary>
    internal void Assign(Document document, ReadOnlySpan<float> basisProbabilities, List<Claim> claims, int from = 0)
    {
        var scratch = t_scratch ??= new Scratch();
        var sentenceCues = new SentenceCues(document);
        for (var c = from; c < claims.Count; c++)
        {
            scratch.Evidence.Clear();
            EvidenceSentences(document, claims[c].Evidence, scratch.Evidence);
            claims[c] = Assign(sentenceCues, claims[c], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch.Evidence), basisProbabilities, scratch.Features);
        }

        ApplyRules(document, claims, from);
    }

    /// <summary>The rules that correct the basis the model gave each claim of <paramref name="claims"/> from
    /// <paramref name="from"/> on, in order: <see cref="WitnessedPresent"/>, <see cref="WitnessedInNotes"/>,
    /// <see cref="HearsayToldAfter"/>, <see cref="HearsayAnswered"/>, <see cref="ExperiencedOwnHarm"/>,
    /// <see cref="ReportedSource"/>, <see cref="ExperiencedOwnProperty"/>, <see cref="WitnessedPublicDamage"/>,
    /// <see cref="HearsaySentPicture"/>, <see cref="ExperiencedOwnSearch"/>, <see cref="WitnessedStayedBehind"/>,
    /// <see cref="WitnessedKinWounded"/>, <see cref="HearsayAbsentAtTaking"/> and <see cref="HearsayAbsentBefore"/>. Both
    /// ways of assigning apply the same rules, so that the basis scored from stored probabilities is the basis of a
    /// run.</summary>
    private void ApplyRules(Document document, List<Claim> claims, int from)
    {
        foreach (var (rule, apply) in RuleOrder)
        {
            if ((_leftOut & rule) == 0)
            {
                apply(document, claims, from);
            }
        }
    }

    /// <summary>The sentences of <paramref name="document"/> that a witness (not an interviewer or a note) speaks and
    /// that overlap <paramref name="evidence"/>, ascending, each once.</summary>
    internal static void EvidenceSentences(Document document, ImmutableArray<Evidence> evidence, List<int> into)
    {
        var sentences = document.Sentences;
        foreach (var span in evidence)
        {
            var s = document.SentenceAt(span.Start);
            if (s < 0)
            {
                s = 0;
                while (s < sentences.Count && sentences[s].End <= span.Start)
                {
                    s++;
                }
            }

            for (; s < sentences.Count && sentences[s].Start < span.End; s++)
            {
                if (sentences[s].End > span.Start && ClaimClassifier.CanAssert(document.RoleOf(sentences[s])) && (into.Count == 0 || into[^1] < s))
                {
                    into.Add(s);
                }
            }
        }

        into.Sort();
    }

    private Claim Assign(SentenceCues sentenceCues, Claim claim, ReadOnlySpan<int> evidence, ReadOnlySpan<float> basisProbabilities, float[] features)
    {
        if (evidence.IsEmpty)
        {
            return claim;
        }

        var document = sentenceCues.Document;
        ClaimBasisFeatures.Compute(sentenceCues, evidence, claim.Harm, basisProbabilities, features);
        var decision = Decide(features);
        if (decision.Probability < Defaults.SentenceVoteBelow)
        {
            var kept = HearsayLeanUnseen.Keep(document, evidence, claim.Harm, claim.Basis, decision.Basis);
            return kept == claim.Basis ? claim : claim with { Basis = kept };
        }

        return claim.Basis == decision.Basis ? claim : claim with { Basis = decision.Basis };
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The model's file name in the models folder.</summary>
        public const string ModelFile = "basis.bin";

        /// <summary>
        /// Below this probability of its own choice the model leaves the claim the basis its sentences voted for
        /// (settled by a stated phrase where there is one). Out of fold (four folds of train, 4,046 matched claims) the
        /// right bases went from 3,186 with no floor to 3,197 at 0.5, 3,218 at 0.55, 3,204 at 0.6, 3,198 at 0.65 and
        /// 3,182 at 0.7 (3,129 with the sentence votes alone); 0.6 lies inside the span that gains rather than on the
        /// single best value.
        /// </summary>
        public const float SentenceVoteBelow = 0.6f;
    }

    private sealed class Scratch
    {
        private float[] _probabilities = new float[64 * ClaimClassifier.BasisCount];
        private bool[] _done = new bool[64];

        public ClaimFeaturizer Featurizer { get; } = new();

        public List<int> Buckets { get; } = new(256);

        public float[] Hand { get; } = new float[ClaimFeaturizer.DenseCount];

        public List<int> Evidence { get; } = new(16);

        public float[] Features { get; } = new float[ClaimBasisFeatures.Count];

        public Span<float> Probabilities(int sentences)
        {
            if (_probabilities.Length < sentences * ClaimClassifier.BasisCount)
            {
                _probabilities = new float[sentences * ClaimClassifier.BasisCount * 2];
            }

            var span = _probabilities.AsSpan(0, sentences * ClaimClassifier.BasisCount);
            span.Clear();
            return span;
        }

        public Span<bool> Done(int sentences)
        {
            if (_done.Length < sentences)
            {
                _done = new bool[sentences * 2];
            }

            var span = _done.AsSpan(0, sentences);
            span.Clear();
            return span;
        }
    }
}

/// <summary>The basis the claim-level model decides for one claim.</summary>
/// <param name="Basis">The most probable basis.</param>
/// <param name="Probability">Its probability, in (0, 1].</param>
public readonly record struct ClaimBasisDecision(Basis Basis, float Probability);
