using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Which date a claim takes: the first resolved DATE mention of its evidence that says its year, else the first
/// resolved one (passing over a part of a day when a day or month follows it there), else the date of the event being
/// told (the last resolved mention before the evidence), else a date given later in the same answer. A disappearance
/// passes over dates counted on from the event ("two weeks later", "after a month"): it is dated by the day the
/// person was last seen, and what came after is the waiting.
/// </summary>
internal static class ClaimDates
{
    /// <summary>The date of the claim whose evidence runs from <paramref name="start"/> to <paramref name="end"/>, and
    /// whether the evidence itself gives it.</summary>
    /// <param name="layout">The document's layout, with its DATE mentions resolved in text order.</param>
    /// <param name="start">Start offset of the evidence.</param>
    /// <param name="end">End offset (exclusive) of the evidence.</param>
    /// <param name="harm">The claim's harm.</param>
    public static (DateRange? Date, bool InEvidence) Choose(DocumentLayout layout, int start, int end, Harm harm)
    {
        DateRange? current = null;
        DateRange? own = null;
        var ownPartOfDay = false;
        var turn = layout.Turn(layout.SentenceOf(start));
        foreach (var (entity, resolution) in layout.Dates)
        {
            if (harm == Harm.Missing && entity.Start < end && DateWords.MovesOn(entity.Text))
            {
                // "They took him on the 3rd. ... Two weeks later we went to the base. Since then, nothing."
                continue;
            }

            if (own is not null && entity.Start >= end)
            {
                return (own, true);
            }

            if (entity.Start >= end)
            {
                // Nothing told before: a date given later in the same answer ("... they died. It was in March 2017.")
                if (current is null && resolution.IsResolved && layout.Turn(layout.SentenceOf(entity.Start)) == turn)
                {
                    return (resolution.Range, false);
                }

                if (current is not null || layout.Turn(layout.SentenceOf(entity.Start)) != turn)
                {
                    break;
                }

                continue;
            }

            if (entity.Start >= start && resolution.IsResolved)
            {
                // "In April ... it was June 2015 when the school was hit": a date that says its year is surer than one
                // placed from the context, which may be another event's.
                if (DateWords.HoldsYear(entity.Text))
                {
                    return (resolution.Range, true);
                }

                if (own is null)
                {
                    own = resolution.Range;
                    ownPartOfDay = DateWords.PartOfDayOnly(entity.Text);
                }
                else if (ownPartOfDay && !DateWords.PartOfDayOnly(entity.Text) && !DateWords.MovesOn(entity.Text))
                {
                    // "One night, at the end of June, the planes came": the part of a day leans on the date told before
                    // the evidence, which may be another event's; the date after it names the event's own
                    own = resolution.Range;
                    ownPartOfDay = false;
                }

                continue;
            }

            if (entity.End <= start && resolution.IsResolved && !DateAsides.InAside(layout.Document, entity.Start) && !DateAsides.FollowsSince(layout.Document.Text, entity.Start))
            {
                current = resolution.Range;
            }
        }

        return own is not null ? (own, true) : (current, false);
    }
}
