using TestimonyNlp.Entities.Places;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities;

/// <summary>
/// Gives gazetteer names and coordinates to the places the tagger found on its own (the spotters' places have
/// them already): a name the gazetteer knows exactly or by transliteration folding is resolved within the country
/// the testimony's other places lie in; a town elsewhere, or a consonant-skeleton match, is too loose to trust
/// without the spotter's context checks, so it is left unresolved; a name the main country lacks may be a place of
/// another country the testimony's places lie in, and the first word of a geocoded place of several words is that
/// place. Then a little-known town or region abroad whose name is also a place of the main country becomes that
/// place, unless the testimony names the country abroad. The main country is voted by every place of the account,
/// geocoded or not, so that an account told abroad is still about home; a stop-listed word the tagger calls a place
/// is the town of that exact name there; designators are stripped (<c>the village of X</c>, <c>X camp</c>); and a
/// town of the main country spelt another way is found by <see cref="PlaceLooseKey"/>, and so is another spelling of
/// a town the account placed elsewhere (Herson beside Kherson). Gazetteer names no stage claimed at the start of a
/// sentence or in a list of places become places (<see cref="UnclaimedPlaces"/>), and a town followed by its region
/// (Granada, Antioquia) is the town of that region (models/README.md, "After the tagger"). Runs after the tagger,
/// before <see cref="EntityMerger"/>. Thread-safe.
/// </summary>
public sealed class PlaceNormaliser : IPipelineStage
{
    // Words of a local site, whose names are no town's however they are spelt.
    private static readonly string[] LocalWords =
    [
        "hay", "hai", "hayy", "street", "st", "road", "quarter", "neighbourhood", "neighborhood", "district", "camp",
        "market", "hospital", "school", "mosque", "square", "bridge", "roundabout", "station", "building", "souq",
        "suq", "bakery", "shari", "sharia", "checkpoint", "farm", "farms", "base", "airport", "prison",
    ];

    // Words that join the parts of a place's name (San Vicente del Caguán, Mocímboa da Praia, Jisr al Shughur).
    private static readonly string[] Connectors = ["de", "del", "la", "las", "los", "da", "do", "dos", "das", "y", "al", "el", "ash", "as", "ad", "ar", "an", "az", "at"];

    // Designators that say the town itself: "the village of X", "X village" are X.
    private static readonly string[] TownLeading = ["village of", "town of", "city of", "outskirts of", "countryside of", "suburbs of", "area of"];

    private static readonly string[] TownTrailing = ["village", "town", "city", "countryside", "outskirts", "area", "district"];

    // Designators of a site at a town, which keeps its own name: "X camp", "X market".
    private static readonly string[] SiteTrailing = ["refugee camp", "camp", "market", "road", "checkpoint"];

    private readonly PlaceGazetteer _gazetteer;
    private readonly PlaceLooseIndex _loose;
    private readonly UnclaimedPlaces _unclaimed;

    /// <summary>Creates the stage over the place gazetteer.</summary>
    public PlaceNormaliser(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _loose = new PlaceLooseIndex(gazetteer);
        _unclaimed = new UnclaimedPlaces(gazetteer);
    }

    /// <inheritdoc />
    public string Name => "place-normaliser";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        string? country = null;
        HashSet<string>? countries = null;
        var countryKnown = false;

