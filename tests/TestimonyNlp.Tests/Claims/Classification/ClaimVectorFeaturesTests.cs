using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Entities;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Tests.Vectors;
using TestimonyNlp.Vectors;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ClaimVectorFeaturesTests
{
    private static float[] Dense(string content, WordVectors? vectors, float scale)
    {
        var document = CraftedTranscript.Tokenized(content);
        var featurizer = new ClaimFeaturizer();
        featurizer.Load(document, vectors, scale);
        var hand = new float[ClaimFeaturizer.DenseCount];
        featurizer.Extract(0, [], hand);
        return hand[SentenceFeatures.Count..(SentenceFeatures.Count + 3)];
    }

    private static ClaimClassifier Classifier(WordVectors? vectors, float scale)
    {
        var zeros = new float[ClaimFeaturizer.Dimension];
        var weights = Enumerable.Repeat<IReadOnlyList<float>>(zeros, ClaimClassifier.Outputs).ToArray();
        var outputs = Enumerable.Repeat(new LinearOutput(0f, -1f, 0f), ClaimClassifier.Outputs).ToArray();
        return ClaimClassifier.Create(weights, outputs, [0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f], new string('0', 64), "test", vectors, scale);
    }

    [Fact]
    public void Extract_TwoWordsWithVectors_TheirMeanTimesTheScale()
    {
        // "shelling" (64, 1) and "house" (-3, 127) have vectors; "The", "hit" and "the" have no piece.
        var dense = Dense("A: The shelling hit the house.\n", WordVectorsTests.Crafted(), 2f);

        Assert.Equal([61f, 128f, 0f], dense);
    }

    [Fact]
    public void Extract_WithoutVectors_Zeros()
    {
        var dense = Dense("A: The shelling hit the house.\n", null, 2f);

        Assert.Equal([0f, 0f, 0f], dense);
    }

    [Fact]
    public void Read_ModelWithVectorsWithoutThem_ThrowsNamingTheVectorsFile()
    {
        var bytes = Classifier(WordVectorsTests.Crafted(), 2f).ToBytes();

        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read(bytes, "claims.bin"));

        Assert.Equal("claims.bin reads word vectors, and there is no wordvec.bin beside it", error.Message);
    }

    [Fact]
    public void Read_ModelWithOtherVectors_ThrowsAskingForRebuild()
    {
        var bytes = Classifier(WordVectorsTests.Crafted(), 2f).ToBytes();
        var other = WordVectors.Create(new WordPieceVocabulary(["a"]), 2, [1f, 1f], "other");

        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read(bytes, "claims.bin", null, other));

        Assert.StartsWith("claims.bin was trained with other word vectors (vocabulary ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; rebuild wordvec.bin or retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ModelWithItsVectors_KeepsTheScale()
    {
        var vectors = WordVectorsTests.Crafted();

        var read = ClaimClassifier.Read(Classifier(vectors, 2f).ToBytes(), "claims.bin", null, vectors);

        Assert.Equal((2f, vectors.VocabularyHash), (read.VectorScale, read.Vectors?.VocabularyHash));
    }

    [Fact]
    public void Read_VersionTwoFile_ThrowsNamingBothVersions()
    {
        var bytes = Classifier(null, 0f).ToBytes();
        bytes[8] = 2;

        var error = Assert.Throws<ModelFormatException>(() => ClaimClassifier.Read(bytes, "claims.bin"));

        Assert.Equal("claims.bin has format version 2; this build reads version 3", error.Message);
    }

    [Fact]
    public void Load_ModelWithVectorsBesideIt_ReadsThem()
    {
        var vectors = WordVectorsTests.Crafted();
        var directory = Directory.CreateTempSubdirectory("claims-vectors-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, ClaimClassifier.Defaults.ModelFile), Classifier(vectors, 0.5f).ToBytes());
            File.WriteAllBytes(Path.Combine(directory.FullName, WordVectors.Defaults.File), vectors.ToBytes());

            var loaded = ClaimClassifier.LoadFrom(directory.FullName);

            Assert.Equal((0.5f, vectors.VocabularyHash), (loaded.VectorScale, loaded.Vectors?.VocabularyHash));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
