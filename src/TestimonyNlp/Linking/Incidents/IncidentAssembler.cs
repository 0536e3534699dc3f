using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>Gives the clusters of a linking run their ids (keeping prior ids stable) and their corroboration.</summary>
internal static class IncidentAssembler
{
    /// <summary>Builds the result from clusters of indices into <paramref name="claims"/> (ordered by key).</summary>
    public static IncidentLinkResult Assemble(LinkClaim[] claims, List<int[]> clusters, IReadOnlyList<PriorIncident> prior)
    {
        var priorPrevious = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        long highest = 0;
        foreach (var incident in prior)
        {
            var previous = incident.PreviousIds.IsDefault ? [] : incident.PreviousIds;
            priorPrevious.TryAdd(incident.IncidentId, previous);
            highest = Math.Max(highest, IncidentIds.NumberOf(incident.IncidentId) ?? 0);
            foreach (var id in previous)
            {
                highest = Math.Max(highest, IncidentIds.NumberOf(id) ?? 0);
            }
        }

        var known = new HashSet<string>(priorPrevious.Keys, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.PreviousIncidentId is { } id)
            {
                known.Add(id);
                highest = Math.Max(highest, IncidentIds.NumberOf(id) ?? 0);
            }

            foreach (var named in ReviewPins.NamedIds(claim))
            {
                highest = Math.Max(highest, IncidentIds.NumberOf(named) ?? 0);
            }
        }

        // Reviewers' verdicts first: pinned claims keep their incident; then a claim in an incident whose link a
        // reviewer rejected leaves it for one of its own, and the ids are given again, until none is left.
        (clusters, var forced) = ReviewPins.Regroup(claims, clusters);
        var (ids, holdings) = AssignIds(claims, clusters, forced, highest);
        while (SplitRejected(claims, clusters, ref forced, ids))
        {
            (ids, holdings) = AssignIds(claims, clusters, forced, highest);
        }

        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
        {
            owner.TryAdd(ids[c], c);
        }

        var absorbed = new List<string>?[clusters.Count];
        foreach (var (cluster, id, _) in holdings)
        {
            if (!owner.ContainsKey(id))
            {
                owner.Add(id, cluster);
                (absorbed[cluster] ??= []).Add(id);
            }
        }

        var incidents = new List<LinkedIncident>(clusters.Count);
        for (var c = 0; c < clusters.Count; c++)
        {
            var previous = new SortedSet<string>(StringComparer.Ordinal);
            AddPrevious(previous, priorPrevious, ids[c]);
            foreach (var id in absorbed[c] ?? [])
            {
                previous.Add(id);
                AddPrevious(previous, priorPrevious, id);
            }

            previous.Remove(ids[c]);
            incidents.Add(Corroboration.Summarize(ids[c], clusters[c].Select(i => claims[i]).ToArray(), [.. previous]));
        }

        var live = new HashSet<string>(ids, StringComparer.Ordinal);
        var retired = known.Where(id => !live.Contains(id)).ToList();
        retired.Sort(IncidentIds.Compare);
        incidents.Sort((x, y) => IncidentIds.Compare(x.IncidentId, y.IncidentId));
        return new IncidentLinkResult([.. incidents], [.. retired]);
    }

    /// <summary>The id of each cluster: its pin, else the prior id most of its claims hold (a prior id split across
    /// clusters stays with the one holding most of its claims), else a new id past <paramref name="highest"/>; and
    /// the holdings (cluster, prior id, claims of the cluster holding it), best first.</summary>
    private static (string[] Ids, List<(int Cluster, string Id, int Count)> Holdings) AssignIds(
        LinkClaim[] claims, List<int[]> clusters, string?[] forced, long highest)
    {
        var holdings = new List<(int Cluster, string Id, int Count)>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in clusters[c])
            {
                if (ReviewPins.PreviousOf(claims[i]) is { } id)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }

            holdings.AddRange(counts.Select(p => (c, p.Key, p.Value)));
        }

        holdings.Sort((x, y) =>
        {
            var byCount = y.Count.CompareTo(x.Count);
            if (byCount != 0)
            {
                return byCount;
            }

            var byId = IncidentIds.Compare(x.Id, y.Id);
            return byId != 0 ? byId : x.Cluster.CompareTo(y.Cluster);
        });

        var ids = new string?[clusters.Count];
        var owned = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
        {
            if (forced[c] is { } pin)
            {
                ids[c] = pin;
                owned.Add(pin);
            }
        }

        foreach (var (cluster, id, _) in holdings)
        {
            if (ids[cluster] is null && !owned.Contains(id))
            {
                ids[cluster] = id;
                owned.Add(id);
            }
        }

        // Clusters are ordered by their least claim key, so new ids follow the claims, not the input order.
        for (var c = 0; c < clusters.Count; c++)
        {
            ids[c] ??= IncidentIds.Of(++highest);
        }

        return ([.. ids.Select(id => id!)], holdings);
    }

    /// <summary>Moves every claim sitting in an incident its link to which a reviewer rejected into a cluster of
    /// its own; true when any moved.</summary>
    private static bool SplitRejected(LinkClaim[] claims, List<int[]> clusters, ref string?[] forced, string[] ids)
    {
        var moved = new List<int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var id = ids[c];
            if (!clusters[c].Any(i => ReviewPins.Rejects(claims[i], id)))
            {
                continue;
            }

            moved.AddRange(clusters[c].Where(i => ReviewPins.Rejects(claims[i], id)));
            clusters[c] = [.. clusters[c].Where(i => !ReviewPins.Rejects(claims[i], id))];
        }

        if (moved.Count == 0)
        {
            return false;
        }

        var pins = forced;
        var regrouped = clusters
            .Select((members, c) => (Members: members, Pin: pins[c]))
            .Where(r => r.Members.Length > 0)
            .Concat(moved.Select(i => (Members: new[] { i }, Pin: (string?)null)))
            .OrderBy(r => r.Members[0])
            .ToList();
        clusters.Clear();
        clusters.AddRange(regrouped.Select(r => r.Members));
        forced = [.. regrouped.Select(r => r.Pin)];
        return true;
    }

    private static void AddPrevious(SortedSet<string> previous, Dictionary<string, ImmutableArray<string>> priorPrevious, string id)
    {
        if (priorPrevious.TryGetValue(id, out var carried))
        {
            previous.UnionWith(carried);
        }
    }
}
