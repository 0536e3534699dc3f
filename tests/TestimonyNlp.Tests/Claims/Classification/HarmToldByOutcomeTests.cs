using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class HarmToldByOutcomeTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(HarmToldByOutcome.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("The mill of Tomas in Kherson, my cousin says it is flat.")]
    [InlineData("Two buildings flat on the street in Izium.")]
    [InlineData("The whole clinic in Sumy folded down into the yard.")]
    [InlineData("The van of Petro was full of holes.")]
    [InlineData("The bus in Kharkiv was black metal after that.")]
    [InlineData("The tractor was only pieces.")]
    [InlineData("Her school in Mosul lost the roof and the east wall.")]
    [InlineData("The windows of the clinic in Sumy were shot through.")]
    [InlineData("A mortar broke the tank of the ward.")]
    [InlineData("The row of stalls by the river was burnt out.")]
    [InlineData("Our house in Irpin is just a hole now.")]
    [InlineData("The bakery of Tulio, the rest is a hole.")]
    [InlineData("Just a hole and bricks where the shop was.")]
    [InlineData("The whole house went down into the basement in Mosul.")]
    [InlineData("I saw the bakery go down.")]
    [InlineData("The cart, the donkey, nothing was left, only the wheels, black.")]
    [InlineData("My shop in Douma, nothing stayed.")]
    public void Apply_DamageToldByWhatWasLeft_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.PropertyDamage], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("In the spring the rockets destroyed the pickup of Andrii near Izium.")]
    [InlineData("The mortar broke the big water tank of the ward in Sumy.")]
    [InlineData("Then the soldiers blew up the houses of the teachers.")]
    [InlineData("In Kherson the old bakery of my aunt was destroyed.")]
    [InlineData("The clinic, it was also destroyed that week.")]
    [InlineData("Our house in the village was blown up in March.")]
    [InlineData("They burned the lorry near Buulobarde, with the sacks of sugar in it.")]
    [InlineData("The RSF burned two classrooms with petrol bombs.")]
    [InlineData("They set fire to the houses of straw in Kassab.")]
    [InlineData("They put fire on the shelters of the Nuer sector.")]
    [InlineData("They took the cart of Tomas and broke the pump.")]
    [InlineData("The gunmen burned the motorbikes of the teachers.")]
    public void Apply_PropertyRuinedByName_PropertyDamage(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.PropertyDamage], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Nobody destroyed his house, I asked in Izium.")]
    [InlineData("People said the soldiers destroyed the school in Kherson.")]
    [InlineData("They destroyed in the house everything of value.")]
    [InlineData("My shop burned in the night.")]
    [InlineData("Our house was damaged in 2006, we fixed it.")]
    [InlineData("The whole village was destroyed.")]
    [InlineData("The mortar made a hole in the field of my uncle.")]
    [InlineData("People said Daesh burned the old market in Mosul after we left.")]
    [InlineData("Nobody burned his house, I asked in Humera.")]
    [InlineData("They burned him in his house in Ogossagou.")]
    [InlineData("They opened fire on the house of Yusuf.")]
    [InlineData("The three floors came down on us.")]
    [InlineData("The families from the small houses went down there, to the basement.")]
    [InlineData("We went down to the basement of the house.")]
    [InlineData("There was nothing left to come for.")]
    [InlineData("I gave bandages until nothing was left.")]
    public void Apply_PropertyNotRuinedOrWordNotRead_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_RuinInSentenceWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("The bomb destroyed the car and killed the driver.", HarmSet.None, HarmSet.Killed));
    }

    [Theory]
    [InlineData("They kept my brother Oleksii nineteen days.")]
    [InlineData("The soldiers held him in a cellar behind the school.")]
    [InlineData("He was held at the post for eleven days.")]
    [InlineData("Oleksii spent thirty days with them.")]
    public void Apply_DetentionToldByHolding_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("In the night they took my husband out of the house in Tibu.")]
    [InlineData("Then the army came in and they took the men, the doctors also.")]
    [InlineData("At the bridge they took two boys from the canoe.")]
    public void Apply_TakingOfKin_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_TakingOfNamedPerson_Detained()
    {
        const string Content = "Q: And then?\nA: They took Kolya from the cellar in Bucha.\n";
        var document = CraftedTranscript.Tokenized(Content);
        var start = Content.IndexOf("Kolya", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Person, start, start + 5, "Kolya", null, 1.0));
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };

        HarmToldByOutcome.Apply(document, assessments);

        Assert.Equal([HarmSet.None, HarmSet.Detained], assessments.Select(a => a.Harms));
    }

    [Theory]
    [InlineData("They took my husband's car and his phone.")]
    [InlineData("They took my son to the hospital in Sumy.")]
    [InlineData("They took my husband to the yard and asked him about guns.")]
    [InlineData("We took my father to Deir el-Ahmar in the car.")]
    [InlineData("They wanted to take my son also, for their fighters.")]
    [InlineData("Some say he is with them, they took the boys to fight.")]
    [InlineData("At the checkpoint they took my son to one side, they searched him, and then they let him come with us.")]
    public void Apply_TakingOfThingsOrForCare_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("At the well of Kidal they put them on two motorbikes.")]
    [InlineData("The masked men pushed him into a grey jeep near the bakery.")]
    [InlineData("They tied his hands and put him in the back of their van.")]
    [InlineData("At the bridge the soldiers put the men in two trucks.")]
    public void Apply_PeopleLoadedIntoVehicle_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We put him in my uncle's taxi and drove fast.")]
    [InlineData("The wounded, they put them into a neighbour's van.")]
    [InlineData("At dusk the soldiers put them in a grave beside two trucks.")]
    [InlineData("They put the bags in the car and left.")]
    public void Apply_LoadedByOwnPeopleOrForCareOrThings_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("At dawn four gunmen dragged my cousin Idrissa out of the mill.")]
    [InlineData("They dragged out the teacher and his two sons, in Gao.")]
    public void Apply_DraggedOut_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We dragged the bodies out of the mill at dawn.")]
    [InlineData("The neighbours dragged the wounded boy from the street to the clinic.")]
    [InlineData("The war dragged on for two more years.")]
    public void Apply_DraggedDeadOrWoundedOrNoPlace_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_LoadedIntoVehicleGivenInjury_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured],
            Apply("They put him on the motorbike with blood on his leg.", HarmSet.None, HarmSet.Injured));
    }

    [Theory]
    [InlineData("A lawyer called us and said Tareq is in Ofer prison, with no charge.")]
    [InlineData("He is in a prison there, in Israel.")]
    [InlineData("The Red Cross wrote that he is registered as a prisoner in Taganrog.")]
    [InlineData("His friend Taras is also a prisoner now, his mother told me.")]
    [InlineData("Ammar, we heard he is in the jail in Hodeidah city.")]
    [InlineData("Three years they gave him, for the Facebook.")]
    [InlineData("Ma Hnin Wai, she is still inside, eight months they gave her.")]
    public void Apply_HoldingToldByPrison_Detained(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We do not know if he is in a prison or in a grave.")]
    [InlineData("Maybe he is in a prison in the east.")]
    [InlineData("I pray he is a prisoner, a prisoner can come back.")]
    [InlineData("Some say she is in Obo prison in Mandalay.")]
    [InlineData("The Red Cross says he is not in the prison of Taganrog.")]
    [InlineData("The old prison of the town is a school now.")]
    [InlineData("He was a guard in the prison before the war.")]
    [InlineData("They gave him three years of school in Monywa.")]
    [InlineData("For years they gave us nothing.")]
    public void Apply_PrisonDoubtedOrNoHolding_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Petro lost the left foot near Izium.")]
    [InlineData("My uncle lost three fingers.")]
    [InlineData("Her brother lost his hearing after that.")]
    [InlineData("The soldier shot him in the knee at the bridge in Kherson.")]
    [InlineData("The guard shot me in the chest at the bridge.")]
    [InlineData("Oleksii got hit in the head by a stone from the wall.")]
    [InlineData("One bullet in his shoulder, near Sumy.")]
    [InlineData("Oleksii has marks on his back from the cable.")]
    [InlineData("His legs were all marks.")]
    [InlineData("I was blind for six days.")]
    [InlineData("Her arm was broken that night.")]
    [InlineData("We found Ivan in the yard with his leg broken.")]
    [InlineData("The son of Sidi, Abakar, he was burned on the face.")]
    [InlineData("My own hands were burned, I tried to take my money box out.")]
    public void Apply_InjuryToldByWhatWasLeft_Injured(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The Petrenko family left Izium with what they wore.")]
    [InlineData("We went out with what we were wearing, nothing more.")]
    [InlineData("My aunt went to Poltava with one bag.")]
    [InlineData("We slept four nights in the open near Sumy.")]
    [InlineData("They slept in the car two weeks.")]
    [InlineData("We slept under the olive trees at the border.")]
    public void Apply_FlightToldByWhatWasTaken_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("My cousin Taras had a bullet in the head.")]
    [InlineData("Old Mykola burned inside his house in Izium.")]
    [InlineData("Two more left us at the clinic in Sumy that night.")]
    [InlineData("We wrapped him in a white sheet.")]
    [InlineData("I closed his eyes myself.")]
    [InlineData("The sniper took him in the neck near the bridge.")]
    [InlineData("They brought Ivan back to his mother in a blanket.")]
    [InlineData("Taras, my nephew, they shot him in the heart by the mill.")]
    [InlineData("Old Mykola was shot in the neck at the gate.")]
    public void Apply_DeathToldByBodyOrBurial_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("They had shot him behind the mill.")]
    [InlineData("The soldiers shot two herders near the well.")]
    [InlineData("They separated the men and shot them.")]
    [InlineData("Taras, twenty years, was shot crossing the square to bring water.")]
    [InlineData("My brother Omar was shot by the camel pen.")]
    [InlineData("Karim ran to bring his sheep, they shot him at the gate.")]
    [InlineData("My colleague, he lost his wife there.")]
    [InlineData("Our neighbour lost two children in the market.")]
    [InlineData("I saw him on the road, he did not move.")]
    [InlineData("Two of them were on the ground, not moving.")]
    [InlineData("My uncle was not moving.")]
    public void Apply_DeathToldByShootingLossOrStillness_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("In the morning there were bodies on the road to the bakery.")]
    [InlineData("I saw the bodies in the orchard, many.")]
    [InlineData("Other bodies were still by the well when she came.")]
    public void Apply_BodiesLyingInPlace_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("I did not see the bodies by the road.")]
    [InlineData("Nobody was there, or we would have seen bodies in the rooms.")]
    [InlineData("The bodies were taken, in the evening, to the clinic.")]
    [InlineData("There were bodies, on the road.")]
    [InlineData("We carried the bodies.")]
    public void Apply_BodiesNotLyingInPlace_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_PeopleInsidePlaceStruckBefore_Killed()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.PropertyDamage, HarmSet.Killed],
            Apply(
                "The jet hit the van of Teodor near the bridge. Three men were inside.",
                HarmSet.None,
                HarmSet.PropertyDamage,
                HarmSet.None));
    }

    [Theory]
    [InlineData("A shell hit the bakery of Ilya, maybe thirty people inside.")]
    [InlineData("The roof of Marta fell, her husband and two small girls were all inside.")]
    public void Apply_PeopleInsidePlaceStruck_KilledBesideDamage(string answer)
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.PropertyDamage | HarmSet.Killed],
            Apply(answer, HarmSet.None, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("A shell hit the bakery, we were inside.")]
    [InlineData("A shell hit the bakery, nobody was inside.")]
    [InlineData("A shell hit the school when the fighters were inside.")]
    [InlineData("A shell hit the cafe, many men were inside.")]
    [InlineData("A shell hit the hall, five of them were inside.")]
    [InlineData("Three men were inside the shop of Pavlo.")]
    public void Apply_PeopleInsideUnread_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The clinic took in twelve wounded, three died before the night.")]
    [InlineData("Two of the injured died on the road to Dnipro.")]
    public void Apply_DeathBesideWoundGivenInjury_KilledAdded(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured | HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.Injured));
    }

    [Theory]
    [InlineData("He was wounded in the arm, he almost died.")]
    [InlineData("Nobody died, only six were wounded.")]
    [InlineData("The radio said four killed and nine wounded.")]
    [InlineData("My uncle was injured, and two goats died.")]
    [InlineData("Many were wounded near the well.")]
    public void Apply_DeathBesideWoundUnread_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.Injured));
    }

    [Theory]
    [InlineData("The rocket went through the roof of her room, and old Mona died under it.")]
    [InlineData("The shell hit the shop of Pavlo and killed the baker.")]
    public void Apply_DeathBesideDamageGivenDamage_KilledAdded(string answer)
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.PropertyDamage | HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("All the dead in our lane came from the next buildings, and the bakery burned.")]
    [InlineData("The shell hit the barn and two cows died.")]
    [InlineData("The water was cut and the crops died.")]
    [InlineData("The shell hit the shop, nobody died.")]
    [InlineData("The radio said the market burned and five were killed.")]
    [InlineData("A shell struck the school roof in Izium.")]
    public void Apply_DeathBesideDamageUnread_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.PropertyDamage], Apply(answer, HarmSet.None, HarmSet.PropertyDamage));
    }

    [Fact]
    public void Apply_NamedPersonLost_Killed()
    {
        const string Content = "Q: And then?\nA: We lost Oleh at the end of May.\n";
        var document = CraftedTranscript.Tokenized(Content);
        var start = Content.IndexOf("Oleh", StringComparison.Ordinal);
        document.Entities.Add(new EntityMention("e1", EntityType.Person, start, start + 4, "Oleh", null, 1.0));
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };

        HarmToldByOutcome.Apply(document, assessments);

        Assert.Equal([HarmSet.None, HarmSet.Killed], assessments.Select(a => a.Harms));
    }

    [Theory]
    [InlineData("They shot at the soldiers from the hill.")]
    [InlineData("I was shot near the bakery.")]
    [InlineData("They shot me and my cousin.")]
    [InlineData("A sniper shot him in the face near the well.")]
    [InlineData("If they found us, they would have shot my brothers.")]
    [InlineData("Nobody was shot in our street.")]
    [InlineData("And my goats, they shot them in the field.")]
    [InlineData("The camels of my uncle were shot near the well.")]
    [InlineData("In the morning they shot two cows of Karim.")]
    [InlineData("They were shot at on the road by the river.")]
    [InlineData("He was shot, but he survived.")]
    [InlineData("She lost the baby.")]
    [InlineData("He lost his family, he is alone now.")]
    [InlineData("I would have lost my brothers too.")]
    [InlineData("I did not move until the night.")]
    [InlineData("The car went into the ditch and did not move.")]
    public void Apply_ShootingLossOrStillnessOfNoDeath_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_ShootingInTurnWithKilling_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None, HarmSet.Killed],
            AssessedSentences.After(
                HarmToldByOutcome.Apply,
                "Q: And then?\nA: They shot him at the gate. He died there.\n",
                [HarmSet.None, HarmSet.None, HarmSet.Killed]));
    }

    [Fact]
    public void Apply_BodiesInTurnWithKilling_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed, HarmSet.None],
            AssessedSentences.After(
                HarmToldByOutcome.Apply,
                "Q: And then?\nA: The shell killed four men. We saw the bodies on the road.\n",
                [HarmSet.None, HarmSet.Killed, HarmSet.None]));
    }

    [Fact]
    public void Apply_ShootingWithWoundToldNext_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None, HarmSet.None],
            AssessedSentences.After(
                HarmToldByOutcome.Apply,
                "Q: And then?\nA: My cousin Anton, he was shot.\nThe bullet went through the leg, he lives.\n",
                [HarmSet.None, HarmSet.None, HarmSet.None]));
    }

    [Theory]
    [InlineData("They cut him at his door in Bunia.")]
    [InlineData("They were cut with machetes behind the chapel.")]
    [InlineData("They cut them in the yard, the father and his two sons.")]
    public void Apply_InjuryToldAsKillingByBlade_Killed(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Killed], Apply(answer, HarmSet.None, HarmSet.Injured));
    }

    [Theory]
    [InlineData("The glass cut her face and her arm.")]
    [InlineData("They cut him on the head with a stick, he lives.")]
    public void Apply_CutOfBodyPart_StaysInjured(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Injured], Apply(answer, HarmSet.None, HarmSet.Injured));
    }

    [Fact]
    public void Apply_FatalShotInSentenceOfInjury_Killed()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("The son of Baraka, a bullet in the head.", HarmSet.None, HarmSet.Injured));
    }

    [Fact]
    public void Apply_FatalShotInSentenceOfInjuryBesideKilling_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed, HarmSet.Injured],
            AssessedSentences.After(
                HarmToldByOutcome.Apply,
                "Q: And then?\nA: They found Karim near the mill. He was shot in the neck.\n",
                [HarmSet.None, HarmSet.Killed, HarmSet.Injured]));
    }

    [Fact]
    public void Apply_BladeKillingInSentenceOfInjuryAndDamage_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Injured | HarmSet.PropertyDamage],
            Apply("They cut him at the door and burned the shop.", HarmSet.None, HarmSet.Injured | HarmSet.PropertyDamage));
    }

    [Theory]
    [InlineData("Petro has marks on his face.")]
    [InlineData("My grandmother walks with a stick.")]
    [InlineData("He came back with no teeth, he had lost the teeth in front.")]
    [InlineData("In the summer we sat under the olive trees.")]
    [InlineData("We broke the fast with nothing, only dates.")]
    [InlineData("Somebody took the old man in a blanket to the car.")]
    public void Apply_NoInjuryOrFlightTold_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_InjurySentence_TakesPersonConfidence()
    {
        var document = CraftedTranscript.Tokenized("Q: And then?\nA: Petro lost the left foot.\n");
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };
        HarmToldByOutcome.Apply(document, assessments);
        Assert.Equal(HarmToldByOutcome.PersonHarmConfidence, assessments[1].HarmConfidence);
    }

    [Fact]
    public void Apply_WoundInSentenceWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("The shell killed two and Ivan lost his hand.", HarmSet.None, HarmSet.Killed));
    }

    [Theory]
    [InlineData("At the checkpoint in Sumy they held me two hours, then they let me go.")]
    [InlineData("We kept the goats in the yard for two years.")]
    [InlineData("My mother keeps the shirts of my uncle folded.")]
    [InlineData("Some of the dead were in pieces.")]
    public void Apply_NoHarmTold_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_WreckInSentenceWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("The shell hit the bus and it was black metal, six died inside.", HarmSet.None, HarmSet.Killed));
    }

    [Fact]
    public void Apply_HoldingInSentenceWithHarm_DetainedAdded()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Displaced | HarmSet.Detained],
            Apply("They drove us out of Sinjar and held us in a hall in Mosul, four months.", HarmSet.None, HarmSet.Displaced));
    }

    [Fact]
    public void Apply_AllFlat_Unchanged()
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply("The fields near Sumy are all flat.", HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(
                HarmToldByOutcome.Apply, "Q: Was the house flat?\nA: Yes.\n", [HarmSet.None, HarmSet.None]));
    }

    [Fact]
    public void Apply_DamageSentence_TakesRuleConfidence()
    {
        var document = CraftedTranscript.Tokenized("Q: And then?\nA: The shop was full of holes.\n");
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };
        HarmToldByOutcome.Apply(document, assessments);
        Assert.Equal(HarmToldByOutcome.HarmConfidence, assessments[1].HarmConfidence);
    }
}
