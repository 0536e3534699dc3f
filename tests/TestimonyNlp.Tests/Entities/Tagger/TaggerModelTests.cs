using System.Buffers.Binary;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class TaggerModelTests
{
    private static TaggerModel Model() => TaggerTestModels.WordModel(
        new PlattScaling(-1.5, 2.25),
        ("Marwan", EntityType.Person, BilouPosition.Begin),
        ("Khoury", EntityType.Person, BilouPosition.Last));

    [Fact]
    public void Read_WrittenBytes_SameModel()
    {
        var model = Model();

        var read = TaggerModel.Read(model.ToBytes(), "tagger.bin", TaggerTestModels.SplitHash);

        Assert.Equal(model.Settings, read.Settings);
        Assert.Equal(TaggerTestModels.SplitHash, read.SplitHash);
        Assert.Equal(new PlattScaling(-1.5, 2.25), read.Calibration);
        Assert.Equal(model.Weights, read.Weights);
        Assert.Equal(model.ToBytes(), read.ToBytes());
    }

    [Fact]
    public void Load_OtherFormatVersion_RefusedWithVersionsInMessage()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tagger.bin");
        var bytes = Model().ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 3);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ModelFormatException>(() => TaggerModel.Load(path));

        Assert.Equal($"{path} has format version 3; this build reads version 2", error.Message);
    }

    [Fact]
    public void Load_OtherSplitHash_RefusedNamingBothHashes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tagger.bin");
        Model().Save(path);

        var error = Assert.Throws<ModelFormatException>(() => TaggerModel.Load(path, new string('c', 64)));

        Assert.Equal(
            $"{path} was trained on another corpus split (split hash ab0000000000, expected cccccccccccc); retrain it with 'testimony train'",
            error.Message);
    }

    [Fact]
    public void Load_SameSplitHash_Loads()
    {
        using var temp = new TempDirectory();
        var path = temp.File("tagger.bin");
        Model().Save(path);

        Assert.Equal(TaggerTestModels.SplitHash, TaggerModel.Load(path, TaggerTestModels.SplitHash.ToUpperInvariant()).SplitHash);
    }

    [Fact]
    public void Read_WrongMagic_Refused()
    {
        var error = Assert.Throws<ModelFormatException>(() => TaggerModel.Read("NOTATAGGERMODEL!"u8, "x.bin"));

        Assert.Equal("x.bin is not a tagger model (wrong magic bytes)", error.Message);
    }

    [Fact]
    public void Read_Truncated_Refused()
    {
        var bytes = Model().ToBytes();

        var error = Assert.Throws<ModelFormatException>(() => TaggerModel.Read(bytes.AsSpan(0, bytes.Length - 1), "x.bin"));

        Assert.Equal("x.bin is truncated", error.Message);
    }
}
