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
    private readonly int[] _dateKinds = new int[Enum.GetValues<ClaimDateKind>().Length];
    private readonly List<ClaimErrorExample> _errors = [];
    private readonly List<ClaimErrorExample> _pending = [];
    private readonly List<TestimonyClaimCounts> _byTestimony = [];
    private readonly int _maxErrors;
    private readonly bool _intervals;
    private int _matched;

    /// <summary>Creates a scorer that keeps up to <paramref name="maxErrors"/> error examples and, when
    /// <paramref name="intervals"/> is set, gives its scores the bootstrap intervals over testimonies
    /// (<see cref="ClaimIntervals"/>; left out where scores are only compared, as in training).</summary>
    public ClaimScorer(int maxErrors = 0, bool intervals = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        _maxErrors = maxErrors;
        _intervals = intervals;
    }

    /// <summary>Compares the predicted claims of one testimony with its gold claims and adds the counts.</summary>
    /// <param name="testimonyId">The corpus id, for error examples.</param>
    /// <param name="gold">The gold claims.</param>
    /// <param name="goldEntities">The gold entity mentions the gold claims' site ids point to.</param>
    /// <param name="predicted">The pipeline's claims, with offsets into the same content.</param>
    /// <param name="predictedEntities">The pipeline's entity mentions the predicted claims' actor and site ids point
    /// to.</param>
    public void Add(
        string testimonyId,
        IReadOnlyList<GoldClaim> gold,
        IReadOnlyList<GoldEntity> goldEntities,
        IReadOnlyList<Claim> predicted,
        IReadOnlyList<EntityMention> predictedEntities)
    {
        ArgumentNullException.ThrowIfNull(testimonyId);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(goldEntities);
        _pending.Clear();
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(predictedEntities);
        var goldByHarm = new int[HarmCount];
        var predictedByHarm = new int[HarmCount];
        foreach (var claim in gold)
        {
            _goldByHarm[(int)claim.Harm]++;
            goldByHarm[(int)claim.Harm]++;
        }

        foreach (var claim in predicted)
        {
            _predictedByHarm[(int)claim.Harm]++;
            predictedByHarm[(int)claim.Harm]++;
        }

        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var matchedByHarm = new int[HarmCount];
        var fieldEqual = new int[FieldCount];
        var goldIds = Index(goldEntities, e => e.Id);
        var predictedIds = Index(predictedEntities, e => e.Id);
        foreach (var (g, p) in Match(gold, predicted))
        {
            goldTaken[g] = true;
            predictedTaken[p] = true;
            _matched++;
            _matchedByHarm[(int)gold[g].Harm]++;
            matchedByHarm[(int)gold[g].Harm]++;
            var comparison = new ClaimComparison(gold[g], goldIds, predicted[p], predictedIds);
            _dateKinds[(int)comparison.DateKind]++;
            var disagreements = ImmutableArray.CreateBuilder<string>();
            foreach (var field in Enum.GetValues<ClaimField>())
            {
                if (comparison.Agrees(field))
                {
                    _fieldEqual[(int)field]++;
                    fieldEqual[(int)field]++;
                }
                else
                {
                    disagreements.Add(comparison.Describe(field));
                }
            }

            if (disagreements.Count > 0)
            {
                AddError(testimonyId, gold[g].Evidence, gold[g].Harm, gold[g].Harm, disagreements.ToImmutable());
            }
        }

        if (_intervals)
        {
            _byTestimony.Add(new TestimonyClaimCounts(
                testimonyId,
                [.. Enumerable.Range(0, HarmCount).Select(h => new MatchCounts(
                    matchedByHarm[h], predictedByHarm[h] - matchedByHarm[h], goldByHarm[h] - matchedByHarm[h]))],
                [.. fieldEqual],
                matchedByHarm.Sum()));
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldTaken[g])
            {
                AddError(testimonyId, gold[g].Evidence, gold[g].Harm, null, []);
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!predictedTaken[p])
            {
                AddError(testimonyId, predicted[p].Evidence, null, predicted[p].Harm, []);
            }
        }

        foreach (var error in _pending.OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Gold).ThenBy(e => e.Predicted))
        {
            if (_errors.Count == _maxErrors)
            {
                break;
            }

            _errors.Add(error);
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
        DateKinds = [.. ClaimDateKinds.All.Select(k => (k, _dateKinds[(int)k]))],
        Errors = [.. _errors],
        Intervals = _intervals ? ClaimIntervals.Bootstrap(_byTestimony) : null,
        ByTestimony = _intervals ? [.. _byTestimony] : [],
    };

    /// <summary>
    /// The matched pairs of <paramref name="gold"/> and <paramref name="predicted"/> claims of one testimony, as
    /// indexes into the two lists: same harm, overlapping evidence, one to one, greedy by overlap size, ties broken
    /// by gold then prediction order.
    /// </summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Match(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
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
        var pairs = new List<(int Gold, int Predicted)>();
        foreach (var (_, g, p) in candidates)
        {
            if (goldTaken[g] || predictedTaken[p])
            {
                continue;
            }

            goldTaken[g] = true;
            predictedTaken[p] = true;
            pairs.Add((g, p));
        }

        return pairs;
    }

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

    private void AddError(
        string testimonyId,
        ImmutableArray<Evidence> evidence,
        Harm? gold,
        Harm? predicted,
        ImmutableArray<string> disagreements)
    {
        if (_errors.Count < _maxErrors)
        {
            var (start, end) = evidence.IsDefaultOrEmpty ? (0, 0) : (evidence[0].Start, evidence[0].End);
            _pending.Add(new ClaimErrorExample(testimonyId, start, end, gold, predicted, disagreements));
        }
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
