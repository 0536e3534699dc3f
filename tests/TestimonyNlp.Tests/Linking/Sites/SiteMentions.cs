using TestimonyNlp.Linking.Sites;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Linking.Sites;

/// <summary>Site mentions built from one-sentence testimonies with the real place spotter and gazetteer.</summary>
internal static class SiteMentions
{
    /// <summary>
    /// A testimony of one sentence: the places the spotter finds in it are its sentence and testimony places; the
    /// site is the spotted mention with text <paramref name="site"/>, or a hand-made mention without coordinates
    /// (as the tagger gives local names the gazetteer lacks).
    /// </summary>
    public static SiteMention FromSentence(string key, string sentence, string site, string? country = null)
    {
        var places = PlacesTestData.Spot(sentence);
        var place = places.FirstOrDefault(m => m.Text == site) ?? Local(sentence, site);
        return new SiteMention(key, place) { Country = country, SentencePlaces = places, TestimonyPlaces = places, Sentence = sentence };
    }

    /// <summary>A PLACE mention of <paramref name="site"/> in <paramref name="content"/> with no coordinates.</summary>
    public static EntityMention Local(string content, string site, string id = "e99")
    {
        var start = content.IndexOf(site, StringComparison.Ordinal);
        return new EntityMention(id, EntityType.Place, start, start + site.Length, site, null, 0.9);
    }

    /// <summary>
    /// A one-sentence testimony whose site <paramref name="site"/> and neighbourhood <paramref name="quarter"/> are
    /// local names the spotter leaves alone (as the tagger gives them): both join the spotted places of the sentence.
    /// </summary>
    public static SiteMention WithQuarter(string key, string sentence, string site, string quarter, string? country = null)
    {
        var place = Local(sentence, site);
        var places = PlacesTestData.Spot(sentence).Append(place).Append(Local(sentence, quarter, "e98")).OrderBy(p => p.Start).ToList();
        return new SiteMention(key, place) { Country = country, SentencePlaces = places, TestimonyPlaces = places, Sentence = sentence };
    }
}
