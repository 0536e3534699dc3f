using System.Collections.Concurrent;
using System.Collections.Frozen;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>
/// The towns of one country by their <see cref="PlaceLooseKey"/> keys, built on first use per country and cached;
/// thread-safe. A name matches only when its key reaches a single town of the country, or a single prominent one
/// (a regional seat, a well-known town, the capital) among villages: a loose key shared by two towns of one rank
/// says nothing of which.
/// </summary>
internal sealed class PlaceLooseIndex
{
    private readonly PlaceGazetteer _gazetteer;
    private readonly ConcurrentDictionary<string, Lazy<CountryKeys>> _countries = new(StringComparer.Ordinal);

    public PlaceLooseIndex(PlaceGazetteer gazetteer) => _gazetteer = gazetteer;

    /// <summary>The one town of <paramref name="country"/> whose name or alias has the compact key of
    /// <paramref name="name"/>, else the one with its loose key, else (with <see cref="PlaceLooseKey.MinJoinedLetters"/>
    /// letters or more) the one with its loose key without spaces; null when none or several.</summary>
    public PlaceEntry? Find(ReadOnlySpan<char> name, string country)
    {
        var folded = PlaceLooseKey.Folded(name);
        var compact = PlaceLooseKey.Compact(folded);
        if (compact.Length == 0)
        {
            return null;
        }

        var keys = _countries.GetOrAdd(country, c => new Lazy<CountryKeys>(() => Build(c))).Value;
        if (keys.Compact.ContainsKey(compact))
        {
            return One(keys.Compact, keys.ProminentCompact, compact);
        }

        var loose = PlaceLooseKey.Loose(folded);
        if (PlaceLooseKey.LetterCount(loose) < PlaceLooseKey.MinLooseLetters)
        {
            return null;
        }

        if (keys.Loose.ContainsKey(loose))
        {
            return One(keys.Loose, keys.ProminentLoose, loose);
        }

        // Words run together or split apart (Tirin Kot, Tarinkot) need more letters to be trusted.
        var joined = PlaceLooseKey.Compact(loose);
        return joined.Length >= PlaceLooseKey.MinJoinedLetters ? One(keys.Joined, keys.ProminentJoined, joined) : null;
    }

    /// <summary>Every town of <paramref name="country"/> with the closest key of <paramref name="name"/> that any
    /// town has (compact, loose, loose without spaces, as <see cref="Find"/>), at most
    /// <paramref name="limit"/> of them; empty when none has, or more than <paramref name="limit"/> do.</summary>
    public IReadOnlyList<PlaceEntry> FindAll(ReadOnlySpan<char> name, string country, int limit)
    {
        var folded = PlaceLooseKey.Folded(name);
        var compact = PlaceLooseKey.Compact(folded);
        if (compact.Length == 0)
        {
            return [];
        }

        var keys = _countries.GetOrAdd(country, c => new Lazy<CountryKeys>(() => Build(c))).Value;
        if (keys.AllCompact.TryGetValue(compact, out var entries))
        {
            return Entries(entries, limit);
        }

        var loose = PlaceLooseKey.Loose(folded);
        if (PlaceLooseKey.LetterCount(loose) < PlaceLooseKey.MinLooseLetters)
        {
            return [];
        }

        if (keys.AllLoose.TryGetValue(loose, out entries))
        {
            return Entries(entries, limit);
        }

        var joined = PlaceLooseKey.Compact(loose);
        return joined.Length >= PlaceLooseKey.MinJoinedLetters && keys.AllJoined.TryGetValue(joined, out entries)
            ? Entries(entries, limit)
            : [];
    }

    /// <summary>The towns of <paramref name="country"/> whose name begins with <paramref name="name"/> and goes on
    /// after a connector (<c>San Vicente</c>: San Vicente del Caguán, San Vicente de Chucurí), at most
    /// <paramref name="limit"/> of them; empty when none do, or more.</summary>
    public IReadOnlyList<PlaceEntry> FindLonger(ReadOnlySpan<char> name, string country, int limit)
    {
        var key = PlaceNameFolding.Key(name.ToString(), PlaceMatchLevel.Exact);
        if (key.Length == 0)
        {
            return [];
        }

        var keys = _countries.GetOrAdd(country, c => new Lazy<CountryKeys>(() => Build(c))).Value;
        return keys.Longer.TryGetValue(key, out var entries) ? Entries(entries, limit) : [];
    }

    private PlaceEntry[] Entries(int[] entries, int limit) =>
        entries.Length > limit ? [] : [.. entries.Select(_gazetteer.GetEntry)];

