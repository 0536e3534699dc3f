namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// Joins each account of a testimony that gives no date to the nearest dated account of that testimony: a witness
/// dates an event once and tells its harms after, so the undated claims that follow belong to the account before
/// them unless something conflicts (another site that is neither equal nor nested, another actor).
/// </summary>
internal static class UndatedAttacher
{
    /// <summary>The accounts after the undated ones within <see cref="IncidentLinkerOptions.AttachChars"/> of a
    /// dated account of their testimony have joined it; each account's claims ascending.</summary>
    public static List<int[]> Attach(ClaimTable table, List<int[]> accounts, IncidentLinkerOptions options)
    {
        if (options.AttachChars < 0 || AccountLinker.X("NOATTACH") != 0)
        {
            return accounts;
        }

        var byTestimony = new Dictionary<int, List<int>>();
        for (var a = 0; a < accounts.Count; a++)
        {
            var testimony = table.Testimony[accounts[a][0]];
            if (!byTestimony.TryGetValue(testimony, out var list))
            {
                list = [];
                byTestimony.Add(testimony, list);
            }

            list.Add(a);
        }

        var target = new int[accounts.Count];
        Array.Fill(target, -1);
        foreach (var group in byTestimony.Values)
        {
            foreach (var u in group)
            {
                if (IsDated(table, accounts[u]))
                {
                    continue;
                }

                var best = -1;
                var bestGap = int.MaxValue;
                foreach (var d in group)
                {
                    if (d == u || !IsDated(table, accounts[d]))
                    {
                        continue;
                    }

                    var gap = Gap(table, accounts[u], accounts[d]);
                    if (gap < bestGap || (gap == bestGap && d < best))
                    {
                        best = d;
                        bestGap = gap;
                    }
                }

                if (best >= 0 && bestGap <= options.AttachChars && Compatible(table, accounts[u], accounts[best], options))
                {
                    target[u] = best;
                }
            }
        }

        var merged = new List<int>?[accounts.Count];
        for (var a = 0; a < accounts.Count; a++)
        {
            var into = target[a] >= 0 ? target[a] : a;
            (merged[into] ??= []).AddRange(accounts[a]);
        }

        var result = new List<int[]>(accounts.Count);
        foreach (var list in merged)
        {
            if (list is null)
            {
                continue;
            }

            var claims = list.ToArray();
            Array.Sort(claims);
            result.Add(claims);
        }

        return result;
    }

    private static bool IsDated(ClaimTable table, int[] account)
    {
        foreach (var claim in account)
        {
            if (table.Dated[claim])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The least gap, in characters, between the evidence of a claim of one and a claim of the other.</summary>
    private static int Gap(ClaimTable table, int[] x, int[] y)
    {
        var best = int.MaxValue;
        foreach (var a in x)
        {
            foreach (var b in y)
            {
                var gap = Math.Max(table.EvidenceStart[a], table.EvidenceStart[b]) - Math.Min(table.EvidenceEnd[a], table.EvidenceEnd[b]);
                best = Math.Min(best, Math.Max(0, gap));
            }
        }

        return best;
    }

    private static bool Compatible(ClaimTable table, int[] x, int[] y, IncidentLinkerOptions options)
    {
        foreach (var a in x)
        {
            foreach (var b in y)
            {
                if (!PairFinder.Compatible(table, a, b, options.NamedDateSlackDays))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
