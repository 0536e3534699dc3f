using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class TaggerStageTests
{
    private static TaggerStage Stage() => new(
        TaggerTestModels.WordModel(
            new PlattScaling(-1, 5),
            ("Marwan", EntityType.Person, BilouPosition.Begin),
            ("Khoury", EntityType.Person, BilouPosition.Last),
            ("Idlib", EntityType.Place, BilouPosition.Unit)),
        names: null);

    [Fact]
    public void Name_Always_Tagger()
    {
        Assert.Equal("tagger", Stage().Name);
    }

    [Fact]
    public void Process_TwoTokenName_AddsExactSpanWithCalibratedConfidence()
    {
        var document = TaggerTestModels.Tokenized("My cousin Marwan Khoury was at the market.");

        Stage().Process(document, CancellationToken.None);

        var mention = Assert.Single(document.Entities);
        Assert.Equal(new EntityMention(string.Empty, EntityType.Person, 10, 23, "Marwan Khoury", null, 0.9933), mention);
    }

    [Fact]
    public void Process_SpanSpottedAlready_LeavesSpotterMentionAlone()
    {
        var document = TaggerTestModels.Tokenized("We fled Idlib with Marwan Khoury.");
        var spotted = new EntityMention(string.Empty, EntityType.Place, 8, 13, "Idlib", "Idlib", 0.95);
        document.Entities.Add(spotted);

        Stage().Process(document, CancellationToken.None);

        Assert.Equal(
            [spotted, new EntityMention(string.Empty, EntityType.Person, 19, 32, "Marwan Khoury", null, 0.9933)],
            document.Entities);
    }

    [Fact]
    public void Process_NoSentences_AddsNothing()
    {
        var document = TaggerTestModels.Tokenized(string.Empty);

        Stage().Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }
}
