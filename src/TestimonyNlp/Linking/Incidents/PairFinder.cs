using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>A scored pair of claims that may link (<see cref="A"/> &lt; <see cref="B"/>).</summary>
/// <param name="A">The first claim's index.</param>
/// <param name="B">The second claim's index.</param>
/// <param name="Score">The evidence weight they share.</param>
/// <param name="Tie">Among edges of one score, the lower is taken first (then the lower indices): 0 within a
/// testimony; across testimonies the relation of the two accounts' closest sites (<see cref="SiteRelation"/>,
/// closest first).</param>
internal readonly record struct PairEdge(int A, int B, double Score, int Tie = 0);

/// <summary>Scores the pairs of claims of one testimony: the first stage of linking, which joins a testimony's
/// claims of one event (killed, injured, damage of one strike told in a few sentences) into an account.</summary>
internal sealed class PairFinder
{
    private readonly ClaimTable _table;
    private readonly IncidentLinkerOptions _options;
    private readonly List<PairEdge> _edges = [];

    public PairFinder(ClaimTable table, IncidentLinkerOptions options)
    {
        _table = table;
        _options = options;
    }

    /// <summary>Every pair of claims of one testimony that scores at least the account threshold, each once.</summary>
    public List<PairEdge> Find(CancellationToken cancellationToken)
    {
        var t = _table;
        var byTestimony = new Dictionary<int, List<int>>();
        for (var i = 0; i < t.Count; i++)
        {
            Add(byTestimony, t.Testimony[i], i);
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

        return _edges;
    }

    /// <summary>
    /// True when two claims may stand in one incident: sites nested, dates overlapping (or at most
    /// <paramref name="namedSlackDays"/> apart when both name a victim in common; within one testimony the same
    /// range unless they name a victim in common), weapons equal or confused (across testimonies), actors equal; a
    /// missing value is compatible with any.
    /// </summary>
    public static bool Compatible(ClaimTable t, int a, int b, int namedSlackDays)
    {
        // Within one testimony a witness names one place one way, so any two sites neither equal nor nested are
        // two places; across testimonies only different towns are (local names vary, AccountLinker weighs them).
        var sites = t.Sites(a, b, out _);
        if (sites == SiteRelation.Apart || (t.Testimony[a] == t.Testimony[b] && sites is not (SiteRelation.Same or SiteRelation.Nested or SiteRelation.Unknown)))
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
            && WeaponConfusion.AreApart((WeaponCategory)t.Weapon[a], (WeaponCategory)t.Weapon[b]))
        {
            return false;
        }

        // A witness dates one event one way: within a testimony two different dates (even overlapping, the 12th and
        // that month) are two events, unless a victim named in both ties them.
        if (t.Testimony[a] == t.Testimony[b]
            && t.Dated[a]
            && t.Dated[b]
            && (t.From[a] != t.From[b] || t.To[a] != t.To[b])
            && !t.SharesName(a, b))
        {
            return false;
        }

        return !t.Dated[a] || !t.Dated[b] || t.DatesOverlap(a, b)
            || (t.DayGap(a, b) <= namedSlackDays && t.SharesName(a, b));
    }

    private void Consider(int a, int b)
    {
        var score = Score(a, b);
        if (score >= _options.AccountThreshold)
        {
            _edges.Add(new PairEdge(a, b, score));
        }
    }

    /// <summary>The evidence weight two claims share, or <see cref="double.NegativeInfinity"/> when they are
    /// incompatible.</summary>
    internal double Score(int a, int b)
    {
        var t = _table;
        var o = _options;
        var sharedName = t.SharesName(a, b);
        if (!Compatible(t, a, b, o.NamedDateSlackDays))
        {
            return double.NegativeInfinity;
        }

        // Within one testimony the same date given again is what marks one event: the site is mostly the same
        // for every claim, and overlapping but different ranges are mostly two events.
        var score = sharedName ? o.SharedVictimWeight : 0.0;
        if (t.Dated[a] && t.Dated[b])
        {
            score += t.From[a] == t.From[b] && t.To[a] == t.To[b]
                ? (t.Width(a) <= o.NarrowDays ? o.SameRangeWeight : o.WideSameRangeWeight)
                : 0;
        }
        else if (t.Dated[a] || t.Dated[b])
        {
            score += o.OneUndatedWeight;
        }

        score += HarmFamilies(t.Harm[a], t.Harm[b]) switch
        {
            (0, 2) or (2, 0) => o.StrikeDisplacementWeight,
            (1, 2) or (2, 1) => o.DetentionDisplacementWeight,

            // A killing told with its day and a detention told after it with none (or the reverse) are as often two
            // events as one: the undated claim took the day of the story before it.
            (0, 1) or (1, 0) when t.DateCarried[a] || t.DateCarried[b] => o.CarriedStrikeTakingWeight,
            _ => 0,
        };

        // A witness who names a mortar and then a sniper on one day at one place tells two events; one who names
        // the shell again a few sentences on (the dead, then the wounded, then the house) tells one.
        if (t.Weapon[a] != ClaimTable.None && t.Weapon[b] != ClaimTable.None)
        {
            score += t.Weapon[a] == t.Weapon[b] ? o.SameWeaponInTestimonyWeight
                : WeaponConfusion.AreConfused((WeaponCategory)t.Weapon[a], (WeaponCategory)t.Weapon[b]) ? o.ConfusedWeaponInTestimonyWeight
                : o.OtherWeaponInTestimonyWeight;
        }

        // A witness names the place of one event one way each time: a claim at the town beside one at a house in it
        // is as often the town's event told next to the family's.
        if (t.Sites(a, b, out _) == SiteRelation.Nested)
        {
            score += o.NestedSiteInTestimonyWeight;
        }

        var gap = Math.Max(t.EvidenceStart[a], t.EvidenceStart[b]) - Math.Min(t.EvidenceEnd[a], t.EvidenceEnd[b]);
        score += gap <= o.NearChars ? o.NearWeight : gap <= o.CloseChars ? o.CloseWeight : 0;
        return score;
    }

    /// <summary>The families of two harms: 0 a strike's (killed, injured, damage), 1 a taking (detained, missing),
    /// 2 displacement.</summary>
    private static (int, int) HarmFamilies(Harm a, Harm b) => (Family(a), Family(b));

    /// <summary>One bit for the family of <paramref name="harm"/> (<see cref="Family"/>).</summary>
    public static int FamilyBit(Harm harm) => 1 << Family(harm);

    private static int Family(Harm harm) => harm switch
    {
        Harm.Detained or Harm.Missing => 1,
        Harm.Displaced => 2,
        _ => 0,
    };

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
