using System.Collections.Frozen;
using System.Collections.Immutable;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Sites;

/// <summary>
/// Turns the site mentions of claims into a hierarchy of sites: country &gt; governorate (the gazetteer's Admin1)
/// &gt; town &gt; local site (neighbourhood, street, building). Immutable after construction and thread-safe: one
/// instance serves every thread, each <see cref="Resolve"/> call keeps its state to itself.
/// </summary>
/// <remarks>
/// <para><b>Gazetteer places</b> (a mention with a <see cref="GeoPoint"/>) become the gazetteer's place, geocoded
/// with its own precision, under its governorate and country.</para>
/// <para><b>Local sites</b> become children of their town: the nearest town mention of the same sentence; failing
/// that, the nearest of the same speaker turn; failing that, the town the account names most; failing that, the
/// interview place of the header (towns of the testimony's country first at each step). A local name whose sentence
/// names no town and that the gazetteer knows as a town of the testimony's country near a town the account names (a
/// district of it) is that gazetteer place instead. A building or street said to be in a neighbourhood its sentence
/// names (<c>the al-Razi hospital in Hay al-Thawra</c>) is a child of that neighbourhood, itself a child of the
/// town. A mention is local when it has no coordinates; when it names a street, quarter or building while its
/// sentence names a town; or when its coordinates lie in another country than the town its sentence names (a
/// namesake abroad: al-Jadida in Mosul is not El Jadida in Morocco).</para>
/// <para><b>Precision rule</b>: <see cref="ResolvedSite.Precision"/> says what the coordinates stand for, and
/// <see cref="ResolvedSite.Kind"/> what the site is. A local site (nested in a neighbourhood or not) carries its
/// town's coordinates with precision <see cref="SitePrecision.Town"/>; a local site with no town has no coordinates (a country's point says nothing
/// of where a street is) and hangs under its country when the testimony's country is known.</para>
/// <para><b>Merging</b>: spellings merge when their identity paths are equal: same parent, same kind, same name
/// folded by <see cref="PlaceNameFolding"/> without street and quarter words (Hay al-Thawra = Hai al-Thawra =
/// Hay Al Thawra), with its vowels made one and <c>g</c> made <c>k</c> (Tanak = al-Tenek, Gogjali = Kokjali; see
/// <see cref="LocalSiteName.Key"/>). Names that collide stay apart through their parents. Ids: <see cref="SiteIds"/>.</para>
/// </remarks>
public sealed class SiteResolver
{
    private const string UnknownCountry = "-";
    private const double SamePoint = 1e-4;

    private readonly PlaceGazetteer _gazetteer;
    private readonly FrozenDictionary<string, PlaceEntry> _countries;
    private readonly FrozenDictionary<string, PlaceEntry> _governorates;