    private PlaceEntry? One(FrozenDictionary<string, int> all, FrozenDictionary<string, int> prominent, string key)
    {
        if (all.TryGetValue(key, out var entry) && entry >= 0)
        {
            return _gazetteer.GetEntry(entry);
        }

        return prominent.TryGetValue(key, out entry) && entry >= 0 ? _gazetteer.GetEntry(entry) : null;
    }

    private CountryKeys Build(string country)
    {
        var data = _gazetteer.Data;
        var packed = PlaceData.IsCountryCode(country) ? PlaceData.PackCountry(country) : (ushort)0;
        var compact = new Dictionary<string, int>(StringComparer.Ordinal);
        var loose = new Dictionary<string, int>(StringComparer.Ordinal);
        var prominentCompact = new Dictionary<string, int>(StringComparer.Ordinal);
        var prominentLoose = new Dictionary<string, int>(StringComparer.Ordinal);
        var joined = new Dictionary<string, int>(StringComparer.Ordinal);
        var prominentJoined = new Dictionary<string, int>(StringComparer.Ordinal);
        var allCompact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var allLoose = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var allJoined = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var longer = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var name = 0; name < data.NameCount; name++)
        {
            var entry = data.NameEntry[name];
            if (data.EntryCountry[entry] != packed || data.Precision(entry) != SitePrecision.Town)
            {
                continue;
            }

            var folded = PlaceLooseKey.Folded(data.Name(name));
            var key = PlaceLooseKey.Compact(folded);
            if (key.Length == 0)
            {
                continue;
            }

            var looseKey = PlaceLooseKey.Loose(folded);
            var joinedKey = PlaceLooseKey.Compact(looseKey);
            Add(compact, key, entry);
            Add(loose, looseKey, entry);
            Add(joined, joinedKey, entry);
            AddAll(allCompact, key, entry);
            AddAll(allLoose, looseKey, entry);
            AddAll(allJoined, joinedKey, entry);
            AddPrefixes(longer, PlaceNameFolding.Key(data.Name(name).ToString(), PlaceMatchLevel.Exact), entry);
            if ((PlaceProminence)data.EntryProminence[entry] >= PlaceProminence.RegionSeat)
            {
                Add(prominentCompact, key, entry);
                Add(prominentLoose, looseKey, entry);
                Add(prominentJoined, joinedKey, entry);
            }
        }

        return new CountryKeys(
            compact.ToFrozenDictionary(StringComparer.Ordinal),
            loose.ToFrozenDictionary(StringComparer.Ordinal),
            prominentCompact.ToFrozenDictionary(StringComparer.Ordinal),
            prominentLoose.ToFrozenDictionary(StringComparer.Ordinal),
            joined.ToFrozenDictionary(StringComparer.Ordinal),
            prominentJoined.ToFrozenDictionary(StringComparer.Ordinal),
            allCompact.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            allLoose.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            allJoined.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            longer.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    // Every beginning of the name that a connector follows: "el carmen" of "el carmen de bolivar".
    private static void AddPrefixes(Dictionary<string, List<int>> keys, string key, int entry)
    {
        for (var space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
        {
            var next = key.IndexOf(' ', space + 1);
            var word = next < 0 ? key.AsSpan(space + 1) : key.AsSpan(space + 1, next - space - 1);
            if (next > 0 && IsConnector(word))
            {
                AddAll(keys, key[..space], entry);
            }
        }
    }

    private static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "de" or "del" or "da" or "do" or "dos" or "das" or "di";

    private static void AddAll(Dictionary<string, List<int>> keys, string key, int entry)
    {
        if (!keys.TryGetValue(key, out var entries))
        {
            keys.Add(key, [entry]);
        }
        else if (!entries.Contains(entry))
        {
            entries.Add(entry);
        }
    }

    // -1 marks a key shared by several towns.
    private static void Add(Dictionary<string, int> keys, string key, int entry)
    {
        if (!keys.TryGetValue(key, out var known))
        {
            keys.Add(key, entry);
        }
        else if (known != entry)
        {
            keys[key] = -1;
        }
    }

    private sealed record CountryKeys(
        FrozenDictionary<string, int> Compact,
        FrozenDictionary<string, int> Loose,
        FrozenDictionary<string, int> ProminentCompact,
        FrozenDictionary<string, int> ProminentLoose,
        FrozenDictionary<string, int> Joined,
        FrozenDictionary<string, int> ProminentJoined,
        FrozenDictionary<string, int[]> AllCompact,
        FrozenDictionary<string, int[]> AllLoose,
        FrozenDictionary<string, int[]> AllJoined,
        FrozenDictionary<string, int[]> Longer);
}
