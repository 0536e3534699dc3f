using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Applies reviewers' verdicts on incident links to the clusters of a linking run: claims pinned to one incident
/// (<see cref="LinkClaim.PinnedIncidentId"/>) end up together under that id, claims pinned to different incidents
/// never share a cluster, and an unpinned claim follows the pinned claims its cluster holds most of.
/// </summary>
internal static class ReviewPins
{
    /// <summary>The clusters regrouped around the pinned claims, ordered by their least index, and the id each
    /// cluster must take (its pin) or null. Without pinned claims the clusters come back as they are.</summary>
    public static (List<int[]> Clusters, string?[] Forced) Regroup(LinkClaim[] claims, List<int[]> clusters)
    {
        if (!claims.Any(c => c.PinnedIncidentId is not null))
        {
            return (clusters, new string?[clusters.Count]);
        }

        var pinned = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var regrouped = new List<(int[] Members, string? Pin)>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in cluster)
            {
                if (claims[i].PinnedIncidentId is { } pin)
                {
                    counts[pin] = counts.GetValueOrDefault(pin) + 1;
                }
            }

            if (counts.Count == 0)
            {
                regrouped.Add((cluster, null));
                continue;
            }

            // Unpinned claims join the pin most of the cluster's pinned claims hold (ties: the lowest id).
            var best = counts
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, Comparer<string>.Create(IncidentIds.Compare))
                .First().Key;
            foreach (var i in cluster)
            {
                var pin = claims[i].PinnedIncidentId ?? best;
                if (!pinned.TryGetValue(pin, out var members))
                {
                    members = [];
                    pinned.Add(pin, members);
                }

                members.Add(i);
            }
        }

        foreach (var (pin, members) in pinned)
        {
            members.Sort();
            regrouped.Add((members.ToArray(), pin));
        }

        regrouped.Sort((x, y) => x.Members[0].CompareTo(y.Members[0]));
        return ([.. regrouped.Select(r => r.Members)], [.. regrouped.Select(r => r.Pin)]);
    }

    /// <summary>True when <paramref name="claim"/> may not be in the incident <paramref name="id"/>: a reviewer
    /// rejected its link to it, and no reviewer pinned it anywhere since.</summary>
    public static bool Rejects(LinkClaim claim, string id) =>
        claim.PinnedIncidentId is null
        && !claim.RejectedIncidentIds.IsDefaultOrEmpty
        && claim.RejectedIncidentIds.Contains(id, StringComparer.Ordinal);

    /// <summary>The claim's id of the previous run, unless a reviewer rejected its link to that incident.</summary>
    public static string? PreviousOf(LinkClaim claim) =>
        claim.PreviousIncidentId is { } id && !Rejects(claim, id) ? id : null;

    /// <summary>The ids the reviewers' verdicts name (pins and rejections), so that new ids are numbered past them.</summary>
    public static IEnumerable<string> NamedIds(LinkClaim claim)
    {
        if (claim.PinnedIncidentId is { } pin)
        {
            yield return pin;
        }

        foreach (var id in claim.RejectedIncidentIds.IsDefault ? ImmutableArray<string>.Empty : claim.RejectedIncidentIds)
        {
            yield return id;
        }
    }
}
