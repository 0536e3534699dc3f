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
        // 3 words after "no" before the full stop, the turn, entity-type and last-knowing-cue features.
        var buckets = Buckets(Document("A: There was no shelling that day.\n"), 0);

        Assert.Equal(22, buckets.Count);
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
    public void Extract_WithoutLoad_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ClaimFeaturizer().Extract(0, [], new float[SentenceFeatures.Count]));

        Assert.Equal("Load a document first", error.Message);
    }
}
