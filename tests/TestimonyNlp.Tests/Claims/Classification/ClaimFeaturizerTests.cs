using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class ClaimFeaturizerTests
{
    private static Document Document(string content)
    {
        var document = CraftedTranscript.Tokenized(content);
        return document;
    }

    private static List<int> Buckets(Document document, int sentence)
    {
        var featurizer = new ClaimFeaturizer();
        featurizer.Load(document);
        var buckets = new List<int>();
        for (var s = 0; s <= sentence; s++)
        {
            buckets.Clear();
            featurizer.Extract(s, buckets, new float[SentenceFeatures.Count]);
        }

        return buckets;
    }

    [Fact]
    public void Extract_NegatedSentence_AddsTheWordsInScope()
    {
        // 7 units (There was no shelling that day .): 7 words, 8 pairs with both boundaries, 1 stem (shelling),
        // 6 lemmas (one per word), 3 words after "no" before the full stop, the turn, entity-type and
        // last-knowing-cue features.
        var buckets = Buckets(Document("A: There was no shelling that day.\n"), 0);

        Assert.Equal(28, buckets.Count);
    }

    [Fact]
    public void Extract_SameWordsInAnotherCase_SameBuckets()
    {
        var lower = Buckets(Document("A: there was no shelling that day.\n"), 0);
        var upper = Buckets(Document("A: THERE WAS NO SHELLING THAT DAY.\n"), 0);

        Assert.Equal(lower, upper);
    }

    [Fact]
    public void Extract_AnswerAfterQuestion_ReadsTheQuestion()
    {
        var alone = Buckets(Document("A: Yes.\n"), 0);
        var answer = Buckets(Document("Q: Did you see it?\nA: Yes.\n"), 1);

        // The answer adds the question's five units (Did you see it ?) and the cue group of "see" in it.
        Assert.Equal(alone.Count + 6, answer.Count);
    }

    [Fact]
    public void Extract_InflectionMissingFromTheCueLists_FindsItsGroupByLemma()
    {
        // "Massacring" is in no list; its lemma is that of "massacred", which is. Each gives 14 buckets: 2 units (the
        // word and the full stop), 3 pairs, the stem, the lemma, the cue group, the cue pair, the cue with its
        // subject's person, the turn, entity-type and last-knowing-cue features and the turn's cue group; all but the
        // word and its 2 pairs agree.
        var listed = Buckets(Document("A: Massacred.\n"), 0);
        var inflected = Buckets(Document("A: Massacring.\n"), 0);

        Assert.Equal(14, listed.Count);
        Assert.Equal(14, inflected.Count);
        Assert.Equal(11, listed.Intersect(inflected).Count());
    }

    [Fact]
    public void Extract_CueAfterFirstOrThirdPerson_DiffersOnlyInPersonAndPronoun()
    {
        var we = Buckets(Document("A: We fled.\n"), 0);
        var they = Buckets(Document("A: They fled.\n"), 0);

        // The pronoun's word, its two pairs and its lemma, and the cue with its subject's person, differ.
        Assert.Equal(we.Count, they.Count);
        Assert.Equal(we.Count - 5, we.Intersect(they).Count());
    }

    [Theory]
    [InlineData("A: Her grandmother passed away in the night.\n", 1)]
    [InlineData("A: Since that day we have no news of him.\n", 4)]
    [InlineData("A: They took him away at dawn.\n", 5)]
    [InlineData("A: We left everything behind.\n", 6)]
    [InlineData("A: The bakery is gone.\n", 7)]
    public void Extract_PhraseOfAHarm_AddsTheCueGroupOfItsHarm(string content, int group)
    {
        var buckets = Buckets(Document(content), 0);

        Assert.Contains(ClaimFeaturizer.CueBucket(group), buckets);
    }

    [Fact]
    public void Extract_FirstWordOfAPhraseAlone_NoCueGroup()
    {
        var buckets = Buckets(Document("A: She passed the bread to Leila.\n"), 0);

        Assert.DoesNotContain(ClaimFeaturizer.CueBucket(1), buckets);
    }

    [Fact]
    public void Extract_PhraseWithSlots_MatchesAPossessiveAndABodyPart()
    {
        var leg = Buckets(Document("A: He lost his leg.\n"), 0);
        var keys = Buckets(Document("A: He lost his keys.\n"), 0);

        Assert.Contains(ClaimFeaturizer.CueBucket(2), leg);
        Assert.DoesNotContain(ClaimFeaturizer.CueBucket(2), keys);
    }

    [Theory]
    [InlineData("A: He did not wake up.\n")]
    [InlineData("A: He didn't wake up.\n")]
    [InlineData("A: He didn\u2019t wake up.\n")]
    public void Extract_NegationInsideThePhrase_CueNotNegated(string content)
    {
        var buckets = Buckets(Document(content), 0);

        Assert.Contains(ClaimFeaturizer.CueBucket(1), buckets);
        Assert.DoesNotContain(ClaimFeaturizer.NegatedCueBucket(1), buckets);
    }

    [Fact]
    public void Extract_NegationBeforeThePhrase_CueNegated()
    {
        var buckets = Buckets(Document("A: Nobody passed away that day.\n"), 0);

        Assert.Contains(ClaimFeaturizer.NegatedCueBucket(1), buckets);
    }

    [Fact]
    public void Extract_PhraseBrokenByAFullStop_NoCueGroup()
    {
        var buckets = Buckets(Document("A: They never came. Back then the road was open.\n"), 1);

        Assert.DoesNotContain(ClaimFeaturizer.CueBucket(4), buckets);
    }

    [Fact]
    public void Extract_WithoutLoad_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ClaimFeaturizer().Extract(0, [], new float[SentenceFeatures.Count]));

        Assert.Equal("Load a document first", error.Message);
    }
}
