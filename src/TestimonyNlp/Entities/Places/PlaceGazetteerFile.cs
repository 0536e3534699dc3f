using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// The binary gazetteer format (little-endian throughout):
/// <code>
/// magic "TNPLACES" (8 bytes) | int32 format version | int32 folding version
/// string source description | int32 source count, then per source: string name, string sha256
/// int32 entries | int32 extra names | int32 regions | int32 seats | int32 stop phrases
/// int32 string chars | int32 string bytes | string table (UTF-8)
/// entries:     per entry 16 bytes: int32 lat µ°, int32 lon µ°, uint16 region (0xFFFF: none),
///              2 bytes country (ASCII), byte precision, byte prominence, uint16 name length
/// extra names: per name 8 bytes: int32 entry, byte kind, byte 0, uint16 length
/// regions:     per region 2 bytes: uint16 name length
/// seats:       per seat 8 bytes: int32 region entry, int32 seat town entry
/// stops:       per stop phrase 2 bytes: uint16 length
/// SHA-256 of every byte before it (32 bytes)
/// </code>
/// Header strings are a 7-bit encoded byte length followed by UTF-8 (as <see cref="BinaryWriter"/> writes them).
/// The string table holds, one after the other and in this order, the entries' own names, the extra names
/// (variants and aliases), the region names and the stop phrases; each record gives only its length, in UTF-16
/// code units of the decoded table. Name ids: entry <c>i</c>'s own name is name <c>i</c>; extra names follow.
/// </summary>
internal static class PlaceGazetteerFile
{
    public const int FormatVersion = 1;

    private const int EntryBytes = 16;
    private const int ExtraNameBytes = 8;
    private const int SeatBytes = 8;
    private const int ChecksumBytes = 32;
    private const int MaxHeaderString = 1 << 16;
    private const int MaxSources = 64;
    private const ushort NoRegion = ushort.MaxValue;

    public static ReadOnlySpan<byte> Magic => "TNPLACES"u8;

    /// <summary>Writes <paramref name="data"/> in the file format and returns the bytes.</summary>
    /// <exception cref="ArgumentException">The data breaks a limit of the format (name order, counts).</exception>
    public static byte[] Write(PlaceData data)
    {
        CheckWritable(data);
        var seats = new List<(int Region, int Seat)>();
        for (var e = 0; e < data.EntryCount; e++)
        {
            if (data.EntrySeat[e] != PlaceData.NoIndex)
            {
                seats.Add((e, data.EntrySeat[e]));
            }
        }

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(PlaceNameFolding.Version);
            writer.Write(data.SourceDescription);
            writer.Write(data.Sources.Length);
            foreach (var source in data.Sources)
            {
                writer.Write(source.Name);
                writer.Write(source.Sha256);
            }

            var strings = Encoding.UTF8.GetBytes(data.Strings);
            writer.Write(data.EntryCount);
            writer.Write(data.NameCount - data.EntryCount);
            writer.Write(data.Admin1Offset.Length);
            writer.Write(seats.Count);
            writer.Write(data.StopOffset.Length);
            writer.Write(data.Strings.Length);
            writer.Write(strings.Length);
            writer.Write(strings);

            for (var e = 0; e < data.EntryCount; e++)
            {
                writer.Write(data.EntryLat[e]);
                writer.Write(data.EntryLon[e]);
                writer.Write(data.EntryAdmin1[e] == PlaceData.NoIndex ? NoRegion : (ushort)data.EntryAdmin1[e]);
                writer.Write((byte)(data.EntryCountry[e] >> 8));
                writer.Write((byte)(data.EntryCountry[e] & 0xFF));
                writer.Write(data.EntryPrecision[e]);
                writer.Write(data.EntryProminence[e]);
                writer.Write(data.NameLength[e]);
            }

            for (var n = data.EntryCount; n < data.NameCount; n++)
            {
                writer.Write(data.NameEntry[n]);
                writer.Write(data.NameKind[n]);
                writer.Write((byte)0);
                writer.Write(data.NameLength[n]);
            }

            foreach (var length in data.Admin1Length)
            {
                writer.Write(length);
            }

            foreach (var (region, seat) in seats)
            {
                writer.Write(region);
                writer.Write(seat);
            }

            foreach (var length in data.StopLength)
            {
                writer.Write(length);
            }
        }

