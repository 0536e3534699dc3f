using System.Collections.Immutable;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class ClaimScorerTests
{
    [Fact]
    public void Add_SameHarmOverlappingEvidence_Matched()
    {
        var scores = Score([Gold(Harm.Killed, 0, 40)], [Predicted(Harm.Killed, 10, 50)]);

        Assert.Equal(new MatchCounts(1, 0, 0), Counts(scores, Harm.Killed));
        Assert.Equal(new MatchCounts(1, 0, 0), scores.Overall);
        Assert.Equal(1.0, scores.HarmMacroF1);
        Assert.Equal(1, scores.ScoredHarms);
    }

    [Fact]
    public void Add_OtherHarmSameEvidence_MissedAndSpurious()
    {
        var scores = Score([Gold(Harm.Killed, 0, 40)], [Predicted(Harm.Injured, 0, 40)]);

        Assert.Equal(new MatchCounts(0, 0, 1), Counts(scores, Harm.Killed));
        Assert.Equal(new MatchCounts(0, 1, 0), Counts(scores, Harm.Injured));
        Assert.Equal(new MatchCounts(0, 1, 1), scores.Overall);
        Assert.Equal(0.0, scores.HarmMacroF1);
        Assert.Equal(2, scores.ScoredHarms);
        Assert.Equal(new Share(0, 0), Field(scores, ClaimField.Basis));
    }

    [Fact]
    public void Add_EvidenceOnlyTouching_NotMatched()
    {
        var scores = Score([Gold(Harm.Detained, 0, 40)], [Predicted(Harm.Detained, 40, 80)]);

        Assert.Equal(new MatchCounts(0, 1, 1), Counts(scores, Harm.Detained));
    }

    [Fact]
    public void Add_DuplicatePredictions_OneMatchedOneSpurious()
    {
        var scores = Score([Gold(Harm.Killed, 0, 40)], [Predicted(Harm.Killed, 0, 40), Predicted(Harm.Killed, 0, 40)]);

        Assert.Equal(new MatchCounts(1, 1, 0), Counts(scores, Harm.Killed));
        Assert.Equal(0.5, Counts(scores, Harm.Killed).Precision);
        Assert.Equal(1.0, Counts(scores, Harm.Killed).Recall);
        Assert.Equal(new Share(1, 1), Field(scores, ClaimField.Basis));
    }

    [Fact]
    public void Add_PredictionOverlappingTwoGold_TakesTheLargerOverlap()
    {
        var scores = Score(
            [Gold(Harm.Killed, 0, 40) with { Victims = new VictimCount(3, 3, []) }, Gold(Harm.Killed, 40, 100) with { Victims = new VictimCount(5, 5, []) }],
            [Predicted(Harm.Killed, 30, 100) with { Victims = new VictimCount(5, 5, []) }]);

        Assert.Equal(new MatchCounts(1, 0, 1), Counts(scores, Harm.Killed));
        Assert.Equal(new Share(1, 1), Field(scores, ClaimField.VictimsMin));
    }

    [Fact]
    public void Add_GreedyByOverlap_PairsEachPredictionWithOneGold()
    {
        // Overlaps: p1-g1 50, p1-g2 5, p2-g1 5, p2-g2 10. The largest goes first, then the best left.
        var scores = Score(
            [Gold(Harm.Injured, 0, 50) with { Basis = Basis.Witnessed }, Gold(Harm.Injured, 50, 60) with { Basis = Basis.Hearsay }],
            [Predicted(Harm.Injured, 0, 55) with { Basis = Basis.Witnessed }, Predicted(Harm.Injured, 45, 60) with { Basis = Basis.Hearsay }]);

        Assert.Equal(new MatchCounts(2, 0, 0), Counts(scores, Harm.Injured));
        Assert.Equal(new Share(2, 2), Field(scores, ClaimField.Basis));
    }

    [Fact]
    public void Add_GoldWithTwoEvidenceSpans_PredictionOnTheSecondMatches()
    {
        var gold = Gold(Harm.Missing, 0, 10) with { Evidence = [new Evidence(0, 10, "x"), new Evidence(100, 110, "y")] };

        var scores = Score([gold], [Predicted(Harm.Missing, 100, 110)]);

        Assert.Equal(new MatchCounts(1, 0, 0), Counts(scores, Harm.Missing));
    }

    [Fact]
    public void Add_TwoTestimonies_CountsAddUp()
    {
        var scorer = new ClaimScorer();
        scorer.Add("sy-raqqa-901", [Gold(Harm.Killed, 0, 40)], [], [Predicted(Harm.Killed, 0, 40)], []);
        scorer.Add("sy-raqqa-901", [Gold(Harm.Killed, 0, 40)], [], [], []);

        var scores = scorer.Build();

        Assert.Equal(new MatchCounts(1, 0, 1), Counts(scores, Harm.Killed));
        Assert.Equal(new Share(1, 1), Field(scores, ClaimField.Weapon));
    }

    [Fact]
    public void Add_VictimCounts_MinAndMaxComparedExactlyNullEqualsNull()
    {
        var scores = Score(
            [Gold(Harm.Killed, 0, 40) with { Victims = new VictimCount(31, null, []) }, Gold(Harm.Injured, 50, 90) with { Victims = new VictimCount(7, 7, []) }],
            [Predicted(Harm.Killed, 0, 40) with { Victims = new VictimCount(31, null, []) }, Predicted(Harm.Injured, 50, 90) with { Victims = new VictimCount(7, null, []) }]);

        Assert.Equal(new Share(2, 2), Field(scores, ClaimField.VictimsMin));
        Assert.Equal(new Share(1, 2), Field(scores, ClaimField.VictimsMax));
    }

    [Fact]
    public void Add_Weapon_SameCategoryOrBothNullAgree()
    {
        var scores = Score(
            [
                Gold(Harm.Killed, 0, 40) with { Weapon = WeaponCategory.BarrelBomb },
                Gold(Harm.Injured, 50, 90) with { Weapon = WeaponCategory.BarrelBomb },
                Gold(Harm.Missing, 100, 140),
                Gold(Harm.Detained, 150, 190),
            ],
            [
                Predicted(Harm.Killed, 0, 40) with { Weapon = WeaponCategory.BarrelBomb },
                Predicted(Harm.Injured, 50, 90) with { Weapon = WeaponCategory.Airstrike },
                Predicted(Harm.Missing, 100, 140),
                Predicted(Harm.Detained, 150, 190) with { Weapon = WeaponCategory.SmallArms },
            ]);

        Assert.Equal(new Share(2, 4), Field(scores, ClaimField.Weapon));
    }

    [Fact]
    public void Add_Actor_ComparesThePredictedMentionsCanonicalName()
    {
        EntityMention[] entities =
        [
            new("e1", EntityType.Actor, 5, 10, "Daesh", "Islamic State", 1.0),
            new("e2", EntityType.Actor, 55, 66, "the Russians", "Russian forces", 1.0),
        ];
        var scores = Score(
            [
                Gold(Harm.Killed, 0, 40) with { Actor = "Islamic State" },
                Gold(Harm.Injured, 50, 90) with { Actor = "Syrian government forces" },
                Gold(Harm.Missing, 100, 140) with { Actor = "Islamic State" },
                Gold(Harm.Detained, 150, 190),
                Gold(Harm.Displaced, 200, 240) with { Actor = "Islamic State" },
            ],
            [
                Predicted(Harm.Killed, 0, 40) with { Actor = "e1" },
                Predicted(Harm.Injured, 50, 90) with { Actor = "e2" },
                Predicted(Harm.Missing, 100, 140),
                Predicted(Harm.Detained, 150, 190),
                Predicted(Harm.Displaced, 200, 240) with { Actor = "e9" },
            ],
            predictedEntities: entities);

        Assert.Equal(new Share(2, 5), Field(scores, ClaimField.Actor));
    }

    [Fact]
    public void Add_Site_OverlappingSpanOrSameNameAgrees()
    {
        GoldEntity[] goldEntities = [new("e2", EntityType.Place, "Raqqa", 10, 15, "Raqqa", null)];
        EntityMention[] predicted =
        [
            new("e1", EntityType.Place, 12, 20, "qqa City", null, 1.0),
            new("e2", EntityType.Place, 300, 305, "Rakka", "Raqqa", 1.0),
            new("e3", EntityType.Place, 400, 404, "Homs", "Homs", 1.0),
        ];
        var scores = Score(
            [
                Gold(Harm.Killed, 0, 40) with { Site = "e2" },
                Gold(Harm.Injured, 50, 90) with { Site = "e2" },
                Gold(Harm.Missing, 100, 140) with { Site = "e2" },
                Gold(Harm.Detained, 150, 190) with { Site = "e2" },
                Gold(Harm.Displaced, 200, 240),
            ],
            [
                Predicted(Harm.Killed, 0, 40) with { Site = "e1" },
                Predicted(Harm.Injured, 50, 90) with { Site = "e2" },
                Predicted(Harm.Missing, 100, 140) with { Site = "e3" },
                Predicted(Harm.Detained, 150, 190),
                Predicted(Harm.Displaced, 200, 240),
            ],
            goldEntities,
            predicted);

        Assert.Equal(new Share(3, 5), Field(scores, ClaimField.Site));
    }

    [Fact]
    public void Add_Site_AnotherMentionOfTheGoldPlaceAgrees()
    {
        GoldEntity[] goldEntities =
        [
            new("e1", EntityType.Place, "Pekha", 10, 15, "Pekha", null),
            new("e2", EntityType.Place, "Pikha", 300, 305, "Pekha", null),
            new("e3", EntityType.Place, "Achin", 400, 405, "Achin", null),
        ];
        EntityMention[] predicted =
        [
            new("e7", EntityType.Place, 300, 305, "Pikha", null, 1.0),
            new("e8", EntityType.Place, 500, 505, "pekha", null, 1.0),
            new("e9", EntityType.Place, 400, 405, "Achin", null, 1.0),
        ];
        var scores = Score(
            [
                Gold(Harm.Killed, 0, 40) with { Site = "e1" },
                Gold(Harm.Injured, 50, 90) with { Site = "e1" },
                Gold(Harm.Missing, 100, 140) with { Site = "e1" },
            ],
            [
                Predicted(Harm.Killed, 0, 40) with { Site = "e7" },
                Predicted(Harm.Injured, 50, 90) with { Site = "e8" },
                Predicted(Harm.Missing, 100, 140) with { Site = "e9" },
            ],
            goldEntities,
            predicted);

        Assert.Equal(new Share(2, 3), Field(scores, ClaimField.Site));
    }

    [Fact]
    public void Add_Date_IntersectingRangesOrBothUndatedAgree()
    {
        var september9 = new GoldDate(null, new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9));
        var scores = Score(
            [
                Gold(Harm.Killed, 0, 40) with { Date = september9 },
                Gold(Harm.Injured, 50, 90) with { Date = september9 },
                Gold(Harm.Missing, 100, 140),
                Gold(Harm.Detained, 150, 190),
                Gold(Harm.Displaced, 200, 240) with { Date = september9 },
            ],
            [
                Predicted(Harm.Killed, 0, 40) with { Date = new DateRange("September 2016", new DateOnly(2016, 9, 1), new DateOnly(2016, 9, 30)) },
                Predicted(Harm.Injured, 50, 90) with { Date = new DateRange("October", new DateOnly(2016, 10, 1), new DateOnly(2016, 10, 31)) },
                Predicted(Harm.Missing, 100, 140) with { Date = new DateRange("that night", null, null) },
                Predicted(Harm.Detained, 150, 190) with { Date = new DateRange("9 September", new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9)) },
                Predicted(Harm.Displaced, 200, 240),
            ]);

        Assert.Equal(new Share(2, 5), Field(scores, ClaimField.Date));
        Assert.Equal(
            "exact 0, wider 1, narrower 0, straddling 0, days_off 0, years_off 0, further 1, missing 1, extra 1, both_undated 1",
            string.Join(", ", scores.DateKinds.Select(d => d.Kind.ToWire() + " " + d.Count)));
    }

    [Theory]
    [InlineData("2016-09-01", null, "2017-01-01", "2017-01-01", true)]
    [InlineData(null, "2016-09-01", "2016-09-02", "2016-09-30", false)]
    [InlineData("2016-09-01", "2016-09-09", "2016-09-09", "2016-09-20", true)]
    [InlineData("2016-09-01", "2016-09-08", "2016-09-09", "2016-09-20", false)]
    public void DatesAgree_Bounds_SharedDayOrNot(string? goldFrom, string? goldTo, string predictedFrom, string predictedTo, bool expected)
    {
        Assert.Equal(expected, ClaimComparison.DatesAgree((Day(goldFrom), Day(goldTo)), (Day(predictedFrom), Day(predictedTo))));
    }

    [Fact]
    public void Add_Basis_SameBasisAgreesMissingDoesNot()
    {
        var scores = Score(
            [Gold(Harm.Killed, 0, 40), Gold(Harm.Injured, 50, 90), Gold(Harm.Missing, 100, 140)],
            [
                Predicted(Harm.Killed, 0, 40),
                Predicted(Harm.Injured, 50, 90) with { Basis = Basis.Hearsay },
                Predicted(Harm.Missing, 100, 140) with { Basis = null },
            ]);

        Assert.Equal(new Share(1, 3), Field(scores, ClaimField.Basis));
    }

    [Fact]
    public void Add_NoPredictions_AllGoldMissedFieldsUntested()
    {
        var scores = Score([Gold(Harm.Killed, 0, 40), Gold(Harm.PropertyDamage, 0, 40)], []);

        Assert.Equal(new MatchCounts(0, 0, 2), scores.Overall);
        Assert.Null(scores.Overall.Precision);
        Assert.Equal(0.0, scores.Overall.Recall);
        Assert.Equal(0.0, scores.HarmMacroF1);
        Assert.Equal(2, scores.ScoredHarms);
        Assert.All(scores.Fields, f => Assert.Equal(new Share(0, 0), f.Agreement));
    }

    [Fact]
    public void Build_NothingAdded_EmptyScores()
    {
        var scores = new ClaimScorer().Build();

        Assert.Equal(new MatchCounts(0, 0, 0), scores.Overall);
        Assert.Null(scores.HarmMacroF1);
        Assert.Equal(0, scores.ScoredHarms);
        Assert.Equal(6, scores.ByHarm.Length);
        Assert.Equal(7, scores.Fields.Length);
    }

    [Fact]
    public void Build_MacroF1_MeanOverHarmsWithClaims()
    {
        // KILLED: 1 of 1 found (F1 1); INJURED: missed (F1 0); DISPLACED: found, plus a spurious one (F1 2/3).
        var scores = Score(
            [Gold(Harm.Killed, 0, 40), Gold(Harm.Injured, 50, 90), Gold(Harm.Displaced, 100, 140)],
            [Predicted(Harm.Killed, 0, 40), Predicted(Harm.Displaced, 100, 140), Predicted(Harm.Displaced, 200, 240)]);

        Assert.Equal(3, scores.ScoredHarms);
        Assert.Equal((1.0 + 0.0 + (2.0 / 3.0)) / 3.0, scores.HarmMacroF1);
        Assert.Equal(new MatchCounts(2, 1, 1), scores.Overall);
    }

    [Fact]
    public void Add_ErrorsAsked_ListsDisagreeingFieldsMissedAndSpurious()
    {
        var scorer = new ClaimScorer(maxErrors: 10);
        scorer.Add(
            "sy-raqqa-901",
            [
                Gold(Harm.Killed, 0, 40) with { Victims = new VictimCount(7, 7, []), Actor = "Islamic State" },
                Gold(Harm.Injured, 100, 140) with { Date = new GoldDate(null, new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9)) },
            ],
            [],
            [
                Predicted(Harm.Killed, 10, 50) with { Victims = new VictimCount(7, null, []), Weapon = WeaponCategory.Airstrike, Basis = Basis.Hearsay, Actor = "e1" },
                Predicted(Harm.Displaced, 200, 240),
                Predicted(Harm.Injured, 100, 140) with { Date = new DateRange("October", new DateOnly(2016, 10, 1), new DateOnly(2016, 10, 31)) },
                Predicted(Harm.Killed, 300, 340),
            ],
            [new("e1", EntityType.Actor, 20, 32, "the Russians", "Russian forces", 1.0)]);
        scorer.Add("sy-raqqa-902", [Gold(Harm.Missing, 5, 9)], [], [], []);

        var errors = scorer.Build().Errors.Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "sy-raqqa-901 0-40 KILLED/KILLED: victims_max 7/-, weapon -/AIRSTRIKE, actor Islamic State/Russian forces, basis WITNESSED/HEARSAY",
                "sy-raqqa-901 100-140 INJURED/INJURED: date 2016-09-09..2016-09-09/2016-10-01..2016-10-31",
                "sy-raqqa-901 200-240 -/DISPLACED",
                "sy-raqqa-901 300-340 -/KILLED",
                "sy-raqqa-902 5-9 MISSING/-",
            ],
            errors);
    }

    [Fact]
    public void Add_FewerErrorsAsked_KeepsTheFirstByOffset()
    {
        var scorer = new ClaimScorer(maxErrors: 2);
        scorer.Add(
            "sy-raqqa-901",
            [Gold(Harm.Killed, 300, 340), Gold(Harm.Injured, 0, 40)],
            [],
            [Predicted(Harm.Displaced, 100, 140)],
            []);

        Assert.Equal(
            ["sy-raqqa-901 0-40 INJURED/-", "sy-raqqa-901 100-140 -/DISPLACED"],
            scorer.Build().Errors.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void Add_ErrorsNotAsked_NoneKept()
    {
        var scores = Score([Gold(Harm.Killed, 0, 40)], [Predicted(Harm.Injured, 0, 40)]);

        Assert.Empty(scores.Errors);
    }

    private static ClaimScores Score(
        GoldClaim[] gold,
        Claim[] predicted,
        GoldEntity[]? goldEntities = null,
        EntityMention[]? predictedEntities = null)
    {
        var scorer = new ClaimScorer();
        scorer.Add("sy-raqqa-901", gold, goldEntities ?? [], predicted, predictedEntities ?? []);
        return scorer.Build();
    }

    private static GoldClaim Gold(Harm harm, int start, int end) => new()
    {
        Id = "c1",
        Harm = harm,
        Basis = Basis.Witnessed,
        Evidence = [new Evidence(start, end, new string('x', end - start))],
        Incident = "sy-raqqa-20170601-test",
    };

    private static Claim Predicted(Harm harm, int start, int end) => new()
    {
        Id = "c1",
        Harm = harm,
        Basis = Basis.Witnessed,
        Evidence = ImmutableArray.Create(new Evidence(start, end, new string('x', end - start))),
    };

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static MatchCounts Counts(ClaimScores scores, Harm harm) => scores.ByHarm.Single(h => h.Harm == harm).Counts;

    private static Share Field(ClaimScores scores, ClaimField field) => scores.Fields.Single(f => f.Field == field).Agreement;
}
