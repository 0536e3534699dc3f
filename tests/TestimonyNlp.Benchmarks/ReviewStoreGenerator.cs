using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Benchmarks;

/// <summary>
/// Writes a store of generated testimonies for the review benchmarks: each a short fictional transcript with
/// <see cref="EntitiesPerTestimony"/> entities and <see cref="ClaimsPerTestimony"/> claims of varied confidence,
/// saved through <see cref="SqliteTestimonyStore"/> as <c>process</c> would save them. Deterministic for a count.
/// </summary>
internal static class ReviewStoreGenerator
{
    /// <summary>Entities written per testimony.</summary>
    public const int EntitiesPerTestimony = 6;

    /// <summary>Claims written per testimony.</summary>
    public const int ClaimsPerTestimony = 2;

    private static readonly string[] GivenNames = ["Idris", "Salma", "Yusuf", "Nadia", "Karim", "Huda", "Omar", "Lina", "Tariq", "Mona"];
    private static readonly string[] FamilyNames = ["Mansour", "Haddad", "Saleh", "Qasim", "Nasser", "Aziz", "Farah", "Jaber"];
    private static readonly string[] Places = ["Aleppo", "Douma", "Idlib", "Homs", "Raqqa", "Hama", "Daraa", "Deir ez-Zor"];
    private static readonly (string Text, WeaponCategory Category)[] Weapons =
    [
        ("barrel bomb", WeaponCategory.BarrelBomb), ("mortar", WeaponCategory.Mortar), ("rocket", WeaponCategory.Rocket),
        ("air strike", WeaponCategory.Airstrike), ("shell", WeaponCategory.Artillery),
    ];

    private static readonly string[] Actors = ["government forces", "the militia", "the armed group"];

    /// <summary>Creates the store at <paramref name="path"/> with <paramref name="count"/> testimonies.</summary>
    public static void Generate(string path, int count)
    {
        using var store = SqliteTestimonyStore.Open(path);
        var random = new Random(20260501);
        for (var i = 0; i < count; i++)
        {
            store.Save(Testimony(i, random));
        }
    }

    private static TestimonyResult Testimony(int index, Random random)
    {
        var text = new StringBuilder("A: ");
        var entities = new List<EntityMention>();
        var claims = new List<Claim>();

        EntityMention Entity(EntityType type, string value, WeaponCategory? category = null)
        {
            var start = text.Length;
            text.Append(value);
            var mention = new EntityMention(
                "e" + (entities.Count + 1).ToString(CultureInfo.InvariantCulture), type, start, text.Length, value, value,
                Math.Round(0.3 + (0.69 * random.NextDouble()), 3)) { Category = category };
            entities.Add(mention);
            return mention;
        }

        var person = GivenNames[random.Next(GivenNames.Length)] + " " + FamilyNames[random.Next(FamilyNames.Length)];
        var other = GivenNames[random.Next(GivenNames.Length)] + " " + FamilyNames[random.Next(FamilyNames.Length)];
        var weapon = Weapons[random.Next(Weapons.Length)];
        var day = new DateOnly(2016, 1, 1).AddDays(random.Next(900));

        text.Append("I lived with my family in ");
        var place = Entity(EntityType.Place, Places[random.Next(Places.Length)]);
        text.Append(" until the winter. On ");
        var date = Entity(EntityType.Date, day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        text.Append(" in the morning we heard planes, then a ");
        Entity(EntityType.Weapon, weapon.Text, weapon.Category);
        text.Append(" fell on the street behind the bakery. ");
        var killedStart = text.Length;
        Entity(EntityType.Person, person);
        text.Append(" was killed at once, with two of his children.");
        var killedEnd = text.Length;
        text.Append(" We carried the wounded to the clinic in ");
        Entity(EntityType.Place, Places[random.Next(Places.Length)]);
        text.Append(". ");
        var injuredStart = text.Length;
        Entity(EntityType.Person, other);
        text.Append(" was hurt in the leg.");
        var injuredEnd = text.Length;
        text.Append(" People said ");
        text.Append(Actors[random.Next(Actors.Length)]);
        text.Append(" had fired from the hill, but I did not see it myself. We left the next week and did not go back. ");
        text.Append("Testimony ").Append(index.ToString(CultureInfo.InvariantCulture)).Append('.');
        var content = text.ToString();

        claims.Add(Claim("c1", Harm.Killed, killedStart, killedEnd, content, weapon.Category, place, date, day, random));
        claims.Add(Claim("c2", Harm.Injured, injuredStart, injuredEnd, content, weapon.Category, place, date, day, random));

        var id = "GEN-" + index.ToString("00000", CultureInfo.InvariantCulture);
        var testimony = new Testimony
        {
            Source = "generated/" + id + ".txt",
            TestimonyId = id,
            Content = content,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
            Format = "text",
            Segments = [new Segment(3, content.Length, SpeakerRole.Witness, "A", 0)],
        };
        return new TestimonyResult(testimony, entities, claims, content.Count(c => c == ' ') + 1);
    }

    private static Claim Claim(
        string id, Harm harm, int start, int end, string content, WeaponCategory weapon, EntityMention place, EntityMention date, DateOnly day, Random random) => new()
    {
        Id = id,
        Harm = harm,
        Weapon = weapon,
        Site = place.Id,
        Date = new DateRange(date.Text, day, day),
        Basis = Basis.Witnessed,
        Evidence = [new Evidence(start, end, content[start..end])],
        Confidence = Math.Round(0.3 + (0.69 * random.NextDouble()), 3),
    };
}
