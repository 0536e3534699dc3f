using System.Collections.Immutable;

namespace TestimonyNlp.Linking.Sites;

/// <summary>The sites resolved from a set of site mentions, and the site of each mention.</summary>
public sealed class SiteResolution
{
    private readonly ImmutableDictionary<string, string> _siteIdByKey;
    private readonly ImmutableDictionary<string, ResolvedSite> _siteById;

    internal SiteResolution(ImmutableArray<ResolvedSite> sites, ImmutableDictionary<string, string> siteIdByKey)
    {
        Sites = sites;
        _siteIdByKey = siteIdByKey;
        _siteById = sites.ToImmutableDictionary(s => s.SiteId, StringComparer.Ordinal);
    }

    /// <summary>Every site, the ancestors of the mentioned sites included, ordered by identity path (a parent
    /// comes before its children).</summary>
    public ImmutableArray<ResolvedSite> Sites { get; }

    /// <summary>The site id of the mention with key <paramref name="key"/>, or null when there is none.</summary>
    public string? SiteIdOf(string key) => _siteIdByKey.GetValueOrDefault(key);

    /// <summary>The site of the mention with key <paramref name="key"/>, or null when there is none.</summary>
    public ResolvedSite? SiteOf(string key) =>
        _siteIdByKey.TryGetValue(key, out var id) ? _siteById[id] : null;

    /// <summary>The site with id <paramref name="siteId"/>, or null.</summary>
    public ResolvedSite? Get(string siteId) => _siteById.GetValueOrDefault(siteId);
}
