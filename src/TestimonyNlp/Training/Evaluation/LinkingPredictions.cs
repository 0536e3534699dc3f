using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>One predicted claim with the incident linking put it in.</summary>
/// <param name="Claim">The claim as the pipeline made it.</param>
/// <param name="IncidentId">Its incident, or null.</param>
public sealed record LinkedClaim(Claim Claim, string? IncidentId);

/// <summary>
/// Turns the incidents the whole pipeline linked (claims the models made, not gold claims) into
/// <see cref="LinkingItem"/>s: each testimony's account of a gold incident goes to the incident holding most of
/// the predicted claims whose evidence overlaps the evidence of its gold claims. Predicted claims of the gold
/// claim's harm are used when there are any; a claim whose harm the classifier got wrong still tells where the
/// account went. An account no predicted claim overlaps stands alone.
/// </summary>
public static class LinkingPredictions
{
    /// <summary>The items of one testimony, ordered by gold incident key.</summary>
    public static IEnumerable<LinkingItem> Items(GoldTestimony gold, IReadOnlyList<LinkedClaim> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        foreach (var account in gold.Claims
            .GroupBy(c => c.Incident, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var claim in account)
            {
                var sameHarm = Overlapping(claim, predicted, sameHarmOnly: true).ToList();
                foreach (var linked in sameHarm.Count > 0 ? sameHarm : Overlapping(claim, predicted, sameHarmOnly: false))
                {
                    if (linked.IncidentId is { } id)
                    {
                        votes[id] = votes.GetValueOrDefault(id) + 1;
                    }
                }
            }

            var label = votes
                .OrderByDescending(v => v.Value)
                .ThenBy(v => v.Key, Comparer<string>.Create(IncidentIds.Compare))
                .Select(v => v.Key)
                .FirstOrDefault();
            yield return new LinkingItem(gold.Id, account.Key, label);
        }
    }

    private static IEnumerable<LinkedClaim> Overlapping(GoldClaim gold, IReadOnlyList<LinkedClaim> predicted, bool sameHarmOnly)
    {
        foreach (var linked in predicted)
        {
            if ((!sameHarmOnly || linked.Claim.Harm == gold.Harm) && Overlaps(gold.Evidence, linked.Claim.Evidence))
            {
                yield return linked;
            }
        }
    }

    private static bool Overlaps(IReadOnlyList<Evidence> gold, IReadOnlyList<Evidence> predicted)
    {
        foreach (var g in gold)
        {
            foreach (var p in predicted)
            {
                if (g.Start < p.End && p.Start < g.End)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
