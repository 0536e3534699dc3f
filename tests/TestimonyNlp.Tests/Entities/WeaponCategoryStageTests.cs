using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Entities.Lexicons;
using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities;

/// <summary>The weapon category stage after the lexicon stage, tagger mentions added by hand, and the merger.</summary>
public sealed class WeaponCategoryStageTests
{
    private static readonly Lazy<WeaponCategoryStage> LazyStage = new(() => new WeaponCategoryStage(LexiconFiles.Weapons));

    /// <summary>Runs the stages on <paramref name="content"/>, with a tagger WEAPON mention (no category) for each
    /// phrase of <paramref name="tagged"/> (its first occurrence), and renders the weapons as <c>text|CATEGORY|normalized</c>.</summary>
    private static string[] Categorised(string content, params string[] tagged)
    {
        var document = Run(content);
        foreach (var phrase in tagged)
        {
            var start = content.IndexOf(phrase, StringComparison.Ordinal);
            document.Entities.Add(new EntityMention("", EntityType.Weapon, start, start + phrase.Length, phrase, null, 0.99));
        }

        new EntityMerger().Process(document, CancellationToken.None);
        LazyStage.Value.Process(document, CancellationToken.None);
        return [.. document.Entities.Where(e => e.Type == EntityType.Weapon).Select(e => $"{e.Text}|{e.Category?.ToWire()}|{e.Normalized}")];
    }

    [Fact]
    public void Name_Always_WeaponCategories()
    {
        Assert.Equal("weapon-categories", LazyStage.Value.Name);
    }

    [Fact]
    public void Process_TaggerOnlyJets_Airstrike()
    {
        Assert.Equal(["the jets|AIRSTRIKE|aircraft"], Categorised("We could see the jets from the roof.", "the jets"));
    }

    [Fact]
    public void Process_TaggerOnlyPlanesAfterThe_ArticleJoinsTheSpan()
    {
        Assert.Equal(["the planes|AIRSTRIKE|aircraft"], Categorised("The bridge was broken by the planes, people said.", "planes"));
    }

    [Fact]
    public void Process_TaggerOnlyMortarsAfterThe_ArticleStaysOutside()
    {
        Assert.Equal(["mortars|MORTAR|mortar"], Categorised("We heard the mortars all night.", "mortars"));
    }

    [Fact]
    public void Process_TaggerOnlyPlanesAfterHas_Removed()
    {
        Assert.Empty(Categorised("Who else has planes in the sky here?", "planes"));
    }

    [Fact]
    public void Process_CapabilityRemoved_MentionsNumberedAgain()
    {
        const string content = "Who else has planes? The shelling came from the east.";
        var document = Run(content);
        document.Entities.Add(new EntityMention("", EntityType.Weapon, 13, 19, "planes", null, 0.99));
        new EntityMerger().Process(document, CancellationToken.None);

        LazyStage.Value.Process(document, CancellationToken.None);

        Assert.Equal(["e1|shelling|ARTILLERY"], document.Entities.Select(e => $"{e.Id}|{e.Text}|{e.Category?.ToWire()}"));
    }

    [Fact]
    public void Process_TaggerOnlyBombingAfterWas_Removed()
    {
        Assert.Empty(Categorised("At that time only the coalition was bombing us.", "bombing"));
    }

    [Fact]
    public void Process_TaggerOnlyBombingAfterThe_Kept()
    {
        Assert.Equal(["bombing|EXPLOSIVE_UNSPECIFIED|bombing"], Categorised("After the bombing we went down to the cellar.", "bombing"));
    }

    [Fact]
    public void Process_TwoMentionsRemoved_OthersKeptInOrderAndNumbered()
    {
        const string content = "Who else has planes? The shelling came first, and then the coalition was bombing us.";
        var document = Run(content);
        document.Entities.Add(new EntityMention("", EntityType.Weapon, 13, 19, "planes", null, 0.99));
        var bombing = content.IndexOf("bombing", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("", EntityType.Weapon, bombing, bombing + 7, "bombing", null, 0.99));
        new EntityMerger().Process(document, CancellationToken.None);

        LazyStage.Value.Process(document, CancellationToken.None);

        Assert.Equal(["e1|shelling", "e2|the coalition"], document.Entities.Select(e => $"{e.Id}|{e.Text}"));
    }

