using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>Victim counts the builder takes from more than one count or sentence: a hedged second figure, the speaker
/// among the detained, agents and bystanders that are no victims.</summary>
public sealed class ClaimBuilderVictimTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";

    [Fact]
    public void Build_HedgedFigureInTheNextSentence_WidensTheToll()
    {
        const string Answer = "Fourteen people died in the market in Azaz. Maybe fifteen, one died in the night.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Fourteen", HarmSet.Killed, Basis.Witnessed), ("Maybe fifteen", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 14/15 named=[] event=null weapon=null actor=null site=e1:Azaz date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_MaybeMoreInTheNextSentence_OpensTheToll()
    {
        const string Answer = "We found thirty-eight bodies near the mill in Axum. Maybe more, we lost count.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("thirty-eight", HarmSet.Killed, Basis.Witnessed), ("Maybe more", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 38/null named=[] event=null weapon=null actor=null site=e1:Axum date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SpeakerDetainedWithAGroup_CountsTheSpeaker()
    {
        const string Answer = "They kept me three days in a room in Homs with eleven women.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("eleven women", HarmSet.Detained, Basis.Experienced));

        Assert.Equal(
            [
                $"c1 DETAINED 12/12 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_CountBeforeAndAHarmVerb_IsTheVictims()
    {
        const string Answer = "They brought four men in a pickup and shot them in the square of Sirte.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("four men", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 4/4 named=[] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e1:Sirte date='Battle of Sirte, 2016' 2016-05-12..2016-12-06 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_CompanionInASentenceWithoutTheHarm_IsNoVictim()
    {
        const string Answer = "My uncle Karim tried to cross at night near Hajin, with his wife. The sniper killed him near the canal.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Karim", HarmSet.Killed, Basis.Witnessed), ("sniper", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e1:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e3:Hajin date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_TheDeadBesideTheWounded_AreNoToll()
    {
        const string Answer = "It hit the house near the mosque in Achin, and his wife and his daughter were killed, and he was wounded.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("his wife", HarmSet.Killed | HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 2/2 named=[] event=null weapon=null actor=null site=e1:Achin date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
                $"c2 INJURED 1/1 named=[] event=null weapon=null actor=null site=e1:Achin date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_WeWereFive_CountsTheSpeakersGroup()
    {
        const string Answer = "We were five, me, my husband and our three children, and we went to Binnish.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Binnish", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [
                $"c1 DISPLACED 5/5 named=[] event=null weapon=null actor=null site=null date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_CountAmongTheDead_IsAPartOfTheToll()
    {
        const string Toll = "More than a hundred died in Barsalogho, I am sure.";
        const string Part = "Among them Idrissa, a teacher, and two boys of my neighbour.";
        var claims = Build(Header + "Q: What happened?\nA: " + Toll + " " + Part + "\n", ("More than", HarmSet.Killed, Basis.Witnessed), ("Among them", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 101/null named=[e2:Idrissa] event=null weapon=null actor=null site=e1:Barsalogho date=null basis=WITNESSED evidence=[{Toll}] + [{Part}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_OthersTakenWithSomeone_AddsThatPerson()
    {
        const string Answer = "At the checkpoint in Raqqa they stopped him and took him with five other men.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("five other men", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 6/6 named=[] event=null weapon=null actor=null site=e1:Raqqa date='Battle of Raqqa, 2017' 2017-06-06..2017-10-17 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OthersJoinedByAnd_AddsEveryoneBefore()
    {
        const string Answer = "The soldiers took me and about twenty others to a school in Tikrit.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("twenty others", HarmSet.Detained, Basis.Experienced));

        Assert.Equal(
            [
                $"c1 DETAINED 21/21 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Tikrit date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_MenWhoCameForTheVictim_AreNoToll()
    {
        const string Answer = "Four men came to our house in Mosul at night and took my son.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Four men", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 1/1 named=[] event=null weapon=null actor=null site=e1:Mosul date='Battle of Mosul, 2016 to 2017' 2016-10-17..2017-07-20 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OnePersonPickedOutOfAToll_KeepsTheToll()
    {
        const string Answer = "Some were wounded in Idlib, four or five, I carried one woman to the car.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("wounded", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 INJURED 4/5 named=[] event=null weapon=null actor=null site=e1:Idlib date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FigureBeforeAListedGroup_IsTheirTotal()
    {
        const string Answer = "They took all of us at the checkpoint near Djibo. Five. Hamma Maiga, his cousin Boubacar, two brothers from the market, and me.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("They took", HarmSet.Detained, Basis.Experienced), ("Five.", HarmSet.Detained, Basis.Experienced), ("Hamma Maiga", HarmSet.Detained, Basis.Experienced));

        Assert.Equal(
            [
                $"c1 DETAINED 5/5 named=[e2:Hamma Maiga, e3:Boubacar] event=null weapon=null actor=null site=e1:Djibo date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FloorsOfTheDamagedBuilding_AreNoCount()
    {
        const string Answer = "The planes hit the building of the Haddad family in Douma, five floors, and it came down.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("five floors", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE null/null named=[e2:Haddad] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e3:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ThingsCountedFromAPlace_AreADistance()
    {
        const string Answer = "The shell fell in Saraqib two streets from our house, and our windows were broken.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("two streets", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Saraqib date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ExplosionsCountedBeforeTheHouses_CountTheHouses()
    {
        const string Answer = "The plane came low over Saraqib and there were two explosions, and three houses of our square were flat.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("three houses", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE 3/3 named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Saraqib date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_BlastsCountedAlone_AreNoCount()
    {
        const string Answer = "There were three blasts in the market of Saraqib and the shops were burned.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("three blasts", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE null/null named=[] event=null weapon=null actor=null site=e1:Saraqib date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_CountAfterBy_IsWhoDidIt()
    {
        const string Answer = "My brother was taken from the field near Marka by four armed men.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("four armed men", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 1/1 named=[] event=null weapon=null actor=null site=e1:Marka date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_TwoThingsTakenTogether_CountsBoth()
    {
        const string Answer = "A mortar fell on the harbour of Hodeidah, and my boat and the boat of my cousin, both had holes in the bottom.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("my boat", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE 2/2 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Hodeidah date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OnePersonWithSomeone_CountsBoth()
    {
        const string Answer = "He walked out of Bucha with his wife through the woods.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("his wife", HarmSet.Displaced, Basis.Hearsay));

        Assert.Equal(
            [
                $"c1 DISPLACED 2/2 named=[] event=null weapon=null actor=null site=e1:Bucha date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SpeakerRunningWithSomeone_AddsNobody()
    {
        const string Answer = "A mine hit the old man near Arauquita. I ran there with my son and we carried him to the road.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("A mine", HarmSet.Injured, Basis.Witnessed), ("I ran", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 INJURED 1/1 named=[] event=LANDMINE weapon=LANDMINE actor=null site=e2:Arauquita date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ArmedMenWhoTookSomeone_AreNoToll()
    {
        const string Answer = "They dragged Omar out of his bed in Tikrit, four men with their faces covered.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("dragged Omar", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 1/1 named=[e1:Omar] event=null weapon=null actor=null site=e2:Tikrit date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ArmedMenInACarWhoCame_AreNoToll()
    {
        const string Answer = "Four men in a car without plates came to the shop in Misrata and took him.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Four men", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 1/1 named=[] event=null weapon=null actor=null site=e1:Misrata date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_MoreAfterATollInTheEvidence_AddsToIt()
    {
        const string Answer = "Six died in the market in Dnipro, and two more died in the hospital that night.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Six died", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 8/8 named=[] event=null weapon=null actor=null site=e1:Dnipro date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_MoreOfTheRivalHarm_AddsNothing()
    {
        const string Answer = "Six died in the market in Dnipro, and two more were wounded.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Six died", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 6/6 named=[] event=null weapon=null actor=null site=e1:Dnipro date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FigureAnsweringAfterAName_IsAnAgeNotAToll()
    {
        const string Name = "My nephew, Tariq.";
        const string Age = "Nineteen.";
        const string Taken = "They took him from the road near Kirkuk.";
        var claims = Build(Header + "Q: Who was taken?\nA: " + Name + " " + Age + " " + Taken + "\n", ("Tariq", HarmSet.Detained, Basis.Witnessed),
            ("Nineteen", HarmSet.Detained, Basis.Witnessed), ("took him", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 1/1 named=[e1:Tariq] event=null weapon=null actor=null site=e2:Kirkuk date=null basis=WITNESSED evidence=[{Name} {Age} {Taken}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_BareFigureAfterAVerbOfHarm_IsTheToll()
    {
        const string Answer = "I saw them shoot seven, maybe eight, near the well in Tawila.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("shoot seven", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 7/8 named=[] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e1:Tawila date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_AnotherSourcesFigureForTheToll_WidensTheBounds()
    {
        const string Answer = "The radio in Kadugli said twelve died, and a teacher said fifteen.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("twelve died", HarmSet.Killed, Basis.Hearsay));

        Assert.Equal(
            [
                $"c1 KILLED 12/15 named=[] event=null weapon=null actor=null site=e1:Kadugli date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_LimbLost_IsTheWoundOfWhoLostIt()
    {
        const string Answer = "Near the bridge in Beni a truck hit a mine, and a man from the market lost his hand.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("lost his hand", HarmSet.Injured, Basis.Hearsay));

        Assert.Equal(
            [
                $"c1 INJURED 1/1 named=[] event=LANDMINE weapon=LANDMINE actor=null site=e1:Beni date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ManyWithoutANumber_LeavesTheTollUnknown()
    {
        const string Answer = "She said many died in Malakal, she did not count.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("many died", HarmSet.Killed, Basis.Hearsay));

        Assert.Equal(
            [
                $"c1 KILLED null/null named=[] event=null weapon=null actor=null site=e1:Malakal date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_NameRightAfterOnePerson_IsThatPerson()
    {
        const string Answer = "In Kauda the girl Nafisa, who was ten, she lost her legs.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("lost her legs", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 INJURED 1/1 named=[e2:Nafisa] event=null weapon=null actor=null site=e1:Kauda date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_GroupSetOffAfterMenWhoCame_AreTheRaiders()
    {
        const string Answer = "The soldiers came to our house in Sinjar at night, four of them, and they dragged him out.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("dragged him", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 1/1 named=[] event=null weapon=null actor=e1:The soldiers site=e2:Sinjar date='Attack on Sinjar, 2014' 2014-08-03..2014-12-21 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_GroupBeforeTheSentenceOfTheHarm_GivesWayToWhoSufferedIt()
    {
        const string Answer = "Three brothers from Saada came together to the clinic. Qais died on the table.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Three brothers", HarmSet.Killed, Basis.Witnessed), ("Qais died", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e2:Qais] event=null weapon=null actor=null site=e1:Saada date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_NameSetOffAfterAWithPhrase_IsThePersonBeforeIt()
    {
        const string Answer = "A boy with goats, Kuku Tia, stepped on a mine near Kauda and lost his foot.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Kuku Tia", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 INJURED 1/1 named=[e1:Kuku Tia] event=LANDMINE weapon=LANDMINE actor=null site=e3:Kauda date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ReportedFigureInTheNextSentence_WidensTheToll()
    {
        const string Answer = "The channel said twelve were killed in Hodeidah. A journalist from Aden wrote fifteen.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("twelve", HarmSet.Killed, Basis.Reported), ("journalist", HarmSet.Killed, Basis.Reported));

        Assert.Equal(
            [
                $"c1 KILLED 12/15 named=[] event=null weapon=null actor=null site=e1:Hodeidah date=null basis=REPORTED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FigureSetOffAfterBurnedHouses_CountsTheHouses()
    {
        const string Answer = "In Thantlang they burned our house and many houses, more than eighty.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("many houses", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE 81/null named=[] event=null weapon=null actor=null site=e1:Thantlang date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_PronounBeforeAnActiveVerbOfHarm_IsNoVictim()
    {
        const string Answer = "He shot my nephew Qahtan in the back, and he died there on the road.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Qahtan", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e1:Qahtan] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=null date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ListThatIsItsWholeSentence_KeepsTheGroup()
    {
        const string Answer = "At the checkpoint in Benghazi they took the men. My husband Salem and my brother Marwan. They took Salem to the prison.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("took the men", HarmSet.Detained, Basis.Witnessed), ("Marwan", HarmSet.Detained, Basis.Witnessed), ("took Salem", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 2/null named=[e2:Salem, e3:Marwan, e4:Salem] event=null weapon=null actor=null site=e1:Benghazi date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_OnePersonNamedTwice_CountsOnePerson()
    {
        const string Answer = "They took Yousef Haddad at the checkpoint in Homs. Since that day nobody has seen Yousef.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("They took", HarmSet.Missing, Basis.Witnessed), ("Since that day", HarmSet.Missing, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 MISSING 1/1 named=[e1:Yousef Haddad, e4:Yousef] event=null weapon=null actor=null site=e2:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_TwoPeopleSharingAFamilyName_CountsTwo()
    {
        const string Answer = "They took Yousef Haddad and Samir Haddad at the checkpoint in Homs.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("They took", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 DETAINED 2/2 named=[e1:Yousef Haddad, e2:Samir Haddad] event=null weapon=null actor=null site=e3:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ListedPersonNamedAgainByFirstName_CountsOnce()
    {
        const string Answer = "The sniper shot Nadir Babiker and his driver in Homs. Nadir died on the spot, and the driver died in the hospital.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("The sniper", HarmSet.Killed, Basis.Witnessed), ("died on the spot", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 2/2 named=[e2:Nadir Babiker, e4:Nadir] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e3:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Theory]
    [InlineData("People from the church said the rebels killed many people in Kishishe, near the church, more than fifty they said.", "51/null")]
    [InlineData("People from the church said the rebels killed many people in Kishishe, near the church, at least fifty they said.", "50/null")]
    [InlineData("People from the church said the rebels killed many people in Kishishe, near the church, fifty they said.", "50/50")]
    public void Build_ReportedFigureAfterMoreThan_IsOpen(string answer, string expected)
    {
        Assert.Equal(expected, AnswerToll(Header + "Q: What happened?\nA: ", answer, HarmSet.Killed, Basis.Hearsay));
    }

    [Theory]
    [InlineData("My son Omar, seventeen, in al-Tuffah. The mortar shells, they fell in the street, three, four, one after another, and a piece went into his back.", HarmSet.Injured, "1/1")]
    [InlineData("The mortar shells killed many in the street, ten, twelve.", HarmSet.Killed, "10/12")]
    public void Build_FigureAfterMunitions_IsNoToll(string answer, HarmSet harm, string expected)
    {
        Assert.Equal(expected, AnswerToll(Header + "Q: What happened?\nA: ", answer, harm, Basis.Witnessed));
    }
}
