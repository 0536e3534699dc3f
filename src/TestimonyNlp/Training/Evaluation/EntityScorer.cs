using System.Collections.Immutable;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>
/// Compares predicted entity mentions with gold ones, testimony by testimony, and adds up the counts. Not thread
/// safe: add testimonies from one thread, in a fixed order, for a deterministic list of error examples.
/// </summary>
public sealed class EntityScorer
{
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;
    private static readonly int CategoryCount = Enum.GetValues<WeaponCategory>().Length;

    private readonly int[] _goldByType = new int[TypeCount];
    private readonly int[] _predictedByType = new int[TypeCount];
    private readonly int[] _matchedByType = new int[TypeCount];
    private readonly int[] _goldByCategory = new int[CategoryCount];
    private readonly int[] _predictedByCategory = new int[CategoryCount];
    private readonly int[] _matchedByCategory = new int[CategoryCount];
    private readonly int[] _partialByType = new int[TypeCount];
    private readonly int[,] _confusion = new int[TypeConfusion.Size, TypeConfusion.Size];
    private readonly int[] _binPredictions = new int[Defaults.BinLowerBounds.Length];
    private readonly int[] _binCorrect = new int[Defaults.BinLowerBounds.Length];
    private readonly List<ErrorExample> _errors = [];
    private readonly List<ErrorExample> _pending = [];
    private readonly List<(string TestimonyId, MatchCounts Counts)> _byTestimony = [];
    private readonly int _maxErrors;
    private readonly bool _intervals;
    private int _goldWeapons;
    private int _predictedWeapons;
    private int _weaponCategoryMatches;
    private int _spanMatchedWeapons;
    private int _actorNormalized;
    private int _actorMatches;
    private int _placeNormalized;
    private int _placeMatches;
    private int _dateNormalized;
    private int _dateMatches;

    /// <summary>Creates a scorer that keeps up to <paramref name="maxErrors"/> error examples and, when
    /// <paramref name="intervals"/> is set, gives its scores the bootstrap interval of the overall F1 over
    /// testimonies (<see cref="EntityScores.F1Interval"/>).</summary>
    public EntityScorer(int maxErrors = 0, bool intervals = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        _maxErrors = maxErrors;
        _intervals = intervals;
    }

