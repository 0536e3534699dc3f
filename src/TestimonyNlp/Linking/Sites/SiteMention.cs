using TestimonyNlp.Model;

namespace TestimonyNlp.Linking.Sites;

/// <summary>The place mention a claim names as its site, with the context it comes with in its testimony.</summary>
/// <param name="Key">The caller's key for this mention (for example <c>testimony id/claim id</c>), used to look up
/// its site in <see cref="SiteResolution.SiteIdOf"/>; unique among the mentions of one resolution.</param>
/// <param name="Place">The PLACE mention: text, normalized name and, when geocoded, its <see cref="GeoPoint"/>.</param>
public sealed record SiteMention(string Key, EntityMention Place)
{
    /// <summary>The testimony's country (ISO 3166-1 alpha-2), from its other mentions or its header, or null.</summary>
    public string? Country { get; init; }

    /// <summary>The other PLACE mentions of the sentence the site is named in (<c>... in Aleppo</c>).</summary>
    public IReadOnlyList<EntityMention> SentencePlaces { get; init; } = [];

    /// <summary>All PLACE mentions of the testimony; the nearest town among them is a local site's town when its
    /// sentence names none.</summary>
    public IReadOnlyList<EntityMention> TestimonyPlaces { get; init; } = [];
}
