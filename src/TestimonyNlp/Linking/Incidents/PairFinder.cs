using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>A scored pair of claims that may link (<see cref="A"/> &lt; <see cref="B"/>).</summary>
/// <param name="A">The first claim's index.</param>
/// <param name="B">The second claim's index.</param>
/// <param name="Score">The evidence weight they share.</param>
/// <param name="ToleratesDate">True when a shared victim name links them, so a date conflict does not block the
/// merge of their clusters.</param>
internal readonly record struct PairEdge(int A, int B, double Score, bool ToleratesDate);

/// <summary>Finds the candidate pairs of a <see cref="ClaimTable"/> within its blocks and scores them.</summary>
internal sealed class PairFinder
{
    private readonly ClaimTable _table;
    private readonly IncidentLinkerOptions _options;
    private readonly HashSet<long> _seen = [];
    private readonly List<PairEdge> _edges = [];

    public PairFinder(ClaimTable table, IncidentLinkerOptions options)
    {
        _table = table;
        _options = options;
    }

    /// <summary>Every linking pair of the blocks, each once.</summary>
    public List<PairEdge> Find(CancellationToken cancellationToken)
    {
        var t = _table;
        var byTestimony = new Dictionary<int, List<int>>();
        var byPlace = new Dictionary<int, List<int>>();
        var byTown = new Dictionary<int, List<int>>();
        var byName = new List<int>?[t.NameCount];
        for (var i = 0; i < t.Count; i++)
        {
            Add(byTestimony, t.Testimony[i], i);
            if (t.HasSite(i))
            {
                Add(byTown, t.TownBlock(i), i);
                if (IsNarrow(i))
                {
                    Add(byPlace, t.PlaceBlock(i), i);
                }
            }

            foreach (var name in t.Names[i])
            {
                (byName[name] ??= []).Add(i);
            }
        }

        foreach (var group in byTestimony.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var x = 0; x < group.Count; x++)
            {
                for (var y = x + 1; y < group.Count; y++)
                {
                    Consider(group[x], group[y]);
                }
            }
        }

        foreach (var group in byPlace.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            group.Sort((a, b) => t.From[a] != t.From[b] ? t.From[a].CompareTo(t.From[b]) : a.CompareTo(b));
            for (var x = 0; x < group.Count; x++)
            {
                var a = group[x];
                for (var y = x + 1; y < group.Count && t.From[group[y]] <= t.To[a]; y++)
                {
                    Consider(a, group[y]);
                }
            }
        }

        foreach (var group in byTown.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var a in group)
            {
                if (IsNarrow(a))
                {
                    continue;
                }

                foreach (var b in group)
                {
                    if (a != b && (!IsNarrow(b) ? a < b : true))
                    {
                        Consider(a, b);
                    }
                }
            }
        }

        foreach (var group in byName)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group is null || group.Count > _options.MaxNameBlock)
            {
                continue;
            }

            for (var x = 0; x < group.Count; x++)
            {
                for (var y = x + 1; y < group.Count; y++)
                {
                    Consider(group[x], group[y]);
                }
            }
        }

        return _edges;
    }

    /// <summary>
    /// True when two claims may stand in one incident: sites nested, dates overlapping (unless
    /// <paramref name="toleratesDate"/> or a shared victim), weapons equal or confused (across testimonies), actors
    /// equal; a missing value is compatible with any.
    /// </summary>
    public static bool Compatible(ClaimTable t, int a, int b, bool toleratesDate)
    {
        if (t.Sites(a, b, out _) == SiteRelation.Apart)
        {
            return false;
        }

        if (t.Actor[a] != ClaimTable.None && t.Actor[b] != ClaimTable.None && t.Actor[a] != t.Actor[b])
        {
            return false;
        }

        if (t.Testimony[a] != t.Testimony[b]
            && t.Weapon[a] != ClaimTable.None
            && t.Weapon[b] != ClaimTable.None
            && t.Weapon[a] != t.Weapon[b]
            && !WeaponConfusion.AreConfused((WeaponCategory)t.Weapon[a], (WeaponCategory)t.Weapon[b]))
        {
            return false;
        }

        return toleratesDate || !t.Dated[a] || !t.Dated[b] || t.DatesOverlap(a, b) || t.SharesName(a, b);
    }

    private bool IsNarrow(int i) => _table.Dated[i] && _table.Width(i) <= _options.MaxBlockDays;

    private void Consider(int a, int b)
    {
        if (a > b)
        {
            (a, b) = (b, a);
        }

        if (!_seen.Add(((long)a * _table.Count) + b))
        {
            return;
        }

        var score = Score(a, b, out var sharedName);
        if (score >= _options.LinkThreshold)
        {
            _edges.Add(new PairEdge(a, b, score, sharedName));
        }
    }

    /// <summary>The evidence weight two claims share, or <see cref="double.NegativeInfinity"/> when they are
    /// incompatible.</summary>
    private double Score(int a, int b, out bool sharedName)
    {
        var t = _table;
        var o = _options;
        sharedName = t.SharesName(a, b);
        if (!Compatible(t, a, b, false))
        {
            return double.NegativeInfinity;
        }

        var score = sharedName ? o.SharedVictimWeight : 0.0;
        switch (t.Sites(a, b, out var outerDepth))
        {
            case SiteRelation.Same:
                score += o.SameSiteWeight;
                break;
            case SiteRelation.Nested:
                score += outerDepth >= 2 ? o.NestedSiteWeight : o.WeakNestedSiteWeight;
                break;
        }

        if (t.Dated[a] && t.Dated[b] && t.DatesOverlap(a, b))
        {
            var narrower = Math.Min(t.Width(a), t.Width(b));
            score += narrower == 1 && t.From[a] == t.From[b] && t.To[a] == t.To[b]
                ? o.SameDayWeight
                : narrower <= o.NarrowDays ? o.NarrowOverlapWeight : o.WideOverlapWeight;
        }

        if (t.Weapon[a] != ClaimTable.None && t.Weapon[b] != ClaimTable.None)
        {
            score += t.Weapon[a] == t.Weapon[b] ? o.SameWeaponWeight
                : WeaponConfusion.AreConfused((WeaponCategory)t.Weapon[a], (WeaponCategory)t.Weapon[b]) ? o.ConfusedWeaponWeight
                : 0;
        }

        if (t.Actor[a] != ClaimTable.None && t.Actor[a] == t.Actor[b])
        {
            score += o.SameActorWeight;
        }

        if (t.Testimony[a] == t.Testimony[b])
        {
            var gap = Math.Max(t.EvidenceStart[a], t.EvidenceStart[b]) - Math.Min(t.EvidenceEnd[a], t.EvidenceEnd[b]);
            score += gap <= o.NearChars ? o.NearWeight : gap <= o.CloseChars ? o.CloseWeight : 0;
        }

        return score;
    }

    private static void Add(Dictionary<int, List<int>> groups, int key, int value)
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = [];
            groups.Add(key, group);
        }

        group.Add(value);
    }
}
