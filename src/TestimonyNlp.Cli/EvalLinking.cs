using TestimonyNlp.Entities.Places;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Store;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Cli;

/// <summary>
/// Scores incident linking the way <c>process</c> does it: the evaluated testimonies go into a fresh store in a
/// temporary folder, sites and incidents are linked over it by the production linkers, and the incidents the
/// predicted claims landed in are compared with the gold incident keys (<see cref="LinkingPredictions"/>).
/// </summary>
internal static class EvalLinking
{
    /// <summary>Links the pipeline's claims of <paramref name="results"/> and scores them.</summary>
    /// <exception cref="StoreException">The temporary store could not be written.</exception>
    public static LinkingScores Score(
        IReadOnlyList<(GoldTestimony Gold, TestimonyResult Predicted)> results,
        PlaceGazetteer gazetteer,
        CancellationToken cancellationToken,
        List<string>? errors = null)
    {
        var folder = Directory.CreateTempSubdirectory("testimony-eval-");
        try
        {
            var claimsByTestimony = new Dictionary<string, List<LinkedClaim>>(StringComparer.Ordinal);
            var rowIdsByTestimony = new Dictionary<string, List<long>>(StringComparer.Ordinal);
            IReadOnlyList<LinkClaim> linkClaims = [];
            using (var store = SqliteTestimonyStore.Open(Path.Combine(folder.FullName, "eval.db")))
            {
                foreach (var (_, predicted) in results)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    store.Save(predicted);
                }

                new SiteLinker(new SiteResolver(gazetteer)).Link(store, cancellationToken);
                new IncidentStoreLinker().Link(store, cancellationToken);
                foreach (var stored in store.ReadClaims())
                {
                    if (!claimsByTestimony.TryGetValue(stored.TestimonyId, out var claims))
                    {
                        claims = [];
                        claimsByTestimony.Add(stored.TestimonyId, claims);
                        rowIdsByTestimony.Add(stored.TestimonyId, []);
                    }

                    claims.Add(new LinkedClaim(stored.Claim, stored.IncidentId));
                    rowIdsByTestimony[stored.TestimonyId].Add(stored.RowId);
                }

                if (errors is not null)
                {
                    linkClaims = IncidentStoreLinker.ReadLinkClaims(store, cancellationToken);
                }
            }

            if (errors is not null)
            {
                // Each gold account stands for the stored claims that vote for where it went.
                var accounts = new List<(string Testimony, string Gold, long[] Keys)>();
                foreach (var (gold, predicted) in results)
                {
                    var id = predicted.Testimony.TestimonyId;
                    var claims = claimsByTestimony.GetValueOrDefault(id) ?? [];
                    var rowIds = rowIdsByTestimony.GetValueOrDefault(id) ?? [];
                    foreach (var (incident, voters) in LinkingPredictions.Voters(gold, claims))
                    {
                        accounts.Add((gold.Id, incident, [.. voters.Select(v => rowIds[v])]));
                    }
                }

                errors.AddRange(LinkingDiagnostics.ListErrors(linkClaims, new IncidentLinkerOptions(), accounts));
            }

            var items = new List<LinkingItem>();
            foreach (var (gold, predicted) in results)
            {
                var claims = claimsByTestimony.GetValueOrDefault(predicted.Testimony.TestimonyId) ?? [];
                items.AddRange(LinkingPredictions.Items(gold, claims));
            }

            return LinkingScorer.Score(items);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Loads the gazetteer the pipeline of <paramref name="modelsDirectory"/> uses.</summary>
    public static PlaceGazetteer LoadGazetteer(string? modelsDirectory) =>
        PlaceGazetteer.Load(Path.Combine(modelsDirectory ?? DefaultPipeline.DefaultModelsDirectory, DefaultPipeline.Defaults.PlacesFile));
}
