using System.Buffers;
using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// The place gazetteer: GeoNames towns, first-level regions and countries with their names, variants and
/// hand-written aliases, loaded from the compact file <c>testimony gazetteer build</c> writes (models/places.bin).
/// Immutable and thread-safe; one instance serves every thread.
/// </summary>
/// <remarks>
/// Loading reads and checks the file; the lookup tables (every name's keys at the three
/// <see cref="PlaceMatchLevel"/>s) are built on the first lookup. Names are matched by
/// <see cref="PlaceNameFolding"/>; candidates are ranked by <see cref="Find"/>.
/// </remarks>
public sealed class PlaceGazetteer
{
    /// <summary>The file format version this code reads and writes.</summary>
    public const int FormatVersion = PlaceGazetteerFile.FormatVersion;

    private const int StackLimit = 256;

    private readonly Lazy<PlaceIndex> _index;
    private readonly string?[] _names;
    private readonly string?[] _regions;
    private readonly string?[] _countries = new string?[26 * 26];

    internal PlaceGazetteer(PlaceData data)
    {
        Data = data;
        _index = new Lazy<PlaceIndex>(() => PlaceIndex.Build(data), LazyThreadSafetyMode.ExecutionAndPublication);
        _names = new string?[data.NameCount];
        _regions = new string?[data.Admin1Offset.Length];
        Sources = [.. data.Sources];
    }

    /// <summary>What the gazetteer was built from, in words (package names and versions).</summary>
    public string SourceDescription => Data.SourceDescription;

    /// <summary>The inputs it was built from, with their SHA-256.</summary>
    public ImmutableArray<GazetteerSource> Sources { get; }

    /// <summary>Number of places.</summary>
    public int Count => Data.EntryCount;

    /// <summary>Number of names (primary names, variants and aliases).</summary>
    public int NameCount => Data.NameCount;

    internal PlaceData Data { get; }

    internal PlaceIndex Index => _index.Value;

    /// <summary>Loads a gazetteer file.</summary>
    /// <exception cref="ModelFormatException">The file is not a gazetteer of <see cref="FormatVersion"/>, or is
    /// truncated or corrupt; the message names the file and the problem.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PlaceGazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads a gazetteer from the bytes of a file; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="ModelFormatException">The bytes are not a gazetteer of <see cref="FormatVersion"/>, or
    /// are truncated or corrupt.</exception>
    public static PlaceGazetteer Read(ReadOnlySpan<byte> bytes, string fileName) =>
        new(PlaceGazetteerFile.Read(bytes, fileName));

    /// <summary>The place with id <paramref name="id"/>.</summary>
    public PlaceEntry GetEntry(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
        var admin1 = Data.EntryAdmin1[id];
        return new PlaceEntry(
            id,
            NameString(Data.EntryName[id]),
            CountryString(Data.EntryCountry[id]),
            admin1 == PlaceData.NoIndex ? null : RegionString(admin1),
            PlaceData.FromMicro(Data.EntryLat[id]),
            PlaceData.FromMicro(Data.EntryLon[id]),
            Data.Precision(id),
            (PlaceProminence)Data.EntryProminence[id]);
    }

