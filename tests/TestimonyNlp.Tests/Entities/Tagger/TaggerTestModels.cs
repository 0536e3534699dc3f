using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;
using TestimonyNlp.Text;

namespace TestimonyNlp.Tests.Entities.Tagger;

/// <summary>Hand-made models and documents for tagger tests.</summary>
internal static class TaggerTestModels
{
    public const int Bits = 12;

    public const string SplitHash = "ab00000000000000000000000000000000000000000000000000000000000000";

    /// <summary>A model whose only non-zero weights give each listed word (exact case) a tag with weight 10.</summary>
    public static TaggerModel WordModel(PlattScaling calibration, params (string Word, EntityType Type, BilouPosition Position)[] words)
    {
        var weights = new float[(1 << Bits) * TaggerModel.Stride];
        foreach (var (word, type, position) in words)
        {
            var bucket = FeatureHash.Bucket(1, FeatureHash.Of(word), Bits);
            weights[(bucket * TaggerModel.Stride) + BilouTags.Tag(type, position)] = 10f;
        }

        return new TaggerModel(weights, new TaggerSettings(Bits, 1, 1, 7), SplitHash, calibration);
    }

    /// <summary>A one-segment witness testimony through the text stage.</summary>
    public static Document Tokenized(string content)
    {
        var document = new Document(new Testimony
        {
            Source = "test.txt",
            TestimonyId = "t1",
            Content = content,
            ContentSha256 = new string('0', 64),
            Format = "txt",
            Segments = [new Segment(0, content.Length, SpeakerRole.Witness, "A", 0)],
        });
        new TextStage().Process(document, CancellationToken.None);
        return document;
    }
}
