using System.Collections.Immutable;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// Compares predicted claims with gold ones, testimony by testimony, and adds up the counts. A prediction matches a
/// gold claim of the same harm whose evidence overlaps its own; matching is one to one, greedy by overlap size
/// (characters shared by the two claims' evidence spans), ties broken by gold then prediction order. The fields of
/// each matched pair are then compared (see <see cref="ClaimField"/>). Not thread safe.
/// </summary>
public sealed class ClaimScorer
{
    private static readonly int HarmCount = Enum.GetValues<Harm>().Length;
    private static readonly int FieldCount = Enum.GetValues<ClaimField>().Length;

    private readonly int[] _goldByHarm = new int[HarmCount];
    private readonly int[] _predictedByHarm = new int[HarmCount];
    private readonly int[] _matchedByHarm = new int[HarmCount];
    private readonly int[] _fieldEqual = new int[FieldCount];
    private int _matched;

    /// <summary>Compares the predicted claims of one testimony with its gold claims and adds the counts.</summary>
    /// <param name="gold">The gold claims.</param>
    /// <param name="goldEntities">The gold entity mentions the gold claims' site ids point to.</param>
    /// <param name="predicted">The pipeline's claims, with offsets into the same content.</param>
    /// <param name="predictedEntities">The pipeline's entity mentions the predicted claims' actor and site ids point
    /// to.</param>
    public void Add(
        IReadOnlyList<GoldClaim> gold,
        IReadOnlyList<GoldEntity> goldEntities,
        IReadOnlyList<Claim> predicted,
        IReadOnlyList<EntityMention> predictedEntities)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(goldEntities);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(predictedEntities);
        foreach (var claim in gold)
        {
            _goldByHarm[(int)claim.Harm]++;
        }

        foreach (var claim in predicted)
        {
            _predictedByHarm[(int)claim.Harm]++;
        }

        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (gold[g].Harm != predicted[p].Harm)
                {
                    continue;
                }

                var overlap = Overlap(gold[g].Evidence, predicted[p].Evidence);
                if (overlap > 0)
                {
                    candidates.Add((overlap, g, p));
                }
            }
        }

        candidates.Sort((a, b) => a.Overlap != b.Overlap
            ? b.Overlap.CompareTo(a.Overlap)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var goldIds = Index(goldEntities, e => e.Id);
        var predictedIds = Index(predictedEntities, e => e.Id);
        foreach (var (_, g, p) in candidates)
        {
            if (goldTaken[g] || predictedTaken[p])
            {
                continue;
            }

            goldTaken[g] = true;
            predictedTaken[p] = true;
            _matched++;
            _matchedByHarm[(int)gold[g].Harm]++;
            var comparison = new ClaimComparison(gold[g], goldIds, predicted[p], predictedIds);
            foreach (var field in Enum.GetValues<ClaimField>())
            {
                _fieldEqual[(int)field] += comparison.Agrees(field) ? 1 : 0;
            }
        }
    }

    /// <summary>The scores of everything added so far.</summary>
    public ClaimScores Build() => new()
    {
        ByHarm = [.. Enum.GetValues<Harm>().Select(h => (h, new MatchCounts(
            _matchedByHarm[(int)h],
            _predictedByHarm[(int)h] - _matchedByHarm[(int)h],
            _goldByHarm[(int)h] - _matchedByHarm[(int)h])))],
        Fields = [.. Enum.GetValues<ClaimField>().Select(f => (f, new Share(_fieldEqual[(int)f], _matched)))],
    };

    /// <summary>Characters shared by the evidence spans of two claims (spans of one claim do not overlap each
    /// other, so pairwise sums count no character twice).</summary>
    internal static int Overlap(ImmutableArray<Evidence> gold, ImmutableArray<Evidence> predicted)
    {
        var total = 0;
        if (gold.IsDefault || predicted.IsDefault)
        {
            return total;
        }

        foreach (var a in gold)
        {
            foreach (var b in predicted)
            {
                total += Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
            }
        }

        return total;
    }

    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            // The first mention wins if ids repeat; ids are unique in well-formed input.
            index.TryAdd(id(item), item);
        }

        return index;
    }
}
