using System.Buffers.Binary;
using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Places;

namespace TestimonyNlp.Tests.Entities.Places;

/// <summary>The gazetteer file format: what loading refuses, and how it says so.</summary>
public sealed class PlaceGazetteerFileTests
{
    private const string Rebuild = " Rebuild it with 'testimony gazetteer build' (see models/README.md).";

    private static readonly Lazy<byte[]> Tiny = new(() =>
    {
        using var packages = new TinyPackages();
        return packages.Build();
    });

    [Fact]
    public void Load_WrongVersion_RefusedNamingFileAndVersions()
    {
        using var packages = new TinyPackages();
        var bytes = (byte[])Tiny.Value.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 7);
        var path = packages.File("places.bin");
        File.WriteAllBytes(path, bytes);

        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Load(path));

        Assert.Equal("places.bin: place gazetteer format version 7, expected version 1." + Rebuild, exception.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(1000)]
    public void Read_Truncated_RefusedAsCorrupt(int cut)
    {
        var bytes = Tiny.Value[..^cut];

        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Read(bytes, "places.bin"));

        Assert.Equal("places.bin: corrupt place gazetteer: the checksum does not match: the file is truncated or damaged." + Rebuild, exception.Message);
    }

    [Fact]
    public void Read_CutInsideTheHeader_RefusedAsTruncated()
    {
        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Read(Tiny.Value.AsSpan(0, 20), "places.bin"));

        Assert.Equal("places.bin: corrupt place gazetteer: the file is truncated." + Rebuild, exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Read_TooShortForMagic_RefusedAsNotAGazetteer(int length)
    {
        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Read(Tiny.Value.AsSpan(0, length), "places.bin"));

        Assert.Equal("places.bin: not a place gazetteer file (it does not start with \"TNPLACES\").", exception.Message);
    }

    [Fact]
    public void Read_OtherFile_RefusedAsNotAGazetteer()
    {
        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Read("# format: testimony-place-aliases 1\n"u8, "place-aliases.tsv"));

        Assert.Equal("place-aliases.tsv: not a place gazetteer file (it does not start with \"TNPLACES\").", exception.Message);
    }

    [Fact]
    public void Read_OneByteChanged_RefusedByChecksum()
    {
        var bytes = (byte[])Tiny.Value.Clone();
        bytes[bytes.Length / 2] ^= 0x40;

        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Read(bytes, "places.bin"));

        Assert.Equal("places.bin: corrupt place gazetteer: the checksum does not match: the file is truncated or damaged." + Rebuild, exception.Message);
    }

    [Fact]
    public void Read_IndexOutOfRangeWithValidChecksum_RefusedNamingTheRecord()
    {
        var bytes = (byte[])Tiny.Value.Clone();
        var data = PlaceGazetteerFile.Read(bytes, "places.bin");
        var entries = data.EntryCount;
        var extraNames = data.NameCount - entries;

        // The first extra name's entry field, rewritten to point past the last entry, and the checksum redone.
        var firstExtraName = bytes.Length - 32 - (data.StopLength.Length * 2) - (CountSeats(data) * 8)
                             - (data.Admin1Length.Length * 2) - (extraNames * 8);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(firstExtraName), entries + 5);
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32), bytes.AsSpan(bytes.Length - 32));

        var exception = Assert.Throws<ModelFormatException>(() => PlaceGazetteer.Read(bytes, "places.bin"));

        Assert.Equal($"places.bin: corrupt place gazetteer: the name entry index {entries + 5} is out of range." + Rebuild, exception.Message);
    }

    [Fact]
    public void Write_ReadBack_SameBytes()
    {
        var data = PlaceGazetteerFile.Read(Tiny.Value, "places.bin");

        Assert.Equal(Tiny.Value, PlaceGazetteerFile.Write(data));
    }

    [Fact]
    public void Load_MissingFile_FileNotFound()
    {
        using var packages = new TinyPackages();

        Assert.Throws<FileNotFoundException>(() => PlaceGazetteer.Load(packages.File("absent.bin")));
    }

    [Property(MaxTest = 300)]
    public Property Read_AnyBytesAfterValidHeader_GazetteerOrModelFormatException() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(),
            tail =>
            {
                var bytes = Tiny.Value.AsSpan(0, 12).ToArray().Concat(tail).ToArray();
                AssertReadsOrRefuses(bytes);
            });

    [Property(MaxTest = 300)]
    public Property Read_ValidFileWithBytesChangedAndChecksumRedone_GazetteerOrModelFormatException() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(12, Tiny.Value.Length - 33)).ToArbitrary(),
            Gen.Choose(0, 255).ToArbitrary(),
            (positions, value) =>
            {
                var bytes = (byte[])Tiny.Value.Clone();
                foreach (var position in positions)
                {
                    bytes[position] = (byte)value;
                }

                SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32), bytes.AsSpan(bytes.Length - 32));
                AssertReadsOrRefuses(bytes);
            });

    private static void AssertReadsOrRefuses(byte[] bytes)
    {
        try
        {
            var gazetteer = PlaceGazetteer.Read(bytes, "fuzz.bin");

            // Whatever loaded must be usable.
            gazetteer.Find("Deir ez-Zor");
            for (var id = 0; id < gazetteer.Count; id++)
            {
                gazetteer.GetEntry(id);
            }
        }
        catch (ModelFormatException exception)
        {
            Assert.StartsWith("fuzz.bin: ", exception.Message, StringComparison.Ordinal);
        }
    }

    private static int CountSeats(PlaceData data) => data.EntrySeat.Count(seat => seat != PlaceData.NoIndex);
}