    [Fact]
    public void Process_TaggerOnlyGas_Chemical()
    {
        Assert.Equal(["gas|CHEMICAL|chemical weapon"], Categorised("Then the gas came into the basement.", "gas"));
    }

    [Fact]
    public void Process_TaggerOnlyBullet_SmallArms()
    {
        Assert.Equal(["bullet|SMALL_ARMS|gunfire"], Categorised("One bullet went through the door.", "bullet"));
    }

    [Fact]
    public void Process_ChemicalWordInsideSpan_Chemical()
    {
        Assert.Equal(
            ["grenades with gas|CHEMICAL|chemical weapon"],
            Categorised("The quadcopter dropped grenades with gas into the trench.", "grenades with gas")[1..]);
    }

    [Fact]
    public void Process_IncendiaryBeforeRockets_IncendiaryOverSpotterRocket()
    {
        Assert.Equal(["incendiary Grads|INCENDIARY|incendiary weapon"], Categorised("That night came incendiary Grads.", "incendiary Grads"));
    }

    [Fact]
    public void Process_StrikeAfterPlanes_Airstrike()
    {
        Assert.Equal(
            ["The planes|AIRSTRIKE|aircraft", "strike|AIRSTRIKE|air strike"],
            Categorised("The planes bombed the market. Who carried out the strike?"));
    }

    [Fact]
    public void Process_BombWithNothingNamed_ExplosiveUnspecified()
    {
        Assert.Equal(["bomb|EXPLOSIVE_UNSPECIFIED|bomb"], Categorised("A bomb fell near the market in the summer."));
    }

    [Fact]
    public void Process_LoneBombThatDidNotFallWithNothingNamed_Ied()
    {
        Assert.Equal(["bomb|IED|bomb"], Categorised("At noon the bomb in the handcart exploded beside the bakery."));
    }

    [Fact]
    public void Process_BombsWithNothingNamed_ExplosiveUnspecified()
    {
        Assert.Equal(["bombs|EXPLOSIVE_UNSPECIFIED|bomb"], Categorised("At noon bombs exploded beside the bakery."));
    }

    [Fact]
    public void Process_PetrolBombs_Incendiary()
    {
        Assert.Equal(["petrol bombs|INCENDIARY|incendiary weapon"], Categorised("They threw petrol bombs on the roofs.", "petrol bombs"));
    }

    [Fact]
    public void Process_BombNearRoadsideWords_Ied()
    {
        Assert.Equal(["bomb|IED|bomb"], Categorised("They planted it by the road at night. In the morning the bomb killed two farmers."));
    }

    [Fact]
    public void Process_StrikeFarFromAircraftInSameTestimony_Airstrike()
    {
        const string content = "The jets bombed the bridge. We ran. We slept in the school. It was cold. Nobody came. "
                               + "We ate bread. My son cried. After a week a strike hit the mosque.";

        Assert.Equal(
            ["The jets|AIRSTRIKE|aircraft", "strike|AIRSTRIKE|air strike"],
            Categorised(content));
    }

    [Fact]
    public void Process_UnknownWordNearDrone_DroneStrike()
    {
        Assert.Equal(
            ["drone|DRONE_STRIKE|drone", "the bird|DRONE_STRIKE|drone strike"],
            Categorised("A drone came back at noon. Then the bird dropped something on the car.", "the bird"));
    }

    [Fact]
    public void Process_TaggerOnlyMineThatFell_Mortar()
    {
        Assert.Equal(["mines|MORTAR|mortar"], Categorised("Two mines fell in the yard.", "mines")[..1]);
    }

    [Fact]
    public void Process_NoWeapons_EntitiesUnchanged()
    {
        var document = Run("We lived in the old house.");
        LazyStage.Value.Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Constructor_NullLexicon_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new WeaponCategoryStage(null!));
    }
}
