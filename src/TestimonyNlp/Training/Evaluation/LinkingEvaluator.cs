using TestimonyNlp.Entities.Places;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Measures incident linking on the gold corpus: gold claims in (<see cref="LinkingGoldClaims"/>),
/// <see cref="IncidentLinker"/>, then <see cref="LinkingScorer"/> against the gold incident keys.</summary>
public static class LinkingEvaluator
{
    /// <summary>Links the gold claims of <paramref name="split"/> and scores the incidents.</summary>
    public static LinkingScores Evaluate(
        GoldCorpus corpus,
        CorpusSplit split,
        PlaceGazetteer gazetteer,
        IncidentLinkerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var set = GoldClaims(corpus, split, gazetteer, cancellationToken);
        var result = new IncidentLinker(options).Link(set.Claims, [], cancellationToken);
        return Score(set, result);
    }

    /// <summary>The linking errors across testimonies of the gold claims of <paramref name="split"/>
    /// (<see cref="LinkingDiagnostics.ListErrors"/>).</summary>
    public static IReadOnlyList<string> ListErrors(
        GoldCorpus corpus,
        CorpusSplit split,
        PlaceGazetteer gazetteer,
        IncidentLinkerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var set = GoldClaims(corpus, split, gazetteer, cancellationToken);
        var items = set.Claims
            .GroupBy(c => (Testimony: set.TestimonyIds[(int)c.Key], Gold: set.GoldIncidents[(int)c.Key]))
            .OrderBy(g => g.Key.Testimony, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Gold, StringComparer.Ordinal)
            .Select(g => (g.Key.Testimony, g.Key.Gold, g.Select(c => c.Key).ToArray()))
            .ToList();
        return LinkingDiagnostics.ListErrors(set.Claims, options ?? new IncidentLinkerOptions(), items);
    }

    /// <summary>
    /// Scores a linking of <paramref name="set"/>'s claims: one item per testimony and gold incident, predicted to
    /// be in the incident holding most of its claims (ties: the lowest id).
    /// </summary>
    public static LinkingScores Score(LinkingGoldSet set, IncidentLinkResult result)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(result);
        var incidentOf = new Dictionary<long, string>();
        foreach (var incident in result.Incidents)
        {
            foreach (var key in incident.ClaimKeys)
            {
                incidentOf[key] = incident.IncidentId;
            }
        }

        var items = set.Claims
            .GroupBy(c => (Testimony: set.TestimonyIds[(int)c.Key], Gold: set.GoldIncidents[(int)c.Key]))
            .OrderBy(g => g.Key.Testimony, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Gold, StringComparer.Ordinal)
            .Select(g => new LinkingItem(
                g.Key.Testimony,
                g.Key.Gold,
                g.Select(c => incidentOf.GetValueOrDefault(c.Key))
                    .Where(id => id is not null)
                    .GroupBy(id => id!, StringComparer.Ordinal)
                    .OrderByDescending(p => p.Count())
                    .ThenBy(p => p.Key, Comparer<string>.Create(IncidentIds.Compare))
                    .Select(p => p.Key)
                    .FirstOrDefault()));
        return LinkingScorer.Score(items);
    }

    private static LinkingGoldSet GoldClaims(GoldCorpus corpus, CorpusSplit split, PlaceGazetteer gazetteer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(gazetteer);
        return LinkingGoldClaims.Build(
            corpus.InSplit(split).ToList(),
            gazetteer,
            gold => corpus.ReadTranscript(gold).TryGetTestimony(out var testimony) ? testimony.Content : null,
            cancellationToken);
    }
}
