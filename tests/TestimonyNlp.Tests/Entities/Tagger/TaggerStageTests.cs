using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class TaggerStageTests
{
    private static TaggerStage Stage() => StageOf(
        ("Marwan", EntityType.Person, BilouPosition.Begin),
        ("Khoury", EntityType.Person, BilouPosition.Last),
        ("Idlib", EntityType.Place, BilouPosition.Unit));

    /// <summary>A tagger stage whose model tags each of <paramref name="words"/> as given, calibrated as the tests
    /// expect (0.9933 for a sure span).</summary>
    private static TaggerStage StageOf(params (string Word, EntityType Type, BilouPosition Position)[] words) =>
        new(TaggerTestModels.WordModel(new PlattScaling(-1, 5), words), names: null);

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
    public void Process_SpanSpottedAlready_KeepsSpotterMentionWithHigherConfidence()
    {
        var document = TaggerTestModels.Tokenized("We fled Idlib with Marwan Khoury.");
        var spotted = new EntityMention(string.Empty, EntityType.Place, 8, 13, "Idlib", "Idlib", 0.95);
        document.Entities.Add(spotted);

        Stage().Process(document, CancellationToken.None);

        Assert.Equal(
            [spotted with { Confidence = 0.9933 }, new EntityMention(string.Empty, EntityType.Person, 19, 32, "Marwan Khoury", null, 0.9933)],
            document.Entities);
    }

    [Fact]
    public void Process_TaggerSpanWiderByArticle_ReplacesSpotterMentionAndKeepsItsCategory()
    {
        var stage = StageOf(("the", EntityType.Weapon, BilouPosition.Begin), ("drones", EntityType.Weapon, BilouPosition.Last));
        var document = TaggerTestModels.Tokenized("Then the drones came back.");
        document.Entities.Add(new EntityMention(string.Empty, EntityType.Weapon, 9, 15, "drones", null, 0.97) { Category = WeaponCategory.DroneStrike });

        stage.Process(document, CancellationToken.None);

        var mention = Assert.Single(document.Entities);
        Assert.Equal(
            new EntityMention(string.Empty, EntityType.Weapon, 5, 15, "the drones", null, 0.9933) { Category = WeaponCategory.DroneStrike },
            mention);
    }

    [Fact]
    public void Process_TaggerExtendsPlaceName_DropsTheShorterPlaceAndItsCoordinates()
    {
        var stage = StageOf(("Maroun", EntityType.Place, BilouPosition.Begin), ("al-Ras", EntityType.Place, BilouPosition.Last));
        var document = TaggerTestModels.Tokenized("We went to Maroun al-Ras.");
        document.Entities.Add(new EntityMention(string.Empty, EntityType.Place, 11, 17, "Maroun", "Maroun", 0.9)
        {
            Geo = new GeoPoint(33.1, 35.4, "LB", SitePrecision.Town),
        });

        stage.Process(document, CancellationToken.None);

        var mention = Assert.Single(document.Entities);
        Assert.Equal(new EntityMention(string.Empty, EntityType.Place, 11, 24, "Maroun al-Ras", null, 0.9933), mention);
    }

    [Fact]
    public void Process_TaggerSpanOfOtherType_ReplacesOverlappingSpotterMention()
    {
        var document = TaggerTestModels.Tokenized("We met Marwan Khoury there.");
        document.Entities.Add(new EntityMention(string.Empty, EntityType.Place, 14, 20, "Khoury", "Khoury", 0.8));

        Stage().Process(document, CancellationToken.None);

        var mention = Assert.Single(document.Entities);
        Assert.Equal(new EntityMention(string.Empty, EntityType.Person, 7, 20, "Marwan Khoury", null, 0.9933), mention);
    }

    [Fact]
    public void Process_NoSentences_AddsNothing()
    {
        var document = TaggerTestModels.Tokenized(string.Empty);

        Stage().Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_UnsureTaggerSpanInsideSureSpotterMention_KeepsSpotterMention()
    {
        // The word model's margin is 10; scaled by (-1, 11) it gives 0.2689, which a spotter mention at 0.99
        // leads by more than 0.5.
        var stage = new TaggerStage(
            TaggerTestModels.WordModel(new PlattScaling(-1, 11), ("barrel", EntityType.Weapon, BilouPosition.Unit)),
            names: null);
        var document = TaggerTestModels.Tokenized("They dropped a barrel bomb.");
        var spotted = new EntityMention(string.Empty, EntityType.Weapon, 15, 26, "barrel bomb", "barrel bomb", 0.99) { Category = WeaponCategory.BarrelBomb };
        document.Entities.Add(spotted);

        stage.Process(document, CancellationToken.None);

        Assert.Equal([spotted], document.Entities);
    }

    [Fact]
    public void Process_TaggerPlaceLeavesOutCapitalisedWordOfGazetteerName_KeepsSpotterMention()
    {
        var stage = StageOf(("Zawr", EntityType.Place, BilouPosition.Unit));
        var document = TaggerTestModels.Tokenized("Mona Haddad went back to Dayr az Zawr.");
        var spotted = new EntityMention(string.Empty, EntityType.Place, 25, 37, "Dayr az Zawr", "Deir ez-Zor", 0.88)
        {
            Geo = new GeoPoint(35.34, 40.14, "SY", SitePrecision.Town),
        };
        document.Entities.Add(spotted);

        stage.Process(document, CancellationToken.None);

        Assert.Equal([spotted], document.Entities);
    }

    [Fact]
    public void Process_TaggerPlaceLeavesOutLowerCaseWordOfGazetteerMatch_ReplacesSpotterMention()
    {
        var stage = StageOf(("Tal", EntityType.Place, BilouPosition.Begin), ("Afar", EntityType.Place, BilouPosition.Last));
        var document = TaggerTestModels.Tokenized("Mona Haddad stayed at Tal Afar.");
        document.Entities.Add(new EntityMention(string.Empty, EntityType.Place, 19, 30, "at Tal Afar", "Tall Afar", 0.93)
        {
            Geo = new GeoPoint(36.38, 42.45, "IQ", SitePrecision.Town),
        });

        stage.Process(document, CancellationToken.None);

        var mention = Assert.Single(document.Entities);
        Assert.Equal(new EntityMention(string.Empty, EntityType.Place, 22, 30, "Tal Afar", null, 0.9933), mention);
    }

    [Fact]
    public void Process_TaggerCutsGazetteerNameIntoActorAndPlace_KeepsSpotterMention()
    {
        var stage = StageOf(("Dayr", EntityType.Actor, BilouPosition.Unit), ("Zawr", EntityType.Place, BilouPosition.Unit));
        var document = TaggerTestModels.Tokenized("Mona Haddad went back to Dayr az Zawr.");
        var spotted = new EntityMention(string.Empty, EntityType.Place, 25, 37, "Dayr az Zawr", "Deir ez-Zor", 0.88)
        {
            Geo = new GeoPoint(35.34, 40.14, "SY", SitePrecision.Town),
        };
        document.Entities.Add(spotted);

        stage.Process(document, CancellationToken.None);

        Assert.Equal([spotted], document.Entities);
    }
}