    /// <summary>
    /// The places <paramref name="name"/> may refer to, best first: exact matches and folded matches (the
    /// skeleton only when neither gives anything); places in <paramref name="country"/> (ISO 3166-1 alpha-2)
    /// first when it is given, then closer matches, then larger or better-known places. A region designator at
    /// the end (<c>Idlib Governorate</c>) is tried without it when the whole name matches nothing.
    /// </summary>
    public IReadOnlyList<PlaceCandidate> Find(ReadOnlySpan<char> name, string? country = null)
    {
        PlaceContext? context = null;
        if (country is not null && PlaceData.IsCountryCode(country))
        {
            context = new PlaceContext();
            context.AddCountry(PlaceData.PackCountry(country));
        }

        var hits = new List<PlaceHit>();
        var regionOnly = false;
        char[]? rented = null;
        var size = PlaceNameFolding.MaxKeyLength(name.Length);
        var plain = size <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            var length = PlaceNameFolding.Plain(name, plain);
            CollectKey(plain[..length], hits);
            if (hits.Count == 0)
            {
                var lastSpace = plain[..length].LastIndexOf(' ');
                if (lastSpace > 0 && PlaceDesignators.IsRegionDesignator(plain[(lastSpace + 1)..length]))
                {
                    CollectKey(plain[..lastSpace], hits, keepSeatedRegions: true);
                    regionOnly = hits.Exists(h => Data.Precision(h.Entry) == SitePrecision.Governorate);
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        PlaceRanking.Sort(Data, hits, 0, context);
        var result = new List<PlaceCandidate>(hits.Count);
        foreach (var hit in hits)
        {
            if (regionOnly && Data.Precision(hit.Entry) != SitePrecision.Governorate)
            {
                continue;
            }

            result.Add(ToCandidate(hit));
        }

        return result;
    }

    /// <summary>The best place for <paramref name="name"/> (see <see cref="Find"/>), or null.</summary>
    public PlaceCandidate? Resolve(ReadOnlySpan<char> name, string? country = null)
    {
        var candidates = Find(name, country);
        return candidates.Count > 0 ? candidates[0] : null;
    }

    /// <summary>True when <paramref name="phrase"/> is on the stop list: words that are places somewhere but
    /// are far more often something else (<c>Mobile</c>, <c>March</c>), never spotted in text.</summary>
    public bool IsStopPhrase(ReadOnlySpan<char> phrase)
    {
        Span<char> plain = stackalloc char[StackLimit];
        if (PlaceNameFolding.MaxKeyLength(phrase.Length) > plain.Length)
        {
            return false;
        }

        var length = PlaceNameFolding.Plain(phrase, plain);
        return Index.Stops.Contains(PlaceKeyHash.Of(plain[..length]));
    }

    internal PlaceCandidate ToCandidate(PlaceHit hit) =>
        new(GetEntry(hit.Entry), hit.Level, NameString(hit.Name), Data.NameKind[hit.Name] == (byte)PlaceNameKind.Alias);

    /// <summary>The string of name <paramref name="name"/>, made once and kept.</summary>
    internal string NameString(int name) => _names[name] ??= new string(Data.Name(name));

    /// <summary>The country code of an entry as a string, made once per country and kept.</summary>
    internal string CountryString(ushort packed)
    {
        var slot = (((packed >> 8) - 'A') * 26) + ((packed & 0xFF) - 'A');
        return _countries[slot] ??= PlaceData.UnpackCountry(packed);
    }

    private string RegionString(int admin1) => _regions[admin1] ??= new string(Data.Admin1(admin1));

    /// <summary>Adds the hits of an exact key and of its folded and skeleton keys.</summary>
    private void CollectKey(ReadOnlySpan<char> plain, List<PlaceHit> hits, bool keepSeatedRegions = false)
    {
        if (plain.IsEmpty)
        {
            return;
        }

        char[]? rented = null;
        var folded = plain.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(plain.Length));
        try
        {
            var foldedLength = PlaceNameFolding.FoldPlain(plain, folded);
            Span<char> skeleton = stackalloc char[StackLimit];
            var skeletonHash = 0UL;
            var skeletonAllowed = false;
            if (foldedLength <= StackLimit)
            {
                var skeletonLength = PlaceNameFolding.SkeletonOfFolded(folded[..foldedLength], skeleton);
                skeletonAllowed = PlaceNameFolding.ConsonantCount(skeleton[..skeletonLength]) >= PlaceNameFolding.Defaults.MinSkeletonLetters;
                skeletonHash = PlaceKeyHash.Of(skeleton[..skeletonLength]);
            }

            PlaceRanking.Collect(
                Data,
                Index,
                PlaceKeyHash.Of(plain),
                PlaceKeyHash.Of(folded[..foldedLength]),
                skeletonHash,
                skeletonAllowed,
                hits,
                keepSeatedRegions);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
