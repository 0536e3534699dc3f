using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities;

/// <summary>
/// The last entity stage: puts the mentions the spotters added in text order, keeps one mention where several
/// overlap, and numbers them <c>e1</c>, <c>e2</c>, ... Overlaps are settled by confidence, then by length (the
/// longer, more specific mention wins), then by the earlier start. A winner without a normalised value, weapon
/// category or coordinates takes them from an overlapping loser of the same type. A kept mention that overlapped a
/// dropped one of another type or another span is marked <see cref="EntityMention.Disputed"/>.
/// </summary>
public sealed class EntityMerger : IPipelineStage
{
    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = document.Entities;
        if (mentions.Count == 0)
        {
            return;
        }

        // Which of two overlapping mentions survives depends only on the mentions linked to them by overlaps, so
        // the text is cut into clusters of chained overlaps and each is settled on its own: linear in the number
        // of mentions outside clusters, instead of one ordered insert per mention over the whole text.
        var ordered = mentions.ToArray();
        Array.Sort(ordered, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<EntityMention>(ordered.Length);
        var cluster = new List<EntityMention>();
        var clusterEnd = int.MinValue;
        foreach (var mention in ordered)
        {
            if (mention.Start >= clusterEnd && cluster.Count > 0)
            {
                Settle(cluster, kept);
                cluster.Clear();
            }

            cluster.Add(mention);
            clusterEnd = Math.Max(clusterEnd, mention.End);
        }

        Settle(cluster, kept);

        mentions.Clear();
        for (var i = 0; i < kept.Count; i++)
        {
            mentions.Add(kept[i] with { Id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    // Keeps the best-ranked mentions of one cluster that do not overlap a better one, appending them to kept in
    // text order; a kept mention takes what it lacks from an overlapping loser of its type.
    private static void Settle(List<EntityMention> cluster, List<EntityMention> kept)
    {
        if (cluster.Count == 1)
        {
            kept.Add(cluster[0]);
            return;
        }

        var ranked = cluster.ToArray();
        Array.Sort(ranked, static (a, b) =>
        {
            var byConfidence = b.Confidence.CompareTo(a.Confidence);
            if (byConfidence != 0)
            {
                return byConfidence;
            }

            var byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
            return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
        });

        // Kept mentions never overlap, so ordered by start they are also ordered by end: one binary search
        // finds the only neighbours a candidate could overlap.
        var winners = new List<EntityMention>(ranked.Length);
        List<EntityMention>? dropped = null;
        foreach (var candidate in ranked)
        {
            var at = FirstEndingAfter(winners, candidate.Start);
            if (at == winners.Count || winners[at].Start >= candidate.End)
            {
                winners.Insert(at, candidate);
            }
            else
            {
                (dropped ??= []).Add(candidate);
            }
        }

        // A tagger span usually wins on its boundaries but knows nothing of canonical names, categories or
        // coordinates; a spotter mention of the same type over the same words does. A winner that overlapped a
        // loser of another type or span is disputed: the spotters and the tagger read these words differently.
        foreach (var loser in dropped ?? [])
        {
            var at = FirstEndingAfter(winners, loser.Start);
            if (at < winners.Count && winners[at].Start < loser.End && winners[at].Type == loser.Type)
            {
                var winner = winners[at];
                winners[at] = winner with
                {
                    Normalized = winner.Normalized ?? loser.Normalized,
                    Category = winner.Category ?? loser.Category,
                    Geo = winner.Geo ?? loser.Geo,
                };
            }

            for (var i = at; i < winners.Count && winners[i].Start < loser.End; i++)
            {
                var winner = winners[i];
                if (!winner.Disputed
                    && (winner.Type != loser.Type || winner.Start != loser.Start || winner.End != loser.End))
                {
                    winners[i] = winner with { Disputed = true };
                }
            }
        }

        kept.AddRange(winners);
    }

    // The index of the first kept mention whose end is past offset, or Count.
    private static int FirstEndingAfter(List<EntityMention> kept, int offset)
    {
        int low = 0, high = kept.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (kept[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
