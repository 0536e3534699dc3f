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
/// <para><b>Local sites</b> become children of their town: the nearest town mention of the same sentence or,
/// failing that, of the testimony (towns of the testimony's country first). A mention is local when it has no
/// coordinates; when it names a street, quarter or building while its sentence names a town; or when its
/// coordinates lie in another country than the town its sentence names (a namesake abroad: al-Jadida in Mosul is
/// not El Jadida in Morocco).</para>
/// <para><b>Precision rule</b>: <see cref="ResolvedSite.Precision"/> says what the coordinates stand for, and
/// <see cref="ResolvedSite.Kind"/> what the site is. A local site carries its town's coordinates with precision
/// <see cref="SitePrecision.Town"/>; a local site with no town has no coordinates (a country's point says nothing
/// of where a street is) and hangs under its country when the testimony's country is known.</para>
/// <para><b>Merging</b>: spellings merge when their identity paths are equal: same parent, same kind, same name
/// folded by <see cref="PlaceNameFolding"/> without street and quarter words (Hay al-Thawra = Hai al-Thawra =
/// Hay Al Thawra). Names that collide stay apart through their parents. Ids: <see cref="SiteIds"/>.</para>
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

        town ??= FindTown(mention, mention.TestimonyPlaces);
        if (town is not null)
        {
            var townSite = GazetteerSite(town.Normalized ?? town.Text, town.Geo!, mention.Country, builders);
            townSite.AddSpelling(town.Text);
            return GetOrAdd(builders, townSite.Path + "/" + name.Tag + ":" + name.Core, name.Kind, townSite, townSite.Lat, townSite.Lon, SitePrecision.Town, null);
        }

        var country = mention.Country is null ? null : Country(mention.Country, builders);
        var root = country?.Path ?? UnknownCountry;
        return GetOrAdd(builders, root + "/" + name.Tag + ":" + name.Core, name.Kind, country, null, null, null, null);
    }

    /// <summary>The nearest town mention among <paramref name="places"/>, those in the testimony's country first.</summary>
    private static EntityMention? FindTown(SiteMention mention, IReadOnlyList<EntityMention> places)
    {
        EntityMention? best = null;
        var bestScore = long.MaxValue;
        foreach (var candidate in places)
        {
            if (candidate.Geo is not { Precision: SitePrecision.Town } candidateGeo
                || candidate.Start == mention.Place.Start
                || string.Equals(candidate.Id, mention.Place.Id, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = candidate.Start > mention.Place.Start
                ? candidate.Start - mention.Place.End
                : mention.Place.Start - candidate.End;
            var foreign = mention.Country is not null && !string.Equals(candidateGeo.Country, mention.Country, StringComparison.Ordinal);
            // Foreign towns rank after every home town; among equals the earlier mention wins, so ties are stable.
            var score = ((foreign ? 1L : 0L) << 40) + ((long)Math.Max(distance, 0) << 1) + (candidate.Start < mention.Place.Start ? 0 : 1);
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
