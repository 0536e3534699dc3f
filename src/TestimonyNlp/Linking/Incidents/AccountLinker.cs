using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Incidents;

/// <summary>
/// The second stage of linking: joins the accounts of different testimonies (each a testimony's claims of one
/// event) into incidents. Candidate pairs come from blocks of claims (one governorate and overlapping days, one
/// town for undated or vaguely dated claims, one victim name, one rare context place or person); a pair links when
/// its score reaches the threshold, and two groups merge only when no account of one has a hard conflict with an
/// account of the other and no two accounts of one testimony in them give different dates. Then each account left
/// alone joins the incident of another account of its testimony that it tells as one event with
/// (<see cref="IncidentLinkerOptions.LoneAccountMeanScore"/>).
/// </summary>
internal sealed class AccountLinker
{

    private readonly ClaimTable _t;
    private readonly IncidentLinkerOptions _o;
    private readonly List<int[]> _accounts;
    private readonly int[] _accountOf;
    private readonly HashSet<long> _seen = [];
    private readonly List<PairEdge> _edges = [];

    public AccountLinker(ClaimTable table, IncidentLinkerOptions options, List<int[]> accounts)
    {
        _t = table;
        _o = options;
        _accounts = accounts;
        _accountOf = new int[table.Count];
        for (var a = 0; a < accounts.Count; a++)
        {
            foreach (var claim in accounts[a])
            {
                _accountOf[claim] = a;
            }
        }
    }

    /// <summary>The incidents: groups of accounts, each as the ascending indices of its claims, ordered by their
    /// least claim.</summary>
    public List<int[]> Link(CancellationToken cancellationToken)
    {
        FindPairs(cancellationToken);
        var groups = GreedyMerge.Groups(_accounts.Count, _edges, CanMerge, cancellationToken);
        if (!double.IsPositiveInfinity(_o.LoneAccountMeanScore))
        {
            groups = AdoptLoneAccounts(groups, cancellationToken);
        }

        var incidents = new List<int[]>();
        foreach (var group in groups)
        {
            var claims = group.SelectMany(m => _accounts[m]).ToArray();
            Array.Sort(claims);
            incidents.Add(claims);
        }

        incidents.Sort((x, y) => x[0].CompareTo(y[0]));
        return incidents;
    }

    /// <summary>The claims of account <paramref name="account"/> (diagnostics).</summary>
    internal int[] ClaimsOf(int account) => _accounts[account];

    /// <summary>The claims' table (diagnostics).</summary>
    internal ClaimTable Table => _t;

    /// <summary>The account of claim <paramref name="claim"/> (diagnostics).</summary>
    internal int AccountOf(int claim) => _accountOf[claim];

    /// <summary>What two accounts share, their score, whether they conflict and whether a block compared them
    /// (diagnostics; after <see cref="Link"/>).</summary>
    internal (AccountPairFeatures Features, double Score, bool Conflict, bool Considered) Explain(int x, int y)
    {
        var (a, b) = x < y ? (x, y) : (y, x);
        var f = Describe(a, b);
        return (f, f.Weigh(_o), f.Conflict(_o), _seen.Contains(((long)a * _accounts.Count) + b));
    }

    private void FindPairs(CancellationToken cancellationToken)
    {
        var t = _t;
        var byPlace = new Dictionary<int, List<int>>();
        var byCountry = new Dictionary<int, List<int>>();
        var byTown = new Dictionary<int, List<int>>();
        var byName = new List<int>?[t.NameCount];
        for (var i = 0; i < t.Count; i++)
        {
            if (t.HasSite(i))
            {
                Add(byTown, t.TownBlock(i), i);
                if (IsNarrow(i))
                {
                    Add(byPlace, t.PlaceBlock(i), i);
                }

                if (_o.CountryDayBlock && t.Dated[i] && t.Width(i) == 1)
                {
                    Add(byCountry, t.Chain[i][0], i);
                }
            }

            if (!t.Dated[i] && !t.HasSite(i))
            {
                continue;
            }

            foreach (var name in t.Names[i])
            {
                (byName[name] ??= []).Add(i);
            }
        }

        var byContext = new List<int>?[t.PlaceTestimonyCount.Length];
        for (var i = 0; i < t.Count; i++)
        {
            foreach (var place in t.Places[i])
            {
                if (t.PlaceTestimonyCount[place] <= _o.MaxPlaceBlock)
                {
                    (byContext[place] ??= []).Add(i);
                }
            }
        }

        var byPerson = new List<int>?[t.PersonTestimonyCount.Length];
        for (var i = 0; i < t.Count; i++)
        {
            foreach (var person in t.People[i])
            {
                if (t.PersonTestimonyCount[person] <= _o.MaxPersonBlock)
                {
                    (byPerson[person] ??= []).Add(i);
                }
            }
        }

        foreach (var group in byContext.Concat(byPerson))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group is null)
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

