using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The party of a flight the speaker went with: the speaker counted once, the groups joined to the one read, a total
/// given for the party, and a crowd they went with counted as it is.
/// </summary>
public sealed class FlightPartyTests
{
    private const string Header = "Date of interview: 4 May 2022\n\nQ: When did you leave?\nA: ";

    private static string Party(string answer) =>
        AnswerToll(Header, answer, HarmSet.Displaced, Basis.Experienced);

    [Fact]
    public void Build_SpeakerAloneByI_CountsTheSpeaker()
    {
        Assert.Equal("1/1", Party("So I stayed in Rafah, alone, my wife and children are still in Jabalia."));
    }

    [Fact]
    public void Build_SpeakerAloneByMe_CountsTheSpeaker()
    {
        Assert.Equal("1/1", Party("The volunteers took me and the two goats to Zmiiv in a van."));
    }

    [Fact]
    public void Build_SpeakerWithOwnParty_StaysUncountedByTheSpeaker()
    {
        Assert.Equal("null/null", Party("The volunteers took me and my family to Zmiiv in a van."));
    }

    [Fact]
    public void Build_FlightWithACrowd_CountsTheCrowdAlone()
    {
        Assert.Equal("40/40", Party("We crossed the river to Kilis by boat with maybe forty people."));
    }

    [Fact]
    public void Build_FlightWithOwnPeople_AddsTheSpeaker()
    {
        Assert.Equal("5/5", Party("In April I went down to Hama with the four children."));
    }

    [Fact]
    public void Build_PartyWithATotal_TakesTheTotal()
    {
        Assert.Equal("6/6", Party("We left Hama at night, me, my husband, the two boys and my mother-in-law, six people in one car."));
    }

    [Fact]
    public void Build_GroupsJoinedByAnd_AreSummed()
    {
        Assert.Equal("8/8", Party("We came to Kilis on a truck, my wife and me and our six."));
    }

    [Fact]
    public void Build_PartyAndACrowdWithUs_AreSummed()
    {
        Assert.Equal("23/23", Party("We left Mosul on foot, me, my husband Tariq and my mother, and with us maybe twenty people from the village."));
    }

    [Fact]
    public void Build_PartyAndALargeCrowd_CountsTheCrowdAlone()
    {
        Assert.Equal("4000/4000", Party("My sister and I, and maybe four thousand people, we walked out of Homs that week."));
    }

    [Theory]
    [InlineData("In April we went to Amman, me, Karim, our son.", "3/3")]
    [InlineData("We went to Irbid by bus, me, Salwa, my husband and my mother.", "4/4")]
    public void Build_ListHeadedByTheSpeaker_CountsEachItemSetOff(string answer, string expected)
    {
        Assert.Equal(expected, Party(answer));
    }

    [Fact]
    public void Build_NameAfterOwnKinInASpeakerList_CountsOneMore()
    {
        Assert.Equal("4/4", Party("We went to Irbid by bus, me, my husband, Tariq, and his mother."));
    }

    [Fact]
    public void Build_NameAfterAnothersKinInASpeakerList_NamesThatPerson()
    {
        Assert.Equal("3/3", Party("We went to Irbid by bus, me, my husband and his mother, Hajja Mona."));
    }

    [Theory]
    [InlineData("The same night we walked to Kabul, with thousands of others, to the camp.", "2000/null")]
    [InlineData("Many people left in those days, thousands, the road to Herat was one line of cars.", "2000/null")]
    [InlineData("Everybody went to the west, near the border, tens of thousands from all the valley.", "20000/null")]
    public void Build_CrowdToldByACollectiveAlone_CountsTheCollective(string answer, string expected)
    {
        Assert.Equal(expected, Party(answer));
    }

    [Fact]
    public void Build_CollectiveOfThings_IsNoCrowd()
    {
        Assert.Equal("null/null", Party("We left Kandahar in the night, we walked hundreds of kilometres to the border."));
    }

    [Fact]
    public void Build_NameAndIBeforeAVerbOfGoing_CountsTheSpeaker()
    {
        Assert.Equal("2/2", Party("My daughter Hiwot and I moved to my brother's house here in Addis in October."));
    }

    [Fact]
    public void Build_SpeakerTookOwnGroup_AddsTheSpeaker()
    {
        Assert.Equal("6/6", Party("On Sunday. I took the five children and we walked to Anka, then a bus to Gusau."));
    }

    [Fact]
    public void Build_SpeakerLeftWithPeopleNamed_AddsTheSpeaker()
    {
        Assert.Equal("3/3", Party("On the 7th I left the farm with Deiver and Yordan, with only two bags."));
    }

    [Fact]
    public void Build_GroupTheSpeakerIsOneOf_IsNotAddedTo()
    {
        Assert.Equal("8/8", Party("The militia burned our village. My father, my mother and we six children walked to Kalma, three days."));
    }

    [Theory]
    [InlineData("In the middle of December. Me and my father, and Ammar's mother.", "3/3")]
    [InlineData("In April, me, Omar, Nour and the small one, Ruqaya. By bus to the border.", "4/4")]
    public void Build_ListWithANamesRelationOrAChildByAnAdjective_CountsThemAsPeople(string answer, string expected)
    {
        Assert.Equal(expected, Party(answer));
    }

    [Fact]
    public void Build_PartySummedUpByAFigure_TakesNoOneMore()
    {
        Assert.Equal("7/7", Party("He left Murzuq with his wife, his mother and four children, seven in one car, on the 22nd, to Sabha."));
    }

    [Fact]
    public void Build_SpeakerAndHimListed_CountsTheParty()
    {
        Assert.Equal("5/5", Party("We went, me, him, our three children, to my elder sister in her village near Kanni."));
    }

    [Theory]
    [InlineData("On the 3rd I left the village with Omar and Rayan, the younger one, with one bag, and we went to Idlib to the house of my sister Huda.", "3/3")]
    [InlineData("Then we left, at the start of May, to the house of my uncle Sabri in Zakho.", "null/null")]
    [InlineData("In March I took my family to Amman, to my brother.", "null/null")]
    public void Build_WhereAndToWhomTheyWent_IsNoPartOfTheParty(string answer, string expected)
    {
        Assert.Equal(expected, Party(answer));
    }

    [Theory]
    [InlineData("Eleven families from our village left in one year, to Saravena, to Arauca.", "11/11")]
    [InlineData("The next day the whole vereda left, forty-three families, in the boats, down to Tumaco.", "43/43")]
    [InlineData("After the fighting in June, twelve families went down to the town, maybe fifteen.", "12/15")]
    [InlineData("Everybody left the village after that, more than a hundred families.", "101/null")]
    public void Build_FlightCountedInFamilies_TakesTheFamilies(string answer, string expected)
    {
        Assert.Equal(expected, AnswerToll(Header, answer, HarmSet.Displaced, Basis.Witnessed));
    }

    [Fact]
    public void Build_FamiliesWhereTheyStayed_AreNoToll()
    {
        Assert.Equal("null/null", AnswerToll(Header, "In Benghazi we slept in a school, three families in one classroom.", HarmSet.Displaced, Basis.Witnessed));
    }

    [Fact]
    public void Build_FigureWithTheSpeakersKin_TakesThemIn()
    {
        Assert.Equal("14/14", Party("Two days after, we left, all of us, 14 with my brothers, on a tractor."));
    }

    [Fact]
    public void Build_GroupCountedBeforeWith_GoesWholeInsteadOfTheSpeaker()
    {
        Assert.Equal("6/6", Party("In March her parents left al-Masbah for al-Turba with her four sisters, after a shell hit the house next door."));
    }
}
