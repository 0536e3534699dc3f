namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Groups items along scored edges, best edge first (ties by the lower <see cref="PairEdge.Tie"/>, then the lower
/// indices), with union-find: two groups join
/// only when the caller allows their members to be together, so a group never holds two items that conflict. The
/// result does not depend on the order the edges came in.
/// </summary>
internal static class GreedyMerge
{
    /// <summary>The groups of <paramref name="count"/> items, in order of their least index; each group's members
    /// are in no particular order. Sorts <paramref name="edges"/> in place.</summary>
    public static List<List<int>> Groups(
        int count, List<PairEdge> edges, Func<List<int>, List<int>, bool> canMerge, CancellationToken cancellationToken)
    {
        edges.Sort(static (x, y) =>
        {
            var byScore = y.Score.CompareTo(x.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byTie = x.Tie.CompareTo(y.Tie);
            if (byTie != 0)
            {
                return byTie;
            }

            var byA = x.A.CompareTo(y.A);
            return byA != 0 ? byA : x.B.CompareTo(y.B);
        });

        var root = new int[count];
        var members = new List<int>?[count];
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

            var ra = Find(root, edges[e].A);
            var rb = Find(root, edges[e].B);
            if (ra == rb)
            {
                continue;
            }

            var ma = members[ra] ??= [ra];
            var mb = members[rb] ??= [rb];
            if (!canMerge(ma, mb))
            {
                continue;
            }

            // The larger group absorbs the smaller; the root is the smaller index, so the result is the same
            // whichever way round the pair came.
            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            var (big, small) = ma.Count >= mb.Count ? (ma, mb) : (mb, ma);
            big.AddRange(small);
            members[keep] = big;
            members[drop] = null;
            root[drop] = keep;
        }

        var groups = new List<List<int>>();
        for (var i = 0; i < count; i++)
        {
            if (Find(root, i) == i)
            {
                groups.Add(members[i] ?? [i]);
            }
        }

        return groups;
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
