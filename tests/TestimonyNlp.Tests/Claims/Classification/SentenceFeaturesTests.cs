using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class SentenceFeaturesTests
{
    [Fact]
    public void Compute_CueWordsAndOneEntity_SquashedCounts()
    {
        const string Content = "A: I told him we would not go near the mortars. Nobody came.\n";
        var document = CraftedTranscript.Tokenized(Content);
        var start = Content.IndexOf("mortars", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Weapon, start, start + 7, "mortars", "mortar", 1.0) { Category = WeaponCategory.Mortar });
        var features = new float[SentenceFeatures.Count];
        var cursor = 0;

        SentenceFeatures.Compute(document, document.Sentences[0], SpeakerRole.Witness, ref cursor, features);

        // weapons 1, witness 1, first person 2 (I, we), hearsay 1 (told), negation 1 (not), irrealis 1 (would),
        // 10 words; each count c becomes c / (c + 1).
        Assert.Equal(
            [0.5f, 0, 0, 0, 0, 0.5f, 0, 2f / 3f, 0.5f, 0, 0.5f, 0.5f, 0, 0, 0, 10f / 11f],
            features);
        Assert.Equal(0, cursor);
    }

    [Fact]
    public void Compute_CurlyApostropheAndCapitals_CountedAsTheStraightCueWords()
    {
        const string Content = "A: WE didn\u2019t SEE it, they Told us.\n";
        var document = CraftedTranscript.Tokenized(Content);
        var features = new float[SentenceFeatures.Count];
        var cursor = 0;

        SentenceFeatures.Compute(document, document.Sentences[0], SpeakerRole.Witness, ref cursor, features);

        // witness 1, first person 2 (WE, us), hearsay 1 (Told), negation 1 (didn\u2019t), sight 1 (SEE), 7 words.
        Assert.Equal(
            [0, 0, 0, 0, 0, 0.5f, 0, 2f / 3f, 0.5f, 0, 0.5f, 0, 0, 0.5f, 0, 7f / 8f],
            features);
    }
}
