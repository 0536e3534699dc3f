using System.Globalization;
using System.Text;
using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Explains linking errors: for two sets of claims (the claims of two testimonies' accounts of gold
/// incidents), the evidence their closest accounts share as the linker weighs it. Ids and numbers only.</summary>
public static class LinkingDiagnostics
{
    /// <summary>Links <paramref name="claims"/> and describes each pair of claim-key sets of <paramref name="pairs"/>.</summary>
    public static IReadOnlyList<string> ExplainPairs(
        IReadOnlyList<LinkClaim> claims, IncidentLinkerOptions options, IReadOnlyList<(long[] A, long[] B)> pairs)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(pairs);
        var (ordered, linker, _) = new IncidentLinker(options).Diagnose(claims);
        var index = new Dictionary<long, int>();
        for (var i = 0; i < ordered.Length; i++)
        {
            index[ordered[i].Key] = i;
        }

        var lines = new List<string>(pairs.Count);
        foreach (var (keysA, keysB) in pairs)
        {
            var accountsA = keysA.Where(index.ContainsKey).Select(k => linker.AccountOf(index[k])).Distinct().ToList();
            var accountsB = keysB.Where(index.ContainsKey).Select(k => linker.AccountOf(index[k])).Distinct().ToList();
            if (accountsA.Count == 0 || accountsB.Count == 0)
            {
                lines.Add("noclaims");
                continue;
            }

            var best = (Features: default(AccountPairFeatures), Score: double.NegativeInfinity, Conflict: true, Considered: false);
            var same = false;
            foreach (var a in accountsA)
            {
                foreach (var b in accountsB)
                {
                    if (a == b)
                    {
                        same = true;
                        continue;
                    }

                    var e = linker.Explain(a, b);
                    if ((best.Conflict && !e.Conflict) || (best.Conflict == e.Conflict && e.Score > best.Score))
                    {
                        best = e;
                    }
                }
            }

            if (same && best.Score == double.NegativeInfinity)
            {
                lines.Add("sameaccount");
                continue;
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"nA={accountsA.Count} nB={accountsB.Count} considered={best.Considered} score={best.Score:0.0} conflict={best.Conflict} ") + Features(best.Features, options));
        }

        return lines;
    }

    /// <summary>
    /// Links <paramref name="claims"/> and lists its pairs across testimonies: a line for every two items of
    /// different testimonies put in one incident though of different gold incidents (<c>false</c>), put apart
    /// though of one (<c>missed</c>) or put together rightly (<c>right</c>), with the ids of both, the accounts of each that lie closest, their score,
    /// whether that pair alone reaches the link threshold without conflict (<c>direct</c>; otherwise the link ran
    /// along a chain), and their features; then a line per claim with its account, incident and values; then the pairs of
    /// claims of one testimony the first stage joined or split (<see cref="ListWithin"/>). Tab-separated ids, day
    /// numbers, site ids and weights only.
    /// </summary>
    /// <param name="claims">The claims to link.</param>
    /// <param name="options">The linker's options.</param>
    /// <param name="items">Each testimony's account of a gold incident: its testimony, gold incident key and the keys
    /// of the claims that stand for it.</param>
    public static IReadOnlyList<string> ListErrors(
        IReadOnlyList<LinkClaim> claims, IncidentLinkerOptions options, IReadOnlyList<(string Testimony, string Gold, long[] Keys)> items)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(items);
        var (ordered, linker, clusters) = new IncidentLinker(options).Diagnose(claims);
        var index = new Dictionary<long, int>();
        for (var i = 0; i < ordered.Length; i++)
        {
            index[ordered[i].Key] = i;
        }

        var clusterOf = new int[ordered.Length];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var claim in clusters[c])
            {
                clusterOf[claim] = c;
            }
        }

        // An item goes to the incident holding most of its claims (ties: the first), as the scorers put it.
        var predicted = new int[items.Count];
        var accounts = new List<int>[items.Count];
        for (var n = 0; n < items.Count; n++)
        {
            var own = items[n].Keys.Where(index.ContainsKey).Select(k => index[k]).ToList();
            predicted[n] = own.Count == 0 ? -1 - n
                : own.GroupBy(i => clusterOf[i]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            accounts[n] = [.. own.Where(i => clusterOf[i] == predicted[n]).Select(linker.AccountOf).Distinct()];
        }

        var lines = new List<string>();
        for (var x = 0; x < items.Count; x++)
        {
            for (var y = x + 1; y < items.Count; y++)
            {
                if (string.Equals(items[x].Testimony, items[y].Testimony, StringComparison.Ordinal))
                {
                    continue;
                }

                var sameGold = string.Equals(items[x].Gold, items[y].Gold, StringComparison.Ordinal);
                var together = predicted[x] == predicted[y];
                if (!sameGold && !together)
                {
                    continue;
                }

                var best = (A: -1, B: -1, Features: default(AccountPairFeatures), Score: double.NegativeInfinity, Conflict: true, Considered: false);
                foreach (var a in accounts[x])
                {
                    foreach (var b in accounts[y])
                    {
                        if (a == b)
                        {
                            continue;
                        }

                        var e = linker.Explain(a, b);
                        if (best.A < 0 || (best.Conflict && !e.Conflict) || (best.Conflict == e.Conflict && e.Score > best.Score))
                        {
                            best = (a, b, e.Features, e.Score, e.Conflict, e.Considered);
                        }
                    }
                }

                var direct = best.Considered && !best.Conflict && best.Score >= options.LinkThreshold;
                lines.Add(string.Join('\t',
                    !sameGold ? "false" : together ? "right" : "missed",
                    items[x].Testimony,
                    items[x].Gold,
                    items[y].Testimony,
                    items[y].Gold,
                    Number(predicted[x]),
                    Number(predicted[y]),
                    Number(best.A),
                    Number(best.B),
                    best.A < 0 ? "none" : best.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    best.Conflict ? "conflict" : "ok",
                    direct ? "direct" : "chain",
                    best.A < 0 ? string.Empty : Features(best.Features, options)));
            }
        }

        var itemOf = new Dictionary<long, int>();
        for (var n = 0; n < items.Count; n++)
        {
            foreach (var key in items[n].Keys)
            {
                itemOf.TryAdd(key, n);
            }
        }

        var actors = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            var c = ordered[i];
            lines.Add(string.Join('\t',
                "claim",
                Number(c.Key),
                c.TestimonyId,
                itemOf.TryGetValue(c.Key, out var item) ? items[item].Gold : "-",
                Number(linker.AccountOf(i)),
                Number(clusterOf[i]),
                c.Harm.ToString(),
                c.SiteId ?? "-",
                c.SiteAncestors.IsDefaultOrEmpty ? "-" : string.Join('|', c.SiteAncestors),
                c.SiteLat?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "-",
                c.SiteLon?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "-",
                c.DateFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                c.DateTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                c.Weapon?.ToString() ?? "-",
                c.Actor is null ? "-" : Number(actors.TryGetValue(c.Actor, out var actor) ? actor : actors[c.Actor] = actors.Count),
                c.VictimsMin is { } min ? Number(min) : "-",
                c.VictimsMax is { } max ? Number(max) : "-",
                Number(c.VictimNames.IsDefault ? 0 : c.VictimNames.Length),
                Number((int)c.Targets),
                c.DateCarried ? "carried" : "told",
                c.ActorCarried ? "carried" : "told"));
        }

        lines.AddRange(ListWithin(ordered, linker, options, itemOf, items));
        return lines;
    }

    /// <summary>
    /// The pairs of claims of one testimony that stand for gold incidents, put in one account though of different gold
    /// incidents (<c>within-false</c>), in one account rightly (<c>within-right</c>) or in different accounts though of
    /// one (<c>within-split</c>): the first stage's view of them (its score, harms, weapons, days, the gap between their
    /// evidence and how many other claims of the testimony start inside it). Ids, numbers and enum names only.
    /// </summary>
    private static IEnumerable<string> ListWithin(
        LinkClaim[] ordered,
        AccountLinker linker,
        IncidentLinkerOptions options,
        Dictionary<long, int> itemOf,
        IReadOnlyList<(string Testimony, string Gold, long[] Keys)> items)
    {
        var t = linker.Table;
        var finder = new PairFinder(t, options);
        var byTestimony = Enumerable.Range(0, ordered.Length).GroupBy(i => t.Testimony[i]);
        foreach (var group in byTestimony)
        {
            var claims = group.Where(i => itemOf.ContainsKey(ordered[i].Key)).ToArray();
            var starts = group.Select(i => t.EvidenceStart[i]).ToArray();
            foreach (var x in claims)
            {
                foreach (var y in claims.Where(y => y > x))
                {
                    var goldX = items[itemOf[ordered[x].Key]].Gold;
                    var goldY = items[itemOf[ordered[y].Key]].Gold;
                    var sameGold = string.Equals(goldX, goldY, StringComparison.Ordinal);
                    var together = linker.AccountOf(x) == linker.AccountOf(y);
                    if (!sameGold && !together)
                    {
                        continue;
                    }

                    var (first, second) = t.EvidenceStart[x] <= t.EvidenceStart[y] ? (x, y) : (y, x);
                    var gap = Math.Max(t.EvidenceStart[x], t.EvidenceStart[y]) - Math.Min(t.EvidenceEnd[x], t.EvidenceEnd[y]);
                    var between = starts.Count(s => s > t.EvidenceStart[first] && s < t.EvidenceStart[second]);
                    var score = finder.Score(x, y);
                    yield return string.Join('\t',
                        !sameGold ? "within-false" : together ? "within-right" : "within-split",
                        ordered[x].TestimonyId,
                        goldX,
                        goldY,
                        Number(ordered[x].Key),
                        Number(ordered[y].Key),
                        double.IsNegativeInfinity(score) ? "incompatible" : score.ToString("0.00", CultureInfo.InvariantCulture),
                        score >= options.AccountThreshold ? "edge" : "chain",
                        ordered[first].Harm.ToString(),
                        ordered[second].Harm.ToString(),
                        ordered[first].Weapon?.ToString() ?? "-",
                        ordered[second].Weapon?.ToString() ?? "-",
                        t.Dated[first] ? Number(t.From[first]) + ".." + Number(t.To[first]) : "-",
                        t.Dated[second] ? Number(t.From[second]) + ".." + Number(t.To[second]) : "-",
                        ordered[first].DateCarried ? "carried" : "told",
                        ordered[second].DateCarried ? "carried" : "told",
                        Number(gap),
                        Number(between),
                        t.SharesName(x, y) ? "named" : "-",
                        Number((int)ordered[first].Targets),
                        Number((int)ordered[second].Targets),
                        ordered[first].VictimsMin is { } minX ? Number(minX) : "-",
                        ordered[second].VictimsMin is { } minY ? Number(minY) : "-",
                        ordered[first].SiteId ?? "-",
                        ordered[second].SiteId ?? "-");
                }
            }
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Features(AccountPairFeatures f, IncidentLinkerOptions o)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"gap={(f.Gap == int.MaxValue ? "none" : f.Gap.ToString(CultureInfo.InvariantCulture))} firmGap={(f.FirmGap == int.MaxValue ? "none" : f.FirmGap.ToString(CultureInfo.InvariantCulture))} sameDay={f.SameDay} narrow={f.NarrowOverlap} datesApart={f.DatesApart(o)} yearsApart={f.YearsApartOnly} defYear={f.DefaultedYearOnly} borrowed={f.YearBorrowed} ctxDay={f.ContextSameDay}");
        sb.Append(CultureInfo.InvariantCulture, $" site={f.Site} km={(double.IsPositiveInfinity(f.SiteKm) ? "none" : f.SiteKm.ToString("0", CultureInfo.InvariantCulture))} depth={f.OuterDepth} weapon={f.Weapon} actorSame={f.ActorSame} actorOther={f.ActorOther} named={f.Named} witness={f.SameWitness} place={f.SharedPlace} person={f.SharedPerson}");
        sb.Append(CultureInfo.InvariantCulture, $" datedX={f.DatedX} datedY={f.DatedY} toll={f.SameToll} sameHarm={f.SameHarm} famX={f.HarmFamiliesX} famY={f.HarmFamiliesY} tgtX={(int)f.TargetsX} tgtY={(int)f.TargetsY}");
        return sb.ToString();
    }
}
