using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Classification;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Claims.Classification;

public sealed class FlightToldByPartyTests
{
    private static HarmSet[] Apply(string answer, params HarmSet[] harms) =>
        AssessedSentences.After(FlightToldByParty.Apply, "Q: And then?\nA: " + answer + "\n", harms);

    [Theory]
    [InlineData("We left with nothing, only the bag of papers.")]
    [InlineData("In March they ran again from Kupiansk, at night, with nothing.")]
    [InlineData("So we came down to the town the second time with nothing.")]
    public void Apply_GoingWithNothing_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We moved to my cousin Ilse in the north, the two of us and the cat.")]
    [InlineData("The next morning the volunteers took me from the third floor, with the dogs.")]
    [InlineData("My nephew came with his van and took me and Greta with her cat.")]
    public void Apply_GoingWithPets_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("I stayed with the cat.")]
    [InlineData("My wife left in the spring; I stayed for the house and the dog.")]
    [InlineData("We were in the cellar, my husband and me, and the cat.")]
    [InlineData("Every day we walked to the river for water, with the donkey.")]
    public void Apply_PetsWithNoFlight_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("My uncle took his family to Poltava after that.")]
    [InlineData("The neighbour took her two grandchildren to Lviv the same week.")]
    [InlineData("When the road opened, Ivo took his old father to the lake town.")]
    public void Apply_AnothersPeopleTakenToPlace_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("In the autumn I sent my wife and the boys to my cousin in Varna.")]
    [InlineData("Olek sent his three daughters away with the neighbour.")]
    public void Apply_FamilySentAway_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("In the spring we moved to my aunt in Tarvel, near the mill.")]
    [InlineData("We went, nine people from my mother's side, to my uncle in the lake town.")]
    [InlineData("She walked with the boys to her brother's house across the valley.")]
    [InlineData("Then we drove to my wife's family in Orsk.")]
    public void Apply_GoingToKin_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Men came to my brother at the shop.")]
    [InlineData("He went to the family of the baker.")]
    [InlineData("She went to my sister's wedding.")]
    public void Apply_NoGoingToKin_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Fact]
    public void Apply_GoingToKinAfterFlight_Unchanged()
    {
        var harms = Apply(
            "At dawn we fled the town. We went to my aunt in Tarvel.", HarmSet.None, HarmSet.Displaced, HarmSet.None);

        Assert.Equal([HarmSet.None, HarmSet.Displaced, HarmSet.None], harms);
    }

    [Theory]
    [InlineData("The five members of her family crossed the lake at night.")]
    public void Apply_MembersOfFamilyGoing_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The members of his family went to fetch the goats.")]
    [InlineData("The members of my family were at the wedding.")]
    public void Apply_MembersOfFamilyNotFleeing_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("My aunt sent her two sons with the cart to fetch the melons.")]
    [InlineData("I sent my brother a letter in June.")]
    public void Apply_FamilySentOnErrand_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Ruth and her two sons left in May.")]
    [InlineData("In the spring me and my daughter went north.")]
    [InlineData("Tomas and his family (six people) moved to the coast.")]
    [InlineData("Pavel and his wife Vera, drove to the lake town.")]
    public void Apply_FamilyGoingWithAnother_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Ruth and her two sons were at home all winter.")]
    [InlineData("We cooked and the boys played, then we went to sleep.")]
    [InlineData("Pavel and his wife, who were tired, went home.")]
    [InlineData("Ruth and her neighbours left in May.")]
    public void Apply_FamilyNotGoing_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Bruno and his sons went to dig in the garden.")]
    [InlineData("My aunt and her daughter came back to look for the goat.")]
    public void Apply_FamilyGoingOnErrand_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("The whole village went down to the river that night.")]
    [InlineData("Half the town ran with the soldiers to the east.")]
    [InlineData("All the villages crossed to the other bank.")]
    public void Apply_WholePlaceGone_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("After the shelling nine families from the hill left for Dorvik.")]
    [InlineData("In those weeks thousands crossed into the valley with their goats.")]
    [InlineData("Then about two hundred people came down, to Dorvik and the port.")]
    [InlineData("Many people of the lower street fled on the tractors.")]
    public void Apply_CrowdGone_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("Most families had already left Dorvik by then.")]
    [InlineData("The soldiers slept in the houses of the families who left.")]
    [InlineData("They burned the barns after the families left.")]
    [InlineData("Many people came to the burial of the teacher.")]
    [InlineData("Thousands ran into the square when the first shell fell.")]
    [InlineData("Many people left in the spring, but my father stayed for the cows.")]
    [InlineData("Three families in Dorvik, nobody was left of them.")]
    public void Apply_CrowdNotFleeing_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("At dawn we ran to the army with the children.")]
    [InlineData("In March my uncle walked out to the SDF with his sons.")]
    [InlineData("Nadia crossed over to the UN compound with the baby.")]
    public void Apply_GoingToSide_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("In May we went out on the buses to the north.")]
    [InlineData("Then they let us take the green buses, me and my son.")]
    public void Apply_GoingOnEvacuationBuses_Displaced(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("We broke the fast with nothing, only dates.")]
    [InlineData("With nothing in the house we went to the market.")]
    [InlineData("I took my daughters to the roof because of the smoke.")]
    [InlineData("He took his phone to the office in Sumy.")]
    [InlineData("Half the street burned and the people went to look.")]
    [InlineData("I ran to the side of the road to help him.")]
    [InlineData("The soldiers came out to the army trucks.")]
    [InlineData("He went to the army office to ask about his son.")]
    [InlineData("The shelling went on every day until we left on the buses.")]
    [InlineData("Samir did not come on the buses with us.")]
    [InlineData("We went to the market where the buses stop.")]
    public void Apply_NoFlightTold_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.None], Apply(answer, HarmSet.None, HarmSet.None));
    }

    [Theory]
    [InlineData("My wife took the children and crossed the river at night.")]
    [InlineData("She took her two boys and her mother and went to the coast.")]
    public void Apply_DetentionTellingPeopleTakenAlong_DisplacedInstead(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Displaced], Apply(answer, HarmSet.None, HarmSet.Detained));
    }

    [Fact]
    public void Apply_PeopleTakenAlongWithKillingAndNoDeath_DisplacedOnly()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Displaced],
            Apply("After the shelling my wife took the children and crossed the river.", HarmSet.None, HarmSet.Detained | HarmSet.Killed));
    }

    [Fact]
    public void Apply_PeopleTakenAlongWithDeathTold_KillingKept()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed | HarmSet.Displaced],
            Apply("My wife took the children and crossed, and a mine killed her.", HarmSet.None, HarmSet.Detained | HarmSet.Killed));
    }

    [Theory]
    [InlineData("They took the boys and went away in the trucks.")]
    [InlineData("My wife took the children to the cellar.")]
    [InlineData("The soldiers took their sons and left.")]
    public void Apply_DetentionTellingNoFlight_Unchanged(string answer)
    {
        Assert.Equal([HarmSet.None, HarmSet.Detained], Apply(answer, HarmSet.None, HarmSet.Detained));
    }

    [Fact]
    public void Apply_SentenceWithHarm_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.Killed],
            Apply("They shot my cousin and we left with nothing.", HarmSet.None, HarmSet.Killed));
    }

    [Fact]
    public void Apply_InterviewerSentence_Unchanged()
    {
        Assert.Equal(
            [HarmSet.None, HarmSet.None],
            AssessedSentences.After(
                FlightToldByParty.Apply, "Q: Did you leave with nothing?\nA: Yes.\n", [HarmSet.None, HarmSet.None]));
    }

    [Fact]
    public void Apply_Flight_TakesRuleConfidence()
    {
        var document = CraftedTranscript.Tokenized("Q: And then?\nA: We left with nothing.\n");
        var assessments = new[] { SentenceAssessment.NoHarm, SentenceAssessment.NoHarm };
        FlightToldByParty.Apply(document, assessments);
        Assert.Equal(HarmSet.Displaced, assessments[1].Harms);
        Assert.Equal(FlightToldByParty.HarmConfidence, assessments[1].HarmConfidence);
    }
}
