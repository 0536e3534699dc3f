using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Tests.Support;
using TestimonyNlp.Training;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class ShippedTaggerTests
{
    [Fact]
    public void Load_ShippedModelWithCurrentCorpusSplit_IsAccepted()
    {
        // The committed tagger must be the one `testimony train` gives on the committed corpus, or the figures
        // `testimony eval` prints could not be reproduced from a clean clone.
        var corpus = Path.Combine(TestPaths.RepositoryRoot, "corpus");
        var expected = TaggerTrainingSplitHash.Compute(corpus);

        var model = TaggerModel.Load(Path.Combine(TestPaths.RepositoryRoot, "models", "tagger.bin"), expected);

        Assert.Equal(expected, model.SplitHash);
    }
}
