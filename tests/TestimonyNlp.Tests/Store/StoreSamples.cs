using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Store;

/// <summary>Small hand-built results. People are fictional; places are real.</summary>
internal static class StoreSamples
{
    public const string Content =
        "A: The barrel bomb fell on Douma market at noon. Seven people died, among them Rania Khatib and her son Omar.";

    public const string Source = "interviews/dm-007.txt";
    public const string TestimonyId = "DM-007";
    public static readonly string HashA = new('a', 64);
    public static readonly string HashB = new('b', 64);
    public static readonly string HashC = new('c', 64);

    public static Testimony Testimony(string hash = "", string source = Source, string testimonyId = TestimonyId) => new()
    {
        Source = source,
        TestimonyId = testimonyId,
        Content = Content,
        ContentSha256 = hash.Length == 0 ? HashA : hash,
        Format = "text",
        Metadata = new TestimonyMetadata
        {
            InterviewId = "DM-007",
            InterviewDate = new DateOnly(2019, 4, 2),
            Place = "Gaziantep",
            Language = "Arabic",
            Interviewer = "INT-3",
            Speaker = "W-12",
        },
        Segments = [new Segment(3, Content.Length, SpeakerRole.Witness, "A", 0)],
    };

    public static EntityMention Weapon => new("e1", EntityType.Weapon, 7, 18, "barrel bomb", "barrel bomb", 0.99)
    {
        Category = WeaponCategory.BarrelBomb,
    };

    public static EntityMention Place => new("e2", EntityType.Place, 27, 32, "Douma", "Douma", 0.97654)
    {
        Geo = new GeoPoint(33.5711, 36.4028, "SY", SitePrecision.Town, 170592),
    };

    public static Claim Claim => new()
    {
        Id = "c1",
        Event = "BARREL_BOMB",
        Harm = Harm.Killed,
        Victims = new VictimCount(7, 7, []),
        Weapon = WeaponCategory.BarrelBomb,
        Site = "e2",
        Date = new DateRange("9 September 2016", new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9)),
        Basis = Basis.Witnessed,
        Evidence = [new Evidence(3, 48, "The barrel bomb fell on Douma market at noon.")],
        Confidence = 0.91,
    };

    /// <summary>Two entities (a WEAPON with a category, a PLACE with coordinates) and one claim.</summary>
    public static TestimonyResult Result(string hash = "", string source = Source, string testimonyId = TestimonyId) =>
        new(Testimony(hash, source, testimonyId), [Weapon, Place], [Claim], 20);

    /// <summary>Named victims and two evidence spans, for round trips.</summary>
    public static TestimonyResult ResultWithVictims()
    {
        EntityMention[] entities =
        [
            Weapon,
            Place,
            new("e3", EntityType.Person, 79, 91, "Rania Khatib", "Rania Khatib", 0.9),
            new("e4", EntityType.Person, 104, 108, "Omar", null, 0.75),
        ];
        var claim = Claim with
        {
            Victims = new VictimCount(7, null, ["e4", "e3"]),
            Actor = "e9",
            Basis = null,
            Date = new DateRange("at noon", null, null),
            Evidence =
            [
                new Evidence(3, 48, "The barrel bomb fell on Douma market at noon."),
                new Evidence(49, 66, "Seven people died"),
            ],
        };
        return new TestimonyResult(Testimony(HashC), entities, [claim], 20);
    }
}
