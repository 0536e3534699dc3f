using System.Globalization;
using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;

namespace TestimonyNlp.Store;

/// <summary>What one site linking run did.</summary>
/// <param name="Claims">Claims read from the store.</param>
/// <param name="ClaimsWithSite">Claims resolved to a site.</param>
/// <param name="Sites">Sites saved, ancestors included.</param>
public sealed record SiteLinkSummary(int Claims, int ClaimsWithSite, int Sites);

/// <summary>
/// Resolves the site of every stored claim across all current testimonies of a store at once, and saves the
/// sites and each claim's site id (<see cref="ITestimonyStore.SaveSites"/>). Site ids depend only on what a site
/// is, so re-running over a store that has grown keeps the ids it gave before.
/// </summary>
public sealed class SiteLinker
{
    private readonly SiteResolver _resolver;

    /// <summary>Creates a linker that resolves with <paramref name="resolver"/>.</summary>
    public SiteLinker(SiteResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolver = resolver;
    }

    /// <summary>Links every claim in <paramref name="store"/> to its site and saves the result.</summary>
    /// <exception cref="StoreException">The store could not be read or written.</exception>
    public SiteLinkSummary Link(ITestimonyStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var placesByTestimony = new Dictionary<long, List<EntityMention>>();
        foreach (var entity in store.ReadEntities())
        {
            if (entity.Mention.Type != EntityType.Place)
            {
                continue;
            }

            if (!placesByTestimony.TryGetValue(entity.TestimonyRowId, out var places))
            {
                places = [];
                placesByTestimony.Add(entity.TestimonyRowId, places);
            }

            places.Add(entity.Mention);
        }

        var countries = new Dictionary<long, string?>();
        var claims = store.ReadClaims().ToList();
        var mentions = new List<SiteMention>();
        long contentRowId = -1;
        string? content = null;
        List<EntityMention> told = [];
        List<EntityMention> interview = [];
        foreach (var stored in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stored.Claim.Site is not { } siteEntityId
                || !placesByTestimony.TryGetValue(stored.TestimonyRowId, out var places))
            {
                continue;
            }

            var place = places.Find(p => string.Equals(p.Id, siteEntityId, StringComparison.Ordinal));
            if (place is null)
            {
                continue;
            }

            if (!countries.TryGetValue(stored.TestimonyRowId, out var country))
            {
                country = MostCommonCountry(places);
                countries.Add(stored.TestimonyRowId, country);
            }

            if (stored.TestimonyRowId != contentRowId)
            {
                // Claims come grouped by testimony, so each text is read once.
                content = store.ReadContent(stored.TestimonyRowId);
                contentRowId = stored.TestimonyRowId;
                (told, interview) = SplitInterviewPlaces(places, content);
            }

            var sentence = content is null ? default : Sentence(content, place.Start, place.End);
            mentions.Add(new SiteMention(Key(stored.RowId), place)
            {
                Country = country,
                SentencePlaces = SentencePlaces(stored.Claim, place, places, content),
                TestimonyPlaces = told,
                TurnPlaces = content is null ? [] : TurnPlaces(told, place, content),
                InterviewPlaces = interview,
                Sentence = content?[sentence.Start..sentence.End],
                SentenceStart = sentence.Start,
            });
        }