        if (_o.ContextSoftensDateConflict)
        {
            ConsiderByContextDay(cancellationToken);
        }

        ConsiderByDayOfYear(cancellationToken);
        if (_o.BorrowYear)
        {
            ConsiderByBorrowedYear(cancellationToken);
        }

        foreach (var group in byPlace.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sweep(group, localOnly: false);
        }

        foreach (var group in byCountry.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sweep(group, _o.CountryDayBlockLocalOnly);
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
                    if (a != b && (IsNarrow(b) || a < b))
                    {
                        Consider(a, b);
                    }
                }
            }
        }

        foreach (var group in byName)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group is null || group.Count > _o.MaxNameBlock)
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
    }

    /// <summary>Compares the claims of one block whose ranges overlap, give or take the slack (a sweep over the start
    /// day); with <paramref name="localOnly"/>, only pairs of which one claim has a local site.</summary>
    private void Sweep(List<int> group, bool localOnly)
    {
        var t = _t;
        group.Sort((a, b) => t.From[a] != t.From[b] ? t.From[a].CompareTo(t.From[b]) : a.CompareTo(b));
        for (var x = 0; x < group.Count; x++)
        {
            var a = group[x];
            var last = t.To[a] + _o.DateSlackDays;
            for (var y = x + 1; y < group.Count && t.From[group[y]] <= last; y++)
            {
                // Two towns of different governorates are two places for sure; only a local site may have been
                // placed under the wrong one.
                if (!localOnly || t.Chain[a].Length > ClaimTable.TownLength || t.Chain[group[y]].Length > ClaimTable.TownLength)
                {
                    Consider(a, group[y]);
                }
            }
        }
    }

    /// <summary>Accounts whose claims' dates are apart are in no block of days; when context dates may soften the
    /// conflict, the claims whose context names one day are compared too.</summary>
    private void ConsiderByContextDay(CancellationToken cancellationToken)
    {
        var t = _t;
        var byDay = new Dictionary<int, List<int>>();
        for (var i = 0; i < t.Count; i++)
        {
            for (var n = 0; n < t.ContextFrom[i].Length; n++)
            {
                if (t.ContextFrom[i][n] == t.ContextTo[i][n])
                {
                    Add(byDay, t.ContextFrom[i][n], i);
                }
            }
        }

        foreach (var group in byDay.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (group.Count > _o.MaxNameBlock)
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
    }

    /// <summary>Claims whose year was defaulted are in no block of days with a claim of the same day in the year
    /// the witness meant: claims of one governorate are compared when they share a day of the year (give or take the
    /// slack), one with a defaulted year.</summary>
    private void ConsiderByDayOfYear(CancellationToken cancellationToken)
    {
        var t = _t;
        if (double.IsPositiveInfinity(_o.DefaultedYearOverruleScore) || Array.IndexOf(t.YearDefaulted, true) < 0)
        {
            return;
        }

        var byDay = new Dictionary<long, List<int>>();
        for (var i = 0; i < t.Count; i++)
        {
            if (!t.HasSite(i) || !t.Dated[i] || t.Width(i) > _o.DefaultedYearMaxDays)
            {
                continue;
            }

            var block = (long)t.PlaceBlock(i) << 10;
            for (var day = t.From[i] - _o.DateSlackDays; day <= t.To[i] + _o.DateSlackDays; day++)
            {
                var date = DateOnly.FromDayNumber(day);
                Add(byDay, block | (uint)((date.Month * 32) + date.Day), i);
            }
        }

        foreach (var group in byDay.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var a in group)
            {
                if (!t.YearDefaulted[a])
                {
                    continue;
                }

                var year = DateOnly.FromDayNumber(t.From[a]).Year;
                foreach (var b in group)
                {
                    if (a != b && DateOnly.FromDayNumber(t.From[b]).Year != year && (!t.YearDefaulted[b] || a < b))
                    {
                        Consider(a, b);
                    }
                }
            }
        }
    }

    /// <summary>A claim with a year-less date (<see cref="ClaimTable.Yearless"/>) is in no block of days, and the
    /// rare place that lets it take a year may be named around another claim of its account: claims of one governorate
    /// are compared when one is year-less, the other dated, and they share a day of the year (give or take the
    /// slack).</summary>
    private void ConsiderByBorrowedYear(CancellationToken cancellationToken)
    {
        var t = _t;
        if (Array.TrueForAll(t.YearlessFrom, from => from == ClaimTable.None))
        {
            return;
        }

        var byDay = new Dictionary<long, List<int>>();
        for (var i = 0; i < t.Count; i++)
        {
            var yearless = t.Yearless(i);
            if (!t.HasSite(i) || !(yearless || t.Dated[i]))
            {
                continue;
            }

            var (from, to) = yearless ? (t.YearlessFrom[i], t.YearlessTo[i]) : (t.From[i], t.To[i]);
            if (to == int.MaxValue || from == int.MinValue || to - from + 1 > _o.DefaultedYearMaxDays)
            {
                continue;
            }

            var slack = yearless ? _o.DateSlackDays : 0;
            var block = (long)t.PlaceBlock(i) << 10;
            for (var day = from - slack; day <= to + slack; day++)
            {
                var date = DateOnly.FromDayNumber(day);
                Add(byDay, block | (uint)((date.Month * 32) + date.Day), i);
            }
        }

        foreach (var group in byDay.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var a in group)
            {
                if (!t.Yearless(a))
                {
                    continue;
                }

                foreach (var b in group)
                {
                    if (a != b && t.Dated[b])
                    {
                        Consider(a, b);
                    }
                }
            }
        }
    }

    private bool IsNarrow(int i) => _t.Dated[i] && _t.Width(i) <= _o.MaxBlockDays;

    private void Consider(int claimA, int claimB)
    {
        if (_t.Testimony[claimA] == _t.Testimony[claimB])
        {
            return;
        }

        var a = _accountOf[claimA];
        var b = _accountOf[claimB];
        if (a > b)
        {
            (a, b) = (b, a);
        }

        if (a == b || !_seen.Add(((long)a * _accounts.Count) + b))
        {
            return;
        }

        var f = Describe(a, b);
        var score = f.Weigh(_o);
        if (!f.Conflict(_o) && score >= _o.LinkThreshold)
        {
            // Of two edges of one score, the one whose accounts' sites lie closer is taken first: when two accounts
            // of one testimony (two events) resemble one account of another equally, the one told at its place or
            // nearer it wins, not the one that happens to have the lower index.
            _edges.Add(new PairEdge(a, b, score, (int)f.Site));
        }
    }

    private bool CanMerge(List<int> x, List<int> y)
    {
        var sum = 0.0;
        var pairs = 0;
        foreach (var a in x)
        {
            foreach (var b in y)
            {
                // The first stage kept these two accounts of one testimony apart: the witness told two events, and
                // one incident of another testimony cannot hold both, unless they give one date at one place.
                if (_t.Testimony[_accounts[a][0]] == _t.Testimony[_accounts[b][0]] && (!SameDates(a, b) || ToldAtTwoPlaces(a, b)))
                {
                    return false;
                }

                var score = Score(a, b, out var conflict);
                if (conflict)
                {
                    return false;
                }

                if (_t.Testimony[_accounts[a][0]] != _t.Testimony[_accounts[b][0]])
                {
                    sum += score;
                    pairs++;
                }
            }
        }

        return pairs == 0 || sum / pairs >= _o.MergeMeanScore;
    }

    /// <summary>
    /// Puts each account left alone into the incident of two or more testimonies that holds another account of its
    /// testimony told as one event with it (<see cref="TellsOneEvent"/>), when it conflicts with no account of the
    /// incident and its pairs with the accounts of the other testimonies score
    /// <see cref="IncidentLinkerOptions.LoneAccountMeanScore"/> on average (the best such incident). The first stage
    /// splits one event of a witness's into accounts by harm (the dead in one, the damage in another) when the words
    /// lie far apart; one part links with the other witnesses and the rest, each weaker alone, stays apart, and the
    /// witness's account of the event is then counted where most of its claims lie, alone.
    /// </summary>
    private List<List<int>> AdoptLoneAccounts(List<List<int>> groups, CancellationToken cancellationToken)
    {
        var testimonyOf = new int[_accounts.Count];
        for (var a = 0; a < _accounts.Count; a++)
        {
            testimonyOf[a] = _t.Testimony[_accounts[a][0]];
        }

        // Shared incidents by the testimonies they hold, so a lone account is scored only against incidents that hold
        // another account of its testimony, not against every incident of the store.
        var sharedOf = new Dictionary<int, List<int>>();
        for (var g = 0; g < groups.Count; g++)
        {
            var first = testimonyOf[groups[g][0]];
            if (!groups[g].Exists(a => testimonyOf[a] != first))
            {
                continue;
            }

            foreach (var testimony in groups[g].Select(a => testimonyOf[a]).Distinct())
            {
                if (!sharedOf.TryGetValue(testimony, out var list))
                {
                    sharedOf[testimony] = list = [];
                }

                list.Add(g);
            }
        }

        var adopted = new bool[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (groups[g].Count != 1)
            {
                continue;
            }

            var lone = groups[g][0];
            var home = -1;
            var best = double.NegativeInfinity;
            if (!sharedOf.TryGetValue(testimonyOf[lone], out var shared))
            {
                continue;
            }

            foreach (var s in shared)
            {
                var mean = MeanWithLone(lone, groups[s], testimonyOf);
                if (mean >= _o.LoneAccountMeanScore && mean > best)
                {
                    (home, best) = (s, mean);
                }
            }

            if (home >= 0)
            {
                groups[home].Add(lone);
                adopted[g] = true;
            }
        }

        return [.. groups.Where((_, g) => !adopted[g])];
    }

    /// <summary>The mean score of account <paramref name="lone"/> with the accounts of other testimonies in
    /// <paramref name="group"/>, or <see cref="double.NegativeInfinity"/> when it conflicts with one of them, when no
    /// account of its testimony in the group tells one event with it, or when the group holds only its
    /// testimony.</summary>
    private double MeanWithLone(int lone, List<int> group, int[] testimonyOf)
    {
        var sibling = false;
        var sum = 0.0;
        var pairs = 0;
        foreach (var b in group)
        {
            if (testimonyOf[b] == testimonyOf[lone])
            {
                if (!TellsOneEvent(lone, b) || ToldAtTwoPlaces(lone, b))
                {
                    return double.NegativeInfinity;
                }

                sibling = true;
                continue;
            }

            var score = Score(lone, b, out var conflict);
            if (conflict)
            {
                return double.NegativeInfinity;
            }

            sum += score;
            pairs++;
        }

        return sibling && pairs > 0 ? sum / pairs : double.NegativeInfinity;
    }

    /// <summary>
    /// True when accounts <paramref name="lone"/> and <paramref name="sibling"/> of one testimony read as parts of one
    /// event: both undated or a claim of each with the very same range, no claim of <paramref name="lone"/> wider than
    /// <see cref="IncidentLinkerOptions.LoneAccountMaxDays"/>, no dated claims of the two apart, a harm family
    /// in common (a family's flight is not the strike's dead), and a weapon in common when both name one.
    /// </summary>
    private bool TellsOneEvent(int lone, int sibling)
    {
        var t = _t;
        var sameRange = false;
        var dated = false;
        var families = (Lone: 0, Sibling: 0);
        var weapons = (Lone: 0L, Sibling: 0L);
        foreach (var b in _accounts[sibling])
        {
            families.Sibling |= PairFinder.FamilyBit(t.Harm[b]);
            weapons.Sibling |= t.Weapon[b] == ClaimTable.None ? 0 : 1L << t.Weapon[b];
        }

        foreach (var a in _accounts[lone])
        {
            if (t.Dated[a] && t.Width(a) > _o.LoneAccountMaxDays)
            {
                return false;
            }

            families.Lone |= PairFinder.FamilyBit(t.Harm[a]);
            weapons.Lone |= t.Weapon[a] == ClaimTable.None ? 0 : 1L << t.Weapon[a];
            foreach (var b in _accounts[sibling])
            {
                if (!t.Dated[a] && !t.Dated[b])
                {
                    continue;
                }

                dated = true;
                if (t.Dated[a] && t.Dated[b])
                {
                    if (!t.DatesOverlap(a, b))
                    {
                        return false;
                    }

                    sameRange |= t.From[a] == t.From[b] && t.To[a] == t.To[b];
                }
            }
        }

        var weaponsFit = weapons.Lone == 0 || weapons.Sibling == 0 || (weapons.Lone & weapons.Sibling) != 0;
        return (families.Lone & families.Sibling) != 0 && weaponsFit && (sameRange || !dated);
    }

    /// <summary>
    /// The evidence two accounts share, and whether they conflict: dates further apart than the slack (more
    /// slack when a victim is named by both; none when their context dates agree and the options let them soften
    /// it), sites that are different towns or countries, weapons that are neither equal nor confused, or no more
    /// than a month or a year in common (or no date) at two sites neither equal nor nested, without a victim in
    /// common.
    /// </summary>
    private double Score(int x, int y, out bool conflict)
    {
        var f = Describe(x, y);
        conflict = f.Conflict(_o);
        return f.Weigh(_o);
    }

    /// <summary>What accounts <paramref name="x"/> and <paramref name="y"/> share and where they differ.</summary>
    private AccountPairFeatures Describe(int x, int y)
    {
        var t = _t;
        var o = _o;
        var f = new AccountPairFeatures
        {
            Gap = int.MaxValue,
            FirmGap = int.MaxValue,
            DayToldGap = int.MaxValue,
            Site = SiteRelation.Unknown,
            SiteKm = double.PositiveInfinity,
            SameHarm = MainHarm(x) == MainHarm(y),

            // The claims of one account share its testimony, and so its witness.
            SameWitness = t.Witness[_accounts[x][0]] == t.Witness[_accounts[y][0]],
        };
        var weapon = int.MinValue;
        foreach (var a in _accounts[x])
        {
            f.DatedX |= t.Dated[a];
            f.HarmFamiliesX |= PairFinder.FamilyBit(t.Harm[a]);
            f.HarmsX |= 1 << (int)t.Harm[a];
            f.TargetsX |= t.Targets[a];
            foreach (var b in _accounts[y])
            {
                f.DatedY |= t.Dated[b];
                f.HarmFamiliesY |= PairFinder.FamilyBit(t.Harm[b]);
                f.HarmsY |= 1 << (int)t.Harm[b];
                f.TargetsY |= t.Targets[b];
                var relation = t.Sites(a, b, out var depth);
                if (o.BorrowYear && relation != SiteRelation.Apart && t.SharesPlace(a, b, o.MaxPlaceBlock) && Borrow(a, b, ref f))
                {
                    // One of the two took the other's year: scored as dated on the day it tells.
                }
                else if (t.Dated[a] && t.Dated[b])
                {
                    var d = t.DayGap(a, b);
                    if (o.WideRangesApartByAnyGap && d > 0 && t.Width(a) > o.NarrowDays && t.Width(b) > o.NarrowDays)
                    {
                        // Two months or years that do not overlap are two periods, not a day told one off.
                        d = Math.Max(d, o.NamedDateSlackDays + 1);
                    }

                    f.Gap = Math.Min(f.Gap, d);
                    if (t.FirmDate(a) && t.FirmDate(b))
                    {
                        f.FirmGap = Math.Min(f.FirmGap, d);
                    }

                    if (!t.HourOnly[a] || !t.HourOnly[b])
                    {
                        f.DayToldGap = Math.Min(f.DayToldGap, d);
                    }

                    f.YearsApartOnly |= d > o.DateSlackDays && t.YearsApartOnly(a, b, o.YearsApartSlackDays);
                    f.DefaultedYearOnly |= d > o.DateSlackDays && t.DefaultedYearOnly(a, b, o.DefaultedYearMaxDays, o.DateSlackDays);
                    if (d == 0)
                    {
                        var narrower = Math.Min(t.Width(a), t.Width(b));
                        f.SameDay |= narrower == 1 && t.From[a] == t.From[b] && t.To[a] == t.To[b];
                        f.NarrowOverlap |= narrower <= o.NarrowDays;
                    }
                }

                // Only sites with no town in common can make two accounts far apart (FarSites): a pair that shares a
                // town already rules that out, so its distance is not worth the trigonometry.
                if (relation > SiteRelation.Neighbours)
                {
                    f.SiteKm = Math.Min(f.SiteKm, t.SiteKm(a, b) is var km && !double.IsNaN(km) ? km : double.PositiveInfinity);
                }

                // Apart sorts after Unknown, so two accounts whose sites lie in different towns count as having no
                // site evidence: across testimonies the pipeline's sites are wrong too often to rule a pair out on
                // them (doing so cost a quarter of the pairs linked with model claims on the train split).
                if (relation < f.Site || (relation == f.Site && relation is (SiteRelation.Same or SiteRelation.Nested) && depth > f.OuterDepth))
                {
                    f.Site = relation;
                    f.OuterDepth = depth;
                }

                if (t.Weapon[a] != ClaimTable.None && t.Weapon[b] != ClaimTable.None)
                {
                    weapon = Math.Max(weapon, t.Weapon[a] == t.Weapon[b] ? 2
                        : WeaponConfusion.AreConfused((WeaponCategory)t.Weapon[a], (WeaponCategory)t.Weapon[b]) ? 1
                        : WeaponConfusion.AreApart((WeaponCategory)t.Weapon[a], (WeaponCategory)t.Weapon[b]) ? -1
                        : 0);
                }

                if (t.ActorsCarried(a, b))
                {
                    f.CarriedActorSame |= t.Actor[a] == t.Actor[b];
                    f.CarriedActorOther |= t.Actor[a] != t.Actor[b];
                }
                else if (t.Actor[a] != ClaimTable.None && t.Actor[b] != ClaimTable.None)
                {
                    f.ActorSame |= t.Actor[a] == t.Actor[b];
                    f.ActorOther |= t.Actor[a] != t.Actor[b];
                }

                f.Named |= t.SharesName(a, b);
                f.ContextSameDay |= t.ContextSharesDay(a, b);
                f.ContextAgree |= o.ContextSoftensDateConflict && t.ContextDatesAgree(a, b, o.ContextMaxDays, o.DateSlackDays) == true;
                f.SharedPlace |= t.SharesPlace(a, b, o.MaxPlaceBlock);
                f.EvidencePlace |= t.SharesEvidencePlace(a, b);
                f.SharedPerson |= t.SharesPerson(a, b, o.MaxPersonBlock);
                if (t.Harm[a] == t.Harm[b] && t.VictimsMin[a] >= o.MinSharedToll)
                {
                    f.SameToll |= t.VictimsMin[a] != ClaimTable.None && t.VictimsMin[a] == t.VictimsMin[b] && t.VictimsMax[a] == t.VictimsMax[b];
                }
            }
        }

        f.Weapon = weapon == int.MinValue ? 0 : weapon;

        return f;
    }

    /// <summary>
    /// When claim <paramref name="a"/> or <paramref name="b"/> knows its day of the year but not its year (a day told
    /// without one in a testimony with no interview date) and the other is dated by its own testimony on that day of
    /// the year (<see cref="ClaimTable.TryBorrowYear"/>), compares them as if the first were dated on its day in the
    /// other's year, adds what they share to <paramref name="f"/> and returns true; otherwise false. The caller asks
    /// it only of claims around which a place few testimonies name is named, at sites not in two different towns: a
    /// day of the year says nothing of where, and one site (or one inside the other) was not enough (on train, in
    /// sample, the pairs it joined on that alone were three false ones, a month told without a year among them),
    /// while the accounts of one event often resolved their sites to two streets of a governorate and named one rare
    /// place.
    /// </summary>
    private bool Borrow(int a, int b, ref AccountPairFeatures f)
    {
        var t = _t;
        var o = _o;
        int fromA, toA, fromB, toB;
        if (t.TryBorrowYear(a, b, o.DefaultedYearMaxDays, o.DateSlackDays, out var from, out var to))
        {
            (fromA, toA, fromB, toB) = (from, to, t.From[b], t.To[b]);
            f.DatedX = true;
        }
        else if (t.TryBorrowYear(b, a, o.DefaultedYearMaxDays, o.DateSlackDays, out from, out to))
        {
            (fromA, toA, fromB, toB) = (t.From[a], t.To[a], from, to);
            f.DatedY = true;
        }
        else
        {
            return false;
        }

        f.YearBorrowed = true;
        var d = (int)Math.Max(0, Math.Max((long)fromB - toA, (long)fromA - toB));
        f.Gap = Math.Min(f.Gap, d);
        f.FirmGap = Math.Min(f.FirmGap, d);
        if (d == 0)
        {
            var narrower = Math.Min(toA - fromA + 1, toB - fromB + 1);
            f.SameDay |= narrower == 1 && fromA == fromB && toA == toB;
            f.NarrowOverlap |= narrower <= o.NarrowDays;
        }

        return true;
    }

    /// <summary>True when two accounts of one testimony give one date: a claim of each with the same range (ends at
    /// most <see cref="IncidentLinkerOptions.DateSlackDays"/> apart), and every dated claim of one overlapping every
    /// dated claim of the other.</summary>
    private bool SameDates(int x, int y)
    {
        var t = _t;
        var same = false;
        foreach (var a in _accounts[x])
        {
            foreach (var b in _accounts[y])
            {
                if (!t.Dated[a] || !t.Dated[b])
                {
                    continue;
                }

                if (!t.DatesOverlap(a, b))
                {
                    return false;
                }

                same |= Math.Abs((long)t.From[a] - t.From[b]) <= _o.DateSlackDays
                    && Math.Abs((long)t.To[a] - t.To[b]) <= _o.DateSlackDays;
            }
        }

        return same;
    }

    /// <summary>True when accounts <paramref name="x"/> and <paramref name="y"/> of one testimony put a claim each at
    /// two sites of one country neither equal nor nested, one of them a local site (a street, a neighbourhood, a
    /// building), or at a town and a local site inside it, and their evidence lies at least <see cref="IncidentLinkerOptions.TwoPlacesInTestimonyChars"/> apart:
    /// a witness names the place of one event one way, so two such places told apart are two events of that day (a
    /// bakery struck in the morning and a market at noon), whichever account of another testimony both resemble. Two
    /// different towns do not count: the pipeline resolves one place to a town and to the camp or quarter named after
    /// it. A town and a building in it told apart count: the witness who tells the dead of the town and, further on,
    /// the dead of a building there on that day tells two strikes, which a third witness resembling both must not
    /// join.</summary>
    private bool ToldAtTwoPlaces(int x, int y)
    {
        var twoPlaces = false;
        var gap = int.MaxValue;
        foreach (var a in _accounts[x])
        {
            foreach (var b in _accounts[y])
            {
                var relation = _t.Sites(a, b, out var outerDepth);
                twoPlaces |= relation is SiteRelation.SameTown or SiteRelation.Neighbours or SiteRelation.SameRegion or SiteRelation.SameCountry
                    || (relation == SiteRelation.Nested && outerDepth >= 2);
                gap = Math.Min(gap, Math.Max(_t.EvidenceStart[a], _t.EvidenceStart[b]) - Math.Min(_t.EvidenceEnd[a], _t.EvidenceEnd[b]));
            }
        }

        return twoPlaces && gap >= _o.TwoPlacesInTestimonyChars;
    }

    /// <summary>KILLED when a claim of the account has it, else INJURED, else the first harm in enum order.</summary>
    private Harm MainHarm(int account)
    {
        var main = (Harm)int.MaxValue;
        foreach (var claim in _accounts[account])
        {
            var harm = _t.Harm[claim];
            if (harm == Harm.Killed)
            {
                return harm;
            }

            main = harm == Harm.Injured || (main != Harm.Injured && harm < main) ? harm : main;
        }

        return main;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> groups, TKey key, int value)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var group))
        {
            group = [];
            groups.Add(key, group);
        }

        group.Add(value);
    }
}
