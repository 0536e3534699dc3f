using System.Collections.Immutable;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Linking.Incidents;

/// <summary>Crafted claims for linking tests over a small made-up site tree in Syria.</summary>
internal static class LinkClaims
{
    /// <summary>Coordinates of towns for tests that weigh sites by distance.</summary>
    public const double AleppoLat = 36.2021, AleppoLon = 37.1343;
    public const double DeirLat = 35.3359, DeirLon = 40.1408;
    public const double SaraqibLat = 35.8644, SaraqibLon = 36.8006;

    public const string Syria = "s-sy";
    public const string Aleppo = "s-aleppo-gov";
    public const string AleppoCity = "s-aleppo";
    public const string Shaar = "s-aleppo-shaar";
    public const string Sukkari = "s-aleppo-sukkari";
    public const string ShaarMosque = "s-aleppo-shaar-mosque";
    public const string Idlib = "s-idlib-gov";
    public const string Saraqib = "s-saraqib";
    public const string Ariha = "s-ariha";
    public const string DeirEzZor = "s-deir-gov";
    public const string DeirEzZorCity = "s-deir";
    public const string Jbeila = "s-deir-jbeila";

    /// <summary>The ancestors of each crafted site, nearest first.</summary>
    private static readonly Dictionary<string, ImmutableArray<string>> Ancestors = new()
    {
        [Syria] = [],
        [Aleppo] = [Syria],
        [AleppoCity] = [Aleppo, Syria],
        [Shaar] = [AleppoCity, Aleppo, Syria],
        [Sukkari] = [AleppoCity, Aleppo, Syria],
        [ShaarMosque] = [Shaar, AleppoCity, Aleppo, Syria],
        [Idlib] = [Syria],
        [Saraqib] = [Idlib, Syria],
        [Ariha] = [Idlib, Syria],
        [DeirEzZor] = [Syria],
        [DeirEzZorCity] = [DeirEzZor, Syria],
        [Jbeila] = [DeirEzZorCity, DeirEzZor, Syria],
    };

    /// <summary>A claim; <paramref name="date"/> is <c>yyyy-MM-dd</c> or <c>yyyy-MM-dd..yyyy-MM-dd</c>.</summary>
    public static LinkClaim Claim(
        long key,
        string testimony,
        string? site,
        string? date,
        Harm harm = Harm.Killed,
        string? witness = null,
        WeaponCategory? weapon = null,
        string? actor = null,
        int? min = null,
        int? max = null,
        string[]? names = null,
        int start = 0,
        string? previous = null)
    {
        DateOnly? from = null, to = null;
        if (date is not null)
        {
            var parts = date.Split("..");
            from = DateOnly.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            to = DateOnly.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        }

        return new LinkClaim(
            key,
            testimony,
            witness ?? "w-" + testimony,
            harm,
            site,
            site is null ? [] : Ancestors[site],
            from,
            to,
            weapon,
            actor,
            min,
            max,
            names is null ? [] : [.. names.Order(StringComparer.Ordinal)],
            start,
            start + 80,
            previous);
    }

    /// <summary>The claim keys of each incident, as <c>1,2 3</c>, in incident order.</summary>
    public static string Groups(IncidentLinkResult result) =>
        string.Join(" ", result.Incidents.Select(i => string.Join(",", i.ClaimKeys)));

    /// <summary>The claims again, each holding the id of the incident it is in now.</summary>
    public static List<LinkClaim> WithIncidents(IEnumerable<LinkClaim> claims, IncidentLinkResult result)
    {
        var idByKey = result.Incidents.SelectMany(i => i.ClaimKeys.Select(k => (k, i.IncidentId))).ToDictionary(p => p.k, p => p.IncidentId);
        return claims.Select(c => c with { PreviousIncidentId = idByKey[c.Key] }).ToList();
    }

    /// <summary>The incidents of <paramref name="result"/> as prior incidents.</summary>
    public static List<PriorIncident> Prior(IncidentLinkResult result) =>
        result.Incidents.Select(i => new PriorIncident(i.IncidentId, i.PreviousIds)).ToList();
}
