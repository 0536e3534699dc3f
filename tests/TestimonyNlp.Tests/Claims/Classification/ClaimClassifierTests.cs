using System.Buffers.Binary;
using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training;

namespace TestimonyNlp.Tests.Claims.Classification;

/// <summary>
/// The shipped claim classifiers (models/claims.bin) on small crafted transcripts. Each expected value is what the
/// shipped model predicts; a retrained model that changes one must be checked by eye before the value is updated.
/// </summary>
public sealed class ClaimClassifierTests
{
    private static readonly Lazy<TestimonyPipeline> Pipeline = new(() => DefaultPipeline.Create(Models));

    private static readonly Lazy<ClaimClassifier> Shipped = new(() => ClaimClassifier.LoadFrom(Models));

    private static string Models => Path.Combine(TestPaths.RepositoryRoot, "models");

    private static string ShippedFile => Path.Combine(Models, ClaimClassifier.Defaults.ModelFile);

    private static Document Run(string content)
    {
        return CraftedTranscript.Run(Pipeline.Value, content);
    }

    private static (HarmSet Harms, Basis? Basis)[] Assess(string content)
    {
        var document = Run(content);
        var into = new SentenceAssessment[document.Sentences.Count];
        Shipped.Value.Assess(document, into);
        return [.. into.Select(a => (a.Harms, a.Basis))];
    }

    [Fact]
    public void Assess_WitnessedKilling_KilledWitnessed()
    {
        var found = Assess("A: I saw the barrel bomb fall on our street and it killed my neighbour Samir and his two sons.\n");

        Assert.Equal([(HarmSet.Killed, Basis.Witnessed)], found);
    }

    [Fact]
    public void Assess_HearsayInjury_InjuredHearsay()
    {
        var found = Assess("A: My aunt told me later that the mortar wounded five children near the school in Douma.\n");

        Assert.Equal([(HarmSet.Injured, Basis.Hearsay)], found);
    }

    [Fact]
    public void Assess_OwnInjury_InjuredExperienced()
    {
        var found = Assess("A: I was wounded in my leg by the shrapnel when the mortar hit our house in Douma.\n");

        Assert.Equal([(HarmSet.Injured, (Basis?)Basis.Experienced)], found);
    }

    [Fact]
    public void Assess_KillingSeenOnTheNews_KilledReported()
    {
        var found = Assess("A: We saw on the news that the air strike on the market in Maarat al-Numan killed thirty people.\n");

        Assert.Equal([(HarmSet.Killed, (Basis?)Basis.Reported)], found);
    }

    [Fact]
    public void Without_DamageToldByWhatBecameOfIt_DamageOnlyWithTheRule()
    {
        var document = Run("A: The van of Petro was full of holes.\n");
        var with = new SentenceAssessment[document.Sentences.Count];
        var without = new SentenceAssessment[document.Sentences.Count];
        var withoutOthers = new SentenceAssessment[document.Sentences.Count];

        Shipped.Value.Assess(document, with);
        Shipped.Value.Without(SentenceRules.HarmToldByOutcome | SentenceRules.DamageToldByRuin).Assess(document, without);
        Shipped.Value.Without(SentenceRules.All & ~SentenceRules.HarmToldByOutcome).Assess(document, withoutOthers);

        Assert.Equal([HarmSet.PropertyDamage], with.Select(a => a.Harms));
        Assert.Equal([HarmSet.None], without.Select(a => a.Harms));
        Assert.Equal([HarmSet.PropertyDamage], withoutOthers.Select(a => a.Harms));
    }

    [Fact]
    public void Without_Rules_CopyLeavesThemOutOriginalKeepsAll()
    {
        var copy = Shipped.Value.Without(SentenceRules.RivalHarms | SentenceRules.ToldCount);

        Assert.Equal(SentenceRules.RivalHarms | SentenceRules.ToldCount, copy.LeftOut);
        Assert.Equal(SentenceRules.None, Shipped.Value.LeftOut);
    }

    [Fact]
    public void Assess_NobodyHurt_NoHarm()
    {
        var found = Assess("A: Nobody was hurt in our building.\n");

        Assert.Equal([(HarmSet.None, (Basis?)null)], found);
    }

