using System.Collections.Immutable;
using System.Globalization;
using TestimonyNlp.Claims.Dates;
using TestimonyNlp.Entities.Places;
using TestimonyNlp.Linking.Incidents;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;

namespace TestimonyNlp.Training.Evaluation;

/// <summary>Gold claims as incident linking sees them, with the gold incident of each.</summary>
/// <param name="Claims">One claim per gold claim; the key is its index.</param>
/// <param name="GoldIncidents">The gold incident key of each claim, by key.</param>
/// <param name="TestimonyIds">The corpus id of each claim's testimony, by key.</param>
public sealed record LinkingGoldSet(ImmutableArray<LinkClaim> Claims, ImmutableArray<string> GoldIncidents, ImmutableArray<string> TestimonyIds);

/// <summary>
/// Turns gold testimonies into <see cref="LinkClaim"/>s, so that linking can be measured apart from extraction:
/// the site is the gold PLACE mention geocoded in the gazetteer (an exact or folded match in the testimony's
/// country) and resolved by the <see cref="SiteResolver"/> as the store's site linking does; dates, weapon, actor
/// and toll are the gold claim's; named victims the gold PERSON mentions (normalised name, else text); the witness
/// the gold witness key; context dates the gold DATE mentions' values.
/// </summary>
public static class LinkingGoldClaims
{
    /// <summary>Builds the claims of <paramref name="testimonies"/>.</summary>
    /// <param name="testimonies">The gold testimonies.</param>
    /// <param name="gazetteer">The gazetteer gold places are geocoded with.</param>
    /// <param name="content">The decoded text of a testimony (for the sentence a site is named in), or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static LinkingGoldSet Build(
        IReadOnlyList<GoldTestimony> testimonies,
        PlaceGazetteer gazetteer,
        Func<GoldTestimony, string?> content,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(testimonies);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(content);
        var mentions = new List<SiteMention>();
        var pending = new List<(GoldTestimony Testimony, GoldClaim Claim)>();
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var gold in testimonies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var country = gold.Country.ToUpperInvariant();
            var places = gold.Entities
                .Where(e => e.Type == EntityType.Place)
                .Select(e => Geocode(e, country, gazetteer))
                .ToList();
            var text = content(gold);
            texts[gold.Id] = text;
            foreach (var claim in gold.Claims)
            {
                var key = Key(pending.Count);
                pending.Add((gold, claim));
                var site = claim.Site is null ? null : places.Find(p => string.Equals(p.Id, claim.Site, StringComparison.Ordinal));
                if (site is null)
                {
                    continue;
                }

                mentions.Add(new SiteMention(key, site)
                {
                    Country = country,
                    SentencePlaces = SentencePlaces(claim, site, places, text),
                    TestimonyPlaces = places,
                });
            }
        }

        var resolution = new SiteResolver(gazetteer).Resolve(mentions, cancellationToken);
        var claims = ImmutableArray.CreateBuilder<LinkClaim>(pending.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            var (gold, claim) = pending[i];
            var site = resolution.SiteOf(Key(i));
            var names = claim.Victims.Named
                .Select(id => gold.Entities.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal)))
                .Where(e => e is not null)
                .Select(e => e!.Normalized ?? e.Text)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            var evidence = claim.Evidence;
            var evidenceStart = evidence.IsDefaultOrEmpty ? 0 : evidence[0].Start;
            var evidenceEnd = evidence.IsDefaultOrEmpty ? 0 : evidence[^1].End;
            var goldPlaces = gold.Entities.Where(e => e.Type == EntityType.Place).ToList();
            var siteName = claim.Site is null ? null : goldPlaces.Find(e => string.Equals(e.Id, claim.Site, StringComparison.Ordinal)) is { } sitePlace
                ? PlaceNames.Fold(sitePlace.Normalized ?? sitePlace.Text)
                : null;
            claims.Add(new LinkClaim(
                i,
                gold.Id,
                gold.Witness,
                claim.Harm,
                site?.SiteId,
                Ancestors(site, resolution),
                claim.Date?.From,
                claim.Date?.To,
                claim.Weapon,
                claim.Actor,
                claim.Victims.Min,
                claim.Victims.Max,
                names,
                evidenceStart,
                evidenceEnd,
                null)
            {
                ContextPlaces = PlaceNames.Around(
                    goldPlaces.Select(e => (PlaceNames.Fold(e.Normalized ?? e.Text), e.Start, e.End)), evidenceStart, evidenceEnd, siteName, PlaceNames.Defaults.ContextChars),
                EvidencePlaces = PlaceNames.Around(
                    goldPlaces.Select(e => (PlaceNames.Fold(e.Normalized ?? e.Text), e.Start, e.End)), evidenceStart, evidenceEnd, siteName, 0),
                ContextPeople = PlaceNames.Around(
                    gold.Entities.Where(e => e.Type == EntityType.Person).Select(e => (PlaceNames.Fold(e.Normalized ?? e.Text), e.Start, e.End)),
                    evidenceStart,
                    evidenceEnd,
                    null,
                    PlaceNames.Defaults.PeopleContextChars),
                ContextDates = ContextDates.Around(
                    gold.Entities.Where(e => e.Type == EntityType.Date)
                        .Select(e => (e.Date is { IsOrdered: true } d ? new DateSpan(d.From, d.To) : (DateSpan?)null, e.Start, e.End)),
                    evidenceStart,
                    evidenceEnd),
                Targets = texts.GetValueOrDefault(gold.Id) is { } text ? TargetLexicon.Around(text, evidenceStart, evidenceEnd) : TargetKinds.None,
                YearDefaulted = DateYears.Defaulted(claim.Date?.Text, claim.Date?.From, claim.Date?.To),
                DateHourOnly = DateYears.HourOnly(claim.Date?.Text, claim.Date?.From, claim.Date?.To),
                SiteName = site?.Name,
                SiteLat = site is { Precision: <= SitePrecision.District } ? site.Lat : null,
                SiteLon = site is { Precision: <= SitePrecision.District } ? site.Lon : null,
            });
        }

        return new LinkingGoldSet(
            claims.MoveToImmutable(),
            [.. pending.Select(p => p.Claim.Incident)],
            [.. pending.Select(p => p.Testimony.Id)]);
    }

    /// <summary>The gold place with the coordinates of its gazetteer match in the testimony's country, if any.</summary>
    internal static EntityMention Geocode(GoldEntity place, string country, PlaceGazetteer gazetteer)
    {
        var candidate = gazetteer.Resolve(place.Normalized ?? place.Text, country);
        var geo = candidate is not null
            && candidate.Level != PlaceMatchLevel.Skeleton
            && string.Equals(candidate.Entry.Country, country, StringComparison.Ordinal)
            ? candidate.Entry.ToGeoPoint()
            : null;
        return new EntityMention(place.Id, EntityType.Place, place.Start, place.End, place.Text, candidate?.Entry.Name ?? place.Normalized, 1.0)
        {
            Geo = geo,
        };
    }

    private static ImmutableArray<string> Ancestors(ResolvedSite? site, SiteResolution resolution)
    {
        if (site is null)
        {
            return [];
        }

        var ancestors = ImmutableArray.CreateBuilder<string>();
        for (var parent = site.ParentSiteId; parent is not null; parent = resolution.Get(parent)?.ParentSiteId)
        {
            ancestors.Add(parent);
        }

        return ancestors.ToImmutable();
    }

    /// <summary>The places of the sentences the claim's evidence and its site lie in (the whole testimony's places
    /// inside the evidence when there is no text).</summary>
    private static List<EntityMention> SentencePlaces(GoldClaim claim, EntityMention site, List<EntityMention> places, string? content)
    {
        var spans = claim.Evidence.IsDefaultOrEmpty ? [] : claim.Evidence.Select(e => (e.Start, e.End)).ToList();
        spans.Add((site.Start, site.End));
        if (content is not null)
        {
            spans = spans.ConvertAll(s => Sentence(content, s.Start, s.End));
        }

        return places.FindAll(p => spans.Exists(s => p.Start >= s.Start && p.End <= s.End));
    }

    private static (int Start, int End) Sentence(string content, int start, int end)
    {
        start = Math.Clamp(start, 0, content.Length);
        end = Math.Clamp(end, start, content.Length);
        while (start > 0 && content[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        while (end < content.Length && content[end] is not ('.' or '!' or '?' or '\n'))
        {
            end++;
        }

        return (start, end);
    }

    private static string Key(int index) => index.ToString(CultureInfo.InvariantCulture);
}
