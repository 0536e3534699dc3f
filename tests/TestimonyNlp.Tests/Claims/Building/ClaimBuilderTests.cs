using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// The claim builder on crafted transcripts run through the shipped pipeline, with the classifier's answers given as
/// plain assessments: every field of every claim is checked.
/// </summary>
public sealed class ClaimBuilderTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Killed = HarmSet.Killed;
    private const Basis Witnessed = Basis.Witnessed;

    [Theory]
    [InlineData("A dozen people were killed when the shell hit the market.", "12/12 named=[] event=ARTILLERY weapon=ARTILLERY")]
    [InlineData("Dozens of people were killed in the market.", "24/null named=[] event=null weapon=null")]
    [InlineData("More than thirty people were killed in the market.", "31/null named=[] event=null weapon=null")]
    [InlineData("In the air strike 22 from one family were killed.", "22/22 named=[] event=AIRSTRIKE weapon=AIRSTRIKE")]
    [InlineData("My three cousins were killed by a mortar.", "3/3 named=[] event=MORTAR weapon=MORTAR")]
    public void Build_CountForm_GivesItsBounds(string answer, string expected)
    {
        var claims = Build(Header + "Q: What happened?\nA: " + answer + "\n", (answer[..10], Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED {expected} actor=null site=null date=null basis=WITNESSED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightAfterAnAttack_TakesNoWeaponFromTheAttack()
    {
        const string Attack = "A barrel bomb fell on our street in Aleppo and killed my brother Karim.";
        const string Flight = "After that my wife and my two sons went to Turkey.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Attack + " " + Flight + "\n",
            ("Karim", Killed, Witnessed),
            ("Turkey", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e3:Karim] event=BARREL_BOMB weapon=BARREL_BOMB actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[{Attack}] confidence=0.72",
                $"c2 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e2:Aleppo date=null basis=EXPERIENCED evidence=[{Flight}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_ActorInAnEarlierAnswer_IsTheActorOfTheEvent()
    {
        const string Attack = "The regime shelled our street in Douma all morning.";
        const string Death = "A shell killed my neighbour Salim.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Attack + "\nQ: And then?\nA: " + Death + "\n",
            ("Salim", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e4:Salim] event=ARTILLERY weapon=ARTILLERY actor=e1:The regime site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Death}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ActorAndWeaponNamedAfterTheHarm_BelongToIt()
    {
        const string Death = "My neighbour Salim was killed in his shop in Douma.";
        var claims = Build(Header + "Q: What happened?\nA: " + Death + " It was a shell of the regime.\n", ("Salim", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e1:Salim] event=ARTILLERY weapon=ARTILLERY actor=e4:the regime site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Death}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ActorNamedAfterANewDate_BelongsToTheNewEvent()
    {
        const string Death = "My neighbour Salim was killed in his shop in Douma.";
        var claims = Build(Header + "Q: What happened?\nA: " + Death + " In March 2017 the regime shelled Harasta.\n", ("Salim", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e1:Salim] event=null weapon=null actor=null site=e2:Douma date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{Death}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_TollOfTheDeadBesideAWound_CountsTheWoundedApart()
    {
        const string Answer = "Eleven people died in the market, and my son was injured by the glass.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Eleven", HarmSet.Killed | HarmSet.Injured, Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 11/11 named=[] event=null weapon=null actor=null site=null date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
                $"c2 INJURED 1/1 named=[] event=null weapon=null actor=null site=null date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Theory]
    [InlineData("A shell destroyed the shop of Samir Aswad, three houses from ours.", "null/null")]
    [InlineData("A shell destroyed three houses from our street.", "3/3")]
    public void Build_HousesFromOurs_IsADistanceNotACount(string answer, string expected)
    {
        var claims = Build(Header + "Q: What happened?\nA: " + answer + "\n", ("destroyed", HarmSet.PropertyDamage, Witnessed));

        Assert.Equal(
            [$"c1 PROPERTY_DAMAGE {expected} named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=null date=null basis=WITNESSED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_Seven_CountsSevenNotThePlaceBeforeIt()
    {
        const string Answer = "A barrel bomb fell on our street in Aleppo and seven people were killed.";
        var claims = Build(Header + "Q: What happened in Aleppo?\nA: " + Answer + "\n", ("seven", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 7/7 named=[] event=BARREL_BOMB weapon=BARREL_BOMB actor=null site=e3:Aleppo date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_BetweenTenAndFifteen_IsARange()
    {
        const string Answer = "Between 10 and 15 people were wounded by the shelling.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Between", HarmSet.Injured, Witnessed));

        Assert.Equal(
            [$"c1 INJURED 10/15 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=null date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AllSixOfThem_CountsSixAndNamesTheFamily()
    {
        const string Answer = "The shell hit the house of the Haddad family and all six of them were killed.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("six", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 6/6 named=[e2:Haddad] event=ARTILLERY weapon=ARTILLERY actor=null site=null date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AbsoluteDate_IsTheDayAndTheNamedBrotherTheVictim()
    {
        const string Answer = "On 9 September 2016 a barrel bomb killed my brother Karim in Aleppo.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Karim", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event=BARREL_BOMB weapon=BARREL_BOMB actor=null site=e4:Aleppo date='9 September 2016' 2016-09-09..2016-09-09 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_TheTwelfth_TakesTheMonthInContext()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: In March 2017 we were in Douma. On the 12th a mortar killed two children.\n",
            ("12th", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 2/2 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Douma date='the 12th' 2017-03-12..2017-03-12 basis=WITNESSED evidence=[On the 12th a mortar killed two children.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_DayAfterAYearJustTold_TakesThatYearNotTheInterviewYear()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: We stayed in Douma until 2014. On the 24th of July a mortar killed two children.\n",
            ("24th", Killed, Witnessed));

        Assert.Equal(
            "c1 KILLED 2/2 named=[] event=MORTAR weapon=MORTAR actor=null site=e1:Douma date='the 24th of July' 2014-07-24..2014-07-24 basis=WITNESSED evidence=[On the 24th of July a mortar killed two children.] confidence=0.72",
            Assert.Single(claims));
    }

    [Fact]
    public void Build_ThreeDaysBeforeEid_CountsBackFromEidAlFitrOfThatSummer()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: In June 2016 we were in Idlib. Three days before Eid the planes bombed the market and four people died.\n",
            ("Eid", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 4/4 named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Idlib date='Three days before Eid' 2016-07-03..2016-07-03 basis=WITNESSED evidence=[Three days before Eid the planes bombed the market and four people died.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_LastSpring_IsTheSpringBeforeTheInterview()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: Last spring the artillery shelled Homs and my uncle Farid was wounded.\n",
            ("Farid", HarmSet.Injured, Witnessed));

        Assert.Equal(
            ["c1 INJURED 1/1 named=[e4:Farid] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Homs date='Last spring' 2017-03-01..2017-05-31 basis=WITNESSED evidence=[Last spring the artillery shelled Homs and my uncle Farid was wounded.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_TwoWeeksLater_CountsFromThePreviousEvent()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: On 3 March 2017 a shell hit our house in Daraa. Two weeks later a sniper killed my uncle Farid.\n",
            ("sniper", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e6:Farid] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e3:Daraa date='Two weeks later' 2017-03-17..2017-03-17 basis=WITNESSED evidence=[Two weeks later a sniper killed my uncle Farid.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ThatNight_IsThePreviousEventsDay()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: On 5 April 2017 the planes bombed Idlib. That night a missile killed five people.\n",
            ("missile", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 5/5 named=[] event=MISSILE weapon=MISSILE actor=null site=e3:Idlib date='That night' 2017-04-05..2017-04-05 basis=WITNESSED evidence=[That night a missile killed five people.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_NoDateInTheEvidence_TakesTheCurrentEventsDate()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: On 5 April 2017 the planes bombed Idlib. A missile killed five people.\n",
            ("missile", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 5/5 named=[] event=MISSILE weapon=MISSILE actor=null site=e3:Idlib date='5 April 2017' 2017-04-05..2017-04-05 basis=WITNESSED evidence=[A missile killed five people.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_Experienced_IsTheSpeakerAlone()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: I was wounded in the leg by a mortar in Douma.\n",
            ("leg", HarmSet.Injured, Basis.Experienced));

        Assert.Equal(
            ["c1 INJURED 1/1 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[I was wounded in the leg by a mortar in Douma.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_Hearsay_LeavesTheInformantOutOfTheVictims()
    {
        const string Answer = "My neighbour Samir told me that seven people died in the air strike on Saraqib.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Samir", Killed, Basis.Hearsay));

        Assert.Equal(
            [$"c1 KILLED 7/7 named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e3:Saraqib date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_Reported_KeepsTheBasis()
    {
        const string Answer = "The television said twenty people were killed by the rockets in Raqqa.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("television", Killed, Basis.Reported));

        Assert.Equal(
            [$"c1 KILLED 20/20 named=[] event=ROCKET weapon=ROCKET actor=null site=e2:Raqqa date='Battle of Raqqa, 2017' 2017-06-06..2017-10-17 basis=REPORTED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_TwoHarmsInOneSentence_GivesTwoClaimsEachWithItsCount()
    {
        const string Answer = "Seven were killed and twenty were injured when the mortar hit the market in Douma.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Seven", HarmSet.Killed | HarmSet.Injured, Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 7/7 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
                $"c2 INJURED 20/20 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SameEventToldTwice_MergesIntoOneClaimWithTwoSpans()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: A barrel bomb hit our street in Aleppo. Four people were killed.\n"
            + "Q: Did you know them?\nA: Yes, they were my neighbours.\nQ: How many died?\nA: I told you, four people were killed by the barrel bomb.\n",
            ("Four people were killed.", Killed, Witnessed),
            ("four people were killed by", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 4/4 named=[] event=BARREL_BOMB weapon=BARREL_BOMB actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[Four people were killed.] + [I told you, four people were killed by the barrel bomb.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ConsecutiveSentencesOfOneHarm_FormOneSpan()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The mortar fell on the bakery in Douma. Five people were killed there.\n",
            ("mortar", Killed, Witnessed),
            ("Five", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 5/5 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[The mortar fell on the bakery in Douma. Five people were killed there.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_InterviewerTurn_IsNeverAClaim()
    {
        var claims = Build(
            Header + "Q: Were seven people killed in Aleppo?\nA: Yes. Seven people were killed by the shell.\n",
            ("Were seven", Killed, Witnessed),
            ("Seven people", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 7/7 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Aleppo date=null basis=WITNESSED evidence=[Seven people were killed by the shell.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_Confidence_IsMeanHarmConfidenceTimesMeanBasisConfidence()
    {
        var document = Run(Header + "Q: What happened?\nA: The mortar fell on the bakery in Douma. Five people were killed there.\n");
        var assessments = new SentenceAssessment[document.Sentences.Count];
        for (var i = 0; i < assessments.Length; i++)
        {
            assessments[i] = SentenceAssessment.NoHarm;
        }

        assessments[^2] = new SentenceAssessment(Killed, Witnessed, 0.5f, 0.6f);
        assessments[^1] = new SentenceAssessment(Killed, Witnessed, 0.7f, 1f);
        var claims = new List<Claim>();

        new ClaimBuilder().Build(document, assessments, claims);

        Assert.Equal(0.48, Assert.Single(claims).Confidence, 6);
    }

    [Fact]
    public void Build_OwnerOfTheHouse_IsNoNamedVictim()
    {
        const string Answer = "A mortar fell in the yard of our neighbour Faizullah in Homs and his daughter Salma was hurt.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Salma", HarmSet.Injured, Witnessed));

        Assert.Equal(
            [$"c1 INJURED 1/1 named=[e4:Salma] event=MORTAR weapon=MORTAR actor=null site=e3:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_LeavingWithAGroup_CountsTheSpeakerToo()
    {
        const string Answer = "After the shelling I left Daraa with my two daughters.";
        var claims = Build(Header + "Q: What did you do?\nA: " + Answer + "\n", ("daughters", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e2:Daraa date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_LonePronoun_IsOneVictim()
    {
        var claims = Build(
            Header + "Q: What happened to your husband?\nA: The sniper shot him near the bakery in Aleppo and he died.\n",
            ("died", Killed, Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[The sniper shot him near the bakery in Aleppo and he died.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SecondTollInTheNextSentence_IsAnotherClaim()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: Eight people were killed in the market in Douma. The next day the mortar killed three more people.\n",
            ("Eight", Killed, Witnessed),
            ("three more", Killed, Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 8/8 named=[] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[Eight people were killed in the market in Douma.] confidence=0.72",
                "c2 KILLED 3/3 named=[] event=MORTAR weapon=MORTAR actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[The next day the mortar killed three more people.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_PlanesDroppingABarrelBomb_TakeTheMunition()
    {
        const string Answer = "The planes dropped a barrel bomb on Aleppo and nine people died.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("nine", Killed, Witnessed));

        Assert.Equal(
            [$"c1 KILLED 9/9 named=[] event=BARREL_BOMB weapon=BARREL_BOMB actor=null site=e3:Aleppo date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_Destination_IsNoSite()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: A shell hit our house in Daraa. My brother was wounded and we took him to Amman.\n",
            ("wounded", HarmSet.Injured, Witnessed));

        Assert.Equal(
            ["c1 INJURED 1/1 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Daraa date=null basis=WITNESSED evidence=[My brother was wounded and we took him to Amman.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_NoHarmAnywhere_GivesNoClaim()
    {
        var claims = Build(Header + "Q: What happened?\nA: There was no shelling that day in Homs.\n");

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_WrongNumberOfAssessments_Throws()
    {
        var document = Run(Header + "Q: What happened?\nA: Seven people were killed.\n");

        Assert.Throws<ArgumentException>(() => new ClaimBuilder().Build(document, new SentenceAssessment[1], []));
    }
}