    /// <summary>Creates a resolver over a loaded gazetteer.</summary>
    public SiteResolver(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        var countries = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        var governorates = new Dictionary<string, PlaceEntry>(StringComparer.Ordinal);
        for (var id = 0; id < gazetteer.Count; id++)
        {
            var precision = gazetteer.Data.Precision(id);
            if (precision == SitePrecision.Country)
            {
                var entry = gazetteer.GetEntry(id);
                countries.TryAdd(entry.Country, entry);
            }
            else if (precision == SitePrecision.Governorate)
            {
                var entry = gazetteer.GetEntry(id);
                if (entry.Admin1 is not null)
                {
                    governorates.TryAdd(GovernorateKey(entry.Country, entry.Admin1), entry);
                }
            }
        }

        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        _governorates = governorates.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Resolves the site of every mention; the result depends on the set of mentions, not their order.</summary>
    /// <exception cref="ArgumentException">Two mentions share a key.</exception>
    public SiteResolution Resolve(IEnumerable<SiteMention> mentions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var builders = new Dictionary<string, SiteBuilder>(StringComparer.Ordinal);
        var siteIdByKey = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var site = ResolveOne(mention, builders);
            site.AddSpelling(mention.Place.Text);
            if (!siteIdByKey.TryAdd(mention.Key, site.Id))
            {
                throw new ArgumentException("Two site mentions share a key.", nameof(mentions));
            }
        }

        var sites = builders.Values
            .Select(b => b.Build())
            .OrderBy(s => s.IdentityPath, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SiteResolution(sites, siteIdByKey.ToImmutable());
    }

    private SiteBuilder ResolveOne(SiteMention mention, Dictionary<string, SiteBuilder> builders)
    {
        var place = mention.Place;
        var geo = place.Geo;
        var town = FindTown(mention, mention.SentencePlaces);
        var name = LocalSiteName.Parse(place.Text);
        var local = geo is null
            || (town is not null && name.HasDesignator)
            || (town is not null && geo.Country is not null && !string.Equals(geo.Country, town.Geo!.Country, StringComparison.Ordinal));
        if (!local)
        {
            return GazetteerSite(place.Normalized ?? place.Text, geo!, mention.Country, builders);
        }

        if (town is null)
        {
            if (KnownPlace(mention, name) is { } known)
            {
                return GazetteerSite(known.Name, known.ToGeoPoint(), mention.Country, builders);
            }

            town = FindTown(mention, mention.TurnPlaces)
                ?? MostNamedTown(mention, mention.TestimonyPlaces)
                ?? FindTown(mention, mention.InterviewPlaces);
        }

        SiteBuilder? parent;
        if (town is not null)
        {
            parent = GazetteerSite(town.Normalized ?? town.Text, town.Geo!, mention.Country, builders);
            parent.AddSpelling(town.Text);
        }
        else
        {
            parent = mention.Country is null ? null : Country(mention.Country, builders);
        }

        // Coordinates and precision are the town's (none without a town: a country's point says nothing of a street).
        var lat = town is null ? null : parent!.Lat;
        var lon = town is null ? null : parent!.Lon;
        SitePrecision? precision = town is null ? null : SitePrecision.Town;
        if (name.Kind is SitePrecision.Building or SitePrecision.Street && Quarter(mention) is { } quarter)
        {
            var quarterName = LocalSiteName.Parse(quarter.Text);
            var quarterSite = GetOrAdd(builders, (parent?.Path ?? UnknownCountry) + "/" + quarterName.Tag + ":" + quarterName.Key, quarterName.Kind, parent, lat, lon, precision, null);
            quarterSite.AddSpelling(quarter.Text);
            parent = quarterSite;
        }

        return GetOrAdd(builders, (parent?.Path ?? UnknownCountry) + "/" + name.Tag + ":" + name.Key, name.Kind, parent, lat, lon, precision, null);
    }

    /// <summary>
    /// The neighbourhood a building or street is said to lie in: a PLACE of its sentence without coordinates, named
    /// right after it with only a locative between (<c>the al-Razi hospital in Hay al-Thawra</c>, <c>al-Quds street
    /// in al-Firdous</c>), that names a neighbourhood; null without the sentence's text.
    /// </summary>
    private static EntityMention? Quarter(SiteMention mention)
    {
        if (mention.Sentence is not { } sentence)
        {
            return null;
        }

        var place = mention.Place;
        EntityMention? best = null;
        foreach (var candidate in mention.SentencePlaces)
        {
            if (candidate.Geo is not null
                || candidate.Start < place.End
                || (best is not null && candidate.Start >= best.Start))
            {
                continue;
            }

            var from = place.End - mention.SentenceStart;
            var to = candidate.Start - mention.SentenceStart;
            if (from < 0 || to > sentence.Length || from > to
                || !IsLocative(sentence.AsSpan(from, to - from))
                || LocalSiteName.Parse(candidate.Text).Kind != SitePrecision.Neighbourhood)
            {
                continue;
            }

            best = candidate;
        }

        return best;
    }

    /// <summary>True for the words that put a site inside the place after them: <c>in</c>, <c>at</c>, <c>of</c>,
    /// <c>inside</c>, <c>within</c>, each possibly with <c>the</c>, around spaces and commas.</summary>
    private static bool IsLocative(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim(" ,\t\r\n");
        if (gap.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            gap = gap[..^4].TrimEnd(" ,");
        }

        foreach (var word in Defaults.Locatives)
        {
            if (gap.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The gazetteer place a neighbourhood's own name is, when its sentence names no town: a town of the testimony's
    /// country whose name or alias the name matches (not by skeleton), lying within
    /// <see cref="Defaults.DistrictRadiusKm"/> of a town the testimony names when it names any (Tajoura, a district
    /// of Tripoli, in a Tripoli account; not a namesake across the country).
    /// </summary>
    private PlaceEntry? KnownPlace(SiteMention mention, LocalSiteName name)
    {
        if (name.Kind != SitePrecision.Neighbourhood || mention.Country is not { } country)
        {
            return null;
        }

        var candidates = _gazetteer.Find(mention.Place.Text, country);
        if (candidates.Count == 0 && name.HasDesignator)
        {
            candidates = _gazetteer.Find(name.Core, country);
        }

        foreach (var candidate in candidates)
        {
            var entry = candidate.Entry;
            if (candidate.Level == PlaceMatchLevel.Skeleton
                || entry.Precision != SitePrecision.Town
                || !string.Equals(entry.Country, country, StringComparison.Ordinal))
            {
                continue;
            }

            return NearNamedTown(mention, entry) ? entry : null;
        }

        return null;
    }

    /// <summary>True when <paramref name="entry"/> lies near a home town the testimony names, or it names none.</summary>
    private static bool NearNamedTown(SiteMention mention, PlaceEntry entry)
    {
        var any = false;
        foreach (var places in (IReadOnlyList<EntityMention>[])[mention.TestimonyPlaces, mention.InterviewPlaces])
        {
            foreach (var town in places)
            {
                if (town.Geo is not { Precision: SitePrecision.Town } townGeo
                    || !string.Equals(townGeo.Country, entry.Country, StringComparison.Ordinal)
                    || ReferenceEquals(town, mention.Place))
                {
                    continue;
                }

                any = true;
                if (GeoDistance.Kilometres(townGeo.Lat, townGeo.Lon, entry.Lat, entry.Lon) <= Defaults.DistrictRadiusKm)
                {
                    return true;
                }
            }
        }

        return !any;
    }

    /// <summary>
    /// The town named most often among <paramref name="places"/> (by its gazetteer name), home towns first; ties go
    /// to the town with the nearest mention, then to the earlier. The mention returned is that nearest one.
    /// </summary>
    private static EntityMention? MostNamedTown(SiteMention mention, IReadOnlyList<EntityMention> places)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in places)
        {
            if (IsTownCandidate(mention, candidate))
            {
                var key = TownKey(candidate);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        EntityMention? best = null;
        var bestCount = 0;
        var bestScore = long.MaxValue;
        foreach (var candidate in places)
        {
            if (!IsTownCandidate(mention, candidate))
            {
                continue;
            }

            var foreign = mention.Country is not null && !string.Equals(candidate.Geo!.Country, mention.Country, StringComparison.Ordinal);
            var count = foreign ? 0 : counts[TownKey(candidate)];
            var score = Nearness(mention, candidate, foreign);
            if (best is null || count > bestCount || (count == bestCount && score < bestScore))
            {
                best = candidate;
                bestCount = count;
                bestScore = score;
            }
        }

        return best;
    }

    private static string TownKey(EntityMention town) => (town.Normalized ?? town.Text) + "/" + town.Geo!.Country;

    private static bool IsTownCandidate(SiteMention mention, EntityMention candidate) =>
        candidate.Geo is { Precision: SitePrecision.Town }
        && candidate.Start != mention.Place.Start
        && !string.Equals(candidate.Id, mention.Place.Id, StringComparison.Ordinal);

    /// <summary>Lower is nearer: foreign towns after every home town, then by distance in characters, a mention
    /// before the site before one after it at the same distance.</summary>
    private static long Nearness(SiteMention mention, EntityMention candidate, bool foreign)
    {
        var distance = candidate.Start > mention.Place.Start
            ? candidate.Start - mention.Place.End
            : mention.Place.Start - candidate.End;
        return ((foreign ? 1L : 0L) << 40) + ((long)Math.Max(distance, 0) << 1) + (candidate.Start < mention.Place.Start ? 0 : 1);
    }

    /// <summary>The nearest town mention among <paramref name="places"/>, those in the testimony's country first.</summary>
    private static EntityMention? FindTown(SiteMention mention, IReadOnlyList<EntityMention> places)
    {
        EntityMention? best = null;
        var bestScore = long.MaxValue;
        foreach (var candidate in places)
        {
            if (!IsTownCandidate(mention, candidate))
            {
                continue;
            }

            var foreign = mention.Country is not null && !string.Equals(candidate.Geo!.Country, mention.Country, StringComparison.Ordinal);
            var score = Nearness(mention, candidate, foreign);
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private SiteBuilder GazetteerSite(string name, GeoPoint geo, string? testimonyCountry, Dictionary<string, SiteBuilder> builders)
    {
        var countryCode = geo.Country ?? testimonyCountry;
        var entry = FindEntry(name, geo);
        if (geo.Precision == SitePrecision.Country && countryCode is not null)
        {
            return Country(countryCode, builders);
        }

        var country = countryCode is null ? null : Country(countryCode, builders);
        var admin1 = entry?.Admin1;
        if (geo.Precision == SitePrecision.Governorate && countryCode is not null)
        {
            return Governorate(countryCode, admin1 ?? entry?.Name ?? name, builders);
        }

        var parent = admin1 is not null && countryCode is not null ? Governorate(countryCode, admin1, builders) : country;
        var canonical = entry?.Name ?? name;
        var tag = geo.Precision == SitePrecision.District ? "d" : "t";
        var path = (parent?.Path ?? UnknownCountry) + "/" + tag + ":" + Fold(canonical);
        var site = GetOrAdd(builders, path, geo.Precision, parent, geo.Lat, geo.Lon, geo.Precision, geo.GeonamesId);
        site.CanonicalName = canonical;
        return site;
    }

    private SiteBuilder Country(string code, Dictionary<string, SiteBuilder> builders)
    {
        var entry = _countries.GetValueOrDefault(code);
        var site = GetOrAdd(builders, code, SitePrecision.Country, null, entry?.Lat, entry?.Lon, entry is null ? null : SitePrecision.Country, null);
        site.CanonicalName = entry?.Name ?? code;
        return site;
    }

    private SiteBuilder Governorate(string countryCode, string admin1, Dictionary<string, SiteBuilder> builders)
    {
        var country = Country(countryCode, builders);
        var entry = _governorates.GetValueOrDefault(GovernorateKey(countryCode, admin1));
        var site = GetOrAdd(
            builders,
            country.Path + "/g:" + Fold(admin1),
            SitePrecision.Governorate,
            country,
            entry?.Lat,
            entry?.Lon,
            entry is null ? null : SitePrecision.Governorate,
            null);
        site.CanonicalName = entry?.Name ?? admin1;
        return site;
    }

    /// <summary>The gazetteer entry a geocoded mention was given: the candidate of its name at its point.</summary>
    private PlaceEntry? FindEntry(string name, GeoPoint geo)
    {
        foreach (var candidate in _gazetteer.Find(name, geo.Country))
        {
            var entry = candidate.Entry;
            if (entry.Precision == geo.Precision
                && string.Equals(entry.Country, geo.Country, StringComparison.Ordinal)
                && Math.Abs(entry.Lat - geo.Lat) < SamePoint
                && Math.Abs(entry.Lon - geo.Lon) < SamePoint)
            {
                return entry;
            }
        }

        return null;
    }

    private static SiteBuilder GetOrAdd(
        Dictionary<string, SiteBuilder> builders,
        string path,
        SitePrecision kind,
        SiteBuilder? parent,
        double? lat,
        double? lon,
        SitePrecision? precision,
        long? geonamesId)
    {
        if (!builders.TryGetValue(path, out var site))
        {
            site = new SiteBuilder(path, kind, parent?.Id, lat, lon, precision, geonamesId);
            builders.Add(path, site);
        }

        return site;
    }

    private static string GovernorateKey(string country, string admin1) => country + "/" + Fold(admin1);

    private static string Fold(string name) => PlaceNameFolding.Key(name, PlaceMatchLevel.Folded);

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>How far from a town the testimony names a gazetteer place may lie and still be taken for the
        /// district of it a local name is (kilometres).</summary>
        public const double DistrictRadiusKm = 30.0;

        /// <summary>The words between a building or street and the neighbourhood it is said to lie in.</summary>
        public static readonly ImmutableArray<string> Locatives = ["in", "at", "of", "inside", "within"];
    }

    /// <summary>A site being gathered: its identity is fixed, its spellings grow.</summary>
    private sealed class SiteBuilder(string path, SitePrecision kind, string? parentId, double? lat, double? lon, SitePrecision? precision, long? geonamesId)
    {
        private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);

        public string Path { get; } = path;

        public string Id { get; } = SiteIds.Of(path);

        public double? Lat { get; } = lat;

        public double? Lon { get; } = lon;

        /// <summary>The gazetteer's name, which wins over every spelling; null for local sites.</summary>
        public string? CanonicalName { get; set; }

        public void AddSpelling(string spelling) =>
            _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + 1;

        public ResolvedSite Build()
        {
            // The most used spelling, ties to the ordinally first: the same whatever order mentions came in.
            var name = CanonicalName ?? _spellings
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .First().Key;
            var aliases = _spellings.Keys
                .Where(s => !string.Equals(s, name, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            return new ResolvedSite(Id, name, aliases, parentId, Lat, Lon, precision, geonamesId, kind, Path);
        }
    }
}
