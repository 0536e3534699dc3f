using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// People taken together: the one the verb names and those named or counted with them, each once, but not the armed
/// men who took them nor someone named again.
/// </summary>
public sealed class TakenWithOthersTests
{
    private const string Header = "Date of interview: 3 March 2024\n\nQ: What happened to your family?\nA: ";

    private static string Toll(string answer) => AnswerToll(Header, answer, HarmSet.Detained, Basis.Witnessed);

    [Fact]
    public void Build_PronounAndANameAfterTheVerb_CountsBoth()
    {
        Assert.Equal("2/2", Toll("In October six men with rifles came to the mine in Segovia and took him and Ubaldo, his partner."));
    }

    [Fact]
    public void Build_RelationOwnedByAnUnknownNoun_IsOnePersonOfTheList()
    {
        Assert.Equal("2/2", Toll("The soldiers came to Kanbalu in January and took my husband Ko Myint Oo and the headman's son."));
    }

    [Fact]
    public void Build_ListedGroupAfterWith_AddsTheOneTheyWentWith()
    {
        Assert.Equal("3/3", Toll("They took him from the house in Aitaroun with two neighbours, old men like him."));
    }

    [Fact]
    public void Build_PronounForSomeoneNamedBefore_IsNotCountedAgain()
    {
        Assert.Equal("3/3", Toll("My cousin Omar Sanguino, they arrested him with his two brothers, Alirio and Nelson, in Cucuta."));
    }

    [Fact]
    public void Build_PronounBeforeACommaAndOthers_CountsThemAll()
    {
        Assert.Equal("3/3", Toll("The men of Daesh came to our orchard and they took him, and two boys of our cousin, Samiullah and Ihsan."));
    }

    [Fact]
    public void Build_ArmedMenCountedBesideThey_AreNotTaken()
    {
        Assert.Equal("10/10", Toll("They took him out of the line, two soldiers, the DNR ones, and they put him in a bus with other men, maybe ten men, and they drove away."));
    }

    [Fact]
    public void Build_MenWithAutomatics_AreNotTaken()
    {
        Assert.Equal("1/1", Toll("The occupiers came to the flat at six in the morning, four men with automatics, and took Andrii."));
    }

    [Fact]
    public void Build_OthersCountedInTheSpeakersList_AreAddedToIt()
    {
        Assert.Equal("4/4", Toll("They took me, my neighbour's son Amanuel, and two others from our street."));
    }

    [Fact]
    public void Build_PronounSaidAgainBeforeOthers_IsOnePerson()
    {
        Assert.Equal("5/5", Toll("At the checkpoint at the entrance of the town they took him, him and four other boys."));
    }

    [Fact]
    public void Build_HimAndAListedGroup_CountsHim()
    {
        Assert.Equal("3/3", Toll("In May the militia came to our house in Homs and pulled him from the bed, him and his two cousins, Yazan and Firas."));
    }

    [Theory]
    [InlineData("At the checkpoint near Jowhar they took him and the driver's boy, to make them carry ammunition.", "2/2")]
    [InlineData("At the checkpoint near Jowhar they took him and my neighbour's son.", "2/2")]
    [InlineData("At the checkpoint at Custom House in Maiduguri the army took him down, him and the driver's mate.", "2/2")]
    public void Build_HimAndSomeonesBoy_CountsBoth(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("On al-Rashid street, at a checkpoint, the army took me and Hatem and maybe fifty men, and they put us in trucks.", "52/52")]
    [InlineData("Me and my cousin Yaqub and about twenty others, they tied our hands and took us in a truck to Ardamata.", "22/22")]
    [InlineData("In Butembo my cousin Vagheni, Mumbere Vagheni, was taken with five others.", "6/6")]
    public void Build_GroupJoinedToListedPeople_AddsToThem(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("In October Talibs came to our house in Qala-e-Fathullah, where we lived then, at night, four of them, and dragged him out.", "1/1")]
    [InlineData("In Kabul they took my father, and dragged him to the car.", "1/1")]
    public void Build_GroupJoinedToAVerbDoneToOne_DidIt(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("Yes, by the Hashd, at a farm. They put the men on one side, and they put my husband Faisal in the car, with my brother-in-law Mustafa.", "2/2")]
    [InlineData("Yes, by the Hashd, at a farm. They put the men on one side, and they put my husband Faisal in the car, with his two cousins.", "3/3")]
    [InlineData("Yes, by the Hashd, at a farm. They put the men on one side, and they put my husband Faisal in the car, with the hands tied.", "1/1")]
    public void Build_PersonWithAnotherJoinedAfter_CountsBoth(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }
}
