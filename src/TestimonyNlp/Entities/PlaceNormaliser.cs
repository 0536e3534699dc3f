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
/// place, unless the testimony names the country abroad. Runs after the tagger, before <see cref="EntityMerger"/>. Thread-safe.
/// </summary>
public sealed class PlaceNormaliser : IPipelineStage
{
    private readonly PlaceGazetteer _gazetteer;

    /// <summary>Creates the stage over the place gazetteer.</summary>
    public PlaceNormaliser(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
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
                country = MainCountry(entities);
                countries = Countries(entities);
                countryKnown = true;
            }

            var name = mention.Text.AsSpan();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            if (_gazetteer.IsStopPhrase(name))
            {
                continue;
            }

            if (ShortFormOf(entities, name) is { } full)
            {
                entities[i] = mention with { Normalized = full.Normalized, Geo = full.Geo };
                continue;
            }

            var candidates = _gazetteer.Find(name, country);
            var trusted = TrustedCandidate(candidates, country, countries!);
            if (trusted is null)
            {
                continue;
            }

            var entry = trusted.Entry;
            entities[i] = mention with { Normalized = entry.Name, Geo = entry.ToGeoPoint() };
        }

        BringNamesakesHome(entities);
        ForgetDistantStrangers(entities);
    }

    // A town far from every place of the account's country, in a country the account never names, is a namesake the
    // gazetteer could not place (al-Hol is not Hol in Norway): no coordinates are better than a wrong continent, which
    // would put the site and its incidents abroad. Capitals stay: witnesses do say they reached Berlin.
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
                entities[i] = mention with { Normalized = null, Geo = null };
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
    // place (Leer in South Sudan, not in Germany): the spotter chose by its context, which may be the interview place
    // abroad. Capitals, regional seats and well-known towns abroad stay where they are (Mashhad, Amman).
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
            if (candidates.Count == 0
                || candidates[0].Level == PlaceMatchLevel.Skeleton
                || !string.Equals(candidates[0].Entry.Country, main, StringComparison.Ordinal)
                || IsProminentAbroad(candidates, geo))
            {
                continue;
            }

            var home = candidates[0].Entry;
            entities[i] = mention with { Normalized = home.Name, Geo = home.ToGeoPoint() };
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

    // Every country a geocoded place of the testimony lies in.
    private static HashSet<string> Countries(List<EntityMention> entities)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in entities)
        {
            if (mention.Geo?.Country is { } code)
            {
                countries.Add(code);
            }
        }

        return countries;
    }

    // The country most of the testimony's geocoded places lie in, or null when none is geocoded.
    private static string? MainCountry(List<EntityMention> entities)
    {
        Dictionary<string, int>? counts = null;
        foreach (var mention in entities)
        {
            if (mention.Geo?.Country is { } code)
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts?.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>How far, in kilometres, from every place of the account's own country a town abroad in a country
        /// the account never names loses its coordinates.</summary>
        public const double FarAbroadKm = 1500;
    }
}