        // The keys of the names of several words the testimony places, made once per name: a long transcript repeats
        // the same few.
        var keys = new Dictionary<string, (string Exact, string Folded)>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Place || mention.Geo is not null)
            {
                continue;
            }

            if (!countryKnown)
            {
                (country, countries) = VoteCountries(entities);
                countryKnown = true;
            }

            var name = mention.Text.AsSpan();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            if (country is not null && WholeName(document.Text, mention, country) is { } whole)
            {
                entities[i] = mention with { Normalized = whole.Name, Geo = whole.ToGeoPoint() };
                continue;
            }

            if (_gazetteer.IsStopPhrase(name))
            {
                // The tagger read a stop-listed word as a place: it is one when the account's country has a town
                // of exactly that name (Crater in Aden), written with a capital.
                if (country is not null && !name.IsEmpty && char.IsUpper(name[0]) && ExactTownIn(name, country) is { } town)
                {
                    entities[i] = mention with { Normalized = town.Name, Geo = town.ToGeoPoint() };
                }

                continue;
            }

            if (ShortFormOf(entities, name, keys) is { } full)
            {
                entities[i] = mention with { Normalized = full.Normalized, Geo = full.Geo };
                continue;
            }

            var candidates = _gazetteer.Find(name, country);
            var trusted = TrustedCandidate(candidates, country, countries!);
            if (trusted is not null)
            {
                var entry = trusted.Entry;
                entities[i] = mention with { Normalized = entry.Name, Geo = entry.ToGeoPoint() };
                continue;
            }

            if (country is null)
            {
                continue;
            }

            if (StrippedTown(name, country) is { } stripped)
            {
                entities[i] = stripped.Named
                    ? mention with { Normalized = stripped.Town.Name, Geo = stripped.Town.ToGeoPoint() }
                    : mention with { Geo = stripped.Town.ToGeoPoint() };
                continue;
            }

            if (LooseTown(name, country, entities) is { } loose)
            {
                entities[i] = mention with { Normalized = loose.Name, Geo = loose.ToGeoPoint() };
            }
        }

        PlaceOtherSpellings(entities);
        AddUnclaimed(document);
        BringNamesakesHome(entities);
        ForgetDistantStrangers(entities);
        PreferNamedWholes(entities, keys);
        PreferNamesakesNearby(entities);
        PlaceInNamedRegion(document);
    }

    // A town followed by its region ("Granada, Antioquia") is the town of that name in that region, whatever the
    // other rules chose: the account says which it means. Every mention of the name placed where the first was moves
    // with it (Granada in the header and in the story, placed in Nicaragua, is the one of Antioquia).
    private void PlaceInNamedRegion(Document document)
    {
        var entities = document.Entities;
        var text = document.Text;
        Dictionary<int, EntityMention>? regions = null;
        foreach (var mention in entities)
        {
            if (mention.Type == EntityType.Place && mention.Geo is { Precision: SitePrecision.Governorate, Country: not null })
            {
                (regions ??= [])[mention.Start] = mention;
            }
        }

        if (regions is null)
        {
            return;
        }

        Dictionary<(string, GeoPoint?), PlaceEntry>? moves = null;
        foreach (var mention in entities)
        {
            if (mention.Type != EntityType.Place || mention.Geo is { Precision: not SitePrecision.Town }
                || mention.End + 2 > text.Length || text[mention.End] != ',' || text[mention.End + 1] != ' '
                || !regions.TryGetValue(mention.End + 2, out var region)
                || TownInRegion(WithoutArticle(mention.Text), region) is not { } town
                || (mention.Geo is { } geo && GeoDistance.Kilometres(geo.Lat, geo.Lon, town.Lat, town.Lon) <= Defaults.SamePlaceKm))
            {
                continue;
            }

            (moves ??= [])[(mention.Text, mention.Geo)] = town;
        }

        if (moves is null)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type == EntityType.Place && moves.TryGetValue((mention.Text, mention.Geo), out var town))
            {
                entities[i] = mention with { Normalized = town.Name, Geo = town.ToGeoPoint() };
            }
        }
    }

    // The town of the name (exactly or folded) in the first-level region the mention names, when there is one.
    private PlaceEntry? TownInRegion(ReadOnlySpan<char> name, EntityMention region)
    {
        var country = region.Geo!.Country!;
        string? regionName = null;
        foreach (var candidate in _gazetteer.Find(region.Normalized ?? region.Text, country))
        {
            if (candidate.Entry.Precision == SitePrecision.Governorate && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
            {
                regionName = candidate.Entry.Admin1 ?? candidate.Entry.Name;
                break;
            }
        }

        if (regionName is null || name.IsEmpty)
        {
            return null;
        }

        foreach (var candidate in _gazetteer.Find(name, country))
        {
            if (candidate.Level != PlaceMatchLevel.Skeleton
                && candidate.Entry.Precision == SitePrecision.Town
                && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal)
                && string.Equals(candidate.Entry.Admin1, regionName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Entry;
            }
        }

        return null;
    }

    // A place nobody geocoded that the account spells elsewhere as a placed town or region, in another
    // transliteration (Herson and Kherson, al-Jineina and Geneina), is that place: the two share the loose key
    // (PlaceLooseKey), with h read as k (the kh of one alphabet is the h of another), and no other placed name of the
    // account has it; a key of fewer than MinVariantLetters consonants also needs folded names of one length. Within
    // one account only: the key is far too loose to search a country with.
    private static void PlaceOtherSpellings(List<EntityMention> entities)
    {
        Dictionary<string, EntityMention?>? placed = null;
        foreach (var mention in entities)
        {
            if (mention.Type == EntityType.Place && mention.Geo is { Precision: SitePrecision.Town or SitePrecision.Governorate }
                && VariantKey(mention.Text) is { } key)
            {
                placed ??= new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
                if (placed.TryGetValue(key, out var other) && other is not null && other.Geo != mention.Geo)
                {
                    // Two placed names share the key: it tells them apart from nothing.
                    placed[key] = null;
                }
                else
                {
                    placed.TryAdd(key, mention);
                }
            }
        }

        if (placed is null)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type == EntityType.Place && mention.Geo is null && VariantKey(mention.Text) is { } key
                && placed.TryGetValue(key, out var place) && place is not null)
            {
                entities[i] = mention with { Normalized = place.Normalized, Geo = place.Geo };
            }
        }
    }

    // The loose key of a name with h read as k, or null for a name that is not a capitalised town's (too short, a
    // local site's). A short key carries the length of the folded name.
    private static string? VariantKey(string text)
    {
        var name = WithoutArticle(text);
        if (name.IsEmpty || !(char.IsUpper(name[0]) || name.Contains('-')) || HasLocalWord(name))
        {
            return null;
        }

        var loose = PlaceLooseKey.Loose(PlaceLooseKey.Folded(name));
        Span<char> buffer = loose.Length <= 128 ? stackalloc char[128] : new char[loose.Length];
        var written = 0;
        foreach (var c in loose)
        {
            var mapped = c == 'h' ? 'k' : c;
            if (written == 0 || buffer[written - 1] != mapped)
            {
                buffer[written++] = mapped;
            }
        }

        var key = buffer[..written];
        var letters = key.Length - key.Count(' ');
        return letters >= Defaults.MinVariantLetters ? new string(key)
            : letters >= Defaults.MinShortVariantLetters ? $"{new string(key)}/{PlaceLooseKey.Folded(name).Length}"
            : null;
    }

    // Gazetteer names nobody claimed where English names a place without a preposition (the start of a sentence, a
    // list of places), in the country the account's places lie in first, then in the countries it names.
    private void AddUnclaimed(Document document)
    {
        if (MainCountry(document.Entities) is not { } main)
        {
            return;
        }

        var countries = new List<string> { main };
        foreach (var named in NamedCountries(document.Entities).Order(StringComparer.Ordinal))
        {
            if (!string.Equals(named, main, StringComparison.Ordinal))
            {
                countries.Add(named);
            }
        }

        _unclaimed.Add(document, countries);
    }

    // The tagger may cut a place of several words short (El Carmen of El Carmen de Bolívar, Santa Rosa of Santa Rosa
    // del Sur, Pysarivka of Velyka Pysarivka, Madani of Wad Madani): the longest name the words around the mention
    // make (up to MaxWordsBefore capitalised words before it, MaxWordsAfter capitalised words, connectors and
    // articles after it, on one line) that is a town or region of the account's country is the place meant.
    private PlaceEntry? WholeName(string text, EntityMention mention, string country)
    {
        if (mention.Start < 0 || mention.End > text.Length || mention.Start >= mention.End)
        {
            return null;
        }

        Span<int> starts = stackalloc int[Defaults.MaxWordsBefore + 1];
        Span<int> ends = stackalloc int[Defaults.MaxWordsAfter + 1];
        starts[0] = mention.Start;
        ends[0] = mention.End;
        var before = 0;
        for (var position = mention.Start; before < Defaults.MaxWordsBefore; before++)
        {
            var end = position;
            if (end < 2 || text[end - 1] != ' ')
            {
                break;
            }

            var start = end - 1;
            while (start > 0 && IsNameChar(text[start - 1]))
            {
                start--;
            }

            if (start == end - 1 || !char.IsUpper(text[start]))
            {
                break;
            }

            starts[before + 1] = start;
            position = start;
        }

        var after = 0;
        for (var position = mention.End; after < Defaults.MaxWordsAfter; after++)
        {
            if (position + 1 >= text.Length || text[position] != ' ')
            {
                break;
            }

            var start = position + 1;
            var end = start;
            while (end < text.Length && IsNameChar(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(start, end - start);
            if (word.IsEmpty || !(char.IsUpper(word[0]) || IsConnector(word)))
            {
                break;
            }

            ends[after + 1] = end;
            position = end;
        }

        for (var length = before + after; length >= 1; length--)
        {
            for (var b = Math.Min(before, length); b >= 0; b--)
            {
                var a = length - b;
                if (a > after || (a > 0 && !char.IsUpper(text[LastWordStart(text, ends[a])])))
                {
                    continue;
                }

                var whole = text.AsSpan(starts[b], ends[a] - starts[b]);
                if (HasLocalWord(whole) || _gazetteer.IsStopPhrase(whole))
                {
                    continue;
                }

                foreach (var candidate in _gazetteer.Find(whole, country))
                {
                    if (candidate.Level != PlaceMatchLevel.Skeleton
                        && candidate.Entry.Precision is SitePrecision.Town or SitePrecision.Governorate
                        && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
                    {
                        return candidate.Entry;
                    }

                    break;
                }
            }
        }

        return null;
    }

    private static bool IsNameChar(char c) => char.IsLetter(c) || c is '-' or '\'' or '’' or '‘';

    // A word that may stand inside a name after its first: Spanish and Portuguese connectors, Arabic articles on
    // their own or written onto the next word (al-Shughur).
    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in Connectors)
        {
            if (word.Equals(connector, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var hyphen = word.IndexOf('-');
        return hyphen is 2 or 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
               && word[0] is 'a' or 'e' && char.IsLower(word[1]);
    }

    private static int LastWordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && IsNameChar(text[start - 1]))
        {
            start--;
        }

        var hyphen = text.AsSpan(start, end - start).IndexOf('-');
        return hyphen is 2 or 3 && start + hyphen + 1 < end ? start + hyphen + 1 : start;
    }

    // A town whose country has other towns of its name is the one near the account's other towns, when it lies far
    // from all of them and one namesake lies clearly nearest (Suárez in Cauca beside Toribío and Caloto, not Suárez in
    // Tolima; Faizabad in Badakhshan beside Taloqan): an account moves within a region more than across a country.
    // The longer names a short one begins count as namesakes (El Carmen beside Ovejas is El Carmen de Bolívar), and a
    // place nobody placed is placed so in the account's country. Capitals and towns marked well known keep their place.
    private void PreferNamesakesNearby(List<EntityMention> entities)
    {
        var main = MainCountry(entities);
        var anchors = new Dictionary<(string, string), bool>();
        var towns = new List<PlaceEntry>();

        // A name repeated with the same coordinates is judged once.
        var judged = new Dictionary<(string, double, double), PlaceEntry?>();
        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            string country;
            if (mention.Type != EntityType.Place)
            {
                continue;
            }

            var seenKey = (mention.Text, mention.Geo?.Lat ?? double.NaN, mention.Geo?.Lon ?? double.NaN);
            if (judged.TryGetValue(seenKey, out var decided))
            {
                if (decided is not null)
                {
                    entities[i] = mention with { Normalized = decided.Name, Geo = decided.ToGeoPoint() };
                }

                continue;
            }

            judged.Add(seenKey, null);

            if (mention.Geo is { Precision: SitePrecision.Town, Country: { } code })
            {
                country = code;
            }
            else if (mention.Geo is null && main is not null)
            {
                country = main;
            }
            else
            {
                continue;
            }

            var name = WithoutArticle(mention.Text);
            if (name.IsEmpty || !char.IsUpper(name[0]) || HasLocalWord(name) || _gazetteer.IsStopPhrase(name))
            {
                continue;
            }

            var geo = mention.Geo;
            PlaceEntry? current = null;
            towns.Clear();
            foreach (var candidate in _gazetteer.Find(name, country))
            {
                var entry = candidate.Entry;
                if (candidate.Level == PlaceMatchLevel.Skeleton
                    || entry.Precision != SitePrecision.Town
                    || !string.Equals(entry.Country, country, StringComparison.Ordinal))
                {
                    continue;
                }

                towns.Add(entry);
                if (geo is not null && Math.Abs(entry.Lat - geo.Lat) < 1e-4 && Math.Abs(entry.Lon - geo.Lon) < 1e-4)
                {
                    current = entry;
                }
            }

            foreach (var entry in _loose.FindLonger(name, country, Defaults.MaxLooseNamesakes))
            {
                if (!towns.Contains(entry))
                {
                    towns.Add(entry);
                }
            }

            if ((geo is not null && (current is null || towns.Count < 2 || current.Prominence >= PlaceProminence.WellKnown
                                     || NearestOtherTown(entities, mention.Text, mention.Normalized, current, anchors) <= Defaults.NamesakeFarKm))
                || NearOtherTowns(towns, entities, mention.Text, mention.Normalized, anchors) is not { } near
                || near == current)
            {
                continue;
            }

            judged[seenKey] = near;
            entities[i] = mention with { Normalized = near.Name, Geo = near.ToGeoPoint() };
        }
    }

    // The town of the list clearly nearest another geocoded town of the account (in its country, under another name
    // than the mention's): within NamesakeNearKm, and every other at least NamesakeRatio times as far; else null.
    private PlaceEntry? NearOtherTowns(
        IReadOnlyList<PlaceEntry> towns,
        List<EntityMention> entities,
        string text,
        string? normalized,
        Dictionary<(string, string), bool> anchors)
    {
        PlaceEntry? near = null;
        var nearest = double.MaxValue;
        var second = double.MaxValue;
        foreach (var town in towns)
        {
            var distance = NearestOtherTown(entities, text, normalized, town, anchors);
            if (distance < nearest)
            {
                second = nearest;
                nearest = distance;
                near = town;
            }
            else
            {
                second = Math.Min(second, distance);
            }
        }

        return nearest <= Defaults.NamesakeNearKm && second >= Defaults.NamesakeRatio * nearest ? near : null;
    }

    // How far, in kilometres, the town lies from the nearest geocoded town of the account in its country, leaving out
    // every mention written or normalised as the name in question, and every town whose own name is shared by other
    // towns of the country: two namesakes must not pull each other across the country (Argelia and Nariño are
    // neighbours in Antioquia, and each also a town of Cauca or Nariño).
    private double NearestOtherTown(
        List<EntityMention> entities,
        string text,
        string? normalized,
        PlaceEntry town,
        Dictionary<(string, string), bool> anchors)
    {
        var nearest = double.MaxValue;
        foreach (var other in entities)
        {
            if (other.Type != EntityType.Place
                || other.Geo is not { Precision: SitePrecision.Town } geo
                || !string.Equals(geo.Country, town.Country, StringComparison.Ordinal)
                || string.Equals(other.Text, text, StringComparison.OrdinalIgnoreCase)
                || (normalized is not null && string.Equals(other.Normalized, normalized, StringComparison.Ordinal))
                || !IsAnchor(other.Text, town.Country, anchors))
            {
                continue;
            }

            nearest = Math.Min(nearest, GeoDistance.Kilometres(geo.Lat, geo.Lon, town.Lat, town.Lon));
        }

        return nearest;
    }

    // A name that reaches one town of the country only, or a well-known one first: a place to judge others by.
    private bool IsAnchor(string text, string country, Dictionary<(string, string), bool> anchors)
    {
        if (anchors.TryGetValue((text, country), out var known))
        {
            return known;
        }

        var towns = 0;
        var prominent = false;
        foreach (var candidate in _gazetteer.Find(WithoutArticle(text), country))
        {
            if (candidate.Level != PlaceMatchLevel.Skeleton
                && candidate.Entry.Precision == SitePrecision.Town
                && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
            {
                prominent |= towns == 0 && candidate.Entry.Prominence >= PlaceProminence.WellKnown;
                towns++;
            }
        }

        var anchor = towns == 1 || prominent;
        anchors.Add((text, country), anchor);
        return anchor;
    }

    private static ReadOnlySpan<char> WithoutArticle(string text) =>
        text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text.AsSpan(4) : text.AsSpan();

    // A town far from every place of the account's country, in a country the account never names, is a namesake the
    // gazetteer could not place (al-Hol is not Hol in Norway): the town of the account's country its name is spelt
    // for (LooseTown), else no coordinates, which are better than a wrong continent that would put the site and its
    // incidents abroad. Capitals stay: witnesses do say they reached Berlin. A place abroad the gazetteer reached only
    // by folding or by the skeleton (al-Sufiya is Sofia, Kokola is Kokkola, Hodan is Houdan) is a namesake already at
    // a shorter distance, and whatever it is: a capital, one of several such places of its country, or beside a home
    // country of a single place (a Ramadi account's al-Sufiya, a Mogadishu account's Hodan).
    private void ForgetDistantStrangers(List<EntityMention> entities)
    {
        var main = MainCountry(entities);
        if (main is null)
        {
            return;
        }

        var named = NamedCountries(entities);
        var home = new List<GeoPoint>();

        // Distinct places per country: a country with several places in the account is part of the story, whatever
        // the distance, and a main country with a single place is too weak a guess to judge others by.
        var placesByCountry = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mention in entities)
        {
            if (mention.Geo is not { Country: { } country } geo)
            {
                continue;
            }

            if (string.Equals(country, main, StringComparison.Ordinal))
            {
                home.Add(geo);
            }

            if (!placesByCountry.TryGetValue(country, out var places))
            {
                places = new HashSet<string>(StringComparer.Ordinal);
                placesByCountry.Add(country, places);
            }

            places.Add(mention.Normalized ?? mention.Text);
        }

        if (!placesByCountry.TryGetValue(main, out var homePlaces))
        {
            return;
        }

        // A single place of the main country judges only loose namesakes, and only when the gazetteer knows it by its
        // own spelling (not Tawila, folded to a Yemeni town, against Fasher in a Darfur account).
        var firmHome = homePlaces.Count >= 2;
        var spelledHome = firmHome;
        for (var i = 0; i < entities.Count && !spelledHome; i++)
        {
            spelledHome = entities[i] is { Type: EntityType.Place, Geo: { Country: { } country } point } mention
                && string.Equals(country, main, StringComparison.Ordinal) && !IsLooseMatch(mention.Text, point);
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Place
                || mention.Geo is not { Precision: SitePrecision.Town or SitePrecision.Governorate } geo
                || geo.Country is null
                || string.Equals(geo.Country, main, StringComparison.Ordinal)
                || named.Contains(geo.Country))
            {
                continue;
            }

            var stranger = firmHome && placesByCountry[geo.Country].Count == 1 && !IsCapital(mention.Text, geo);
            var loose = spelledHome && IsLooseMatch(mention.Text, geo);
            if (!stranger && !loose)
            {
                continue;
            }

            var nearest = double.MaxValue;
            foreach (var point in home)
            {
                nearest = Math.Min(nearest, GeoDistance.Kilometres(point.Lat, point.Lon, geo.Lat, geo.Lon));
            }

            if (stranger && nearest > Defaults.FarAbroadKm)
            {
                // A town of the account's country spelt another way is what the name meant (Sirt is Sirte in a
                // Libyan account, not Siirt in Turkey).
                var name = mention.Text.AsSpan();
                if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    name = name[4..];
                }

                entities[i] = LooseTown(name, main, entities) is { } town
                    ? mention with { Normalized = town.Name, Geo = town.ToGeoPoint() }
                    : mention with { Normalized = null, Geo = null };
            }
            else if (loose && nearest > Defaults.LooseAbroadKm)
            {
                // Judged by a weaker home (a single place, or a country with several such namesakes), the name is no
                // more read as a home town spelt another way: Karaan, a quarter of Mogadishu, is not Kiriaini near
                // Nairobi where the interview was held.
                entities[i] = mention with { Normalized = null, Geo = null };
            }
        }
    }

    // True when the gazetteer reaches the place at geo from text only by transliteration folding or the skeleton.
    private bool IsLooseMatch(string text, GeoPoint geo)
    {
        var found = false;
        foreach (var candidate in _gazetteer.Find(WithoutArticle(text), geo.Country))
        {
            if (IsAt(candidate.Entry, geo))
            {
                if (candidate.Level == PlaceMatchLevel.Exact)
                {
                    return false;
                }

                found = true;
            }
        }

        return found;
    }

    private bool IsCapital(string text, GeoPoint geo)
    {
        foreach (var candidate in _gazetteer.Find(WithoutArticle(text), geo.Country))
        {
            if (IsAt(candidate.Entry, geo))
            {
                return candidate.Entry.Prominence == PlaceProminence.CountryCapital;
            }
        }

        return false;
    }

    // The gazetteer entry a mention was placed at: its country and point.
    private static bool IsAt(PlaceEntry entry, GeoPoint geo) =>
        string.Equals(entry.Country, geo.Country, StringComparison.Ordinal)
        && Math.Abs(entry.Lat - geo.Lat) < 1e-4
        && Math.Abs(entry.Lon - geo.Lon) < 1e-4;

    // Every country the account names itself ("Place of interview: Mashhad, Iran"): its towns are plausible.
    private static HashSet<string> NamedCountries(List<EntityMention> entities)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in entities)
        {
            if (mention.Geo is { Precision: SitePrecision.Country, Country: { } code })
            {
                named.Add(code);
            }
        }

        return named;
    }

    // A little-known town or region abroad whose name is also a place of the country the account is about is that
    // place (Leer in South Sudan, not in Germany), also when spelt another way (Berde is Barda in Azerbaijan, not
    // Birda in Romania; see LooseTown): the spotter chose by its context, which may be the interview place abroad.
    // Capitals, regional seats and well-known towns abroad stay where they are (Mashhad, Amman).
    private void BringNamesakesHome(List<EntityMention> entities)
    {
        var main = MainCountry(entities);
        if (main is null)
        {
            return;
        }

        var named = NamedCountries(entities);

        // A capital or well-known town abroad stays, unless the account's own country has a seat or well-known town
        // of that name and the account names at least two places there (Tripoli in a Lebanese account is not the
        // capital of Libya).
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in entities)
        {
            if (mention.Geo is { Country: { } code } && string.Equals(code, main, StringComparison.Ordinal))
            {
                distinct.Add(mention.Normalized ?? mention.Text);
            }
        }

        var homePlaces = distinct.Count;
        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Place
                || mention.Geo is not { Precision: SitePrecision.Town or SitePrecision.Governorate } geo
                || geo.Country is null
                || string.Equals(geo.Country, main, StringComparison.Ordinal)
                || named.Contains(geo.Country))
            {
                continue;
            }

            var name = mention.Text.AsSpan();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            var candidates = _gazetteer.Find(name, main);
            if (IsProminentAbroad(candidates, geo) && !(homePlaces >= 2 && IsProminentHome(candidates, main)))
            {
                // A town of the account's country of that name, or that the name begins, clearly nearest the
                // account's other towns is still the one meant (San José beside Calamar and Villavicencio is San José
                // del Guaviare, not the capital of Costa Rica).
                if (homePlaces >= 2 && geo.Precision == SitePrecision.Town && NearHomeNamesake(name, main, candidates, entities, mention) is { } near)
                {
                    entities[i] = mention with { Normalized = near.Name, Geo = near.ToGeoPoint() };
                }

                continue;
            }

            var home = candidates.Count > 0
                && candidates[0].Level != PlaceMatchLevel.Skeleton
                && string.Equals(candidates[0].Entry.Country, main, StringComparison.Ordinal)
                    ? candidates[0].Entry
                    : geo.Precision == SitePrecision.Town ? LooseTown(name, main, entities) : null;
            if (home is not null)
            {
                entities[i] = mention with { Normalized = home.Name, Geo = home.ToGeoPoint() };
            }
        }
    }

    private PlaceEntry? NearHomeNamesake(
        ReadOnlySpan<char> name,
        string main,
        IReadOnlyList<PlaceCandidate> candidates,
        List<EntityMention> entities,
        EntityMention mention)
    {
        var towns = new List<PlaceEntry>();
        foreach (var candidate in candidates)
        {
            if (candidate.Level != PlaceMatchLevel.Skeleton
                && candidate.Entry.Precision == SitePrecision.Town
                && string.Equals(candidate.Entry.Country, main, StringComparison.Ordinal))
            {
                towns.Add(candidate.Entry);
            }
        }

        foreach (var entry in _loose.FindLonger(name, main, Defaults.MaxLooseNamesakes))
        {
            if (!towns.Contains(entry))
            {
                towns.Add(entry);
            }
        }

        return towns.Count == 0 ? null : NearOtherTowns(towns, entities, mention.Text, mention.Normalized, []);
    }

    private static bool IsProminentHome(IReadOnlyList<PlaceCandidate> candidates, string main) =>
        candidates.Count > 0
        && candidates[0].Level != PlaceMatchLevel.Skeleton
        && string.Equals(candidates[0].Entry.Country, main, StringComparison.Ordinal)
        && candidates[0].Entry.Precision == SitePrecision.Town
        && candidates[0].Entry.Prominence >= PlaceProminence.RegionSeat;

    private static bool IsProminentAbroad(IReadOnlyList<PlaceCandidate> candidates, GeoPoint geo)
    {
        foreach (var candidate in candidates)
        {
            var entry = candidate.Entry;
            if (string.Equals(entry.Country, geo.Country, StringComparison.Ordinal)
                && Math.Abs(entry.Lat - geo.Lat) < 1e-4
                && Math.Abs(entry.Lon - geo.Lon) < 1e-4)
            {
                return entry.Prominence is PlaceProminence.CountryCapital or PlaceProminence.WellKnown or PlaceProminence.RegionSeat;
            }
        }

        // The place abroad came from a name the text does not spell: keep it.
        return true;
    }

    // A name that is part of a geocoded place of several words the testimony names is that place: its first word
    // (Tuz after Tuz Khurmatu), as the spotter reads its own short forms, and any run of its words of at least
    // MinShortFormLetters letters, articles aside (Madani after Wad Madani, Pysarivka after Velyka Pysarivka, al-Jisr
    // after Jisr al-Shughur); the first such place in text order wins.
    private static EntityMention? ShortFormOf(
        List<EntityMention> entities,
        ReadOnlySpan<char> name,
        Dictionary<string, (string Exact, string Folded)> keys)
    {
        if (name.IsEmpty)
        {
            return null;
        }

        string? key = null;
        foreach (var place in entities)
        {
            if (place.Type != EntityType.Place
                || place.Geo is not { Precision: SitePrecision.Town }
                || place.Text.Length <= name.Length
                || !place.Text.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            if (place.Text[name.Length] == ' ' && place.Text.AsSpan(0, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return place;
            }

            key ??= PlaceNameFolding.Key(name.ToString(), PlaceMatchLevel.Folded);
            if (key.Length >= Defaults.MinShortFormLetters && ContainsWords(KeysOf(place.Text, keys).Folded, key))
            {
                return place;
            }
        }

        return null;
    }

    // True when the words of part stand together, whole, in the words of key (both folded keys).
    private static bool ContainsWords(string key, string part)
    {
        if (key.Length <= part.Length)
        {
            return false;
        }

        for (var at = key.IndexOf(part, StringComparison.Ordinal); at >= 0; at = key.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // A place the spotter or the tagger placed under a short name is the longer place of that beginning the testimony
    // names elsewhere (San José after San José del Guaviare is not San José in Caldas; El Carmen after El Carmen de
    // Bolívar), or of those other words when it was placed far away: witnesses shorten a long name once they have
    // said it.
    private static (string Exact, string Folded) KeysOf(string text, Dictionary<string, (string Exact, string Folded)> keys)
    {
        if (!keys.TryGetValue(text, out var known))
        {
            known = (PlaceNameFolding.Key(text, PlaceMatchLevel.Exact), PlaceNameFolding.Key(text, PlaceMatchLevel.Folded));
            keys.Add(text, known);
        }

        return known;
    }

    private static void PreferNamedWholes(List<EntityMention> entities, Dictionary<string, (string Exact, string Folded)> keys)
    {
        // Each long name once, as the testimony first places it.
        var wholes = new List<EntityMention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in entities)
        {
            if (place.Type == EntityType.Place && place.Geo is { Precision: SitePrecision.Town } && place.Normalized is not null
                && place.Text.Contains(' ', StringComparison.Ordinal) && seen.Add(place.Text))
            {
                wholes.Add(place);
            }
        }

        if (wholes.Count == 0)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Place || mention.Geo is not { } geo)
            {
                continue;
            }

            string? key = null;
            string? folded = null;
            foreach (var place in wholes)
            {
                if (place.Type != EntityType.Place
                    || place.Geo is not { Precision: SitePrecision.Town } whole
                    || place.Normalized is null
                    || place.Text.Length <= mention.Text.Length
                    || !place.Text.Contains(' ', StringComparison.Ordinal)
                    || (Math.Abs(whole.Lat - geo.Lat) < 1e-4 && Math.Abs(whole.Lon - geo.Lon) < 1e-4))
                {
                    continue;
                }

                key ??= PlaceNameFolding.Key(mention.Text, PlaceMatchLevel.Exact) + " ";
                if (KeysOf(place.Text, keys).Exact.StartsWith(key, StringComparison.Ordinal)
                    && KeysOf(place.Normalized, keys).Exact.StartsWith(key, StringComparison.Ordinal))
                {
                    entities[i] = mention with { Normalized = place.Normalized, Geo = whole };
                    break;
                }

                // Other words of the long name (Pysarivka of Velyka Pysarivka) only when the place they were given lies
                // far from it: Kakhovka beside Nova Kakhovka is a town of its own.
                folded ??= PlaceNameFolding.Key(mention.Text, PlaceMatchLevel.Folded);
                if (folded.Length >= Defaults.MinShortFormLetters
                    && ContainsWords(KeysOf(place.Text, keys).Folded, folded)
                    && GeoDistance.Kilometres(geo.Lat, geo.Lon, whole.Lat, whole.Lon) > Defaults.NamesakeFarKm)
                {
                    entities[i] = mention with { Normalized = place.Normalized, Geo = whole };
                    break;
                }
            }
        }
    }

    // The best candidate when it is trusted; else, when the main country has no place of the name, the best in another
    // country the testimony's places lie in (Ibb in a Yemeni account that names Amman as often as Sanaa).
    private static PlaceCandidate? TrustedCandidate(IReadOnlyList<PlaceCandidate> candidates, string? country, HashSet<string> countries)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        if (Trusted(candidates[0], country))
        {
            return candidates[0];
        }

        if (country is null || string.Equals(candidates[0].Entry.Country, country, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (countries.Contains(candidate.Entry.Country) && Trusted(candidate, candidate.Entry.Country))
            {
                return candidate;
            }
        }

        return null;
    }

    // A name alone says little: a town is trusted only inside the testimony's country (or, with no country known,
    // when it matches exactly); countries and their regions are trusted anywhere.
    private static bool Trusted(PlaceCandidate candidate, string? country)
    {
        if (candidate.Level == PlaceMatchLevel.Skeleton)
        {
            return false;
        }

        if (candidate.Entry.Precision is SitePrecision.Country)
        {
            return true;
        }

        return country is null ? candidate.Level == PlaceMatchLevel.Exact : candidate.Entry.Country == country;
    }

    // The country the account is about and every country it is plausibly about. A geocoded place votes once for its
    // country (a little more, so that it wins ties); a place the tagger found but nobody geocoded votes too, once
    // when the gazetteer has its name exactly and half when only folded, split among the countries it has the name
    // in, or wholly for the country of its one prominent namesake (Kandahar in Afghanistan, not the village in
    // India), so an account told in a refugee camp abroad is still about home: four mentions of Gwoza outvote
    // Cameroon and Mokolo. A name several countries share votes once however often it is repeated: saying Palma six
    // times makes it no likelier the town in Brazil than the one in Spain, and outvoted the account's own Pemba. A
    // country's own name votes for it. Plausible countries are the main one, those of geocoded
    // places, named countries, countries of a prominent town named, and those with a whole vote from names the
    // gazetteer has exactly; folded names of little places are too weak for that (Yarmouk in a Mosul account is the
    // quarter, not the suburb of Damascus).
    private (string? Main, HashSet<string> Countries) VoteCountries(List<EntityMention> entities)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var exactVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var perName = new HashSet<string>(StringComparer.Ordinal);
        var sharedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in entities)
        {
            if (mention.Type != EntityType.Place)
            {
                continue;
            }

            if (mention.Geo?.Country is { } code)
            {
                votes[code] = votes.GetValueOrDefault(code) + Defaults.GeocodedVote;
                countries.Add(code);
                continue;
            }

            var name = mention.Text.AsSpan();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            if (name.IsEmpty || _gazetteer.IsStopPhrase(name))
            {
                continue;
            }

            perName.Clear();
            string? prominent = null;
            var prominentCount = 0;
            var weight = 0.0;
            string? nation = null;
            foreach (var candidate in _gazetteer.Find(name))
            {
                if (candidate.Level == PlaceMatchLevel.Skeleton)
                {
                    continue;
                }

                if (candidate.Entry.Precision == SitePrecision.Country)
                {
                    nation ??= candidate.Entry.Country;
                    continue;
                }

                weight = Math.Max(weight, candidate.Level == PlaceMatchLevel.Exact ? 1 : Defaults.FoldedVote);

                perName.Add(candidate.Entry.Country);
                if (candidate.Entry.Prominence is PlaceProminence.CountryCapital or PlaceProminence.WellKnown or PlaceProminence.RegionSeat)
                {
                    prominentCount += string.Equals(prominent, candidate.Entry.Country, StringComparison.Ordinal) ? 0 : 1;
                    prominent = candidate.Entry.Country;
                }
            }

            // A country's own name means the country (Lebanon is no town in Pennsylvania).
            if (nation is not null)
            {
                votes[nation] = votes.GetValueOrDefault(nation) + 1;
                countries.Add(nation);
            }
            else if (prominentCount == 1)
            {
                votes[prominent!] = votes.GetValueOrDefault(prominent!) + weight;
                countries.Add(prominent!);
            }
            else if (perName.Count is > 0 and <= Defaults.MaxVotedCountries
                && (perName.Count == 1 || sharedNames.Add(name.ToString())))
            {
                foreach (var other in perName)
                {
                    votes[other] = votes.GetValueOrDefault(other) + (weight / perName.Count);
                    if (weight >= 1)
                    {
                        exactVotes[other] = exactVotes.GetValueOrDefault(other) + (1.0 / perName.Count);
                    }
                }
            }
        }

        string? main = null;
        var best = 0.0;
        foreach (var (code, vote) in votes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (vote > best)
            {
                main = code;
                best = vote;
            }
        }

        if (main is not null)
        {
            countries.Add(main);
        }

        foreach (var (code, vote) in exactVotes)
        {
            if (vote >= 1)
            {
                countries.Add(code);
            }
        }

        return (main, countries);
    }

    // The town of exactly this name in the country, when there is one.
    private PlaceEntry? ExactTownIn(ReadOnlySpan<char> name, string country)
    {
        foreach (var candidate in _gazetteer.Find(name, country))
        {
            if (candidate.Level == PlaceMatchLevel.Exact
                && candidate.Entry.Precision == SitePrecision.Town
                && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
            {
                return candidate.Entry;
            }
        }

        return null;
    }

    // A town of the country named with a designator: "the village of X" and "X village" are X (Named), "X camp" and
    // "X market" a site at X that keeps its own name.
    private (PlaceEntry Town, bool Named)? StrippedTown(ReadOnlySpan<char> name, string country)
    {
        var text = name.ToString();
        var lower = text.ToLowerInvariant();
        foreach (var (words, leading, named) in (ReadOnlySpan<(string[], bool, bool)>)[(TownLeading, true, true), (TownTrailing, false, true), (SiteTrailing, false, false)])
        {
            foreach (var word in words)
            {
                if (lower.Length <= word.Length + 1)
                {
                    continue;
                }

                string? rest = null;
                if (leading && lower.StartsWith(word, StringComparison.Ordinal) && lower[word.Length] == ' ')
                {
                    rest = text[(word.Length + 1)..].Trim();
                }
                else if (!leading && lower.EndsWith(word, StringComparison.Ordinal) && lower[^(word.Length + 1)] is ' ' or '-')
                {
                    rest = text[..^(word.Length + 1)].Trim();
                }

                if (rest is null || rest.Length == 0)
                {
                    continue;
                }

                if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[4..];
                }

                foreach (var candidate in _gazetteer.Find(rest, country))
                {
                    if (candidate.Level != PlaceMatchLevel.Skeleton
                        && candidate.Entry.Precision == SitePrecision.Town
                        && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
                    {
                        return (candidate.Entry, named);
                    }
                }

                return null;
            }
        }

        return null;
    }

    // A town of the account's country spelt another way (PlaceLooseKey): the only town of the country with the
    // name's compact or loose key, when the name is no local site's (a street, a quarter, a building) and the town
    // is a seat or well known, or lies near a place of the country the account names: a loose key reaches a village
    // across the country too easily.
    private PlaceEntry? LooseTown(ReadOnlySpan<char> name, string country, List<EntityMention> entities)
    {
        if (name.IsEmpty || !char.IsUpper(name[0]) || HasLocalWord(name))
        {
            return null;
        }

        if (_loose.Find(name, country) is not { } town)
        {
            // Several towns of the country share the key (Jenin is Janīn, and a village or two): the one near the
            // account's other towns, when only one is.
            return NearOtherTowns(_loose.FindAll(name, country, Defaults.MaxLooseNamesakes), entities, name.ToString(), null, []);
        }

        if (town.Prominence != PlaceProminence.None)
        {
            return town;
        }

        foreach (var mention in entities)
        {
            if (mention.Geo is { Precision: SitePrecision.Town } geo
                && string.Equals(geo.Country, country, StringComparison.Ordinal)
                && GeoDistance.Kilometres(geo.Lat, geo.Lon, town.Lat, town.Lon) <= Defaults.LooseRadiusKm)
            {
                return town;
            }
        }

        return null;
    }

    private static bool HasLocalWord(ReadOnlySpan<char> name)
    {
        var key = PlaceNameFolding.Key(name.ToString(), PlaceMatchLevel.Exact);
        foreach (var word in key.Split(' '))
        {
            if (Array.IndexOf(LocalWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The country most of the testimony's distinct geocoded places lie in, or null when none is geocoded; ties go to
    // the country named more often, then to the earlier. Distinct places, since one name the spotter misplaced says
    // the same wrong thing each time it is repeated (Singu in Myanmar is no Singo in Côte d'Ivoire). Between two
    // countries with as many distinct places, one whose places are all also places of the other is the misreading:
    // one account, one country (Beni, a region of Bolivia, beside Rutshuru is the Congolese town).
    private string? MainCountry(List<EntityMention> entities)
    {
        Dictionary<string, (HashSet<string> Places, HashSet<string> Names, HashSet<string> Spelled, int Mentions)>? counts = null;
        foreach (var mention in entities)
        {
            if (mention.Geo is { Country: { } code } geo)
            {
                counts ??= new Dictionary<string, (HashSet<string>, HashSet<string>, HashSet<string>, int)>(StringComparer.Ordinal);
                if (!counts.TryGetValue(code, out var count))
                {
                    count = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
                        new HashSet<string>(StringComparer.Ordinal), 0);
                }

                // A place counts as spelt when any of its mentions is ("Sofia" after "al-Sufiya").
                var place = mention.Normalized ?? mention.Text;
                count.Places.Add(place);
                if (geo.Precision is SitePrecision.Town or SitePrecision.Governorate && !count.Spelled.Contains(place)
                    && !IsLooseMatch(mention.Text, geo))
                {
                    count.Spelled.Add(place);
                }

                count.Names.Add(mention.Text);
                counts[code] = (count.Places, count.Names, count.Spelled, count.Mentions + 1);
            }
        }

        if (counts is null)
        {
            return null;
        }

        // Between countries of as many places, the one with more towns and regions the gazetteer knows by the account's
        // spelling wins before the one said more often: Ramadi said once against al-Sufiya, folded to Sofia, said four
        // times. A country named is no such town ("Sweden" does not outvote a Yarmouk folded to al-Yarmuk).
        var main = counts.MaxBy(pair => ((long)pair.Value.Places.Count << 40) + ((long)pair.Value.Spelled.Count << 24) + pair.Value.Mentions).Key;
        foreach (var (code, count) in counts)
        {
            if (!string.Equals(code, main, StringComparison.Ordinal)
                && count.Places.Count == counts[main].Places.Count
                && AllPlacesOf(counts[main].Names, code)
                && !AllPlacesOf(count.Names, main))
            {
                return code;
            }
        }

        return main;
    }

    // Every name is also a town or region of the country, exactly or folded.
    private bool AllPlacesOf(HashSet<string> names, string country)
    {
        foreach (var name in names)
        {
            var found = false;
            foreach (var candidate in _gazetteer.Find(WithoutArticle(name), country))
            {
                if (candidate.Level != PlaceMatchLevel.Skeleton
                    && candidate.Entry.Precision is SitePrecision.Town or SitePrecision.Governorate
                    && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>How far, in kilometres, from every place of the account's own country a town abroad in a country
        /// the account never names loses its coordinates.</summary>
        public const double FarAbroadKm = 1500;

        /// <summary>How far, in kilometres, from every place of the account's own country a town abroad that the
        /// gazetteer reached only by folding or the skeleton, in a country the account never names, loses its
        /// coordinates.</summary>
        public const double LooseAbroadKm = 500;

        /// <summary>The vote of a geocoded place for its country; a little more than an ungeocoded name's, so that it
        /// wins ties.</summary>
        public const double GeocodedVote = 1.001;

        /// <summary>The vote of an ungeocoded name the gazetteer has only folded.</summary>
        public const double FoldedVote = 0.5;

        /// <summary>How many countries a name may be a place of and still vote for the account's country.</summary>
        public const int MaxVotedCountries = 3;

        /// <summary>How far, in kilometres, a little-known town matched by its loose key may lie from a town of the
        /// account's country (<see cref="PlaceLooseKey"/>).</summary>
        public const double LooseRadiusKm = 150;

        /// <summary>The fewest letters (folded) a name must have to be read as part of a longer place named in the
        /// testimony (a first word needs none).</summary>
        public const int MinShortFormLetters = 4;

        /// <summary>How near, in kilometres, two points must lie to be one place.</summary>
        public const double SamePlaceKm = 1;

        /// <summary>The fewest consonants of the loose key by which a place is known under another spelling of a
        /// place the account placed.</summary>
        public const int MinVariantLetters = 3;

        /// <summary>The fewest consonants of that loose key when the two names also fold to one length.</summary>
        public const int MinShortVariantLetters = 2;

        /// <summary>How many capitalised words before a place the tagger found may belong to its name.</summary>
        public const int MaxWordsBefore = 2;

        /// <summary>How many words after a place the tagger found may belong to its name.</summary>
        public const int MaxWordsAfter = 3;

        /// <summary>The most towns of the country a loose key may reach and still be told apart by the account's
        /// other towns.</summary>
        public const int MaxLooseNamesakes = 8;

        /// <summary>How near, in kilometres, a namesake must lie to another town of the account to be the one meant.</summary>
        public const double NamesakeNearKm = 120;

        /// <summary>How many times as far as the nearest namesake every other must lie from the account's towns.</summary>
        public const double NamesakeRatio = 2;

        /// <summary>How far, in kilometres, from every other town of the account a town must lie before a namesake
        /// near them replaces it.</summary>
        public const double NamesakeFarKm = 100;
    }
}
