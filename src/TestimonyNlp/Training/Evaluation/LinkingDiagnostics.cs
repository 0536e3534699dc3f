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
        var (ordered, linker) = new IncidentLinker(options).Diagnose(claims);
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
            sb.Append(CultureInfo.InvariantCulture, $" site={f.Site} km={(double.IsPositiveInfinity(f.SiteKm) ? "none" : f.SiteKm.ToString("0", CultureInfo.InvariantCulture))} depth={f.OuterDepth} weapon={f.Weapon} actorSame={f.ActorSame} actorOther={f.ActorOther} named={f.Named} place={f.SharedPlace} person={f.SharedPerson}");
            sb.Append(CultureInfo.InvariantCulture, $" datedX={f.DatedX} datedY={f.DatedY} toll={f.SameToll} sameHarm={f.SameHarm} famX={f.HarmFamiliesX} famY={f.HarmFamiliesY} tgtX={(int)f.TargetsX} tgtY={(int)f.TargetsY}");
            lines.Add(sb.ToString());
        }

        return lines;
    }
}