        var body = stream.ToArray();
        var result = new byte[body.Length + ChecksumBytes];
        body.CopyTo(result, 0);
        SHA256.HashData(body, result.AsSpan(body.Length));
        return result;
    }

    /// <summary>
    /// Reads a gazetteer from <paramref name="bytes"/>, checking the magic, the version, the checksum and every
    /// offset and index. <paramref name="fileName"/> is used in error messages only.
    /// </summary>
    /// <exception cref="ModelFormatException">The bytes are not a gazetteer of this format version, or are
    /// truncated or corrupt.</exception>
    public static PlaceData Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.Length < Magic.Length + 8 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new ModelFormatException($"{fileName}: not a place gazetteer file (it does not start with \"TNPLACES\").");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes[Magic.Length..]);
        if (version != FormatVersion)
        {
            throw new ModelFormatException(
                $"{fileName}: place gazetteer format version {version}, expected version {FormatVersion}. " +
                "Rebuild it with 'testimony gazetteer build' (see models/README.md).");
        }

        if (bytes.Length < Magic.Length + 8 + ChecksumBytes)
        {
            throw Corrupt(fileName, "the file is truncated");
        }

        var body = bytes[..^ChecksumBytes];
        Span<byte> checksum = stackalloc byte[ChecksumBytes];
        SHA256.HashData(body, checksum);
        if (!checksum.SequenceEqual(bytes[^ChecksumBytes..]))
        {
            throw Corrupt(fileName, "the checksum does not match: the file is truncated or damaged");
        }

        var reader = new Reader(body, fileName);
        reader.Skip(Magic.Length + 4);
        reader.ReadInt32(); // folding version: informational
        var description = reader.ReadString();
        var sourceCount = reader.ReadCount(MaxSources, "source count");
        var sources = new GazetteerSource[sourceCount];
        for (var i = 0; i < sourceCount; i++)
        {
            sources[i] = new GazetteerSource(reader.ReadString(), reader.ReadString());
        }

        var entryCount = reader.ReadCount(body.Length / EntryBytes, "entry count");
        var extraCount = reader.ReadCount(body.Length / ExtraNameBytes, "extra name count");
        var regionCount = reader.ReadCount(Math.Min(body.Length / 2, NoRegion), "region count");
        var seatCount = reader.ReadCount(body.Length / SeatBytes, "seat count");
        var stopCount = reader.ReadCount(body.Length / 2, "stop phrase count");
        var stringChars = reader.ReadCount(int.MaxValue, "string table length");
        var stringBytes = reader.ReadCount(body.Length, "string table size");
        var strings = Encoding.UTF8.GetString(reader.ReadBytes(stringBytes));
        if (strings.Length != stringChars)
        {
            throw Corrupt(fileName, "the string table does not decode to its recorded length");
        }

        var nameCount = entryCount + extraCount;
        var data = new PlaceData
        {
            SourceDescription = description,
            Sources = sources,
            Strings = strings,
            EntryName = new int[entryCount],
            EntryCountry = new ushort[entryCount],
            EntryAdmin1 = new int[entryCount],
            EntryLat = new int[entryCount],
            EntryLon = new int[entryCount],
            EntryPrecision = new byte[entryCount],
            EntryProminence = new byte[entryCount],
            EntrySeat = new int[entryCount],
            NameOffset = new int[nameCount],
            NameLength = new ushort[nameCount],
            NameKind = new byte[nameCount],
            NameEntry = new int[nameCount],
            Admin1Offset = new int[regionCount],
            Admin1Length = new ushort[regionCount],
            StopOffset = new int[stopCount],
            StopLength = new ushort[stopCount],
        };

        var offset = 0L;
        var entries = reader.ReadBytes(checked(entryCount * EntryBytes));
        for (var e = 0; e < entryCount; e++)
        {
            var record = entries.Slice(e * EntryBytes, EntryBytes);
            data.EntryLat[e] = CheckRange(BinaryPrimitives.ReadInt32LittleEndian(record), 90_000_000, fileName, "latitude");
            data.EntryLon[e] = CheckRange(BinaryPrimitives.ReadInt32LittleEndian(record[4..]), 180_000_000, fileName, "longitude");
            var region = BinaryPrimitives.ReadUInt16LittleEndian(record[8..]);
            data.EntryAdmin1[e] = region == NoRegion ? PlaceData.NoIndex : CheckIndex(region, regionCount, fileName, "entry region");
            if (!PlaceData.IsCountryCode([(char)record[10], (char)record[11]]))
            {
                throw Corrupt(fileName, $"entry {e} has an invalid country code");
            }

            data.EntryCountry[e] = (ushort)((record[10] << 8) | record[11]);
            data.EntryPrecision[e] = record[12] <= (byte)SitePrecision.Country
                ? record[12]
                : throw Corrupt(fileName, $"entry {e} has an invalid precision");
            data.EntryProminence[e] = record[13] <= (byte)PlaceProminence.CountryCapital
                ? record[13]
                : throw Corrupt(fileName, $"entry {e} has an invalid prominence");
            data.EntryName[e] = e;
            data.EntrySeat[e] = PlaceData.NoIndex;
            data.NameEntry[e] = e;
            data.NameKind[e] = (byte)PlaceNameKind.Primary;
            data.NameLength[e] = BinaryPrimitives.ReadUInt16LittleEndian(record[14..]);
            data.NameOffset[e] = (int)offset;
            offset += data.NameLength[e];
        }

        var extras = reader.ReadBytes(checked(extraCount * ExtraNameBytes));
        for (var x = 0; x < extraCount; x++)
        {
            var record = extras.Slice(x * ExtraNameBytes, ExtraNameBytes);
            var n = entryCount + x;
            data.NameEntry[n] = CheckIndex(BinaryPrimitives.ReadInt32LittleEndian(record), entryCount, fileName, "name entry");
            data.NameKind[n] = record[4] is (byte)PlaceNameKind.Variant or (byte)PlaceNameKind.Alias
                ? record[4]
                : throw Corrupt(fileName, $"extra name {x} has an invalid kind");
            data.NameLength[n] = BinaryPrimitives.ReadUInt16LittleEndian(record[6..]);
            data.NameOffset[n] = (int)offset;
            offset += data.NameLength[n];
        }

        ReadLengths(ref reader, data.Admin1Offset, data.Admin1Length, ref offset);
        var seats = reader.ReadBytes(checked(seatCount * SeatBytes));
        for (var s = 0; s < seatCount; s++)
        {
            var region = CheckIndex(BinaryPrimitives.ReadInt32LittleEndian(seats[(s * SeatBytes)..]), entryCount, fileName, "seat region");
            var seat = CheckIndex(BinaryPrimitives.ReadInt32LittleEndian(seats[((s * SeatBytes) + 4)..]), entryCount, fileName, "seat town");
            data.EntrySeat[region] = seat;
        }

        ReadLengths(ref reader, data.StopOffset, data.StopLength, ref offset);
        if (offset != strings.Length)
        {
            throw Corrupt(fileName, "the string lengths do not add up to the string table");
        }

        if (reader.Remaining != 0)
        {
            throw Corrupt(fileName, $"{reader.Remaining} unexpected bytes after the last record");
        }

        return data;
    }

    private static void CheckWritable(PlaceData data)
    {
        if (data.Admin1Offset.Length >= NoRegion)
        {
            throw new ArgumentException("Too many regions for the format.", nameof(data));
        }

        var offset = 0;
        for (var n = 0; n < data.NameCount; n++)
        {
            if (data.NameOffset[n] != offset || (n < data.EntryCount && (data.EntryName[n] != n || data.NameEntry[n] != n)))
            {
                throw new ArgumentException("Names must be stored in the order of the format.", nameof(data));
            }

            offset += data.NameLength[n];
        }
    }

    private static void ReadLengths(ref Reader reader, int[] offsets, ushort[] lengths, ref long offset)
    {
        var records = reader.ReadBytes(checked(lengths.Length * 2));
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = BinaryPrimitives.ReadUInt16LittleEndian(records[(i * 2)..]);
            offsets[i] = (int)Math.Min(offset, int.MaxValue);
            offset += lengths[i];
        }
    }

    private static int CheckIndex(int value, int count, string fileName, string what)
    {
        if ((uint)value < (uint)count)
        {
            return value;
        }

        throw Corrupt(fileName, $"the {what} index {value} is out of range");
    }

    private static int CheckRange(int value, int limit, string fileName, string what)
    {
        if (value >= -limit && value <= limit)
        {
            return value;
        }

        throw Corrupt(fileName, $"a {what} value is out of range");
    }

    private static ModelFormatException Corrupt(string fileName, string problem) =>
        new($"{fileName}: corrupt place gazetteer: {problem}. Rebuild it with 'testimony gazetteer build' (see models/README.md).");

    /// <summary>Reads the body with bounds checks; running past the end is a corrupt file, never an
    /// <see cref="IndexOutOfRangeException"/>.</summary>
    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _bytes;
        private readonly string _fileName;
        private int _position;

        public Reader(ReadOnlySpan<byte> bytes, string fileName)
        {
            _bytes = bytes;
            _fileName = fileName;
            _position = 0;
        }

        public readonly int Remaining => _bytes.Length - _position;

        public void Skip(int count) => ReadBytes(count);

        public ReadOnlySpan<byte> ReadBytes(int count)
        {
            if (count < 0 || count > Remaining)
            {
                throw Corrupt(_fileName, $"the file ends inside a record (at byte {_bytes.Length})");
            }

            var slice = _bytes.Slice(_position, count);
            _position += count;
            return slice;
        }

        public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(ReadBytes(4));

        public int ReadCount(int max, string what)
        {
            var value = ReadInt32();
            if (value < 0 || value > max)
            {
                throw Corrupt(_fileName, $"the {what} ({value}) is impossible");
            }

            return value;
        }

        public string ReadString()
        {
            var length = 0;
            var shift = 0;
            while (true)
            {
                var b = ReadBytes(1)[0];
                length |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    break;
                }

                shift += 7;
                if (shift > 21)
                {
                    throw Corrupt(_fileName, "a header string has an impossible length");
                }
            }

            if (length > MaxHeaderString)
            {
                throw Corrupt(_fileName, "a header string has an impossible length");
            }

            return Encoding.UTF8.GetString(ReadBytes(length));
        }
    }
}
