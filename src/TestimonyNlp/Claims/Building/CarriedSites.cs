using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Keeps a claim from taking, as its site, a place carried over from the evidence of another event told before it.
/// A place first named in a claim of another date or another weapon ("In May they shelled the market in Saqba. ... In
/// June a shell fell on our street and killed my uncle") belongs to that event; the later claim takes the place carried
/// into the other claim instead, the story's site from before it (models/README.md, "Claim sites"). A place named
/// before that claim too is the story's and stays; so does the carried place when the one before that claim is the site
/// of a claim of a third event, which would give two events the testimony keeps apart one site.
/// </summary>
internal static class CarriedSites
{
    /// <summary>Gives every claim whose site is a place carried over from inside an earlier claim of a disjoint date or
    /// of another weapon, and not named before that claim, the site it would have with nothing carried from that claim
    /// onwards, unless that site is the site of an earlier claim of another event.</summary>
    /// <param name="layout">The document.</param>
    /// <param name="drafts">The document's claims in text order (by their first evidence offset).</param>
    public static void StopAtOtherEvents(DocumentLayout layout, IReadOnlyList<ClaimDraft> drafts)
    {
        for (var i = 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Site is not { } id || layout.Entity(id) is not { } site || site.End > draft.First)
            {
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var other = drafts[j];
                if (other.Last > draft.First || !Holds(other, site))
                {
                    continue;
                }

                if (AreOtherEvents(other, draft) && !NamedBefore(layout, site, other.First))
                {
                    var (start, end) = draft.Spans[0];
                    var earlier = ClaimContext.Site(layout, draft.Harm, start, end, carryBefore: other.First);
                    if (!IsSiteOfOtherEvent(drafts, i, earlier))
                    {
                        draft.Site = earlier;
                    }
                }

                break;
            }
        }
    }

    /// <summary>True when <paramref name="site"/> is the site of a claim before claim <paramref name="index"/> that
    /// tells another event: the place carried from before would join two events the testimony keeps apart.</summary>
    private static bool IsSiteOfOtherEvent(IReadOnlyList<ClaimDraft> drafts, int index, string? site)
    {
        var draft = drafts[index];
        for (var k = 0; k < index; k++)
        {
            if (drafts[k].Site == site && site is not null && drafts[k].Last <= draft.First && AreOtherEvents(drafts[k], draft))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when two claims tell different events: both dated and the dates share no day, or both with a
    /// weapon and the weapons differ.</summary>
    private static bool AreOtherEvents(ClaimDraft a, ClaimDraft b) =>
        (a.Date is { From: { } aFrom, To: { } aTo } && b.Date is { From: { } bFrom, To: { } bTo } && (aTo < bFrom || bTo < aFrom))
        || (a.Weapon is { } aWeapon && b.Weapon is { } bWeapon && aWeapon != bWeapon);

    /// <summary>True when a place of the same name as <paramref name="place"/> is named before
    /// <paramref name="offset"/>: the story's place, not the other event's alone ("we lived in Saqba ... in May they
    /// shelled Saqba").</summary>
    private static bool NamedBefore(DocumentLayout layout, EntityMention place, int offset)
    {
        foreach (var entity in layout.Document.Entities)
        {
            if (entity.Type == EntityType.Place && entity.End <= offset && layout.SamePlace(entity.Id, place.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="place"/> lies inside one of the evidence spans of <paramref name="draft"/>.</summary>
    private static bool Holds(ClaimDraft draft, EntityMention place)
    {
        foreach (var (start, end) in draft.Spans)
        {
            if (place.Start >= start && place.End <= end)
            {
                return true;
            }
        }

        return false;
    }
}
