using System.Buffers.Binary;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ClaimBasisModelTests
{
    // Each basis weighs only the feature of its own mean probability, so the model picks the greatest mean.
    private static ClaimBasisModel MeanPicker(float scale = 4f)
    {
        var weights = new IReadOnlyList<float>[ClaimClassifier.BasisCount];
        for (var b = 0; b < weights.Length; b++)
        {
            var row = new float[ClaimBasisFeatures.Count];
            row[b] = scale;
            weights[b] = row;
        }

        return ClaimBasisModel.Create([0f, 0f, 0f, 0f], weights, new string('0', 64), "test");
    }

    [Fact]
    public void Decide_GreatestMeanHearsay_HearsayWithItsSoftmax()
    {
        var features = new float[ClaimBasisFeatures.Count];
        features[(int)Basis.Hearsay] = 1f;

        var decision = MeanPicker().Decide(features);

        // exp(4) / (exp(4) + 3) = 0.947915.
        Assert.Equal(Basis.Hearsay, decision.Basis);
        Assert.Equal(0.947915f, decision.Probability, 0.000001f);
    }

    [Fact]
    public void ToBytes_CreatedModel_ReadsBackByteForByte()
    {
        var bytes = MeanPicker().ToBytes();

        var read = ClaimBasisModel.Read(bytes, "basis.bin");

        Assert.Equal(bytes, read.ToBytes());
        Assert.Equal("test", read.Description);
        Assert.Equal(8 + 4 + 32 + 4 + 4 + (ClaimClassifier.BasisCount * (1 + ClaimBasisFeatures.Count) * 4) + 4 + 4, bytes.Length);
    }

    [Fact]
    public void Read_WrongVersion_ThrowsNamingFileAndVersions()
    {
        var bytes = MeanPicker().ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 7);

        var error = Assert.Throws<ModelFormatException>(() => ClaimBasisModel.Read(bytes, "basis.bin"));

        Assert.Equal("basis.bin has format version 7; this build reads version 1", error.Message);
    }

    [Fact]
    public void Read_OtherSplitHash_ThrowsAskingForRetraining()
    {
        var error = Assert.Throws<ModelFormatException>(() => ClaimBasisModel.Read(MeanPicker().ToBytes(), "basis.bin", new string('a', 64)));

        Assert.Equal("basis.bin was trained on another corpus split (split hash 000000000000, expected aaaaaaaaaaaa); retrain it with 'testimony train'", error.Message);
    }

    [Fact]
    public void Read_ClaimClassifierFile_ThrowsWrongMagic()
    {
        var error = Assert.Throws<ModelFormatException>(() => ClaimBasisModel.Read("TNLPCLSF\u0002\0\0\0"u8, "claims.bin"));

        Assert.Equal("claims.bin is not a claim basis model (wrong magic bytes)", error.Message);
    }

    [Fact]
    public void Read_OtherFeatureCount_ThrowsCorrupt()
    {
        var bytes = MeanPicker().ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(44), ClaimBasisFeatures.Count + 1);

        var error = Assert.Throws<ModelFormatException>(() => ClaimBasisModel.Read(bytes, "basis.bin"));

        Assert.Equal("basis.bin is corrupt (feature or basis count differs from this build's)", error.Message);
    }

    [Fact]
    public void Read_Truncated_ThrowsTruncated()
    {
        var bytes = MeanPicker().ToBytes();

        var error = Assert.Throws<ModelFormatException>(() => ClaimBasisModel.Read(bytes.AsSpan(0, 100), "basis.bin"));

        Assert.Equal("basis.bin is truncated", error.Message);
    }

    [Fact]
    public void Read_NaNWeight_ThrowsCorrupt()
    {
        var bytes = MeanPicker().ToBytes();
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(56), float.NaN);

        var error = Assert.Throws<ModelFormatException>(() => ClaimBasisModel.Read(bytes, "basis.bin"));

        Assert.Equal("basis.bin is corrupt (a weight is not a finite number)", error.Message);
    }

    [Fact]
    public void LoadFrom_FolderWithoutBasisModel_Null()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            Assert.Null(ClaimBasisModel.LoadFrom(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

public sealed class ClaimBasisModelAssignTests
{
    [Fact]
    public void Assign_MeanProbabilityFavoursHearsay_ClaimTakesHearsayOtherFieldsKept()
    {
        var document = TestimonyNlp.Tests.Support.CraftedTranscript.Tokenized("A: I went out. The shell killed Ahmad in Saraqib.\n");
        Assert.Equal(2, document.Sentences.Count);
        var claim = WitnessedKilling(document);
        var claims = new List<Claim> { claim };
        var model = OwnBasisModel(4f);

        model.Assign(document, [0.9f, 0f, 0f, 0f, 0.3f, 0f, 0.6f, 0.1f], claims);

        Assert.Equal([claim with { Basis = Basis.Hearsay }], claims);
    }

    [Fact]
    public void Assign_ModelUnsureBelowFloor_ClaimKeepsSentenceVote()
    {
        var document = TestimonyNlp.Tests.Support.CraftedTranscript.Tokenized("A: I went out. The shell killed Ahmad in Saraqib.\n");
        var claim = WitnessedKilling(document);
        var claims = new List<Claim> { claim };
        var model = OwnBasisModel(1f);

        // Hearsay leads, but with exp(0.6) / (exp(0.3) + 1 + exp(0.6) + exp(0.1)) = 0.345, under the floor of 0.6.
        model.Assign(document, [0.9f, 0f, 0f, 0f, 0.3f, 0f, 0.6f, 0.1f], claims);

        Assert.Equal([claim], claims);
    }

    [Fact]
    public void Assign_ModelLeansHearsayBelowFloorNoSpeakerAround_ClaimTakesHearsay()
    {
        var document = TestimonyNlp.Tests.Support.CraftedTranscript.Tokenized("A: The rain stopped. The shell killed Ahmad in Saraqib.\n");
        var claim = WitnessedKilling(document);
        var claims = new List<Claim> { claim };
        var model = OwnBasisModel(1f);

        // Hearsay leads under the floor (0.345, as above); no I or we in the evidence or the sentence before it.
        model.Assign(document, [0.9f, 0f, 0f, 0f, 0.3f, 0f, 0.6f, 0.1f], claims);

        Assert.Equal([claim with { Basis = Basis.Hearsay }], claims);
    }

    [Fact]
    public void Assign_ModelWitnessedSpeakerNotThereAfter_ClaimTakesHearsay()
    {
        var document = TestimonyNlp.Tests.Support.CraftedTranscript.Tokenized("A: I went out. The shell killed Ahmad in Saraqib. I was not there.\n");
        Assert.Equal(3, document.Sentences.Count);
        var claim = WitnessedKilling(document);
        var claims = new List<Claim> { claim };
        var model = OwnBasisModel(4f);

        // The model picks witnessed (exp(3.6) / (exp(3.6) + 2 + exp(0.4)) = 0.926); the next sentence makes it hearsay.
        model.Assign(document, [0f, 0f, 0f, 0f, 0.9f, 0f, 0.1f, 0f, 0f, 0f, 0f, 0f], claims);

        Assert.Equal([claim with { Basis = Basis.Hearsay }], claims);
    }

    [Fact]
    public void Without_HearsayToldAfter_SpeakerNotThereAfterKeepsWitnessed()
    {
        var document = TestimonyNlp.Tests.Support.CraftedTranscript.Tokenized("A: I went out. The shell killed Ahmad in Saraqib. I was not there.\n");
        var claim = WitnessedKilling(document);
        var claims = new List<Claim> { claim };
        var model = OwnBasisModel(4f).Without(BasisRules.HearsayToldAfter);

        // As above, without the rule that makes it hearsay.
        model.Assign(document, [0f, 0f, 0f, 0f, 0.9f, 0f, 0.1f, 0f, 0f, 0f, 0f, 0f], claims);

        Assert.Equal([claim], claims);
        Assert.Equal(BasisRules.HearsayToldAfter, model.LeftOut);
    }

    [Fact]
    public void EvidenceSentences_SpanOverTwoSentencesAndAQuestion_WitnessSentencesOnce()
    {
        var document = TestimonyNlp.Tests.Support.CraftedTranscript.Tokenized("A: The shell fell. It killed Ahmad.\nQ: Where?\nA: In Saraqib.\n");
        Assert.Equal(4, document.Sentences.Count);
        var into = new List<int>();

        ClaimBasisModel.EvidenceSentences(
            document,
            [new Evidence(document.Sentences[0].Start, document.Sentences[2].End, "x"), new Evidence(document.Sentences[1].Start, document.Sentences[1].End, "x")],
            into);

        Assert.Equal([0, 1], into);
    }

    private static Claim WitnessedKilling(Document document) => new()
    {
        Id = "c1",
        Harm = Harm.Killed,
        Victims = new VictimCount(1, 1, []),
        Basis = Basis.Witnessed,
        Evidence = [new Evidence(document.Sentences[1].Start, document.Sentences[1].End, "The shell killed Ahmad in Saraqib.")],
        Confidence = 0.7,
    };

    /// <summary>A model whose score for each basis is <paramref name="weight"/> times that basis's own feature.</summary>
    private static ClaimBasisModel OwnBasisModel(float weight)
    {
        var weights = new IReadOnlyList<float>[ClaimClassifier.BasisCount];
        for (var b = 0; b < weights.Length; b++)
        {
            var row = new float[ClaimBasisFeatures.Count];
            row[b] = weight;
            weights[b] = row;
        }

        return ClaimBasisModel.Create([0f, 0f, 0f, 0f], weights, new string('0', 64), "test");
    }
}
