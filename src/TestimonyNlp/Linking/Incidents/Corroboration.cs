using System.Collections.Immutable;
using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Sums up an incident's claims source by source (a source is one witness, however many interviews) and grades
/// how well the sources corroborate each other.
/// </summary>
internal static class Corroboration
{
    /// <summary>The conflict names, in the order they are listed.</summary>
    public static readonly ImmutableArray<string> ConflictFields = ["date", "site", "weapon", "actor", "toll"];

    /// <summary>The incident <paramref name="id"/> made of <paramref name="claims"/> (ordered by key).</summary>
    public static LinkedIncident Summarize(string id, LinkClaim[] claims, ImmutableArray<string> previousIds)
    {
        var mainHarm = MainHarm(claims);
        var sources = claims
            .GroupBy(c => c.WitnessKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Source.Of(g.ToArray(), mainHarm))
            .ToArray();

        var conflicts = new bool[ConflictFields.Length];
        for (var x = 0; x < sources.Length; x++)
        {
            for (var y = x + 1; y < sources.Length; y++)
            {
                var a = sources[x];
                var b = sources[y];
                conflicts[0] |= a.Dated && b.Dated && (a.From > b.To || b.From > a.To);
                conflicts[1] |= a.Chain.Length > 0 && b.Chain.Length > 0 && !Nested(a.Chain, b.Chain);
                conflicts[2] |= a.Weapon is not null && b.Weapon is not null && a.Weapon != b.Weapon;
                conflicts[3] |= a.Actor is not null && b.Actor is not null && !string.Equals(a.Actor, b.Actor, StringComparison.Ordinal);
                conflicts[4] |= a.TollMin is not null && b.TollMin is not null
                    && (a.TollMin > (b.TollMax ?? int.MaxValue) || b.TollMin > (a.TollMax ?? int.MaxValue));
            }
        }

        var grade = sources.Length < 2 ? IncidentGrade.SingleSource
            : Array.IndexOf(conflicts, true) >= 0 ? IncidentGrade.Contested
            : IncidentGrade.Corroborated;
        var (from, to) = Dates(sources);
        var (victimsMin, victimsMax) = Toll(sources);
        return new LinkedIncident(
            id,
            AgreedSite(sources),
            from,
            to,
            MostGiven(sources.Select(s => s.Weapon), Comparer<WeaponCategory?>.Default),
            MostGiven(sources.Select(s => s.Actor), StringComparer.Ordinal),
            victimsMin,
            victimsMax,
            [.. claims.Select(c => c.TestimonyId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            sources.Length,
            grade,
            grade == IncidentGrade.Contested ? [.. ConflictFields.Where((_, i) => conflicts[i])] : [],
            previousIds,
            [.. claims.Select(c => c.Key)]);
    }

    /// <summary>KILLED when any claim has it, else INJURED, else the first harm in enum order.</summary>
    private static Harm MainHarm(LinkClaim[] claims)
    {
        var main = (Harm)int.MaxValue;
        foreach (var claim in claims)
        {
            if (claim.Harm == Harm.Killed)
            {
                return Harm.Killed;
            }

            main = claim.Harm == Harm.Injured || (main != Harm.Injured && claim.Harm < main) ? claim.Harm : main;
        }

        return main;
    }

    private static bool Nested(string[] a, string[] b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return string.Equals(longer[shorter.Length - 1], shorter[^1], StringComparison.Ordinal);
    }

    /// <summary>The deepest site on every source's chain, among the sources that give one.</summary>
    private static string? AgreedSite(Source[] sources)
    {
        string[]? common = null;
        var length = 0;
        foreach (var source in sources)
        {
            if (source.Chain.Length == 0)
            {
                continue;
            }

            if (common is null)
            {
                common = source.Chain;
                length = common.Length;
                continue;
            }

            var shared = 0;
            while (shared < length && shared < source.Chain.Length
                && string.Equals(common[shared], source.Chain[shared], StringComparison.Ordinal))
            {
                shared++;
            }

            length = shared;
        }

        return common is null || length == 0 ? null : common[length - 1];
    }

    /// <summary>The intersection of the sources' ranges, or their union when they do not intersect.</summary>
    private static (DateOnly? From, DateOnly? To) Dates(Source[] sources)
    {
        var dated = sources.Where(s => s.Dated).ToArray();
        if (dated.Length == 0)
        {
            return (null, null);
        }

        var from = dated.Max(s => s.From);
        var to = dated.Min(s => s.To);
        if (from > to)
        {
            from = dated.Min(s => s.From);
            to = dated.Max(s => s.To);
        }

        return (Day(from), Day(to));
    }

    private static DateOnly? Day(int dayNumber) =>
        dayNumber is int.MinValue or int.MaxValue ? null : DateOnly.FromDayNumber(dayNumber);

    /// <summary>The least min and the greatest max across sources; no max when an open-ended source's min
    /// exceeds every given max.</summary>
    private static (int? Min, int? Max) Toll(Source[] sources)
    {
        var tolled = sources.Where(s => s.TollMin is not null).ToArray();
        if (tolled.Length == 0)
        {
            return (null, null);
        }

        var min = tolled.Min(s => s.TollMin!.Value);
        var maxes = tolled.Where(s => s.TollMax is not null).Select(s => s.TollMax!.Value).ToArray();
        if (maxes.Length == 0)
        {
            return (min, null);
        }

        var max = maxes.Max();
        var beyond = tolled.Any(s => s.TollMax is null && s.TollMin > max);
        return (min, beyond ? null : max);
    }

    /// <summary>The value most sources give (ties: the first in <paramref name="order"/>), or null.</summary>
    private static T? MostGiven<T>(IEnumerable<T?> values, IComparer<T?> order)
    {
        return values
            .Where(v => v is not null)
            .GroupBy(v => v)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, order)
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>What one witness says of the incident, over all their claims in it.</summary>
    private sealed record Source(bool Dated, int From, int To, string[] Chain, WeaponCategory? Weapon, string? Actor, int? TollMin, int? TollMax)
    {
        public static Source Of(LinkClaim[] claims, Harm mainHarm)
        {
            var dated = claims.Where(c => c.DateFrom is not null || c.DateTo is not null).ToArray();
            int from = int.MinValue, to = int.MaxValue;
            if (dated.Length > 0)
            {
                from = dated.Max(c => c.DateFrom?.DayNumber ?? int.MinValue);
                to = dated.Min(c => c.DateTo?.DayNumber ?? int.MaxValue);
                if (from > to)
                {
                    from = dated.Min(c => c.DateFrom?.DayNumber ?? int.MinValue);
                    to = dated.Max(c => c.DateTo?.DayNumber ?? int.MaxValue);
                }
            }

            // The most specific site the witness names (ties: the ordinally first id).
            var sited = claims
                .Where(c => c.SiteId is not null)
                .OrderByDescending(c => c.SiteAncestors.IsDefault ? 0 : c.SiteAncestors.Length)
                .ThenBy(c => c.SiteId, StringComparer.Ordinal)
                .FirstOrDefault();
            string[] chain = sited is null ? [] : [.. (sited.SiteAncestors.IsDefault ? [] : sited.SiteAncestors).Reverse(), sited.SiteId!];

            var weapon = MostGiven(claims.Select(c => c.Weapon), Comparer<WeaponCategory?>.Default);
            var actor = MostGiven(claims.Select(c => c.Actor), StringComparer.Ordinal);

            var tolls = claims.Where(c => c.Harm == mainHarm && c.VictimsMin is not null).ToArray();
            int? tollMin = null, tollMax = null;
            if (tolls.Length > 0)
            {
                tollMin = tolls.Min(c => c.VictimsMin!.Value);
                tollMax = tolls.Any(c => c.VictimsMax is null) ? null : tolls.Max(c => c.VictimsMax!.Value);
            }

            return new Source(dated.Length > 0, from, to, chain, weapon, actor, tollMin, tollMax);
        }
    }
}
