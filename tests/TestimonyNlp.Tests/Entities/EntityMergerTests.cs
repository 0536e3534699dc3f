using TestimonyNlp.Entities;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities;

public sealed class EntityMergerTests
{
    private const string Content = "A mortar shell hit Deir ez-Zor.";

    [Fact]
    public void Process_UnorderedMentions_NumberedInTextOrder()
    {
        var document = Document(
            Mention(EntityType.Place, 19, 30, 0.9),
            Mention(EntityType.Weapon, 2, 14, 0.95));

        new EntityMerger().Process(document, CancellationToken.None);

        Assert.Equal(
            [("e1", EntityType.Weapon, 2, 14), ("e2", EntityType.Place, 19, 30)],
            document.Entities.Select(e => (e.Id, e.Type, e.Start, e.End)));
    }

    [Fact]
    public void Process_OverlapOfEqualConfidence_KeepsTheLongerMention()
    {
        var document = Document(
            Mention(EntityType.Weapon, 2, 8, 0.9),
            Mention(EntityType.Weapon, 2, 14, 0.9));

        new EntityMerger().Process(document, CancellationToken.None);

        var kept = Assert.Single(document.Entities);
        Assert.Equal(("e1", 2, 14, "mortar shell"), (kept.Id, kept.Start, kept.End, kept.Text));
    }

    [Fact]
    public void Process_OverlapOfDifferentTypes_KeepsTheMoreConfidentMention()
    {
        var document = Document(
            Mention(EntityType.Person, 19, 23, 0.6),
            Mention(EntityType.Place, 19, 30, 0.97));

        new EntityMerger().Process(document, CancellationToken.None);

        var kept = Assert.Single(document.Entities);
        Assert.Equal((EntityType.Place, 19, 30), (kept.Type, kept.Start, kept.End));
    }

    [Fact]
    public void Process_WinnerWithoutNormalisedValue_TakesItFromTheSameTypeLoser()
    {
        var spotted = Mention(EntityType.Weapon, 2, 14, 0.8) with { Normalized = "mortar", Category = WeaponCategory.Mortar };
        var document = Document(spotted, Mention(EntityType.Weapon, 2, 8, 0.95));

        new EntityMerger().Process(document, CancellationToken.None);

        var kept = Assert.Single(document.Entities);
        Assert.Equal((2, 8, "mortar", WeaponCategory.Mortar), (kept.Start, kept.End, kept.Normalized, kept.Category));
    }

    [Fact]
    public void Process_NoMentions_LeavesNone()
    {
        var document = Document();

        new EntityMerger().Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_WinnerOverALoserOfAnotherType_Disputed()
    {
        var document = Document(
            Mention(EntityType.Person, 19, 23, 0.6),
            Mention(EntityType.Place, 19, 30, 0.97),
            Mention(EntityType.Weapon, 2, 14, 0.95));

        new EntityMerger().Process(document, CancellationToken.None);

        Assert.Equal(
            [("e1", EntityType.Weapon, false), ("e2", EntityType.Place, true)],
            document.Entities.Select(e => (e.Id, e.Type, e.Disputed)));
    }

    [Fact]
    public void Process_WinnerOverALoserOfTheSameTypeAndAnotherSpan_Disputed()
    {
        var document = Document(Mention(EntityType.Weapon, 2, 14, 0.8), Mention(EntityType.Weapon, 2, 8, 0.95));

        new EntityMerger().Process(document, CancellationToken.None);

        var kept = Assert.Single(document.Entities);
        Assert.Equal((2, 8, true), (kept.Start, kept.End, kept.Disputed));
    }

    [Fact]
    public void Process_LoserOfTheSameTypeAndSpan_NotDisputed()
    {
        var document = Document(Mention(EntityType.Weapon, 2, 14, 0.8), Mention(EntityType.Weapon, 2, 14, 0.95));

        new EntityMerger().Process(document, CancellationToken.None);

        var kept = Assert.Single(document.Entities);
        Assert.Equal((0.95, false), (kept.Confidence, kept.Disputed));
    }

    [Fact]
    public void Process_LoserAcrossTwoWinners_BothDisputed()
    {
        // "mortar shell hit Deir": a low-confidence span over the end of one winner and the start of the next.
        var document = Document(
            Mention(EntityType.Weapon, 2, 14, 0.9),
            Mention(EntityType.Place, 9, 23, 0.3),
            Mention(EntityType.Place, 19, 30, 0.9));

        new EntityMerger().Process(document, CancellationToken.None);

        Assert.Equal(
            [(2, 14, true), (19, 30, true)],
            document.Entities.Select(e => (e.Start, e.End, e.Disputed)));
    }

    private static Document Document(params EntityMention[] mentions)
    {
        var document = new Document(new Testimony
        {
            Source = "m.txt",
            TestimonyId = "m",
            Content = Content,
            ContentSha256 = "m",
            Format = "text",
        });
        document.Entities.AddRange(mentions);
        return document;
    }

    private static EntityMention Mention(EntityType type, int start, int end, double confidence) =>
        new(string.Empty, type, start, end, Content[start..end], null, confidence);
}