    [Fact]
    public void Assess_CounterfactualKilling_NoHarm()
    {
        var found = Assess("A: If we had stayed in Douma, they would have killed us.\n");

        Assert.Equal([(HarmSet.None, (Basis?)null)], found);
    }

    [Fact]
    public void Assess_NegatedShelling_NoHarm()
    {
        var found = Assess("A: There was no shelling that day, it was quiet in the whole town.\n");

        Assert.Equal([(HarmSet.None, (Basis?)null)], found);
    }

    [Fact]
    public void Assess_IrrealisThreat_NoHarm()
    {
        var found = Assess("A: They said they would bomb the village if we did not leave.\n");

        Assert.Equal([(HarmSet.None, (Basis?)null)], found);
    }

    [Fact]
    public void Assess_InterviewerQuestion_NoHarmSurely()
    {
        var document = Run("Q: Was your brother killed by the air strike in Raqqa?\n");
        var into = new SentenceAssessment[document.Sentences.Count];

        Shipped.Value.Assess(document, into);

        Assert.Equal([SentenceAssessment.NoHarm], into);
    }

    [Fact]
    public void Assess_SeveralThreads_SameAsOneThread()
    {
        const string Content = "Q: What happened?\nA: I saw the barrel bomb fall and it killed my neighbour Samir. "
            + "My aunt told me that the mortar wounded five children. There was no shelling that day.\n";
        var document = Run(Content);
        var expected = new SentenceAssessment[document.Sentences.Count];
        Shipped.Value.Assess(document, expected);

        var results = new SentenceAssessment[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            results[i] = new SentenceAssessment[document.Sentences.Count];
            Shipped.Value.Assess(document, results[i]);
        });

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Load_ShippedModel_MatchesTheCorpusSplit()
    {
        var classifier = ClaimClassifier.Load(ShippedFile, TaggerTrainingSplitHash.Compute(Path.Combine(TestPaths.RepositoryRoot, "corpus")));

        Assert.Equal(64, classifier.SplitHash.Length);
    }

    [Fact]
    public void Read_WrongVersion_ThrowsNamingFileAndVersions()
    {
        var bytes = File.ReadAllBytes(ShippedFile);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 99);

        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read(bytes, "claims.bin"));

        Assert.Equal("claims.bin has format version 99; this build reads version 3", error.Message);
    }

    [Fact]
    public void Read_OtherSplitHash_ThrowsAskingForRetraining()
    {
        var bytes = File.ReadAllBytes(ShippedFile);

        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read(bytes, "claims.bin", new string('a', 64)));

        Assert.StartsWith("claims.bin was trained on another corpus split (split hash ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(", expected aaaaaaaaaaaa); retrain it with 'testimony train'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAModel_ThrowsWrongMagic()
    {
        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read("TNLPTAGR\u0002\0\0\0"u8, "tagger.bin"));

        Assert.Equal("tagger.bin is not a claim classifier model (wrong magic bytes)", error.Message);
    }

    [Fact]
    public void Read_Truncated_ThrowsTruncated()
    {
        var bytes = File.ReadAllBytes(ShippedFile);

        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read(bytes.AsSpan(0, 100), "claims.bin"));

        Assert.Equal("claims.bin is truncated", error.Message);
    }

    [Fact]
    public void ToBytes_ShippedModel_RoundTripsByteForByte()
    {
        var bytes = File.ReadAllBytes(ShippedFile);

        Assert.Equal(bytes, ClaimClassifier.Read(bytes, "claims.bin").ToBytes());
    }
}

public sealed class ClaimClassifierDecideTests
{
    // Zero weights and a slope of -1 make each output's probability the logistic of its bias.
    private static ClaimClassifier WithBiases(float[] biases)
    {
        var zeros = new float[ClaimFeaturizer.Dimension];
        var weights = Enumerable.Repeat<IReadOnlyList<float>>(zeros, ClaimClassifier.Outputs).ToArray();
        var outputs = biases.Select(b => new LinearOutput(b, -1f, 0f)).ToArray();
        return ClaimClassifier.Create(weights, outputs, [0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.3f], new string('0', 64), "test");
    }

