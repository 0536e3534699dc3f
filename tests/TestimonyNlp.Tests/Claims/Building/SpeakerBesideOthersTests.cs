using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The victims told one by one beside each other: the speaker's own wound beside another's ("I was hit ..., and my
/// neighbour ... lost hearing": 2), a person named after the one who owns them ("the son of my uncle, Fadi": the son),
/// "another" before one person ("and another boy, Walid": one more), and the speaker's own wound told with no count
/// ("I had cuts on my arm": 1).
/// </summary>
public sealed class SpeakerBesideOthersTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: Was anyone hurt?\nA: ";

    private static string Toll(string answer, HarmSet harm) => AnswerToll(Header, answer, harm, Basis.Experienced);

    [Theory]
    [InlineData("I was hit in the back by the glass, and my neighbour, Rami, he lost hearing in one ear.", "2/2")]
    [InlineData("My hand, here, a piece cut it, and my aunt Mariam was hurt in her hip.", "2/2")]
    [InlineData("The ceiling fell on me, my arm was broken, and Hana had cuts on her face.", "2/2")]
    public void Build_SpeakerWoundBesideAnother_CountsTheSpeaker(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("I was not hurt, but my neighbour, Rami, lost hearing in one ear.", "1/1")]
    [InlineData("I saw with my eyes how my neighbour, Rami, was hit in the leg.", "1/1")]
    public void Build_NoWoundOfTheSpeaker_CountsTheOtherOnly(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("I had cuts on my arm from the glass, small ones.")]
    [InlineData("The roof came down on me, I broke two ribs.")]
    [InlineData("After the gas I was blind for some days.")]
    public void Build_SpeakerWoundWithoutCountOrOwnVote_CountsTheSpeaker(string answer)
    {
        // the sentences voted witnessed, so only the wound itself says the speaker is the one hurt
        Assert.Equal("1/1", AnswerToll(Header, answer, HarmSet.Injured, Basis.Witnessed));
    }

    [Theory]
    [InlineData("Many were wounded in the market of Hama, I cannot give a number.")]
    [InlineData("I was not hurt, but in the street many people were cut by the glass.")]
    public void Build_NoWoundOfTheSpeakerAndNoCount_LeavesTheCountNull(string answer)
    {
        Assert.Equal("null/null", AnswerToll(Header, answer, HarmSet.Injured, Basis.Witnessed));
    }

    [Theory]
    [InlineData("The son of my uncle, Fadi, his leg was broken, and another boy, Walid, was cut on the back.", "2/2")]
    public void Build_PersonNamedAfterTheirOwner_IsTheVictim(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("His friend Bilal Nasser died there, and another boy from the Khoury family, Elias.", "2/2")]
    public void Build_AnotherBeforeOnePerson_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("An old man who sold tea near the square, Yusuf Haddad, was hit by the pieces and died there, my brother saw his body.", "1/1")]
    [InlineData("Our neighbour Leila, an old woman, was killed in her kitchen by a shell. My wife washed her body.", "1/1")]
    public void Build_PersonWhoSawOrTendedTheDead_IsNoVictim(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_SeeingVerbAfterAnotherSubject_KeepsThePeopleNamed()
    {
        Assert.Equal("2/2", Toll("They shot them in the yard. Karim and Hassan, I saw them fall.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("In June I went with three other mothers to the gate of the prison, and the guards held us in a room at the gate, the four of us.", "4/4")]
    [InlineData("In June the guards held me in a room at the gate with three other mothers.", "4/4")]
    public void Build_SpeakerHeldWithOthersAlreadyListed_CountsTheSpeakerOnce(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Detained));
    }

    [Fact]
    public void Build_SpeakersWoundAndAnothersInSentencesOfTheirOwn_AreTwoClaims()
    {
        var claims = Build(
            Header + "My arm was broken, here, the plate is still inside. My wife Gunay, her head was cut, much blood.\n",
            ("My arm was", HarmSet.Injured, Basis.Experienced),
            ("My wife Gunay", HarmSet.Injured, Basis.Experienced));

        Assert.Equal(["1/1", "1/1"], claims.Select(c => TollAndEvidence(c).Toll).ToList());
    }

    [Fact]
    public void Build_SpeakersWoundAndAnothersAcrossASentenceOfNeither_AreTwoClaims()
    {
        var claims = Build(
            Header + "I broke my leg when the wall fell. They pulled me out in the night. My wife Gunay, her head was cut, much blood.\n",
            ("I broke my", HarmSet.Injured, Basis.Experienced),
            ("They pulled me", HarmSet.Injured, Basis.Experienced),
            ("My wife Gunay", HarmSet.Injured, Basis.Experienced));

        Assert.Equal(["1/1", "1/1"], claims.Select(c => TollAndEvidence(c).Toll).ToList());
    }

    [Fact]
    public void Build_AnothersWoundOpeningOnAndAfterASentenceOfNeither_StaysInTheClaim()
    {
        var claims = Build(
            Header + "I broke my leg when the wall fell. It is nothing. And my wife Gunay, her head was cut, much blood.\n",
            ("I broke my", HarmSet.Injured, Basis.Experienced),
            ("It is nothing", HarmSet.Injured, Basis.Experienced),
            ("And my wife", HarmSet.Injured, Basis.Experienced));

        Assert.Single(claims);
    }

    [Fact]
    public void Build_SpeakersWoundBesideAnothersInOneSentence_IsOneClaim()
    {
        var claims = Build(
            Header + "I was hit in the back by the glass, and my neighbour, Rami, he lost hearing in one ear.\n",
            ("I was hit", HarmSet.Injured, Basis.Experienced));

        Assert.Equal(["2/2"], claims.Select(c => TollAndEvidence(c).Toll).ToList());
    }
}
