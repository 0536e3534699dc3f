using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>What kind of name a gazetteer name is.</summary>
internal enum PlaceNameKind : byte
{
    /// <summary>The entry's own name in the source.</summary>
    Primary = 0,

    /// <summary>A form derived from the source: a region name without its designator, a country's other name.</summary>
    Variant = 1,

    /// <summary>A hand-written alias or exonym from models/place-aliases.tsv.</summary>
    Alias = 2,
}

/// <summary>
/// The content of a gazetteer file as parallel arrays: entries, names, region names and stop phrases, all
/// strings as (offset, length) slices of one string table. Built by the builder, written and read by
/// <see cref="PlaceGazetteerFile"/>, never changed after.
/// </summary>
internal sealed class PlaceData
{
    public const int NoIndex = -1;

    public required string SourceDescription { get; init; }

    public required GazetteerSource[] Sources { get; init; }

    public required string Strings { get; init; }

    // Entries.
    public required int[] EntryName { get; init; }

    public required ushort[] EntryCountry { get; init; }

    public required int[] EntryAdmin1 { get; init; }

    public required int[] EntryLat { get; init; }

    public required int[] EntryLon { get; init; }

    public required byte[] EntryPrecision { get; init; }

    public required byte[] EntryProminence { get; init; }

    /// <summary>For a region: the entry of its seat town, or <see cref="NoIndex"/>.</summary>
    public required int[] EntrySeat { get; init; }

    // Names.
    public required int[] NameOffset { get; init; }

    public required ushort[] NameLength { get; init; }

    public required byte[] NameKind { get; init; }

    public required int[] NameEntry { get; init; }

    // First-level region names, referred to by EntryAdmin1.
    public required int[] Admin1Offset { get; init; }

    public required ushort[] Admin1Length { get; init; }

    // Stop phrases.
    public required int[] StopOffset { get; init; }

    public required ushort[] StopLength { get; init; }

    public int EntryCount => EntryName.Length;

    public int NameCount => NameOffset.Length;

    public ReadOnlySpan<char> Name(int name) => Strings.AsSpan(NameOffset[name], NameLength[name]);

    public ReadOnlySpan<char> Admin1(int admin1) => Strings.AsSpan(Admin1Offset[admin1], Admin1Length[admin1]);

    public ReadOnlySpan<char> Stop(int stop) => Strings.AsSpan(StopOffset[stop], StopLength[stop]);

    public SitePrecision Precision(int entry) => (SitePrecision)EntryPrecision[entry];

    /// <summary>Packs an upper-case two-letter country code.</summary>
    public static ushort PackCountry(ReadOnlySpan<char> code) => (ushort)((code[0] << 8) | code[1]);

    /// <summary>Unpacks a country code packed by <see cref="PackCountry"/>.</summary>
    public static string UnpackCountry(ushort packed) => string.Create(2, packed, static (span, p) =>
    {
        span[0] = (char)(p >> 8);
        span[1] = (char)(p & 0xFF);
    });

    /// <summary>True for two ASCII upper-case letters.</summary>
    public static bool IsCountryCode(ReadOnlySpan<char> code) =>
        code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    /// <summary>Degrees to the stored integer micro-degrees.</summary>
    public static int ToMicro(double degrees) => (int)Math.Round(degrees * 1_000_000d);

    /// <summary>Stored micro-degrees to degrees.</summary>
    public static double FromMicro(int micro) => micro / 1_000_000d;
}
