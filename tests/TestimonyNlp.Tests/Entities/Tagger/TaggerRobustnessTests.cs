using System.Text;
using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class TaggerRobustnessTests
{
    private static readonly Lazy<TaggerStage> Committed = new(() => TaggerStage.Load(Path.Combine(TestPaths.RepositoryRoot, "models")));

    [Fact]
    public void Process_RandomCharacters_MentionsAreSlicesOfTheText()
    {
        var random = new Random(41);
        const string alphabet = "aeiouAEIOU bcdkmnrstBKMRS0123456789-.,'\"’:;!?()[]\n\t\u0301\u0627\u0644\u00e9\u0130\u2028";
        for (var round = 0; round < 200; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                text.Append(random.Next(20) == 0 ? (char)random.Next(0xD800, 0xE000) : alphabet[random.Next(alphabet.Length)]);
            }

            var document = TaggerTestModels.Tokenized(text.ToString());

            Committed.Value.Process(document, CancellationToken.None);

            foreach (var mention in document.Entities)
            {
                Assert.Equal(document.Text[mention.Start..mention.End], mention.Text);
                Assert.InRange(mention.Confidence, 0, 1);
            }
        }
    }

    [Fact]
    public void Load_CommittedModel_DefaultTableAndConfidenceRisingWithMargin()
    {
        var model = TaggerModel.Load(Path.Combine(TestPaths.RepositoryRoot, "models", TaggerStage.Defaults.ModelFile));

        Assert.Equal(19, model.Bits);
        Assert.True(model.Calibration.A < 0, model.Calibration.ToString());
    }
}
