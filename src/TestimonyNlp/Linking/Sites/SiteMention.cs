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

    /// <summary>The PLACE mentions of the account (the interview place of the header left out); when neither the
    /// sentence nor the speaker turn names a town, the town named most among them is a local site's town.</summary>
    public IReadOnlyList<EntityMention> TestimonyPlaces { get; init; } = [];

    /// <summary>The PLACE mentions of the speaker turn the site is named in; the nearest town among them is a local
    /// site's town when its sentence names none.</summary>
    public IReadOnlyList<EntityMention> TurnPlaces { get; init; } = [];

    /// <summary>The places the header gives as where the interview was held: a local site's town only when the
    /// account names no town at all.</summary>
    public IReadOnlyList<EntityMention> InterviewPlaces { get; init; } = [];

    /// <summary>The text of the sentence the site is named in, or null; with it, a building or street said to be
    /// in a neighbourhood of the sentence (<c>the al-Razi hospital in Hay al-Thawra</c>) becomes its child.</summary>
    public string? Sentence { get; init; }

    /// <summary>The offset of <see cref="Sentence"/> in the testimony text (mention offsets are into that text).</summary>
    public int SentenceStart { get; init; }
}