        var resolution = _resolver.Resolve(mentions, cancellationToken);
        var sites = resolution.Sites
            .Select(s => new StoredSite(s.SiteId, s.Name, s.Aliases, s.ParentSiteId, s.Lat, s.Lon, s.Precision, s.GeonamesId, 0))
            .ToList();
        var claimSites = claims
            .Select(c => new ClaimSite(c.RowId, resolution.SiteIdOf(Key(c.RowId))))
            .ToList();
        store.SaveSites(sites, claimSites);
        return new SiteLinkSummary(claims.Count, claimSites.Count(c => c.SiteId is not null), sites.Count);
    }

    private static readonly string[] InterviewPlaceKeys =
        ["Place of interview", "Place", "Location", "Interview location", "Interview place", "Place of the interview", "Recorded in"];

    private static string Key(long claimRowId) => claimRowId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The places of the account and, apart, those of the header line that says where the interview was held: where
    /// the witness now is says little about the town a street of their account lies in. Without the text every
    /// place is the account's.
    /// </summary>
    internal static (List<EntityMention> Told, List<EntityMention> Interview) SplitInterviewPlaces(List<EntityMention> places, string? content)
    {
        if (content is null)
        {
            return (places, []);
        }

        var told = new List<EntityMention>(places.Count);
        var interview = new List<EntityMention>();
        foreach (var place in places)
        {
            (IsInterviewPlace(content, place) ? interview : told).Add(place);
        }

        return (told, interview);
    }

    /// <summary>The places among <paramref name="places"/> in the speaker turn <paramref name="site"/> lies in
    /// (<see cref="Turn"/>).</summary>
    internal static List<EntityMention> TurnPlaces(List<EntityMention> places, EntityMention site, string content)
    {
        var (start, end) = Turn(content, site.Start);
        return places.FindAll(p => p.Start >= start && p.End <= end);
    }

    /// <summary>
    /// The speaker turn around <paramref name="position"/>, from the text alone (the store keeps no segments): from
    /// the line that opens it with a speaker label (<c>A:</c>, <c>WITNESS:</c>, <c>[00:03:20] A:</c>) or follows a
    /// blank line, up to the next such line.
    /// </summary>
    internal static (int Start, int End) Turn(string content, int position)
    {
        position = Math.Clamp(position, 0, content.Length);
        var start = content.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        while (start > 0 && !OpensTurn(content, start))
        {
            start = content.LastIndexOf('\n', Math.Max(0, start - 2)) + 1;
        }

        var end = content.IndexOf('\n', position);
        while (end >= 0 && end + 1 < content.Length && !OpensTurn(content, end + 1))
        {
            end = content.IndexOf('\n', end + 1);
        }

        return (start, end < 0 ? content.Length : end);
    }

    /// <summary>True when the line at <paramref name="lineStart"/> starts a turn: it begins with a speaker label, is
    /// blank, or follows a blank line.</summary>
    private static bool OpensTurn(string content, int lineStart)
    {
        var lineEnd = content.IndexOf('\n', lineStart);
        var line = content.AsSpan(lineStart, (lineEnd < 0 ? content.Length : lineEnd) - lineStart).TrimEnd('\r');
        if (line.IsWhiteSpace() || (lineStart >= 2 && content.AsSpan(0, lineStart - 1).TrimEnd('\r').EndsWith("\n", StringComparison.Ordinal)))
        {
            return true;
        }

        if (line.StartsWith('['))
        {
            var close = line.IndexOf(']');
            line = close < 0 ? line : line[(close + 1)..].TrimStart();
        }

        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > Defaults.MaxLabelLength)
        {
            return false;
        }

        foreach (var c in line[..colon])
        {
            if (!char.IsLetterOrDigit(c) && c is not (' ' or '\'' or '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for a place on the header line that says where the interview was held ("Place of interview: Gaziantep,
    /// Turkey"): where the witness now is says little about the town a street of their account lies in.
    /// </summary>
    internal static bool IsInterviewPlace(string content, EntityMention place)
    {
        var start = Math.Clamp(place.Start, 0, content.Length);
        var lineStart = content.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = content.AsSpan(lineStart, start - lineStart);
        var colon = before.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var key = before[..colon].Trim();
        foreach (var interviewKey in InterviewPlaceKeys)
        {
            if (key.Equals(interviewKey, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most common country of the geocoded places (ties: the ordinally first), or null.</summary>
    internal static string? MostCommonCountry(IReadOnlyList<EntityMention> places) =>
        places
            .Where(p => p.Geo?.Country is not null)
            .GroupBy(p => p.Geo!.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    /// <summary>
    /// The places of the sentences the claim's evidence spans and its site mention lie in: each span widened to
    /// the nearest sentence ends of <paramref name="content"/> (the store keeps no sentence bounds). Without the
    /// text, the places inside the evidence spans and the site mention alone.
    /// </summary>
    internal static List<EntityMention> SentencePlaces(
        Claim claim, EntityMention site, IReadOnlyList<EntityMention> places, string? content)
    {
        var spans = claim.Evidence.IsDefaultOrEmpty ? [] : claim.Evidence.Select(e => (e.Start, e.End)).ToList();
        spans.Add((site.Start, site.End));
        if (content is not null)
        {
            spans = spans.ConvertAll(s => Sentence(content, s.Start, s.End));
        }

        return places
            .Where(p => spans.Exists(s => p.Start >= s.Start && p.End <= s.End))
            .ToList();
    }

    /// <summary>The span widened to the nearest sentence ends on either side.</summary>
    internal static (int Start, int End) Sentence(string content, int start, int end)
    {
        start = Math.Clamp(start, 0, content.Length);
        end = Math.Clamp(end, start, content.Length);
        while (start > 0 && !IsSentenceEnd(content[start - 1]))
        {
            start--;
        }

        while (end < content.Length && !IsSentenceEnd(content[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';

    /// <summary>Default settings.</summary>
    public static class Defaults
    {
        /// <summary>The longest speaker label (characters before the colon) a turn may open with.</summary>
        public const int MaxLabelLength = 40;
    }
}
