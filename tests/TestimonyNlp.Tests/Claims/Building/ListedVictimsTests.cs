using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Victims listed one by one: with no total that covers them, the toll is the sum of the named, described and
/// counted people, each counted once. Every sentence of the answer is evidence of the harm.
/// </summary>
public sealed class ListedVictimsTests
{
    private const string Header = "Date of interview: 14 May 2018\n\nQ: What happened?\nA: ";

    private static string Toll(string answer, HarmSet harm = HarmSet.Killed, Basis basis = Basis.Witnessed) =>
        AnswerToll(Header, answer, harm, basis);

    [Theory]
    [InlineData("Leila Haddad died, and her grandsons Omar and Karim.", "3/3")]
    [InlineData("My uncle Samir was killed in his bakery in Idlib, with his apprentice, a young man from Saraqib.", "2/2")]
    [InlineData("She died, and her son Yusuf with her.", "2/2")]
    [InlineData("My brother Adel was killed in the market, and his two sons.", "3/3")]
    public void Build_PeopleListedOneByOne_AreSummed(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_PersonSetOffByCommas_IsOnePerson()
    {
        // the driver, Mahmoud and the old man are one man; the student another
        Assert.Equal("2/2", Toll("A mortar hit the bus station in Aleppo and killed a driver, Mahmoud, an old man, and a student."));
    }

    [Fact]
    public void Build_LoneHeThenAnotherVictimWhoAlsoDied_IsTwo()
    {
        Assert.Equal("2/2", Toll("He died there. And a woman who was selling bread, Umm Khaled, an old woman, also she died."));
    }

    [Theory]
    [InlineData("And her husband, he was on the roof in Anadan trying to put it out with sand, he died. Abu Jamal.", "1/1")]
    [InlineData("My brother died in the market in Anadan. Ali and Omar also.", "3/3")]
    public void Build_NameAloneAfterOneUnnamed_NamesThem(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_SentenceThatGoesOnWithAlso_AddsItsPerson()
    {
        Assert.Equal("2/2", Toll("The old man, Abu Fares, was killed at the door. His wife Salma also."));
    }

    [Theory]
    [InlineData("My cousin Tarek died, and his friend lost an eye.", "1/1")]
    [InlineData("Ahmad Darwish was killed near the mosque, and a boy who was passing was wounded.", "1/1")]
    [InlineData("My brother-in-law Fadi, he was a nurse, he was shot at the checkpoint in Daraa.", "1/1")]
    [InlineData("My neighbour Hassan told me that my brother Nabil was killed near the bakery.", "1/1")]
    [InlineData("When he opened the pharmacy in Basra, two men on a motorcycle shot him, and he died there.", "1/1")]
    public void Build_SomeoneTheHarmWasNotDoneTo_IsNotCounted(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("On the 5th of March a shell hit the bus stop in Kherson. Two people left us right there on the asphalt.", "2/2")]
    [InlineData("On the 5th of March a shell hit the bus stop in Kherson. Three people died right there, two men on a bicycle shot them.", "3/3")]
    public void Build_PeopleWhoLeftUs_AreTheDead(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_GroupWoundedBesideTheDead_TakesTheNamesAfterIt()
    {
        Assert.Equal(
            "1/1",
            Toll("A young policeman, Walid Mansour, was killed, and two farmers wounded, Hamid Saleh and his daughter Rana."));
    }

    [Theory]
    [InlineData("Three people died, my father, my mother and my sister.", "3/3")]
    [InlineData("Four died in the house, my uncle Jamal, his wife and their son Ziad.", "4/4")]
    public void Build_TotalThatCoversTheList_WinsOverTheSum(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_GroupOfOthersAfterANamedVictim_AddsToHim()
    {
        Assert.Equal("6/6", Toll("My cousin Karim was arrested at the checkpoint in Homs, with five other men.", HarmSet.Detained));
    }

    [Theory]
    [InlineData("We left Homs with nothing, my husband Bassam, my mother-in-law and the four children.", "7/7")]
    [InlineData("We left for Lebanon, me, my wife and our three sons.", "5/5")]
    [InlineData("We left Raqqa that night, my wife, four children, my mother. Seven.", "7/7")]
    [InlineData("On the 20th we left for Kabul, ten people, my parents, my wife, the children.", "10/10")]
    public void Build_SpeakerWhoLeftWithTheListedGroup_IsCountedOnce(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Displaced, Basis.Experienced));
    }

    [Fact]
    public void Build_GroupJoinedToANamedVictim_IsOneMoreItem()
    {
        Assert.Equal("3/3", Toll("My friend Tarek Aziz, from our street, and two men from Hama I did not know, they were killed."));
        Assert.Equal("3/3", Toll("My friend Tarek Aziz, from our street, and two Yazidi men I knew only by face, they were killed."));
    }

    [Fact]
    public void Build_DeadManNamedInAnAside_IsNotAmongTheWounded()
    {
        Assert.Equal(
            "2/2",
            Toll("A young policeman, Walid Mansour, was killed, and two farmers wounded, Hamid Saleh and his daughter Rana.", HarmSet.Injured));
    }

    [Fact]
    public void Build_OneOfThemAfterAToll_IsPartOfTheToll()
    {
        Assert.Equal("3/3", Toll("Three others were wounded in Mosul, one of them my daughter Rania, in the leg.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("Hajji Salim himself was injured, his wife also.", "2/2")]
    [InlineData("My nephew Omar was at the corner in Daraa. He was wounded, and two more from the Sabbagh family.", "3/3")]
    public void Build_AnotherClauseOfTheHarm_AddsItsPeople(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Fact]
    public void Build_PairSummedUpThenOneMore_IsThree()
    {
        Assert.Equal("3/3", Toll("In our building in Kharkiv the grandmother and the grandfather, both died, and Olena from the first floor."));
    }

    [Fact]
    public void Build_HeDiedAndAlsoTheDriver_IsTwo()
    {
        Assert.Equal("2/2", Toll("A roadside bomb hit his car near Kandahar, and he died, and also the driver."));
    }

    [Fact]
    public void Build_PersonNamedAgainInACorrection_IsOnePerson()
    {
        Assert.Equal("1/1", Toll("My uncle Hamid... sorry, my cousin Hamid, he was shot at the market in Homs, with a Kalashnikov."));
    }

    [Theory]
    [InlineData("Two boys died in Hama, Fadi, ten, and Rami, twelve. And a nurse, Hiba Saleh.", "3/3")]
    [InlineData("Five died in the house in Mosul. His two sons, Ahmad and Yasin, and three grandchildren, the oldest was Ali.", "5/5")]
    public void Build_PeopleAfterAToll_FillItBeforeTheyAdd(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("In Nawa a colleague, the nurse Bashar, and three patients in the emergency room died, and Abu Nayef Masri, who was visiting.", "5/5")]
    [InlineData("In Hama three patients died, Ali, Omar and Fadi.", "3/3")]
    public void Build_NameJoinedAfterTheGroupsHarm_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("A nurse in Sake, Kahindo, she was cut on the face by the glass, and one mother who had just given birth.", HarmSet.Injured, "2/2")]
    [InlineData("His wife Bibi Gul we found in Kabul under the beam, wounded, and one grandson, Omid, his head was open.", HarmSet.Injured, "2/2")]
    [InlineData("My brother Ko Aung went with two friends to Kani and the soldiers took all three of them, because one friend had a photo.", HarmSet.Detained, "3/3")]
    public void Build_OneJoinedByAndAfterSomeoneListed_IsOneMore(string answer, HarmSet harm, string expected)
    {
        Assert.Equal(expected, Toll(answer, harm));
    }

    [Theory]
    [InlineData("A rocket hit the house of my cousin Ali Reza in Herat, and his wife Zahra and their little son Salam were killed.", "2/2")]
    [InlineData("One rocket fell on the house of my neighbour Ussene in Palma, his wife Rabia died and his small girl.", "2/2")]
    [InlineData("One rocket fell on the house of my neighbour in Palma, his wife died and his small girl.", "2/2")]
    [InlineData("A shell fell on the house of our neighbour in Palma, Ussene, and two boys died inside.", "2/2")]
    public void Build_ListAfterOf_LeavesOutTheOwner(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("Ahmed came back after one month. Yasser and Omar, no. We have not heard from them since that day.", "2/2")]
    [InlineData("Some came back after two months. Marwan, yes. Sattam, no. Until today nobody knows where Sattam is.", "1/1")]
    [InlineData("Karim and Bilal were released after a week. Hadi was not released. Nobody has seen him since.", "1/1")]
    [InlineData("When my son Tariq came back from work, the men took him. We never saw him again, he is missing.", "1/1")]
    public void Build_MissingAndSomeCameBack_CountsOnlyTheMissing(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Missing, Basis.Hearsay));
    }

    [Theory]
    [InlineData("They killed the men in the yard in Geneina. Abakar, my husband, and Haroun Suleiman, his brother.", "2/2")]
    [InlineData("In August a drone dropped a gas grenade in Orikhiv. Mykola, his wife Tetiana and a neighbour woman were hurt.", "3/3")]
    public void Build_NameThenARelationSetOffByCommas_IsOnePersonUnlessTheRelationIsNamed(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, answer.Contains("hurt") ? HarmSet.Injured : HarmSet.Killed));
    }

