using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

/// <summary>
/// A reviewed store for the export tests. People are fictional; places are real.
/// Testimony DZ-031 (row 1): entities 1-5 (e1 WEAPON "barrel bomb" 5..16, e2 PERSON "Hussein Darwish" 24..39,
/// e3 PLACE "Deir ez-Zor" 43..54, e4 PERSON "Hama" 76..80 (a mistake), e5 ACTOR "army" 60..64), claims 1-2 (c1 KILLED
/// naming e2 and e4, linked to I0001; c2 PROPERTY_DAMAGE). Reviewed: e1's category corrected to AIRSTRIKE, e2 and c1
/// accepted, e4 and c2 rejected. Testimony DZ-044 (row 2), unreviewed: entities 6-7 (e1 PERSON "Hussein Darwish"
/// 16..31, e2 WEAPON "mortar" 48..54), claim 3 (c1 KILLED, hearsay, naming e1).
/// </summary>
internal static class ExportSamples
{
    public const string ContentA = "A: A barrel bomb killed Hussein Darwish in Deir ez-Zor. The army fired from Hama.";
    public const string ContentB = "A: They told us Hussein Darwish was killed by a mortar.";

    public static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Writes both testimonies, the incident and the reviews into <paramref name="databasePath"/>.</summary>
    public static void Create(string databasePath)
    {
        using (var store = SqliteTestimonyStore.Open(databasePath))
        {
            store.Save(ResultA());
            store.Save(ResultB());
        }

        SqliteProbe.Execute(databasePath,
            """
            INSERT INTO incidents (incident_id, testimonies, independent_sources, grade)
                VALUES ('I0001', '["DZ-031"]', 1, 'SINGLE_SOURCE');
            UPDATE claims SET incident_id = 'I0001' WHERE id = 1;
            """);

        using var review = SqliteReviewStore.Open(databasePath);
        Apply(review, new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, 1), 1, ReviewAction.EditCategory, NewCategory: "AIRSTRIKE"));
        Apply(review, new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, 2), 1, ReviewAction.Accept));
        Apply(review, new ReviewChange(new ReviewItemRef(ReviewItemKind.Entity, 4), 1, ReviewAction.Reject));
        Apply(review, new ReviewChange(new ReviewItemRef(ReviewItemKind.Claim, 1), 1, ReviewAction.Accept));
        Apply(review, new ReviewChange(new ReviewItemRef(ReviewItemKind.Claim, 2), 1, ReviewAction.Reject));
    }

    private static void Apply(SqliteReviewStore review, ReviewChange change)
    {
        var outcome = review.Apply(change, "rev", Now);
        Assert.True(outcome.Success, outcome.Message);
    }

    private static TestimonyResult ResultA()
    {
        var testimony = Testimony(ContentA, "interviews/dz-031.txt", "DZ-031", new string('a', 64));
        EntityMention[] entities =
        [
            new("e1", EntityType.Weapon, 5, 16, "barrel bomb", "barrel bomb", 0.99) { Category = WeaponCategory.BarrelBomb },
            new("e2", EntityType.Person, 24, 39, "Hussein Darwish", null, 0.97),
            new("e3", EntityType.Place, 43, 54, "Deir ez-Zor", "Deir ez-Zor", 0.99),
            new("e4", EntityType.Person, 76, 80, "Hama", null, 0.6),
            new("e5", EntityType.Actor, 60, 64, "army", "Syrian government forces", 0.9),
        ];
        Claim[] claims =
        [
            new()
            {
                Id = "c1",
                Harm = Harm.Killed,
                Victims = new VictimCount(1, 1, ["e2", "e4"]),
                Weapon = WeaponCategory.BarrelBomb,
                Actor = "e5",
                Site = "e3",
                Basis = Basis.Witnessed,
                Evidence = [new Evidence(3, 55, "A barrel bomb killed Hussein Darwish in Deir ez-Zor.")],
                Confidence = 0.9,
            },
            new()
            {
                Id = "c2",
                Harm = Harm.PropertyDamage,
                Basis = Basis.Witnessed,
                Evidence = [new Evidence(56, 81, "The army fired from Hama.")],
                Confidence = 0.4,
            },
        ];
        return new TestimonyResult(testimony, entities, claims, 15);
    }

    private static TestimonyResult ResultB()
    {
        var testimony = Testimony(ContentB, "interviews/dz-044.txt", "DZ-044", new string('b', 64));
        EntityMention[] entities =
        [
            new("e1", EntityType.Person, 16, 31, "Hussein Darwish", null, 0.95),
            new("e2", EntityType.Weapon, 48, 54, "mortar", "mortar", 0.99) { Category = WeaponCategory.Mortar },
        ];
        Claim[] claims =
        [
            new()
            {
                Id = "c1",
                Harm = Harm.Killed,
                Victims = new VictimCount(1, 1, ["e1"]),
                Weapon = WeaponCategory.Mortar,
                Basis = Basis.Hearsay,
                Evidence = [new Evidence(3, 55, "They told us Hussein Darwish was killed by a mortar.")],
                Confidence = 0.8,
            },
        ];
        return new TestimonyResult(testimony, entities, claims, 10);
    }

    private static Testimony Testimony(string content, string source, string testimonyId, string hash) => new()
    {
        Source = source,
        TestimonyId = testimonyId,
        Content = content,
        ContentSha256 = hash,
        Format = "text",
        Metadata = new TestimonyMetadata { InterviewId = testimonyId, InterviewDate = new DateOnly(2019, 4, 2), Language = "Arabic" },
        Segments = [new Segment(3, content.Length, SpeakerRole.Witness, "A", 0)],
    };
}