    /// <summary>Compares the predictions for one testimony with its gold mentions and adds the counts.</summary>
    /// <param name="testimonyId">The corpus id, for error examples.</param>
    /// <param name="gold">The gold mentions.</param>
    /// <param name="predicted">The pipeline's mentions, with offsets into the same content.</param>
    public void Add(string testimonyId, IReadOnlyList<GoldEntity> gold, IReadOnlyList<EntityMention> predicted)
    {
        ArgumentNullException.ThrowIfNull(testimonyId);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        _pending.Clear();

        var goldMatch = new int[gold.Count];
        var predictedMatch = new int[predicted.Count];
        Array.Fill(goldMatch, -1);
        Array.Fill(predictedMatch, -1);

        // Exact matches first, one to one, each gold mention taken by the first prediction with its span and type.
        var open = new Dictionary<(int Start, int End, EntityType Type), Queue<int>>();
        for (var g = 0; g < gold.Count; g++)
        {
            var key = (gold[g].Start, gold[g].End, gold[g].Type);
            if (!open.TryGetValue(key, out var queue))
            {
                open[key] = queue = new Queue<int>();
            }

            queue.Enqueue(g);
            _goldByType[(int)gold[g].Type]++;
            if (gold[g].Type == EntityType.Weapon)
            {
                _goldWeapons++;
                if (gold[g].Category is { } category)
                {
                    _goldByCategory[(int)category]++;
                }
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            var mention = predicted[p];
            _predictedByType[(int)mention.Type]++;
            if (mention.Type == EntityType.Weapon)
            {
                _predictedWeapons++;
                if (mention.Category is { } category)
                {
                    _predictedByCategory[(int)category]++;
                }
            }

            if (open.TryGetValue((mention.Start, mention.End, mention.Type), out var queue) && queue.Count > 0)
            {
                var g = queue.Dequeue();
                goldMatch[g] = p;
                predictedMatch[p] = g;
                ScoreExactMatch(testimonyId, gold[g], mention);
            }

            var bin = Bin(mention.Confidence);
            _binPredictions[bin]++;
            if (predictedMatch[p] >= 0)
            {
                _binCorrect[bin]++;
            }
        }

        // Then type confusion: an unmatched prediction with exactly the offsets of an unmatched gold mention.
        var confused = new bool[gold.Count];
        var predictedConfused = new bool[predicted.Count];
        for (var p = 0; p < predicted.Count; p++)
        {
            if (predictedMatch[p] >= 0)
            {
                continue;
            }

            for (var g = 0; g < gold.Count; g++)
            {
                if (goldMatch[g] < 0 && !confused[g] && gold[g].Start == predicted[p].Start && gold[g].End == predicted[p].End)
                {
                    confused[g] = true;
                    predictedConfused[p] = true;
                    _confusion[TypeConfusion.Index(gold[g].Type), TypeConfusion.Index(predicted[p].Type)]++;
                    AddError(testimonyId, gold[g].Start, gold[g].End, Label(gold[g]), predicted[p].Type.ToWire(), gold[g].Text);
                    break;
                }
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (goldMatch[g] >= 0 || confused[g])
            {
                continue;
            }

            if (!OverlapsAny(gold[g].Start, gold[g].End, predicted))
            {
                _confusion[TypeConfusion.Index(gold[g].Type), TypeConfusion.Index(null)]++;
            }

            AddError(testimonyId, gold[g].Start, gold[g].End, Label(gold[g]), "-", gold[g].Text);
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (predictedMatch[p] >= 0 || predictedConfused[p])
            {
                continue;
            }

            var mention = predicted[p];
            var overlapsGold = false;
            var overlapsSameType = false;
            foreach (var g in gold)
            {
                if (Overlaps(g.Start, g.End, mention.Start, mention.End))
                {
                    overlapsGold = true;
                    // A duplicate of an exact match is spurious, not a partial overlap.
                    overlapsSameType |= g.Type == mention.Type && (g.Start != mention.Start || g.End != mention.End);
                }
            }

            if (!overlapsGold)
            {
                _confusion[TypeConfusion.Index(null), TypeConfusion.Index(mention.Type)]++;
            }

            if (overlapsSameType)
            {
                _partialByType[(int)mention.Type]++;
            }

            AddError(testimonyId, mention.Start, mention.End, "-", Label(mention), mention.Text);
        }

        if (_intervals)
        {
            var matched = predictedMatch.Count(g => g >= 0);
            _byTestimony.Add((testimonyId, new MatchCounts(matched, predicted.Count - matched, gold.Count - matched)));
        }

        foreach (var error in _pending.OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Gold, StringComparer.Ordinal))
        {
            if (_errors.Count == _maxErrors)
            {
                break;
            }

            _errors.Add(error);
        }
    }

    /// <summary>The scores of everything added so far.</summary>
    public EntityScores Build()
    {
        var types = Enum.GetValues<EntityType>();
        var categories = Enum.GetValues<WeaponCategory>()
            .Where(c => _goldByCategory[(int)c] + _predictedByCategory[(int)c] > 0)
            .Select(c => (c, Counts(_matchedByCategory[(int)c], _predictedByCategory[(int)c], _goldByCategory[(int)c])));
        var bins = Defaults.BinLowerBounds.Select((lower, i) => new ConfidenceBin(
            Defaults.BinLabels[i],
            lower,
            i == 0 ? double.PositiveInfinity : Defaults.BinLowerBounds[i - 1],
            new Share(_binCorrect[i], _binPredictions[i])));
        return new EntityScores
        {
            ByType = [.. types.Select(t => (t, Counts(_matchedByType[(int)t], _predictedByType[(int)t], _goldByType[(int)t])))],
            ByWeaponCategory = [.. categories],
            WeaponCategories = Counts(_weaponCategoryMatches, _predictedWeapons, _goldWeapons),
            CategoryAccuracy = new Share(_weaponCategoryMatches, _spanMatchedWeapons),
            Confusion = new TypeConfusion(_confusion),
            PartialOverlaps = [.. types.Select(t => (t, _partialByType[(int)t]))],
            ActorNormalization = new Share(_actorNormalized, _actorMatches),
            PlaceNormalization = new Share(_placeNormalized, _placeMatches),
            DateNormalization = new Share(_dateNormalized, _dateMatches),
            Calibration = [.. bins],
            Errors = [.. _errors],
            F1Interval = _intervals ? TestimonyDraws.F1([.. _byTestimony.Select(t => t.Counts)]) : null,
            ByTestimony = [.. _byTestimony],
        };
    }

    private static MatchCounts Counts(int matched, int predicted, int gold) => new(matched, predicted - matched, gold - matched);

    private void ScoreExactMatch(string testimonyId, GoldEntity gold, EntityMention mention)
    {
        _matchedByType[(int)gold.Type]++;
        _confusion[TypeConfusion.Index(gold.Type), TypeConfusion.Index(gold.Type)]++;
        switch (gold.Type)
        {
            case EntityType.Weapon:
                _spanMatchedWeapons++;
                if (gold.Category == mention.Category)
                {
                    _weaponCategoryMatches++;
                    if (gold.Category is { } category)
                    {
                        _matchedByCategory[(int)category]++;
                    }
                }
                else
                {
                    AddError(testimonyId, gold.Start, gold.End, Label(gold), Label(mention), gold.Text);
                }

                break;
            case EntityType.Actor when gold.Normalized is not null:
                _actorMatches++;
                _actorNormalized += string.Equals(gold.Normalized, mention.Normalized, StringComparison.Ordinal) ? 1 : 0;
                break;
            case EntityType.Place when gold.Normalized is not null:
                _placeMatches++;
                _placeNormalized += string.Equals(gold.Normalized, mention.Normalized, StringComparison.Ordinal) ? 1 : 0;
                break;
            case EntityType.Date when gold.Normalized is not null:
                _dateMatches++;
                _dateNormalized += string.Equals(gold.Normalized, mention.Normalized, StringComparison.Ordinal) ? 1 : 0;
                break;
        }
    }

    private void AddError(string testimonyId, int start, int end, string gold, string predicted, string text)
    {
        if (_errors.Count < _maxErrors)
        {
            _pending.Add(new ErrorExample(testimonyId, start, end, gold, predicted, text));
        }
    }

    private static string Label(GoldEntity gold) =>
        gold.Type == EntityType.Weapon && gold.Category is { } category ? "WEAPON:" + category.ToWire() : gold.Type.ToWire();

    private static string Label(EntityMention mention) =>
        mention.Type == EntityType.Weapon && mention.Category is { } category ? "WEAPON:" + category.ToWire() : mention.Type.ToWire();

    private static bool Overlaps(int startA, int endA, int startB, int endB) => startA < endB && startB < endA;

    private static bool OverlapsAny(int start, int end, IReadOnlyList<EntityMention> predicted)
    {
        foreach (var mention in predicted)
        {
            if (Overlaps(start, end, mention.Start, mention.End))
            {
                return true;
            }
        }

        return false;
    }

    private static int Bin(double confidence)
    {
        for (var i = 0; i < Defaults.BinLowerBounds.Length - 1; i++)
        {
            if (confidence >= Defaults.BinLowerBounds[i])
            {
                return i;
            }
        }

        // Below every bound, and NaN, fall in the last bin.
        return Defaults.BinLowerBounds.Length - 1;
    }

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>Inclusive lower bounds of the confidence bins, highest first; the last bin takes the rest.</summary>
        public static readonly ImmutableArray<double> BinLowerBounds = [0.9, 0.7, 0.5, double.NegativeInfinity];

        /// <summary>The bins as printed.</summary>
        public static readonly ImmutableArray<string> BinLabels = [">= 0.9", "0.7-0.9", "0.5-0.7", "< 0.5"];
    }
}