    [Theory]
    [InlineData("Karim, Omar and Hassan were killed in the strike.", "3/3")]
    [InlineData("Karim, Omar, Hassan were killed in the strike.", "3/3")]
    [InlineData("The man of the bread car, Ahmad Qurbi, Abu Nizar, he was martyred there, next to his car.", "1/1")]
    public void Build_NamesSetOffByCommas_AreAListUnlessWhatBefellThemFollows(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_OneOfAGroupToldBefore_IsOne()
    {
        Assert.Equal("1/1", Toll("One of the four, the teacher's wife, Fatmeh, died two days later in the hospital in Tyre."));
    }

    [Fact]
    public void Build_NameThenARelationOwnedBySomeoneNamed_IsOnePerson()
    {
        Assert.Equal("3/3", Toll("Mona, the wife of Taha al-Shaibani, and her two boys were injured.", HarmSet.Injured));
    }

    [Fact]
    public void Build_GroupAddedWithAlso_IsNoTotalOfThoseListed()
    {
        Assert.Equal("3/3", Toll("My nephew Bilal, Bilal Hazim, fifteen, got it in the back and the neck. Two women also, I do not know their names.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("Karam, twenty, Dunia, fourteen, and Yaman, nine, died under the stairs.", "3/3")]
    [InlineData("They found them under the roof: Ihab, 17 years old, Lina, 12 years old, and their grandmother.", "3/3")]
    public void Build_NamesSetOffByTheirAges_AreEachAPerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_SentencesListingNamedPeople_AreAllCounted()
    {
        Assert.Equal("5/5", Toll("My brother Fadel, Abu Maher, fifty. His wife Rasha. Maher, sixteen, Tala, eleven, and the little one, Joud, we call him Joudi, four."));
    }

    [Theory]
    [InlineData("Abu Rami was killed at the door, and his son Rami.", "2/2")]
    [InlineData("The strike killed Abu Rami and Rami, the eldest.", "2/2")]
    public void Build_ChildNamedInAKunya_IsAnotherPerson(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_AlsoLaterInTheClause_AddsTheGroup()
    {
        Assert.Equal("3/3", Toll("Ghassan Nouri died there, in his seat, and two of the men in the trailer died also, Samer and a boy from Marib."));
    }

    [Theory]
    [InlineData("One was already dead by the wall; the other died in the car before Jableh.", "2/2")]
    [InlineData("One died in the other room.", "1/1")]
    public void Build_OneAndTheOther_AreTwo(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("My cousins Nizar and Ward died in the yard, nineteen and sixteen.", "2/2")]
    [InlineData("They killed twelve and nine were wounded.", "12/12")]
    public void Build_TwoAgesAfterThePeople_AreNoToll(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_CountToldWounded_GivesTheDeadItsPart()
    {
        Assert.Equal("2/2", Toll("In the shelter of Azaz eight children were wounded, two of them died."));
    }

    [Fact]
    public void Build_DeadCountedWithAList_GoesWithNobody()
    {
        Assert.Equal("9/9", Toll("She said the administrator gave a list to the priests with nine dead in the village that day, and more than twenty wounded.", basis: Basis.Hearsay));
    }

    [Fact]
    public void Build_GroupOpeningTheNextSentenceWithAnd_AddsToTheList()
    {
        Assert.Equal("3/3", Toll("Nyagoa Kuol, my friend, she was cut on the head with a panga when she ran. And the two boys of Chuol Duoth, Bichiok and Machar, shot in the legs.", HarmSet.Injured));
    }

    [Fact]
    public void Build_OwnerNamedInsideTheGroup_IsNoneOfIt()
    {
        Assert.Equal("2/2", Toll("In May two children of Fatima, our neighbour, found an old bomb in the field. Nimco, the girl, lost her eye. Abdiweli, the boy, his hand.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("The sons of our neighbour, Uday and Bilal, until now nobody knows anything, their mother goes from office to office.", HarmSet.Missing, "2/2")]
    [InlineData("The children of my neighbour Abu Hamza, the two boys, Hamza and Salam, they could not breathe, they were coughing.", HarmSet.Injured, "2/2")]
    public void Build_KinNamedAfterTheirOwner_AreTheKin(string answer, HarmSet harm, string expected)
    {
        Assert.Equal(expected, Toll(answer, harm));
    }

    [Fact]
    public void Build_GroupJoinedAfterTheHarmOfOneBefore_AddsToThem()
    {
        Assert.Equal("3/3", Toll("She was cut on the arm and the shoulder, and two of the children were hit, Sneider, who is eight, and Valentina, nine, in the legs.", HarmSet.Injured));
    }

    [Fact]
    public void Build_FigureAfterAnotherFigureOfTheSameDead_IsNoMore()
    {
        Assert.Equal("12/15", Toll("He counted the dead laid in the yard of the clinic: between 12 and 15, I counted twelve and then I stopped.", HarmSet.Killed));
    }

    [Theory]
    [InlineData("Tariq, Ghassan and the three young men, nobody has seen them since.", HarmSet.Missing, "5/5")]
    [InlineData("K., his wife and their three children were taken at the checkpoint of Tal Abyad.", HarmSet.Detained, "5/5")]
    [InlineData("Abakar, my husband, and Haroun, his brother, were killed in the yard.", HarmSet.Killed, "2/2")]
    [InlineData("Mona, the wife of Taha, and her two boys were injured in Taiz.", HarmSet.Injured, "3/3")]
    public void Build_NameOpeningTheSentenceBeforeAList_IsTheFirstOfIt(string answer, HarmSet harm, string expected)
    {
        Assert.Equal(expected, Toll(answer, harm));
    }

    [Theory]
    [InlineData("His friend Ovidio Restrepo lost his foot near Segovia. Five or six others were hurt.", "6/7")]
    [InlineData("My brother Salem and two other men were wounded at the checkpoint.", "3/3")]
    public void Build_OthersAfterThePeopleTold_AddToThem(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer, HarmSet.Injured));
    }

    [Fact]
    public void Build_GroupAfterOnesLossOfASense_AddsToThem()
    {
        Assert.Equal("3/3", Toll("A girl of ten, Daniela, lost the sight of one eye; two boys had cuts on the legs.", HarmSet.Injured));
    }

    [Theory]
    [InlineData("I saw a woman and her son, they were selling bread, dead. And an old man, Uncle Salem, he sold tobacco, he died in the hospital in al-Khawkha.", "3/3")]
    [InlineData("I saw dead: three children and one old man. Also the daughter of my neighbour, Reem, she died on the way to the hospital.", "5/5")]
    public void Build_PersonBroughtInAfterADescribedList_IsOneMore(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Theory]
    [InlineData("My father and my brother died. Ahmad and Ali.", "2/2")]
    [InlineData("My father, my mother and my brother died. A neighbour too.", "4/4")]
    public void Build_NamesAfterADescribedList_NameItsPeople(string answer, string expected)
    {
        Assert.Equal(expected, Toll(answer));
    }

    [Fact]
    public void Build_NameCorrectedAtTheEndOfAList_KeepsTheListCounted()
    {
        Assert.Equal("5/5", Toll("I saw dead: three children and one old man, Hajj Abdo, no, Abdo Qassem, the one who organises the line. Also the daughter of my neighbour, Reem, she died on the way to the hospital."));
    }

    [Fact]
    public void Build_NameTakenBackForAnother_IsOnePerson()
    {
        Assert.Equal("1/1", Toll("They killed my brother-in-law Thaer... no, my brother-in-law Muhannad."));
    }

    [Fact]
    public void Build_PersonJoinedAfterAnotherNamedOfTheGroup_FillsTheGroup()
    {
        Assert.Equal("8/8", Toll("I counted eight people dead on the road. Gul Ahmad, who sells cloth, he was dead, and Sher Mohammad, and his boy."));
    }
}
