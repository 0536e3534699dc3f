using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities;

/// <summary>
/// The last entity stage: puts the mentions the spotters added in text order, keeps one mention where several
/// overlap, and numbers them <c>e1</c>, <c>e2</c>, ... Overlaps are settled by confidence, then by length (the
/// longer, more specific mention wins), then by the earlier start. A winner without a normalised value, weapon
/// category or coordinates takes them from an overlapping loser of the same type.
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

        var ranked = mentions.ToArray();
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
        var kept = new List<EntityMention>(ranked.Length);
        List<EntityMention>? dropped = null;
        foreach (var candidate in ranked)
        {
            var at = FirstEndingAfter(kept, candidate.Start);
            if (at == kept.Count || kept[at].Start >= candidate.End)
            {
                kept.Insert(at, candidate);
            }
            else
            {
                (dropped ??= []).Add(candidate);
            }
        }

        // A tagger span usually wins on its boundaries but knows nothing of canonical names, categories or
        // coordinates; a spotter mention of the same type over the same words does.
        foreach (var loser in dropped ?? [])
        {
            var at = FirstEndingAfter(kept, loser.Start);
            if (at < kept.Count && kept[at].Start < loser.End && kept[at].Type == loser.Type)
            {
                var winner = kept[at];
                kept[at] = winner with
                {
                    Normalized = winner.Normalized ?? loser.Normalized,
                    Category = winner.Category ?? loser.Category,
                    Geo = winner.Geo ?? loser.Geo,
                };
            }
        }

        mentions.Clear();
        for (var i = 0; i < kept.Count; i++)
        {
            mentions.Add(kept[i] with { Id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
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
