using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Places;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class GoldClaimFieldsTests
{
    // Fictional victim; real place and actor.
    private const string Content = "In Raqqa a barrel bomb killed Omar Saleh. Daesh fighters were nearby.";

    private static readonly GoldEntity Raqqa = new("e1", EntityType.Place, "Raqqa", 3, 8, "Raqqa", null);
    private static readonly GoldEntity BarrelBomb = new("e2", EntityType.Weapon, "barrel bomb", 11, 22, null, WeaponCategory.BarrelBomb);
    private static readonly GoldEntity OmarSaleh = new("e3", EntityType.Person, "Omar Saleh", 30, 40, null, null);
    private static readonly GoldEntity Daesh = new("e4", EntityType.Actor, "Daesh", 42, 47, "Islamic State", null);

    private static readonly GoldClaim GoldKilled = new()
    {
        Id = "c1",
        Harm = Harm.Killed,
        Victims = new VictimCount(1, 1, ["e3"]),
        Weapon = WeaponCategory.BarrelBomb,
        Actor = "Islamic State",
        Site = "e1",
        Date = new GoldDate(null, new DateOnly(2017, 6, 1), new DateOnly(2017, 6, 1)),
        Basis = Basis.Witnessed,
        Evidence = [new Evidence(3, 41, "q")],
        Incident = "sy-raqqa-20170601-saleh",
    };

    private static readonly Claim PredictedKilled = new()
    {
        Id = "c1",
        Harm = Harm.Killed,
        Victims = new VictimCount(2, 2, []),
        Weapon = WeaponCategory.Artillery,
        Basis = Basis.Hearsay,
        Evidence = [new Evidence(11, 41, "barrel bomb killed Omar Saleh.")],
    };

    private static GoldTestimony Gold(params GoldEntity[] entities) => new()
    {
        Id = "sy-raqqa-901",
        Source = "transcripts/sy-raqqa-901.txt",
        TestimonyId = "sy-raqqa-901",
        Witness = "sy-raqqa-witness",
        ContentSha256 = "00",
        Entities = [.. entities],
        Claims = [GoldKilled],
    };

    private static TestimonyResult Predicted(IReadOnlyList<EntityMention> entities, params Claim[] claims) => new(
        new Testimony { Source = "sy-raqqa-901.txt", TestimonyId = "sy-raqqa-901", Content = Content, ContentSha256 = "00", Format = "txt" },
        entities,
        claims,
        12);

    [Fact]
    public void TryParse_CommaList_ReadsEachField()
    {
        Assert.True(GoldClaimFields.TryParse("date, Site,named", out var fields));

        Assert.Equal(GoldField.Date | GoldField.Site | GoldField.Named, fields);
    }

    [Fact]
    public void TryParse_All_ReadsEveryField()
    {
        Assert.True(GoldClaimFields.TryParse("all", out var fields));

        Assert.Equal("date,site,actor,weapon,victims,named,basis", GoldClaimFields.ToWire(fields));
    }

    [Theory]
    [InlineData("date,colour")]
    [InlineData("")]
    public void TryParse_UnknownOrEmpty_False(string text)
    {
        Assert.False(GoldClaimFields.TryParse(text, out var fields));

        Assert.Equal(GoldField.None, fields);
    }

    [Fact]
    public void Replace_WeaponAndVictims_TakesOnlyThose()
    {
        var result = GoldClaimFields.Replace(Gold(), Predicted([], PredictedKilled), GoldField.Weapon | GoldField.Victims, PlacesTestData.Gazetteer);

        var claim = Assert.Single(result.Claims);
        Assert.Equal(
            (WeaponCategory.BarrelBomb, 1, 1, 0, (DateRange?)null, Basis.Hearsay, (string?)null, (string?)null),
            (claim.Weapon, claim.Victims.Min, claim.Victims.Max, claim.Victims.Named.Length, claim.Date, claim.Basis, claim.Site, claim.Actor));
        Assert.Empty(result.Entities);
    }

    [Fact]
    public void Replace_DateAndBasis_TakesTheGoldRangeAndBasis()
    {
        var result = GoldClaimFields.Replace(Gold(), Predicted([], PredictedKilled), GoldField.Date | GoldField.Basis, PlacesTestData.Gazetteer);

        var claim = Assert.Single(result.Claims);
        Assert.Equal(new DateRange(string.Empty, new DateOnly(2017, 6, 1), new DateOnly(2017, 6, 1)), claim.Date);
        Assert.Equal(Basis.Witnessed, claim.Basis);
        Assert.Equal(WeaponCategory.Artillery, claim.Weapon);
    }

    [Fact]
    public void Replace_DateOfAnotherKindThanAsked_KeepsThePredictedDate()
    {
        var june2018 = PredictedKilled with { Date = new DateRange("June", new DateOnly(2018, 6, 1), new DateOnly(2018, 6, 30)) };

        var yearsOff = GoldClaimFields.Replace(Gold(), Predicted([], june2018), GoldField.Date, PlacesTestData.Gazetteer, new HashSet<ClaimDateKind> { ClaimDateKind.YearsOff });
        var missing = GoldClaimFields.Replace(Gold(), Predicted([], june2018), GoldField.Date, PlacesTestData.Gazetteer, new HashSet<ClaimDateKind> { ClaimDateKind.Missing });

        Assert.Equal(new DateRange(string.Empty, new DateOnly(2017, 6, 1), new DateOnly(2017, 6, 1)), Assert.Single(yearsOff.Claims).Date);
        Assert.Equal(june2018.Date, Assert.Single(missing.Claims).Date);
    }

    [Fact]
    public void Replace_ClaimOfOtherHarm_Unchanged()
    {
        var injured = PredictedKilled with { Harm = Harm.Injured };

        var result = GoldClaimFields.Replace(Gold(), Predicted([], injured), GoldField.All, PlacesTestData.Gazetteer);

        Assert.Same(injured, Assert.Single(result.Claims));
        Assert.Empty(result.Entities);
    }

    [Fact]
    public void Replace_NoField_ReturnsThePrediction()
    {
        var predicted = Predicted([], PredictedKilled);

        Assert.Same(predicted, GoldClaimFields.Replace(Gold(), predicted, GoldField.None, PlacesTestData.Gazetteer));
    }

    [Fact]
    public void Replace_SiteAtAPredictedSpan_TakesThePredictedMention()
    {
        EntityMention[] entities = [new("e7", EntityType.Place, 3, 8, "Raqqa", "Ar Raqqah", 0.9)];

        var result = GoldClaimFields.Replace(Gold(Raqqa), Predicted(entities, PredictedKilled), GoldField.Site, PlacesTestData.Gazetteer);

        Assert.Equal("e7", Assert.Single(result.Claims).Site);
        Assert.Equal(entities, result.Entities);
    }

    [Fact]
    public void Replace_SiteNotPredicted_AddsTheGeocodedGoldMention()
    {
        EntityMention[] entities = [new("e7", EntityType.Actor, 42, 47, "Daesh", "Islamic State", 0.9)];

        var result = GoldClaimFields.Replace(Gold(Raqqa), Predicted(entities, PredictedKilled), GoldField.Site, PlacesTestData.Gazetteer);

        Assert.Equal("gold-e1", Assert.Single(result.Claims).Site);
        Assert.Equal(["gold-e1", "e7"], result.Entities.Select(e => e.Id));
        var added = result.Entities[0];
        Assert.Equal((EntityType.Place, 3, 8, "Raqqa", "SY"), (added.Type, added.Start, added.End, added.Text, added.Geo?.Country));
    }

    [Fact]
    public void Replace_ActorPredictedAtTheGoldSpan_TakesIt()
    {
        EntityMention[] entities = [new("e7", EntityType.Actor, 42, 47, "Daesh", "Islamic State", 0.9)];

        var result = GoldClaimFields.Replace(Gold(Daesh), Predicted(entities, PredictedKilled), GoldField.Actor, PlacesTestData.Gazetteer);

        Assert.Equal("e7", Assert.Single(result.Claims).Actor);
        Assert.Equal(entities, result.Entities);
    }

    [Fact]
    public void Replace_ActorAtTheGoldSpanWithAnotherName_AddsTheGoldMention()
    {
        EntityMention[] entities = [new("e7", EntityType.Actor, 42, 47, "Daesh", "Syrian government", 0.9)];

        var result = GoldClaimFields.Replace(Gold(Daesh), Predicted(entities, PredictedKilled), GoldField.Actor, PlacesTestData.Gazetteer);

        Assert.Equal("gold-e4", Assert.Single(result.Claims).Actor);
        Assert.Equal(
            [("e7", "Syrian government"), ("gold-e4", "Islamic State")],
            result.Entities.Select(e => (e.Id, e.Normalized)));
    }

    [Fact]
    public void Replace_ActorWithoutGoldMention_MakesOneOverTheEvidence()
    {
        var result = GoldClaimFields.Replace(Gold(), Predicted([], PredictedKilled), GoldField.Actor, PlacesTestData.Gazetteer);

        Assert.Equal("gold-c1", Assert.Single(result.Claims).Actor);
        var made = Assert.Single(result.Entities);
        Assert.Equal((EntityType.Actor, 11, 41, "Islamic State"), (made.Type, made.Start, made.End, made.Normalized));
    }

    [Fact]
    public void Replace_Named_MapsGoldPeopleToPredictedOrAddedMentions()
    {
        var gold = Gold(OmarSaleh, BarrelBomb) with
        {
            Claims = [GoldKilled with { Victims = new VictimCount(1, 1, ["e3", "e9"]) }],
        };

        var result = GoldClaimFields.Replace(gold, Predicted([], PredictedKilled), GoldField.Named, PlacesTestData.Gazetteer);

        var claim = Assert.Single(result.Claims);
        Assert.Equal(["gold-e3"], claim.Victims.Named.ToArray());
        Assert.Equal((2, 2), (claim.Victims.Min, claim.Victims.Max));
        var added = Assert.Single(result.Entities);
        Assert.Equal((EntityType.Person, 30, 40, "Omar Saleh"), (added.Type, added.Start, added.End, added.Text));
    }
}
