using TestimonyNlp.Model;

namespace TestimonyNlp.Claims.Building;

/// <summary>
/// Keeps a claim from taking, as its site, a place carried over from the evidence of another event told before it.
/// A place first named in a claim of another date or another weapon ("In May they shelled the market in Saqba. ... In
/// June a shell fell on our street and killed my uncle") belongs to that event; the later claim takes the place carried
/// into the other claim instead, the story's site from before it (models/README.md, "Claim sites"). A place named
/// before that claim too is the story's and stays; so does the carried place when the one before that claim is the site
/// of a claim of a third event, which would give two events the testimony keeps apart one site. A place first named in
/// a detention, a disappearance, a flight or a damage claim is not carried over past the interviewer's next question
/// either ("A: They arrested my brother at the checkpoint in Harasta. Q: What happened to your house?"): the answer
/// tells another part of the story, so the later claim takes the story's place, when it is as specific as the one it
/// replaces. A death or a wound is the attack the next answers go on telling ("Was anyone else hurt?"), so its place
/// stays carried.
/// </summary>
internal static class CarriedSites
{
    /// <summary>Gives every claim whose site is a place carried over from inside an earlier claim of a disjoint date or
    /// of another weapon, and not named before that claim, the site it would have with nothing carried from that claim
    /// onwards, unless that site is the site of an earlier claim of another event. The same holds for a place carried
    /// from a detention, disappearance, flight or damage claim across an interviewer's question, when the site before
    /// that claim is at least as specific.</summary>
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

                var otherEvent = AreOtherEvents(other, draft);
                var askedAfter = !otherEvent && IsAskedAfter(layout, other, draft);
                if ((otherEvent || askedAfter) && !NamedBefore(layout, site, other.First))
                {
                    var (start, end) = draft.Spans[0];
                    var earlier = ClaimContext.Site(layout, draft.Harm, start, end, carryBefore: other.First);
                    if (!IsSiteOfOtherEvent(drafts, i, earlier) && (!askedAfter || IsAsSpecific(layout, earlier, site)))
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

    /// <summary>True when <paramref name="other"/> tells no death or wound and the interviewer speaks between its
    /// evidence and <paramref name="draft"/>'s: a new question opens another part of the story.</summary>
    private static bool IsAskedAfter(DocumentLayout layout, ClaimDraft other, ClaimDraft draft)
    {
        if (other.Harm is Harm.Killed or Harm.Injured)
        {
            return false;
        }

        var document = layout.Document;
        var first = layout.SentenceOf(Math.Max(0, other.Last - 1));
        if (first < 0)
        {
            return false;
        }

        for (var i = first; i < document.Sentences.Count && document.Sentences[i].Start < draft.First; i++)
        {
            if (document.Sentences[i].Start >= other.Last && document.RoleOf(document.Sentences[i]) == SpeakerRole.Interviewer)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="candidate"/> is a place at least as specific as <paramref name="place"/>
    /// (an ungeocoded local place counts as a neighbourhood): a town does not replace the street the story was at.</summary>
    private static bool IsAsSpecific(DocumentLayout layout, string? candidate, EntityMention place) =>
        candidate is not null && layout.Entity(candidate) is { } other && Specificity(other) <= Specificity(place);

    /// <summary>Lower is more specific; an ungeocoded local place counts as a neighbourhood.</summary>
    private static int Specificity(EntityMention place) => (int)(place.Geo?.Precision ?? SitePrecision.Neighbourhood);

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
