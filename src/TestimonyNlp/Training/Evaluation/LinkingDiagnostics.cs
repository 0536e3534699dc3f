using System.Globalization;
using System.Text;
using TestimonyNlp.Linking.Incidents;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Explains linking errors: for two sets of claims (the claims of two testimonies' accounts of gold
/// incidents), the evidence their closest accounts share as the linker weighs it. Ids and numbers only.</summary>
public static class LinkingDiagnostics
{
    /// <summary>Every pair of accounts a block compared: the claim keys of each and the pair's evidence as numbers
    /// (tab-separated, named in <see cref="CandidateColumns"/>).</summary>
    public static IReadOnlyList<(long[] A, long[] B, string Features)> DescribeCandidates(
        IReadOnlyList<LinkClaim> claims, IncidentLinkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        var (ordered, _, linker, _) = new IncidentLinker(options).Diagnose(claims);
        var rows = new List<(long[], long[], string)>();
        foreach (var (a, b) in linker.ComparedPairs())
        {
            var e = linker.Explain(a, b);
            var f = e.Features;
            static int B(bool v) => v ? 1 : 0;
            var gap = f.Gap == int.MaxValue ? -1 : f.Gap;
            var line = string.Join('\t', new[]
            {
                e.Score.ToString("0.00", CultureInfo.InvariantCulture), B(e.Conflict).ToString(CultureInfo.InvariantCulture),
                gap.ToString(CultureInfo.InvariantCulture), B(f.SameDay).ToString(CultureInfo.InvariantCulture),
                B(f.NarrowOverlap).ToString(CultureInfo.InvariantCulture), B(f.CoarseOnly).ToString(CultureInfo.InvariantCulture),
                B(f.DatesApart(options)).ToString(CultureInfo.InvariantCulture), B(f.OnlyWeakDates).ToString(CultureInfo.InvariantCulture),
                B(f.YearsApartOnly).ToString(CultureInfo.InvariantCulture), B(f.DefaultedYearOnly).ToString(CultureInfo.InvariantCulture),
                B(f.ContextSameDay).ToString(CultureInfo.InvariantCulture), f.Site.ToString(), f.OuterDepth.ToString(CultureInfo.InvariantCulture),
                f.Weapon.ToString(CultureInfo.InvariantCulture), B(f.ActorSame).ToString(CultureInfo.InvariantCulture),
                B(f.ActorOther).ToString(CultureInfo.InvariantCulture), B(f.Named).ToString(CultureInfo.InvariantCulture),
                B(f.SharedPlace).ToString(CultureInfo.InvariantCulture), B(f.SharedPerson).ToString(CultureInfo.InvariantCulture),
                B(!f.DatedX || !f.DatedY).ToString(CultureInfo.InvariantCulture), B(f.SameToll).ToString(CultureInfo.InvariantCulture),
                B(f.SameHarm).ToString(CultureInfo.InvariantCulture), B((f.HarmFamiliesX & f.HarmFamiliesY) == 0).ToString(CultureInfo.InvariantCulture),
                B(f.SharedTarget).ToString(CultureInfo.InvariantCulture),
                B(!f.SharedTarget && f.TargetsX != TargetKinds.None && f.TargetsY != TargetKinds.None).ToString(CultureInfo.InvariantCulture),
                f.HarmFamiliesX.ToString(CultureInfo.InvariantCulture), f.HarmFamiliesY.ToString(CultureInfo.InvariantCulture),
            });
            rows.Add((linker.ClaimsOf(a).Select(i => ordered[i].Key).ToArray(), linker.ClaimsOf(b).Select(i => ordered[i].Key).ToArray(), line));
        }

        return rows;
    }

    /// <summary>The names of the columns of <see cref="DescribeCandidates"/>.</summary>
    public const string CandidateColumns = "score\tconflict\tgap\tsameDay\tnarrow\tcoarse\tdatesApart\tweakDates\tyearsApart\tdefYear\tctxDay\tsite\tdepth\tweapon\tactorSame\tactorOther\tnamed\tplace\tperson\tundated\ttoll\tsameHarm\tfamDisjoint\ttarget\totherTarget\tfamX\tfamY";

    /// <summary>Links <paramref name="claims"/> and describes each pair of claim-key sets of <paramref name="pairs"/>.</summary>
    public static IReadOnlyList<string> ExplainPairs(
        IReadOnlyList<LinkClaim> claims, IncidentLinkerOptions options, IReadOnlyList<(long[] A, long[] B)> pairs)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(pairs);
        var (ordered, table, linker, _) = new IncidentLinker(options).Diagnose(claims);
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

            var f = best.Features;
            var o = options;
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"nA={accountsA.Count} nB={accountsB.Count} considered={best.Considered} score={best.Score:0.0} conflict={best.Conflict}");
            sb.Append(CultureInfo.InvariantCulture, $" gap={(f.Gap == int.MaxValue ? "none" : f.Gap.ToString(CultureInfo.InvariantCulture))} firmGap={(f.FirmGap == int.MaxValue ? "none" : f.FirmGap.ToString(CultureInfo.InvariantCulture))} sameDay={f.SameDay} narrow={f.NarrowOverlap} datesApart={f.DatesApart(o)} yearsApart={f.YearsApartOnly} defYear={f.DefaultedYearOnly} ctxDay={f.ContextSameDay}");
            sb.Append(CultureInfo.InvariantCulture, $" site={f.Site} depth={f.OuterDepth} weapon={f.Weapon} actorSame={f.ActorSame} actorOther={f.ActorOther} named={f.Named} place={f.SharedPlace} person={f.SharedPerson}");
            sb.Append(CultureInfo.InvariantCulture, $" datedX={f.DatedX} datedY={f.DatedY} toll={f.SameToll} sameHarm={f.SameHarm} famX={f.HarmFamiliesX} famY={f.HarmFamiliesY} tgtX={(int)f.TargetsX} tgtY={(int)f.TargetsY}");
            lines.Add(sb.ToString());
        }

        return lines;
    }
}
