using static TestimonyNlp.Tests.Claims.Counts.CountTestHelper;

namespace TestimonyNlp.Tests.Claims.Counts;

/// <summary>Counts of part of a group told before ("one of the four", "the other two"), a couple named by its family,
/// the people after a verb of wounding, and lists the speaker heads with a pronoun or an age aside.</summary>
public sealed class GroupPartCountTests
{
    [Theory]
    [InlineData("Two of the four died.", "0:Two of the four 2/2 People")]
    [InlineData("One of the four, the teacher's wife, died two days later.", "0:One of the four 1/1 People")]
    [InlineData("Two of the five men were killed.", "0:Two of the five men 2/2 People")]
    public void Find_SomeOfTheGroup_CountsThePart(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Fact]
    public void Find_NotOneOfTheGroup_IsNoCountOfOne()
    {
        Assert.Equal("", RenderPeople("Not one of the three came back."));
    }

    [Theory]
    [InlineData("They killed the other two.", "12:the other two 2/2 People")]
    [InlineData("The other two, they took them in the car.", "0:The other two 2/2 People")]
    [InlineData("The other two boys also did not come back.", "10:two boys 2/2 People")]
    public void Find_TheOtherTwo_CountsTwo(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Fact]
    public void Find_CoupleNamedByItsFamily_CountsTwo()
    {
        Assert.Equal("37:the Quintero couple 2/2 People", RenderPeople("At night they killed our neighbours, the Quintero couple, in front of their house."));
    }

    [Theory]
    [InlineData("A grenade hit the shop, wounding two, the owner and a girl.", "33:two 2/2 People")]
    [InlineData("The shell fell in the queue, injuring five.", "38:five 5/5 People")]
    public void Find_FigureAfterAVerbOfWounding_CountsThePeople(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text).Split(" | ")[0]);
    }

    [Fact]
    public void Find_SpeakerAndHimInAList_CountsBoth()
    {
        Assert.Equal("9:me, him, our three children 5/5 People | 41:my elder sister 1/1 People", RenderPeople("We went, me, him, our three children, to my elder sister."));
    }

    [Fact]
    public void Find_AgeAsideInAListTheSpeakerHeads_KeepsTheList()
    {
        Assert.Equal("24:me, my son Matvii, he is nine, and my mother 3/3 People",
            RenderPeople("We went to the station, me, my son Matvii, he is nine, and my mother."));
    }

    [Theory]
    [InlineData("My son Taras, Kateryna and the two grandchildren left in February.", "0:My son Taras, Kateryna and the two grandchildren 4/4 People")]
    [InlineData("My brother Ramiro, Ramiro Barragan, and his son were taken.", "0:My brother Ramiro, Ramiro Barragan, and his son 2/2 People")]
    public void Find_NameAfterARelationNamedAlready_IsAnotherPersonUnlessTheNameIsRepeated(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }

    [Fact]
    public void Find_SpeakersGroupCountedAfterAVerbOfGoing_IsTheGroup()
    {
        Assert.Equal("0:We came eleven 11/11 People", RenderPeople("We came eleven, me, my wife, my mother, my sons and daughters, in two cars.").Split(" | ")[0]);
    }

    [Fact]
    public void Find_DestinationBeforeTheSpeakersList_IsNotInTheList()
    {
        Assert.Equal("44:me and my four children and my husband Siyar 6/6 People",
            RenderPeople("No. We went to Jinderes, to my sister Naze, me and my four children and my husband Siyar."));
    }

    [Theory]
    [InlineData("His boy died.", "0:His boy 1/1 People")]
    [InlineData("His wife died and his small girl.", "0:His wife 1/1 People | 18:his small girl 1/1 People")]
    public void Find_SomeonesChildByANounOfAge_IsOnePerson(string text, string expected)
    {
        Assert.Equal(expected, RenderPeople(text));
    }
}
