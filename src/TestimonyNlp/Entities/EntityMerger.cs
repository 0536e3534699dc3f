using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;

namespace TestimonyNlp.Entities;

/// <summary>
/// The last entity stage: puts the mentions the spotters added in text order, keeps one mention where several
/// overlap, and numbers them <c>e1</c>, <c>e2</c>, ... Overlaps are settled by confidence, then by length (the
/// longer, more specific mention wins), then by the earlier start.
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

        var kept = new List<EntityMention>(ranked.Length);
        foreach (var candidate in ranked)
        {
            if (!Overlaps(kept, candidate))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        mentions.Clear();
        for (var i = 0; i < kept.Count; i++)
        {
            mentions.Add(kept[i] with { Id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    private static bool Overlaps(List<EntityMention> kept, EntityMention candidate)
    {
        foreach (var mention in kept)
        {
            if (candidate.Start < mention.End && mention.Start < candidate.End)
            {
                return true;
            }
        }

        return false;
    }
}
