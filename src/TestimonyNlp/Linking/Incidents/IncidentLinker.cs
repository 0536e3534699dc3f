using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Clusters claims from all testimonies into incidents, keeps incident ids stable across runs and grades each
/// incident's corroboration. Immutable and thread-safe; <see cref="Link"/> is a pure function of its inputs: the
/// same claims and prior incidents in any order give the same result.
/// </summary>
/// <remarks>
/// <para><b>Pairs</b>: two claims are compatible when their dates overlap, their sites are the same or one lies
/// inside the other, their weapons are equal or confused by witnesses (<see cref="WeaponConfusion"/>) and their
/// actors are equal; a missing value is compatible with any. Compatible pairs are scored by the evidence they
/// share (<see cref="IncidentLinkerOptions"/>) and link when the score reaches the threshold. A victim named by
/// both claims links them even across a date conflict; within one testimony, claims near each other in the text
/// link, and differing weapons do not keep them apart.</para>
/// <para><b>Blocking</b>: pairs are scored only within one testimony; within one governorate among claims whose
/// dates overlap (a sweep over the start day); within one town for claims without a date or with a wide one;
/// and among the claims naming one victim. Claims with neither date nor site link only within their
/// testimony.</para>
/// <para><b>Clustering</b>: greedy agglomerative, best pair first; two clusters merge only when no claim of one
/// is incompatible with a claim of the other.</para>
/// </remarks>
public sealed class IncidentLinker
{
    private readonly IncidentLinkerOptions _options;

    /// <summary>Creates a linker with <paramref name="options"/>, or the defaults.</summary>
    public IncidentLinker(IncidentLinkerOptions? options = null)
    {
        _options = options ?? new IncidentLinkerOptions();
    }

    /// <summary>The thresholds and weights in use.</summary>
    public IncidentLinkerOptions Options => _options;

    /// <summary>Links <paramref name="claims"/> into incidents, reusing the ids of <paramref name="prior"/>.</summary>
    /// <param name="claims">Every claim to link, from all testimonies; keys unique.</param>
    /// <param name="prior">The incidents of the previous run (empty on the first).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The incidents ordered by id number, and the prior ids retired.</returns>
    /// <exception cref="ArgumentException">Two claims share a key.</exception>
    public IncidentLinkResult Link(
        IReadOnlyList<LinkClaim> claims,
        IReadOnlyList<PriorIncident> prior,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(prior);
        var ordered = claims.OrderBy(c => c.Key).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Key == ordered[i - 1].Key)
            {
                throw new ArgumentException("Two claims share a key.", nameof(claims));
            }
        }

        var table = new ClaimTable(ordered);
        var edges = new PairFinder(table, _options).Find(cancellationToken);
        var accounts = Cluster(table, edges, _options.NamedDateSlackDays, cancellationToken);
        var clusters = new AccountLinker(table, _options, accounts).Link(cancellationToken);
        return IncidentAssembler.Assemble(ordered, clusters, prior);
    }

    private static List<int[]> Cluster(ClaimTable table, List<PairEdge> edges, int namedSlackDays, CancellationToken cancellationToken)
    {
        edges.Sort(static (x, y) =>
        {
            var byScore = y.Score.CompareTo(x.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byA = x.A.CompareTo(y.A);
            return byA != 0 ? byA : x.B.CompareTo(y.B);
        });

        var root = new int[table.Count];
        var members = new List<int>?[table.Count];
        for (var i = 0; i < root.Length; i++)
        {
            root[i] = i;
        }

        for (var e = 0; e < edges.Count; e++)
        {
            if ((e & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var edge = edges[e];
            var ra = Find(root, edge.A);
            var rb = Find(root, edge.B);
            if (ra == rb)
            {
                continue;
            }

            var ma = members[ra] ??= [ra];
            var mb = members[rb] ??= [rb];
            if (!CanMerge(table, ma, mb, namedSlackDays))
            {
                continue;
            }

            // The larger cluster absorbs the smaller; the root is the smaller index, so the result is the same
            // whichever way round the pair came.
            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            var (big, small) = ma.Count >= mb.Count ? (ma, mb) : (mb, ma);
            big.AddRange(small);
            members[keep] = big;
            members[drop] = null;
            root[drop] = keep;
        }

        var clusters = new List<int[]>();
        for (var i = 0; i < table.Count; i++)
        {
            if (Find(root, i) != i)
            {
                continue;
            }

            var cluster = members[i]?.ToArray() ?? [i];
            Array.Sort(cluster);
            clusters.Add(cluster);
        }

        return clusters;
    }

    private static bool CanMerge(ClaimTable table, List<int> a, List<int> b, int namedSlackDays)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (!PairFinder.Compatible(table, x, y, namedSlackDays))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Find(int[] root, int i)
    {
        while (root[i] != i)
        {
            root[i] = root[root[i]];
            i = root[i];
        }

        return i;
    }
}
