using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;
using static TestimonyNlp.Tests.Entities.Lexicons.LexiconTestHelper;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class LexiconSpotterTests
{
    [Fact]
    public void Name_Always_Lexicons()
    {
        Assert.Equal("lexicons", Stage.Name);
    }

    [Theory]
    [InlineData("The air strike hit the bakery.", "air strike|WEAPON|air strike|AIRSTRIKE")]
    [InlineData("A drone hit the car.", "drone|WEAPON|drone|DRONE_STRIKE")]
    [InlineData("They dropped a barrel bomb on the market.", "barrel bomb|WEAPON|barrel bomb|BARREL_BOMB")]
    [InlineData("The artillery shelling lasted all night.", "artillery shelling|WEAPON|artillery|ARTILLERY")]
    [InlineData("A mortar shell fell in the yard.", "mortar shell|WEAPON|mortar|MORTAR")]
    [InlineData("Grad rockets fell on our street.", "Grad rockets|WEAPON|grad rocket|ROCKET")]
    [InlineData("A ballistic missile hit the market.", "ballistic missile|WEAPON|ballistic missile|MISSILE")]
    [InlineData("We found bomblets near the school.", "bomblets|WEAPON|cluster munition|CLUSTER_MUNITION")]
    [InlineData("My cousin stepped on a landmine.", "landmine|WEAPON|landmine|LANDMINE")]
    [InlineData("A roadside bomb hit the minibus.", "roadside bomb|WEAPON|ied|IED")]
    [InlineData("We smelled chlorine after midnight.", "chlorine|WEAPON|chlorine|CHEMICAL")]
    [InlineData("White phosphorus burned the roofs.", "White phosphorus|WEAPON|white phosphorus|INCENDIARY")]
    [InlineData("We heard gunfire from the checkpoint.", "gunfire|WEAPON|gunfire|SMALL_ARMS")]
    [InlineData("A grenade exploded in the yard.", "grenade|WEAPON|grenade|EXPLOSIVE_UNSPECIFIED")]
    public void Process_WeaponOfEachCategory_OneMention(string content, string expected)
    {
        Assert.Equal([expected], Spotted(content));
    }

    [Fact]
    public void Process_LongerAndShorterForms_LongestMatchEach()
    {
        Assert.Equal(
            ["mortar shells|WEAPON|mortar|MORTAR", "mortar|WEAPON|mortar|MORTAR", "car bomb|WEAPON|car bomb|IED"],
            Spotted("First mortar shells, then a mortar, then a car bomb."));
    }

    [Fact]
    public void Process_SpellingsOfAirStrike_AllOneWeapon()
    {
        Assert.Equal(
            ["air-strike|WEAPON|air strike|AIRSTRIKE", "airstrikes|WEAPON|air strike|AIRSTRIKE", "Air Strike|WEAPON|air strike|AIRSTRIKE"],
            Spotted("An air-strike, two airstrikes, one more Air Strike."));
    }

    [Fact]
    public void Process_Slang_MappedToCategory()
    {
        Assert.Equal(
            ["hawn|WEAPON|mortar|MORTAR", "zanana|WEAPON|zanana|DRONE_STRIKE", "quiebrapatas|WEAPON|landmine|LANDMINE"],
            Spotted("She said hawn, he said zanana, they said quiebrapatas."));
    }

    [Fact]
    public void Process_Effects_NotWeapons()
    {
        Assert.Empty(Spotted("After the explosion there was shrapnel and rubble everywhere."));
    }

    [Theory]
    [InlineData("That phone is mine.")]
    [InlineData("A friend of mine was injured.")]
    [InlineData("His house and mine were damaged.")]
    public void Process_MineAsPronoun_NoWeapon(string content)
    {
        Assert.Empty(Spotted(content));
    }

    [Theory]
    [InlineData("He stepped on a mine near the canal.", "mine|WEAPON|landmine|LANDMINE")]
    [InlineData("Near the canal one mine exploded.", "mine|WEAPON|landmine|LANDMINE")]
    [InlineData("They cleared every field, mine by mine.", "mine|WEAPON|landmine|LANDMINE")]
    public void Process_MineWithWeaponContext_Landmine(string content, string expected)
    {
        Assert.Equal(expected, Spotted(content)[0]);
    }

    [Fact]
    public void Process_MineThatFell_Mortar()
    {
        Assert.Equal(["mine|WEAPON|mortar|MORTAR"], Spotted("In the evening a mine fell on the house of our neighbour."));
    }

    [Fact]
    public void Process_PlanesLanding_NoWeapon()
    {
        Assert.Empty(Spotted("The planes landed at the airport."));
    }

    [Fact]
    public void Process_PlanesBombing_Airstrike()
    {
        Assert.Equal(["The planes|WEAPON|aircraft|AIRSTRIKE"], Spotted("The planes bombed the market."));
    }

    [Fact]
    public void Process_PlanesWithAttackInNextSentence_Airstrike()
    {
        Assert.Equal(["the jets|WEAPON|aircraft|AIRSTRIKE"], Spotted("We heard the jets. Then they hit the school."));
    }

    [Fact]
    public void Process_PlanesWithNothingNear_NoWeapon()
    {
        Assert.Empty(Spotted("We could see the planes from the roof."));
    }

    [Fact]
    public void Process_BarrelOfWater_NoWeapon()
    {
        Assert.Empty(Spotted("In Aleppo a barrel of water stood by the door."));
    }

    [Fact]
    public void Process_BarrelInSyria_BarrelBomb()
    {
        Assert.Equal(["barrel|WEAPON|barrel bomb|BARREL_BOMB"], Spotted("In Aleppo we saw a barrel turning in the sky."));
    }

    [Fact]
    public void Process_BarrelOutsideSyriaWithoutBombWord_NoWeapon()
    {
        Assert.Empty(Spotted("In Mosul we saw a barrel in the yard."));
    }

    [Fact]
    public void Process_BarrelDroppedOutsideSyria_BarrelBomb()
    {
        Assert.Equal(
            ["the helicopter|WEAPON|helicopter|AIRSTRIKE", "barrel|WEAPON|barrel bomb|BARREL_BOMB"],
            Spotted("In Mosul the helicopter dropped a barrel."));
    }

    [Fact]
    public void Process_VagueStrikeWithoutAircraft_ExplosiveUnspecified()
    {
        Assert.Equal(["strike|WEAPON|strike|EXPLOSIVE_UNSPECIFIED"], Spotted("The strike destroyed the bakery."));
    }

    [Fact]
    public void Process_VagueStrikeAfterAircraft_Airstrike()
    {
        Assert.Equal(
            ["the jets|WEAPON|aircraft|AIRSTRIKE", "strike|WEAPON|air strike|AIRSTRIKE"],
            Spotted("We heard the jets at noon. The strike destroyed the bakery."));
    }

    [Fact]
    public void Process_VagueBombingAfterDrone_DroneStrike()
    {
        Assert.Equal(
            ["drone|WEAPON|drone|DRONE_STRIKE", "bombing|WEAPON|drone strike|DRONE_STRIKE"],
            Spotted("A drone circled for an hour. After the bombing two men were dead."));
    }

    [Theory]
    [InlineData("They did not strike our street.")]
    [InlineData("They were bombing from morning to night.")]
    [InlineData("They promised to bomb the bridge.")]
    public void Process_VagueFormAsVerb_NoWeapon(string content)
    {
        Assert.Empty(Spotted(content));
    }

    [Fact]
    public void Process_ShellAfterMortars_Mortar()
    {
        Assert.Equal(
            ["mortars|WEAPON|mortar|MORTAR", "shell|WEAPON|mortar|MORTAR"],
            Spotted("The mortars started at dawn. One shell fell near us."));
    }

    [Fact]
    public void Process_ShellAlone_ArtilleryShell()
    {
        Assert.Equal(["shell|WEAPON|artillery shell|ARTILLERY"], Spotted("One shell fell near us."));
    }

    [Fact]
    public void Process_ActorAliases_OneCanonical()
    {
        Assert.Equal(
            [
                "Daesh|ACTOR|Islamic State", "ISIS|ACTOR|Islamic State", "ISIL|ACTOR|Islamic State",
                "Islamic State|ACTOR|Islamic State", "Daesh|ACTOR|Islamic State",
            ],
            Spotted("Daesh, ISIS, ISIL, the Islamic State, Daesh fighters: one group."));
    }

    [Fact]
    public void Process_CaseSensitiveAcronym_OnlyUpperCase()
    {
        Assert.Equal(["IS|ACTOR|Islamic State"], Spotted("It is true that IS fighters came."));
    }

    [Fact]
    public void Process_AliasInsideHyphenatedToken_ActorSpanIsThePart()
    {
        var document = Run("Daesh-held villages near Raqqa were empty.");

        var mention = Assert.Single(document.Entities);
        Assert.Equal(new EntityMention("", EntityType.Actor, 0, 5, "Daesh", "Islamic State", 0.95), mention);
    }

    [Theory]
    [InlineData("The coalition bombed Raqqa.", "The coalition|ACTOR|US-led coalition")]
    [InlineData("The coalition bombed Sanaa.", "The coalition|ACTOR|Saudi-led coalition")]
    [InlineData("The army shelled El Fasher.", "The army|ACTOR|Sudanese Armed Forces")]
    [InlineData("The army entered Mosul.", "The army|ACTOR|Iraqi forces")]
    [InlineData("The army came to Briceño.", "The army|ACTOR|Colombian armed forces")]
    [InlineData("The Russians bombed Idlib.", "The Russians|ACTOR|Russian forces")]
    [InlineData("The Russians shelled Kharkiv.", "The Russians|ACTOR|Russian armed forces in Ukraine")]
    [InlineData("The Russians left Tarhuna.", "The Russians|ACTOR|Wagner Group")]
    [InlineData("The soldiers burned Maungdaw.", "The soldiers|ACTOR|Tatmadaw")]
    public void Process_AmbiguousAlias_CanonicalOfTheCountryInText(string content, string expected)
    {
        Assert.Equal([expected], Spotted(content));
    }

    [Fact]
    public void Process_AliasWithoutMeaningInCountry_NoActor()
    {
        Assert.Empty(Spotted("The soldiers came to Homs."));
    }

    [Fact]
    public void Process_CountryFromHeaderOnly_ResolvedWithLowerConfidence()
    {
        Assert.Equal(["The army|0.7"], Confidences("The army came at night.", place: "Taiz, Yemen"));
        Assert.Equal(["The army|ACTOR|Yemeni government forces"], Spotted("The army came at night.", place: "Taiz, Yemen"));
    }

    [Fact]
    public void Process_CountryInTextOutweighsHeader_TextCountry()
    {
        Assert.Equal(
            ["the coalition|ACTOR|US-led coalition"],
            Spotted("In Mosul the coalition hit our house.", place: "Sanliurfa, Turkey"));
    }

    [Fact]
    public void Process_AmbiguousAliasNoCountry_FirstMeaningLowConfidence()
    {
        Assert.Equal(["The coalition|ACTOR|US-led coalition"], Spotted("The coalition came at night."));
        Assert.Equal(["The coalition|0.4"], Confidences("The coalition came at night."));
    }

    [Fact]
    public void Process_Confidences_ByHowSureTheMatchIs()
    {
        Assert.Equal(
            ["Houthis|0.95", "sniper|0.95", "the planes|0.85", "strike|0.7", "the army|0.85"],
            Confidences("The Houthis had a sniper in Taiz, the planes came, and after the strike the army left."));
    }

    [Theory]
    [InlineData("The Russian planes bombed Aleppo.", "Russian|ACTOR|Russian forces", "planes|WEAPON|aircraft|AIRSTRIKE")]
    [InlineData("Turkish drones hit Afrin.", "Turkish|ACTOR|Turkish forces", "drones|WEAPON|drone|DRONE_STRIKE")]
    [InlineData("The coalition planes bombed Mosul.", "The coalition|ACTOR|US-led coalition", "planes|WEAPON|aircraft|AIRSTRIKE")]
    public void Process_NationalityBeforeWeapon_AdjectiveIsActorNounIsWeapon(string content, string actor, string weapon)
    {
        Assert.Equal([actor, weapon], Spotted(content));
    }

    [Theory]
    [InlineData("A Russian doctor treated us in Aleppo.")]
    [InlineData("They fired Russian-made rockets at Aleppo.")]
    public void Process_NationalityAttributingNoWeapon_NoActor(string content)
    {
        Assert.DoesNotContain(Spotted(content), e => e.Contains("|ACTOR|", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_NationalityBeforeSide_Actor()
    {
        Assert.Equal(["Russian|ACTOR|Russian armed forces in Ukraine"], Spotted("It came from the Russian side of Kharkiv."));
    }

    [Theory]
    [InlineData("The Hashd came to Mosul.", "Hashd|ACTOR|Popular Mobilization Forces")]
    [InlineData("The Taliban came to Kunduz.", "Taliban|ACTOR|Taliban")]
    [InlineData("The RSF came to El Fasher.", "RSF|ACTOR|Rapid Support Forces")]
    [InlineData("The Rapid Support came to El Fasher.", "The Rapid Support|ACTOR|Rapid Support Forces")]
    [InlineData("Then the Clan del Golfo came to Tumaco.", "Clan del Golfo|ACTOR|Clan del Golfo")]
    [InlineData("Then the Clan came to Tumaco.", "the Clan|ACTOR|Clan del Golfo")]
    public void Process_Article_OutsideNamesInsideWordNames(string content, string expected)
    {
        Assert.Equal([expected], Spotted(content));
    }

    [Theory]
    [InlineData("The police came to Kunduz at night.", "The police|ACTOR|Afghan forces")]
    [InlineData("In Kunduz there was no army.", "army|ACTOR|Afghan forces")]
    public void Process_CommonNounActingAsParty_Actor(string content, string expected)
    {
        Assert.Equal([expected], Spotted(content));
    }

    [Theory]
    [InlineData("In Kunduz the police station was closed.")]
    [InlineData("In Kunduz there was no army camp.")]
    public void Process_CommonNounModifyingAPlace_NoActor(string content)
    {
        Assert.Empty(Spotted(content));
    }

    [Fact]
    public void Process_NameModifyingAPlace_StillActor()
    {
        Assert.Equal(["Daesh|ACTOR|Islamic State"], Spotted("In Mosul the Daesh checkpoint was closed."));
    }

    [Theory]
    [InlineData("The soldiers came to Maiduguri.")]
    [InlineData("The State Specialist Hospital in Maiduguri was full.")]
    public void Process_AliasOfAnotherCountry_NoActor(string content)
    {
        Assert.Empty(Spotted(content));
    }

    [Fact]
    public void Process_WeaponAndActorSideBySide_Both()
    {
        Assert.Equal(
            ["sniper|WEAPON|sniper|SMALL_ARMS", "Daesh|ACTOR|Islamic State"],
            Spotted("The sniper of Daesh was on the roof."));
    }

    [Fact]
    public void Process_GivenNamesAlone_NoPerson()
    {
        Assert.Empty(Spotted("Abu Yasser, Umm Khalid and Hussein Darwish were there."));
    }

    [Fact]
    public void Process_Mentions_IdEmptyAndTextIsTheContentSlice()
    {
        const string content = "Two barrel bombs fell; the regime's helicopters dropped them.";
        var document = Run(content);

        Assert.Equal(
            [
                new EntityMention("", EntityType.Weapon, 4, 16, "barrel bombs", "barrel bomb", 0.95) { Category = WeaponCategory.BarrelBomb },
                new EntityMention("", EntityType.Actor, 23, 33, "the regime", "Syrian government forces", 0.7),
                new EntityMention("", EntityType.Weapon, 36, 47, "helicopters", "helicopter", 0.85) { Category = WeaponCategory.Airstrike },
            ],
            document.Entities);
        Assert.All(document.Entities, e => Assert.Equal(content[e.Start..e.End], e.Text));
    }

    [Fact]
    public void Process_EntitiesFromEarlierStage_MergedInTextOrder()
    {
        const string content = "In Douma a mortar fell and later in Harasta.";
        var document = Tokenized(content);
        document.Entities.Add(new EntityMention("", EntityType.Place, 3, 8, "Douma", "Douma", 0.9));
        document.Entities.Add(new EntityMention("", EntityType.Place, 36, 43, "Harasta", "Harasta", 0.9));

        Stage.Process(document, CancellationToken.None);

        Assert.Equal(["Douma", "mortar", "Harasta"], document.Entities.Select(e => e.Text));
    }

    [Fact]
    public void Process_NoTokens_NoEntities()
    {
        var document = new Document(Testimony(""));

        Stage.Process(document, CancellationToken.None);

        Assert.Empty(document.Entities);
    }

    [Fact]
    public void Process_TokensWithoutSentences_StillSpotted()
    {
        const string content = "a car bomb";
        var document = new Document(Testimony(content));
        document.Tokens.AddRange([new Token(0, 1, TokenKind.Word), new Token(2, 3, TokenKind.Word), new Token(6, 4, TokenKind.Word)]);

        Stage.Process(document, CancellationToken.None);

        Assert.Equal(["car bomb|WEAPON|car bomb|IED"], Render(document));
    }

    [Fact]
    public void Process_InterviewerTurnToo_Spotted()
    {
        const string content = "Q: Was it a drone?\nA: Yes.";
        var document = new Document(Testimony(content) with
        {
            Segments = [new Segment(3, 18, SpeakerRole.Interviewer, "Q", 0), new Segment(22, 26, SpeakerRole.Witness, "A", 1)],
        });
        new TestimonyNlp.Text.TextStage().Process(document, CancellationToken.None);

        Stage.Process(document, CancellationToken.None);

        Assert.Equal(["drone|WEAPON|drone|DRONE_STRIKE"], Render(document));
    }

    [Fact]
    public void Load_ModelsFolder_StageSpotsWithCommittedFiles()
    {
        var stage = LexiconSpotter.Load(LexiconFiles.Models);
        var document = Tokenized("A barrel bomb fell.");

        stage.Process(document, CancellationToken.None);

        Assert.Equal(["barrel bomb|WEAPON|barrel bomb|BARREL_BOMB"], Render(document));
    }

    [Fact]
    public void Load_FolderWithWrongVersion_Refused()
    {
        using var folder = new TempDirectory();
        File.Copy(LexiconFiles.PathOf("actors.tsv"), folder.File("actors.tsv"));
        folder.Write("weapons.tsv", "# format: testimony-weapons 9\n");

        var exception = Assert.Throws<ModelFormatException>(() => LexiconSpotter.Load(folder.Path));

        Assert.Equal(folder.File("weapons.tsv"), exception.File);
        Assert.Equal("format version 9 is not supported; this build reads '# format: testimony-weapons 1'", exception.Problem);
    }
}