    [Fact]
    public void Decide_KilledOverThreshold_KilledWithTheLikeliestBasis()
    {
        // Killed p = 0.8; damage p = 0.2 under its threshold 0.3; bases 0.5 / 0.2 / 0.8 / 0.5.
        var classifier = WithBiases([MathF.Log(4f), -10f, -10f, -10f, -10f, -MathF.Log(4f), 0f, -MathF.Log(4f), MathF.Log(4f), 0f]);
        Span<float> probabilities = stackalloc float[ClaimClassifier.Outputs];
        classifier.Probabilities([], new float[SentenceFeatures.Count], probabilities);

        var assessment = classifier.Decide(probabilities);

        Assert.Equal((HarmSet.Killed, (Basis?)Basis.Hearsay), (assessment.Harms, assessment.Basis));
        Assert.Equal(0.8f * 0.8f, assessment.HarmConfidence, 3);
        Assert.Equal(0.8f / 2.0f, assessment.BasisConfidence, 3);
    }

    [Fact]
    public void Probabilities_BucketsAndHandFeatures_SameBitsAsSummingOneFeatureAtATime()
    {
        // Weights on every seventh bucket and hand feature; the sentence's buckets hit some of them and miss others.
        var random = new Random(20240611);
        var weights = new float[ClaimClassifier.Outputs][];
        for (var o = 0; o < ClaimClassifier.Outputs; o++)
        {
            weights[o] = new float[ClaimFeaturizer.Dimension];
            for (var f = o % 7; f < ClaimFeaturizer.Dimension; f += 7)
            {
                weights[o][f] = (float)((random.NextDouble() * 2.0) - 1.0) / 3f;
            }
        }

        var outputs = Enumerable.Range(0, ClaimClassifier.Outputs).Select(o => new LinearOutput(0.1f * o, -1.3f, 0.2f)).ToArray();
        var classifier = ClaimClassifier.Create(weights, outputs, [0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.3f], new string('0', 64), "test");
        int[] buckets = [3, 14, 700, 701, 9_000, 65_537, 200_003, ClaimFeaturizer.HashedBuckets - 1];
        var hand = new float[SentenceFeatures.Count];
        hand[0] = 1f;
        hand[2] = 0.37f;
        hand[^1] = 2.5f;
        var indices = buckets.Concat(Enumerable.Range(0, hand.Length).Where(i => hand[i] != 0f).Select(i => ClaimFeaturizer.HandOffset + i)).ToArray();
        var values = buckets.Select(_ => 1f).Concat(hand.Where(v => v != 0f)).ToArray();
        var expected = new float[ClaimClassifier.Outputs];
        classifier.VectorProbabilities(indices, values, expected);

        var probabilities = new float[ClaimClassifier.Outputs];
        classifier.Probabilities(buckets, hand, probabilities);

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), probabilities.Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Decide_EveryHarmUnderThreshold_NoneWithoutBasis()
    {
        var classifier = WithBiases([-10f, -10f, -10f, -10f, -10f, -10f, 5f, 0f, 0f, 0f]);
        Span<float> probabilities = stackalloc float[ClaimClassifier.Outputs];
        classifier.Probabilities([], new float[SentenceFeatures.Count], probabilities);

        var assessment = classifier.Decide(probabilities);

        Assert.Equal((HarmSet.None, (Basis?)null), (assessment.Harms, assessment.Basis));
        // Six harms each surely absent: (1 - 1 / (1 + e^10))^6.
        Assert.Equal(0.99973, assessment.HarmConfidence, 5);
    }

    [Fact]
    public void ToBytes_CreatedModel_ReadsBackWithItsThresholds()
    {
        var classifier = WithBiases([1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f]);

        var read = ClaimClassifier.Read(classifier.ToBytes(), "created.bin");

        Assert.Equal((0.5f, 0.3f, 0, "test"), (read.Threshold(Harm.Killed), read.Threshold(Harm.PropertyDamage), read.FeatureCount, read.Description));
    }
}
