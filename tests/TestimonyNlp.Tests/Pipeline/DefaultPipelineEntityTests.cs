using TestimonyNlp.Model;
using TestimonyNlp.Pipeline;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Pipeline;

/// <summary>
/// The whole default pipeline (spotters, the shipped tagger and the merger) on small crafted transcripts, one
/// per entity type and hard case of the annotation guidelines. Confidences are left out: they move with every
/// retraining, while the spans, types, canonical values and categories must not.
/// </summary>
public sealed class DefaultPipelineEntityTests
{
    private static readonly Lazy<TestimonyPipeline> Shipped = new(() => DefaultPipeline.Create(Path.Combine(TestPaths.RepositoryRoot, "models")));

    private static IReadOnlyList<EntityMention> Run(string content)
    {
        var document = CraftedTranscript.Run(Shipped.Value, content);
        foreach (var entity in document.Entities)
        {
            Assert.Equal(entity.Text, content[entity.Start..entity.End]);
        }

        return document.Entities;
    }

    private static List<(EntityType Type, string Text, string? Normalized, WeaponCategory? Category)> Extract(string content) =>
        Run(content).Select(e => (e.Type, e.Text, e.Normalized, e.Category)).ToList();

    [Fact]
    public void Process_TransliterationVariants_ResolveToOneGazetteerEntry()
    {
        var entities = Run("Q: Where is your family from?\n"
            + "A: From Deir ez-Zor. My uncle says Deir al-Zour, the old papers say Dayr az Zawr, and my son writes Deir Ezzor.\n");

        Assert.Equal(["Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr", "Deir Ezzor"], entities.Select(e => e.Text));
        Assert.All(entities, e =>
        {
            Assert.Equal(EntityType.Place, e.Type);
            Assert.Equal("Deir ez-Zor", e.Normalized);
            Assert.Equal(35.34, Math.Round(e.Geo!.Lat, 2));
            Assert.Equal(40.14, Math.Round(e.Geo.Lon, 2));
            Assert.Equal("SY", e.Geo.Country);
        });
    }

    [Fact]
    public void Process_KunyasFamilyNameAndFullName_ArePeople()
    {
        var found = Extract("Q: Who was with you?\nA: Abu Yasser, Umm Khalid and the Darwish family. Hussein Darwish carried my daughter.\n");

        Assert.Equal(
            [
                (EntityType.Person, "Abu Yasser", null, null),
                (EntityType.Person, "Umm Khalid", null, null),
                (EntityType.Person, "Darwish", null, null),
                (EntityType.Person, "Hussein Darwish", null, null),
            ],
            found);
    }

    [Fact]
    public void Process_CampCompassWordAndFacility_FollowThePlaceConventions()
    {
        var found = Extract("Q: Where did you go?\nA: We walked to Atmeh camp in southern Idlib, then we prayed at the al-Nouri mosque in Mosul.\n");

        Assert.Equal(
            [
                (EntityType.Place, "Atmeh", null, null),
                (EntityType.Place, "Idlib", "Idlib", null),
                (EntityType.Place, "al-Nouri mosque", null, null),
                (EntityType.Place, "Mosul", "Mosul", null),
            ],
            found);
    }

    [Fact]
    public void Process_PlatformDroppingABarrelBomb_TwoWeaponsTheBarrelBombWhole()
    {
        var found = Extract("Q: What happened?\nA: A helicopter dropped a barrel bomb on our street.\n");

        Assert.Equal(
            [
                (EntityType.Weapon, "helicopter", "helicopter", WeaponCategory.Airstrike),
                (EntityType.Weapon, "barrel bomb", "barrel bomb", WeaponCategory.BarrelBomb),
            ],
            found);
    }

    [Fact]
    public void Process_WeaponsAndDates_CarryCategoriesAndExactSpans()
    {
        var found = Extract("Q: What weapons did you see?\n"
            + "A: On 9 September 2016 a barrel bomb fell on the bakery. Three days before Eid the airstrikes started again. "
            + "That night a mortar shell hit the school, and a sniper shot at the bread line.\n"
            + "Q: Anything else?\n"
            + "A: The next month an IED exploded on the road and a car bomb killed the guards. They used cluster bombs in the fields on the 12th.\n"
            + "Q: For how long did you stay?\nA: For two weeks, no more.\n");

        Assert.Equal(
            [
                (EntityType.Date, "9 September 2016", "2016-09-09", null),
                (EntityType.Weapon, "barrel bomb", "barrel bomb", WeaponCategory.BarrelBomb),
                (EntityType.Date, "Three days before Eid", "2016-09-09", null),
                (EntityType.Weapon, "airstrikes", "air strike", WeaponCategory.Airstrike),
                (EntityType.Date, "That night", "2016-09-09", null),
                (EntityType.Weapon, "mortar shell", "mortar", WeaponCategory.Mortar),
                (EntityType.Weapon, "sniper", "sniper", WeaponCategory.SmallArms),
                (EntityType.Date, "The next month", "2016-10-01..2016-10-31", null),
                (EntityType.Weapon, "IED", "ied", WeaponCategory.Ied),
                (EntityType.Weapon, "car bomb", "car bomb", WeaponCategory.Ied),
                (EntityType.Weapon, "cluster bombs", "cluster munition", WeaponCategory.ClusterMunition),
                (EntityType.Date, "the 12th", "2016-10-12", null),
            ],
            found);
    }

    [Fact]
    public void Process_ActorAliases_ResolveToCanonicalActors()
    {
        var found = Extract("Q: Who controlled the town?\nA: Daesh took it in 2014. People called them ISIS, or IS. Later the SDF came with the coalition.\n");

        Assert.Equal(
            [
                (EntityType.Actor, "Daesh", "Islamic State", null),
                (EntityType.Date, "2014", "2014-01-01..2014-12-31", null),
                (EntityType.Actor, "ISIS", "Islamic State", null),
                (EntityType.Actor, "IS", "Islamic State", null),
                (EntityType.Actor, "SDF", "Syrian Democratic Forces", null),
                (EntityType.Actor, "the coalition", "US-led coalition", null),
            ],
            found);
    }

    [Fact]
    public void Process_SameWordAsPersonAndPlace_TypedByContext()
    {
        var found = Extract("Q: Did you know anyone there?\n"
            + "A: My friend Nour worked at the hospital. Karim drove the ambulance. We moved from Hama to Homs.\n"
            + "Q: And your cousin?\nA: My cousin Hama is a nurse now.\n");

        Assert.Equal(
            [
                (EntityType.Person, "Nour", null, null),
                (EntityType.Person, "Karim", null, null),
                (EntityType.Place, "Hama", "Ḩamāh", null),
                (EntityType.Place, "Homs", "Homs", null),
                (EntityType.Person, "Hama", null, null),
            ],
            found);
    }

    [Fact]
    public void Process_HeaderBlock_NamesPeopleAndPlacesOfTheInterview()
    {
        var found = Extract("Interview ID: CR-9\nPlace of interview: Gaziantep, Turkey\nInterviewer: Hanna Lind\n\nQ: Are you ready?\nA: Yes.\n");

        Assert.Equal(
            [
                (EntityType.Place, "Gaziantep", "Gaziantep", null),
                (EntityType.Place, "Turkey", "Türkiye", null),
                (EntityType.Person, "Hanna Lind", null, null),
            ],
            found);
    }
}
