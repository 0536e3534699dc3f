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
/// town of the main country spelt another way is found by <see cref="PlaceLooseKey"/> (models/README.md, "After the
/// tagger"). Runs after the tagger, before <see cref="EntityMerger"/>. Thread-safe.
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

    // Designators that say the town itself: "the village of X", "X village" are X.
    private static readonly string[] TownLeading = ["village of", "town of", "city of", "outskirts of", "countryside of", "suburbs of", "area of"];

    private static readonly string[] TownTrailing = ["village", "town", "city", "countryside", "outskirts", "area", "district"];

    // Designators of a site at a town, which keeps its own name: "X camp", "X market".
    private static readonly string[] SiteTrailing = ["refugee camp", "camp", "market", "road", "checkpoint"];

    private readonly PlaceGazetteer _gazetteer;
    private readonly PlaceLooseIndex _loose;

    /// <summary>Creates the stage over the place gazetteer.</summary>
    public PlaceNormaliser(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _loose = new PlaceLooseIndex(gazetteer);
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

            if (ShortFormOf(entities, name) is { } full)
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

        BringNamesakesHome(entities);
        ForgetDistantStrangers(entities);
    }

    // A town far from every place of the account's country, in a country the account never names, is a namesake the
    // gazetteer could not place (al-Hol is not Hol in Norway): the town of the account's country its name is spelt
    // for (LooseTown), else no coordinates, which are better than a wrong continent that would put the site and its
    // incidents abroad. Capitals stay: witnesses do say they reached Berlin.
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

        if (placesByCountry[main].Count < 2)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var mention = entities[i];
            if (mention.Type != EntityType.Place
                || mention.Geo is not { Precision: SitePrecision.Town or SitePrecision.Governorate } geo
                || geo.Country is null
                || string.Equals(geo.Country, main, StringComparison.Ordinal)
                || named.Contains(geo.Country)
                || placesByCountry[geo.Country].Count > 1
                || IsCapital(mention.Text, geo))
            {
                continue;
            }

            var nearest = double.MaxValue;
            foreach (var point in home)
            {
                nearest = Math.Min(nearest, GeoDistance.Kilometres(point.Lat, point.Lon, geo.Lat, geo.Lon));
            }

            if (nearest > Defaults.FarAbroadKm)
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
        }
    }

    private bool IsCapital(string text, GeoPoint geo)
    {
        var name = text.AsSpan();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        foreach (var candidate in _gazetteer.Find(name, geo.Country))
        {
            var entry = candidate.Entry;
            if (string.Equals(entry.Country, geo.Country, StringComparison.Ordinal)
                && Math.Abs(entry.Lat - geo.Lat) < 1e-4
                && Math.Abs(entry.Lon - geo.Lon) < 1e-4)
            {
                return entry.Prominence == PlaceProminence.CountryCapital;
            }
        }

        return false;
    }

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
            if (IsProminentAbroad(candidates, geo))
            {
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

    // A single word that begins a geocoded place of several words the testimony names is that place (Tuz after Tuz
    // Khurmatu), as the spotter reads its own short forms; the first such place in text order wins.
    private static EntityMention? ShortFormOf(List<EntityMention> entities, ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Contains(' '))
        {
            return null;
        }

        foreach (var place in entities)
        {
            if (place.Type == EntityType.Place
                && place.Geo is { Precision: SitePrecision.Town }
                && place.Text.Length > name.Length
                && place.Text[name.Length] == ' '
                && place.Text.AsSpan(0, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return place;
            }
        }

        return null;
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
    // Cameroon and Mokolo. A country's own name votes for it. Plausible countries are the main one, those of geocoded
    // places, named countries, countries of a prominent town named, and those with a whole vote from names the
    // gazetteer has exactly; folded names of little places are too weak for that (Yarmouk in a Mosul account is the
    // quarter, not the suburb of Damascus).
    private (string? Main, HashSet<string> Countries) VoteCountries(List<EntityMention> entities)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var exactVotes = new Dictionary<string, double>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var perName = new HashSet<string>(StringComparer.Ordinal);
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
            else if (perName.Count is > 0 and <= Defaults.MaxVotedCountries)
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
            return null;
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
    // the same wrong thing each time it is repeated (Singu in Myanmar is no Singo in Côte d'Ivoire).
    private static string? MainCountry(List<EntityMention> entities)
    {
        Dictionary<string, (HashSet<string> Places, int Mentions)>? counts = null;
        foreach (var mention in entities)
        {
            if (mention.Geo?.Country is { } code)
            {
                counts ??= new Dictionary<string, (HashSet<string>, int)>(StringComparer.Ordinal);
                if (!counts.TryGetValue(code, out var count))
                {
                    count = (new HashSet<string>(StringComparer.Ordinal), 0);
                }

                count.Places.Add(mention.Normalized ?? mention.Text);
                counts[code] = (count.Places, count.Mentions + 1);
            }
        }

        return counts?.MaxBy(pair => ((long)pair.Value.Places.Count << 32) + pair.Value.Mentions).Key;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>How far, in kilometres, from every place of the account's own country a town abroad in a country
        /// the account never names loses its coordinates.</summary>
        public const double FarAbroadKm = 1500;

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
    }
}
