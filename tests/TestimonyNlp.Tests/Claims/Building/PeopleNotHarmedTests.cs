using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// People in the evidence of a claim the harm was not done to: one set right after a word of the rival harm ("it killed
/// a man, X, seventy years, and his grandson was injured": X is not wounded), one the speaker takes back ("X... no, Y"), another name of
/// someone named ("X we call him Y", "X, Y we say") and one the harm spared ("she was not hurt", "X was not inside").
/// </summary>
public sealed class PeopleNotHarmedTests
{
    private const string Header = "Date of interview: 9 October 2019\n\nQ: Was anyone hurt?\nA: ";

    private static string Toll(string answer, HarmSet harm) => AnswerToll(Header, answer, harm, Basis.Experienced);

    [Theory]
    [InlineData("A shell fell near the school and it killed a man, Omar Saleh, seventy years, and his grandson was injured.", "1/1")]
    [InlineData("One man died, the baker, Karim Nasser, and his son lost an eye.", "1/1")]
    public void Build_PersonSetAfterTheRivalHarm_IsNotWounded(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Fact]
    public void Build_PersonAfterTheBodyOf_KeepsTheSpeakerAlone()
    {
        Assert.Equal("1/1", Toll("I was shot in the leg and I lay in the ditch under the body of a man.", HarmSet.Injured));
    }

    [Fact]
    public void Build_CutBesideAnotherWound_CountsBoth()
    {
        Assert.Equal("2/2", Toll("My colleague Salma Haddad lives on the fifth floor. She was cut on the arms, and her husband Fadi broke his leg on the stairs.", HarmSet.Injured));
    }

    [Fact]
    public void Build_OwnerNamedInAnotherSentence_IsStillCounted()
    {
        Assert.Equal("2/2", Toll("Hana and Rima, nobody has seen them since. The men phoned the brother of Hana one time, in May, then nothing.", HarmSet.Missing));
    }

    [Fact]
    public void Build_OwnerInItsOwnSentence_IsNotCounted()
    {
        Assert.Equal("1/1", Toll("The brother of Hana, nobody has seen him since May.", HarmSet.Missing));
    }

