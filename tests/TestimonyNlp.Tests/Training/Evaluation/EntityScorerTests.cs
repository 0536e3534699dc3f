using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;

namespace TestimonyNlp.Tests.Training.Evaluation;

public sealed class EntityScorerTests
{
    private const string Id = "sy-homs-901";

    [Fact]
    public void Add_ExactMatch_OneTruePositiveAndPerfectScores()
    {
        var scores = Score([Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Place, 0, 4)]);

        Assert.Equal(new MatchCounts(1, 0, 0), Counts(scores, EntityType.Place));
        Assert.Equal(1.0, Counts(scores, EntityType.Place).Precision);
        Assert.Equal(1.0, Counts(scores, EntityType.Place).Recall);
        Assert.Equal(1.0, Counts(scores, EntityType.Place).F1);
        Assert.Equal(1, scores.Confusion[EntityType.Place, EntityType.Place]);
        Assert.Equal(new MatchCounts(1, 0, 0), scores.Overall);
    }

    [Fact]
    public void Add_SameOffsetsOtherType_CountedInConfusionNotMissedOrSpurious()
    {
        var scores = Score([Gold(EntityType.Person, 10, 20)], [Predicted(EntityType.Place, 10, 20)]);

        Assert.Equal(new MatchCounts(0, 0, 1), Counts(scores, EntityType.Person));
        Assert.Equal(new MatchCounts(0, 1, 0), Counts(scores, EntityType.Place));
        Assert.Equal(1, scores.Confusion[EntityType.Person, EntityType.Place]);
        Assert.Equal(0, scores.Confusion[EntityType.Person, null]);
        Assert.Equal(0, scores.Confusion[null, EntityType.Place]);
        Assert.Equal(0, Partial(scores, EntityType.Place));
    }

    [Fact]
    public void Add_SameTypeOverlapping_PartialOverlapNotMissedOrSpurious()
    {
        var scores = Score([Gold(EntityType.Place, 0, 10)], [Predicted(EntityType.Place, 0, 5)]);

        Assert.Equal(new MatchCounts(0, 1, 1), Counts(scores, EntityType.Place));
        Assert.Equal(1, Partial(scores, EntityType.Place));
        Assert.Equal(0, scores.Confusion[EntityType.Place, null]);
        Assert.Equal(0, scores.Confusion[null, EntityType.Place]);
        Assert.Equal(0, scores.Confusion[EntityType.Place, EntityType.Place]);
    }

    [Fact]
    public void Add_OtherTypeOverlapping_NeitherPartialNorMissedNorSpurious()
    {
        var scores = Score([Gold(EntityType.Person, 0, 10)], [Predicted(EntityType.Place, 5, 10)]);

        Assert.Equal(0, Partial(scores, EntityType.Place));
        Assert.Equal(0, scores.Confusion[EntityType.Person, null]);
        Assert.Equal(0, scores.Confusion[null, EntityType.Place]);
        Assert.Equal(0, scores.Confusion[EntityType.Person, EntityType.Place]);
    }

    [Fact]
    public void Add_PredictionOverlappingNoGold_Spurious()
    {
        var scores = Score([Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Weapon, 30, 35, WeaponCategory.Mortar)]);

        Assert.Equal(1, scores.Confusion[null, EntityType.Weapon]);
        Assert.Equal(1, scores.Confusion[EntityType.Place, null]);
        Assert.Equal(new MatchCounts(0, 1, 0), Counts(scores, EntityType.Weapon));
        Assert.Equal(new MatchCounts(0, 0, 1), Counts(scores, EntityType.Place));
        Assert.Null(Counts(scores, EntityType.Weapon).Recall);
        Assert.Equal(0.0, Counts(scores, EntityType.Weapon).Precision);
    }

    [Fact]
    public void Add_GoldWithNoPrediction_MissedAndUndefinedPrecision()
    {
        var scores = Score([Gold(EntityType.Date, 40, 50)], []);

        Assert.Equal(1, scores.Confusion[EntityType.Date, null]);
        Assert.Equal(new MatchCounts(0, 0, 1), Counts(scores, EntityType.Date));
        Assert.Null(Counts(scores, EntityType.Date).Precision);
        Assert.Equal(0.0, Counts(scores, EntityType.Date).Recall);
        Assert.Equal(0.0, Counts(scores, EntityType.Date).F1);
    }

    [Fact]
    public void Add_WeaponCategoryMismatch_TypeMatchButCategoryMiss()
    {
        var scores = Score(
            [Gold(EntityType.Weapon, 0, 11, category: WeaponCategory.BarrelBomb), Gold(EntityType.Weapon, 20, 26, category: WeaponCategory.Mortar)],
            [Predicted(EntityType.Weapon, 0, 11, WeaponCategory.Airstrike), Predicted(EntityType.Weapon, 20, 26, WeaponCategory.Mortar)]);

        Assert.Equal(new MatchCounts(2, 0, 0), Counts(scores, EntityType.Weapon));
        Assert.Equal(new MatchCounts(1, 1, 1), scores.WeaponCategories);
        Assert.Equal(new Share(1, 2), scores.CategoryAccuracy);
        Assert.Equal(
            [
                (WeaponCategory.Airstrike, new MatchCounts(0, 1, 0)),
                (WeaponCategory.BarrelBomb, new MatchCounts(0, 0, 1)),
                (WeaponCategory.Mortar, new MatchCounts(1, 0, 0)),
            ],
            scores.ByWeaponCategory.ToArray());
        Assert.Equal(0.5, scores.WeaponCategories.Precision);
        Assert.Equal(0.5, scores.WeaponCategories.F1);
    }

    [Fact]
    public void Add_MixedMentions_ExactMicroScores()
    {
        // Gold: PLACE, PERSON, WEAPON; predicted: the PLACE exactly, and a DATE over nothing.
        var scores = Score(
            [Gold(EntityType.Place, 0, 4), Gold(EntityType.Person, 10, 20), Gold(EntityType.Weapon, 30, 36, category: WeaponCategory.Rocket)],
            [Predicted(EntityType.Place, 0, 4), Predicted(EntityType.Date, 50, 60)]);

        Assert.Equal(new MatchCounts(1, 1, 2), scores.Overall);
        Assert.Equal(0.5, scores.Overall.Precision);
        Assert.Equal(1.0 / 3, scores.Overall.Recall);
        Assert.Equal(0.4, scores.Overall.F1);
    }

    [Fact]
    public void Add_TwoTestimonies_CountsAdd()
    {
        var scorer = new EntityScorer();
        scorer.Add("sy-homs-901", [Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Place, 0, 4)]);
        scorer.Add("sy-homs-902", [Gold(EntityType.Place, 0, 4)], []);

        var scores = scorer.Build();

        Assert.Equal(new MatchCounts(1, 0, 1), Counts(scores, EntityType.Place));
        Assert.Equal(1, scores.Confusion[EntityType.Place, null]);
    }

    [Fact]
    public void Build_OneRightOneMissedTestimonyWithIntervals_ZeroToOne()
    {
        // Both drawn: F1 2/3. The first drawn twice: 1. The second drawn twice: 0.
        var scorer = new EntityScorer(intervals: true);
        scorer.Add("sy-homs-901", [Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Place, 0, 4)]);
        scorer.Add("sy-homs-902", [Gold(EntityType.Place, 0, 4)], []);
        using var text = new StringWriter();

        var scores = scorer.Build();
        scores.WriteText(text);

        Assert.Equal(new ScoreInterval(0.0, 1.0), scores.F1Interval);
        Assert.Contains("\nF1 95% interval (bootstrap over the 2 testimonies, 1000 draws): 0.000-1.000\n", text.ToString());
    }

    [Fact]
    public void WriteJson_WithIntervals_CountsPerTestimony()
    {
        var scorer = new EntityScorer(intervals: true);
        scorer.Add("sy-homs-901", [Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Place, 0, 4), Predicted(EntityType.Date, 9, 12)]);
        scorer.Add("sy-homs-902", [Gold(EntityType.Place, 0, 4)], []);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            scorer.Build().WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var rows = json.RootElement.GetProperty("by_testimony").EnumerateArray()
            .Select(t => $"{t.GetProperty("id").GetString()} {t.GetProperty("tp").GetInt32()} {t.GetProperty("fp").GetInt32()} {t.GetProperty("fn").GetInt32()}");
        Assert.Equal(["sy-homs-901 1 1 0", "sy-homs-902 0 0 1"], rows);
        Assert.Equal(2, json.RootElement.GetProperty("f1_interval").GetArrayLength());
    }

    [Fact]
    public void Build_WithoutIntervals_NoInterval()
    {
        var scorer = new EntityScorer();
        scorer.Add("sy-homs-901", [Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Place, 0, 4)]);
        scorer.Add("sy-homs-902", [Gold(EntityType.Place, 0, 4)], []);

        Assert.Null(scorer.Build().F1Interval);
    }

    [Fact]
    public void Add_DuplicatePrediction_OnlyOneMatchesAndNoPartialOverlap()
    {
        var scores = Score([Gold(EntityType.Place, 0, 4)], [Predicted(EntityType.Place, 0, 4), Predicted(EntityType.Place, 0, 4)]);

        Assert.Equal(new MatchCounts(1, 1, 0), Counts(scores, EntityType.Place));
        Assert.Equal(0, Partial(scores, EntityType.Place));
    }

    [Fact]
    public void Add_NormalizedNames_SharesOverMatchesWithGoldValue()
    {
        var scores = Score(
            [
                Gold(EntityType.Actor, 0, 5, "Islamic State"),
                Gold(EntityType.Actor, 10, 20, "Russian forces"),
                Gold(EntityType.Place, 30, 34, "Homs"),
                Gold(EntityType.Place, 40, 45, null),
            ],
            [
                Predicted(EntityType.Actor, 0, 5, normalized: "Islamic State"),
                Predicted(EntityType.Actor, 10, 20, normalized: "Syrian government forces"),
                Predicted(EntityType.Place, 30, 34, normalized: "Homs"),
                Predicted(EntityType.Place, 40, 45, normalized: "Hama"),
            ]);

        Assert.Equal(new Share(1, 2), scores.ActorNormalization);
        Assert.Equal(new Share(1, 1), scores.PlaceNormalization);
    }

    [Fact]
    public void Add_Confidences_BinnedWithPrecision()
    {
        var scores = Score(
            [Gold(EntityType.Place, 0, 4), Gold(EntityType.Place, 10, 14), Gold(EntityType.Place, 20, 24)],
            [
                Predicted(EntityType.Place, 0, 4, confidence: 0.95),
                Predicted(EntityType.Place, 5, 8, confidence: 0.9),
                Predicted(EntityType.Place, 10, 14, confidence: 0.7),
                Predicted(EntityType.Place, 20, 24, confidence: 0.69),
                Predicted(EntityType.Place, 30, 34, confidence: 0.2),
            ]);

        Assert.Equal(
            [(">= 0.9", new Share(1, 2)), ("0.7-0.9", new Share(1, 1)), ("0.5-0.7", new Share(1, 1)), ("< 0.5", new Share(0, 1))],
            scores.Calibration.Select(b => (b.Label, b.Predictions)).ToArray());
        Assert.Equal(0.5, scores.Calibration[0].Precision);
    }

    [Fact]
    public void Add_ErrorsAsked_FirstErrorsInOffsetOrder()
    {
        var scorer = new EntityScorer(maxErrors: 3);
        scorer.Add(
            Id,
            [Gold(EntityType.Weapon, 0, 6, category: WeaponCategory.Mortar, text: "mortar"), Gold(EntityType.Person, 20, 24, text: "Omar"), Gold(EntityType.Date, 30, 36, text: "Monday")],
            [Predicted(EntityType.Place, 20, 24, text: "Omar"), Predicted(EntityType.Weapon, 0, 6, WeaponCategory.Artillery, text: "mortar"), Predicted(EntityType.Actor, 40, 45, text: "Daesh")]);

        var errors = scorer.Build().Errors.Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "sy-homs-901 0-6 WEAPON:MORTAR/WEAPON:ARTILLERY \"mortar\"",
                "sy-homs-901 20-24 PERSON/PLACE \"Omar\"",
                "sy-homs-901 30-36 DATE/- \"Monday\"",
            ],
            errors);
    }

    [Fact]
    public void Build_NoErrorsAsked_NoExamples()
    {
        var scores = Score([Gold(EntityType.Date, 40, 50)], []);

        Assert.Empty(scores.Errors);
    }

    [Fact]
    public void MatchCounts_Nothing_AllScoresUndefined()
    {
        var counts = default(MatchCounts);

        Assert.Null(counts.Precision);
        Assert.Null(counts.Recall);
        Assert.Null(counts.F1);
    }

    private static EntityScores Score(GoldEntity[] gold, EntityMention[] predicted)
    {
        var scorer = new EntityScorer();
        scorer.Add(Id, gold, predicted);
        return scorer.Build();
    }

    private static MatchCounts Counts(EntityScores scores, EntityType type) => scores.ByType.Single(t => t.Type == type).Counts;

    private static int Partial(EntityScores scores, EntityType type) => scores.PartialOverlaps.Single(t => t.Type == type).Count;

    private static GoldEntity Gold(EntityType type, int start, int end, string? normalized = null, WeaponCategory? category = null, string text = "x") =>
        new("e1", type, text, start, end, normalized, category);

    private static EntityMention Predicted(
        EntityType type,
        int start,
        int end,
        WeaponCategory? category = null,
        string? normalized = null,
        double confidence = 0.99,
        string text = "x") =>
        new("e1", type, start, end, text, normalized, confidence) { Category = category };
}
