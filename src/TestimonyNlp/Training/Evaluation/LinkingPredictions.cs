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
        foreach (var (incident, voters) in Voters(gold, predicted))
        {
            var votes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var linked in voters)
            {
                if (predicted[linked].IncidentId is { } id)
                {
                    votes[id] = votes.GetValueOrDefault(id) + 1;
                }
            }

            var label = votes
                .OrderByDescending(v => v.Value)
                .ThenBy(v => v.Key, Comparer<string>.Create(IncidentIds.Compare))
                .Select(v => v.Key)
                .FirstOrDefault();
            yield return new LinkingItem(gold.Id, incident, label);
        }
    }

    /// <summary>Each gold incident of one testimony, ordered by key, with the indices in <paramref name="predicted"/>
    /// of the claims that vote for where its account went (one vote per gold claim overlapped).</summary>
    public static IEnumerable<(string Incident, List<int> Voters)> Voters(GoldTestimony gold, IReadOnlyList<LinkedClaim> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        foreach (var account in gold.Claims
            .GroupBy(c => c.Incident, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var voters = new List<int>();
            foreach (var claim in account)
            {
                var sameHarm = Overlapping(claim, predicted, sameHarmOnly: true).ToList();
                voters.AddRange(sameHarm.Count > 0 ? sameHarm : Overlapping(claim, predicted, sameHarmOnly: false));
            }

            yield return (account.Key, voters);
        }
    }

    private static IEnumerable<int> Overlapping(GoldClaim gold, IReadOnlyList<LinkedClaim> predicted, bool sameHarmOnly)
    {
        for (var i = 0; i < predicted.Count; i++)
        {
            if ((!sameHarmOnly || predicted[i].Claim.Harm == gold.Harm) && Overlaps(gold.Evidence, predicted[i].Claim.Evidence))
            {
                yield return i;
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