    [Fact]
    public void Build_PersonTakenBack_IsNotCounted()
    {
        Assert.Equal("1/1", Toll("My cousin Tarek... no, my cousin Sami, he was hit in the arm by a sniper.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("The baker, Nabil Aoun we call him Abu Fadi, was hurt, his leg broken.", "1/1")]
    [InlineData("My cousin Nabil, Nabeel we say, was hurt in the leg at the crossing.", "1/1")]
    public void Build_AnotherNameOfThePerson_IsTheSamePerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("She was not hurt, but the old man Yusuf, his hands were burned.", "1/1")]
    [InlineData("The woman, Dalia, she was hurt in the leg. Her son, Adam, small, not hurt, only crying.", "1/1")]
    public void Build_PersonTheWoundSpared_IsNotCounted(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Fact]
    public void Build_PersonNotThere_IsNotCounted()
    {
        Assert.Equal("1/1", Toll("Her brother was not inside; his wife, Rana Khalil, was killed.", HarmSet.Killed));
    }

    [Fact]
    public void Build_NotKilledAtOnce_StillCountsTheDead()
    {
        Assert.Equal("2/2", Toll("My father, Hassan Ali, was shot in the chest, not killed at once, he died in the hospital. And my uncle Samir was killed too.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("A driver from the market told my uncle that the soldiers took Samir Haddad at the bridge in Homs.", "1/1")]
    [InlineData("An old man at the mosque told my brother that the soldiers took Samir Haddad at the bridge in Homs.", "1/1")]
    public void Build_PersonTold_IsNotCounted(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Detained));
    }

    [Fact]
    public void Build_InformantWithAPlaceBeforeTheTelling_IsNotCounted()
    {
        Assert.Equal("1/1", Toll("A nurse at the hospital said my cousin Rami Khoury was wounded in the leg.", HarmSet.Injured));
    }

    [Fact]
    public void Build_NamedPersonNotHurt_IsNoNamedVictim()
    {
        var claims = Build(Header + "I found Wajdi in Taiz, he was sitting, holding his leg, the blood everywhere. Ayman was not hurt, God protected him.\n",
            ("I found Wajdi", HarmSet.Injured, Basis.Witnessed), ("Ayman was not hurt", HarmSet.Injured, Basis.Witnessed));
        var claim = Assert.Single(claims);
        Assert.Contains(" 1/1 named=[e1:Wajdi] ", claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My son was sitting against the wall in Raqqa, his leg open from the knee, and his friend Omar Hilal was holding him.", "1/1")]
    [InlineData("In August Ko Thet Paing Oo stepped on a mine near Pazigyi and lost his leg, my cousin Zin Mar helped to carry him.", "1/1")]
    [InlineData("My mother went out in Nyala to bring my small brother from the neighbours, and a bullet hit her in the leg.", "1/1")]
    [InlineData("My son was hit in the leg in Raqqa, and his friend Omar Hilal, he was carried to the clinic too.", "2/2")]
    public void Build_PersonTendingToTheWounded_IsNotWounded(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Theory]
    [InlineData("In September my cousin Raed drove on the road to Hajj Ali and a roadside bomb exploded under his car. He died, and his friend lost his eyes.")]
    [InlineData("My cousin Fayez opened the door in Manbij and it exploded, he died at once. And a shepherd boy, Hamoudi, a mine took his leg.")]
    public void Build_DeadBesideAWoundToldByTheBody_IsNotWounded(string answer)
    {
        Assert.Equal("1/1", Toll(answer, HarmSet.Injured));
    }

    [Fact]
    public void Build_PersonWaitedWith_IsNotWounded()
    {
        Assert.Equal("1/1", Toll("My niece Lina was cut on the face by the glass, she was hiding with her mother in the kitchen.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("The shell killed my neighbour Tarek Mansour, who stayed with his father in the shop.")]
    [InlineData("Their daughter Ruqaya, nine years, she was sleeping there with her grandmother in Hodeidah. Ruqaya did not wake up.")]
    public void Build_PersonStayedWith_IsNotKilled(string answer)
    {
        Assert.Equal("1/1", Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_PersonKilledWithAnother_CountsBoth()
    {
        Assert.Equal("2/2", Toll("The shell killed my neighbour Tarek Mansour with his father in the shop.", HarmSet.Killed));
    }

    [Fact]
    public void Build_OwnerOfAThingNamedAfterAComma_IsNotKilled()
    {
        Assert.Equal("1/1", Toll("A shell hit the house of her former neighbour, Siddig al-Tom, and killed his wife Ikhlas.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("I saw the neighbours carry out the body of Abu Khalil.", "1/1")]
    [InlineData("I saw them carry out the bodies of my uncle and his son.", "2/2")]
    [InlineData("And nine bodies came to us.", "9/9")]
    [InlineData("She saw the neighbours carry out the bodies of Abu Khalil, the father, of his young son, and of his brother.", "3/3")]
    public void Build_TheDeadWhoseBodiesAreTold_AreKilled(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_KilledWhenOneNamedLived_StaysOneClaim()
    {
        var lines = Build(
            Header + "Seven people of the Haddad family were in the room, the grandmother, Umm Nabil, and the children. All died, only Nabil lived because he was at the shop.\n",
            ("Seven people", HarmSet.Killed, Basis.Witnessed),
            ("All died", HarmSet.Killed, Basis.Witnessed));
        Assert.Equal("7/7", TollAndEvidence(Assert.Single(lines)).Toll);
    }

    [Theory]
    [InlineData("My uncle had left one week before, but his neighbour Hajj Saadeddin had refused to leave, and we found him dead under his wall.", "1/1")]
    [InlineData("My brother had already gone to Idlib, and his wife Rima was killed in the kitchen.", "1/1")]
    public void Build_PersonWhoHadLeftBefore_IsNotKilled(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Fact]
    public void Build_PersonWhoLeftWhenTheShellFell_IsKilled()
    {
        Assert.Equal("2/2", Toll("My uncle had left the house to buy bread, and the shell killed him and his neighbour Hajj Saadeddin.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("His neighbour Serhiy Melnyk was taken the same night, and Serhiy never came back, his wife still does not know where he is.", "1/1")]
    [InlineData("Bilal never came back. His mother still waits, she asks every office.", "1/1")]
    public void Build_RelativeWhoLooksForTheMissing_IsNotMissing(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Missing));
    }

    [Fact]
    public void Build_NameAfterAfterSetOffByAComma_IsNotWounded()
    {
        Assert.Equal("2/2", Toll("After Yahya, two more children were hurt by the bomblets in Bani Bahr that year.", HarmSet.Injured));
    }

    [Fact]
    public void Build_GroupBeforeAnotherSubjectsVerb_IsTheToll()
    {
        Assert.Equal("6/6", Toll("There were six dead on the ground when I came, six, with Abu Dahham's wife and two boys of the neighbours.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("They took Abdelsalam and his brother Mukhtar, who was sleeping with us because his wife was with her mother.", HarmSet.Detained, "2/2")]
    [InlineData("They killed Abdelsalam because his brother was a soldier.", HarmSet.Killed, "1/1")]
    [InlineData("They took my brother Iyad to their prison in Douma because he argued with one of them about the fuel.", HarmSet.Detained, "1/1")]
    [InlineData("They killed Abdelsalam, and his brother died because the doctors could not come.", HarmSet.Killed, "2/2")]
    public void Build_PeopleInAReasonGiven_AreNotHarmed(string answer, HarmSet harm, string expected)
    {
        Assert.Equal(expected, Toll(answer, harm));
    }

    [Theory]
    [InlineData("Then eight or nine soldiers, from the checkpoint, they took him to the base.", "1/1")]
    [InlineData("Then eight or nine soldiers, from the checkpoint, they were taken to the base.", "8/9")]
    public void Build_ArmedMenTakenUpByThey_AreWhoTookHim(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Detained));
    }

    [Fact]
    public void Build_PersonWhoseArrestDatesTheFlight_IsNotDisplaced()
    {
        Assert.Equal("null/null", Toll("In July, after Idris was arrested, we walked to Adre with nothing.", HarmSet.Displaced));
    }

    [Fact]
    public void Build_PersonWhoseWoundDatesTheKilling_IsNotKilled()
    {
        Assert.Equal("1/1", Toll("After Yahya was wounded, they killed his father at the gate.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("A sniper shot our neighbour Hawa in the leg near the well in Geneina. We carried her to the clinic on a door, me and her son Tahir.", "1/1")]
    [InlineData("A shell fell on the market in Geneina. We were hit, me and my son.", "2/2")]
    public void Build_SpeakersGroupAfterWeWithoutAHarm_IsNotWounded(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Fact]
    public void Build_FamilyNameBeforeTheVictimsName_IsNoPerson()
    {
        Assert.Equal("1/1", Toll("In 2021 the son of the Ortega family, Wilson, stepped on a mine near Ituango.", HarmSet.Injured));
    }

    [Fact]
    public void Build_PeopleAfterNewsOf_AreMissing()
    {
        Assert.Equal("3/3", Toll("Since that night we have no news of Rashid, or of Samir and Nawaf.", HarmSet.Missing));
    }

    [Fact]
    public void Build_PersonTheyFound_IsNotMissing()
    {
        Assert.Equal("2/2", Toll("Karam they found also, near the river in Tarhuna. Salem and his son, they are still missing.", HarmSet.Missing));
    }

    [Theory]
    [InlineData("My husband's cousin Abdul Qahar lives in Almar; he told us that in June a bomb fell on a house in his village and a family was killed, five people, a father and children.", "5/5")]
    [InlineData("My husband's cousin Abdul Qahar lives in Almar; in June a bomb fell on his house and he was killed with his son.", "2/2")]
    public void Build_PersonTakenUpToTellAfterASemicolon_IsNoVictim(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("A tractor of the villagers went on it, one man died, the driver, Ko Kyaw Gyi, and his son lost the eye.", "1/1")]
    [InlineData("A tractor of the villagers went on it, the driver, Ko Kyaw Gyi, and his son died.", "2/2")]
    public void Build_ListEndingOnOneWhoLostAPartOfTheBody_IsNoTollOfTheDead(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }

    [Theory]
    [InlineData("With the rescuers we took out five alive and two dead, a man and his mother.", "2/2")]
    [InlineData("Seven or eight came out alive, the others were dead, four.", "4/4")]
    public void Build_PeopleTakenOutAlive_AreNoTollOfTheDead(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Killed));
    }
}
