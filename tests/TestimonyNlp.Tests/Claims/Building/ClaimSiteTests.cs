using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// Which place a claim takes as its site: not where someone came from when another place is told, not the
/// route or the end of a flight, and not a bearing, a hospital, a place someone moved towards or where someone is now
/// (or was, away from the harm) named before the harm, nor where people who talk of it are, nor one named after "over"
/// or joined by "and" to an origin, nor, for a disappearance, where the family searched or the missing person is said
/// to be, nor where victims named in the evidence came from ("two men from Harasta"); a place someone went back to or towards, or reached, a road named after "on" ("on the Harasta road", "on the
/// road to Harasta"), or the home an answer opens with ("From Douma."), is. In the evidence a place after "to the" ranks
/// below the place carried over, and a flight never leaves a bearing ("to Harasta side") nor takes the road it fled on, nor a place named after
/// the way there ("to the camp, in Harasta", "we arrived in Harasta"). A place first named in an earlier claim of another date or weapon is not carried
/// over, unless the place before that claim is the site of a third event. A person's name told after a kin word or a
/// title is no site, and a place of a witness's sentence opening on "Before" is not carried over unless it is a home;
/// "I am from Douma" names the witness's home, which is carried over. A place of the evidence that people went or came
/// to ranks above the place carried over.
/// </summary>
public sealed class ClaimSiteTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";

    [Fact]
    public void Build_PlaceSomeoneCameFrom_IsNotCarriedOver()
    {
        var claims = Build(
            Header + "Q: Where were you?\nA: At home in Douma. My cousin Samir was visiting from Harasta.\nQ: What happened?\nA: A shell hit the kitchen and Samir was killed.\n",
            ("Samir was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Samir] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and Samir was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_OriginBesideAnotherPlaceInTheEvidence_RanksBelowIt()
    {
        const string Answer = "A boy from Harasta was killed by a shell in the market of Douma.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_OriginAloneInTheEvidence_IsTheSite()
    {
        var claims = Build(
            Header + "Q: Where do you work?\nA: In the hospital in Douma.\nQ: What did you see?\nA: Two boys from Harasta were brought to us dead.\n",
            ("were brought", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 2/2 named=[] event=null weapon=null actor=null site=e2:Harasta date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[Two boys from Harasta were brought to us dead.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("two men from Harasta were killed", "2/2")]
    [InlineData("a family from Harasta was killed", "null/null")]
    [InlineData("two workers from Homs and Harasta were killed", "2/2")]
    public void Build_HomeOfVictimsInTheEvidence_RanksBelowTheCarriedPlace(string told, string victims)
    {
        var answer = "In June a shell fell on the market and " + told + ".";
        var content = Header + HomeInDouma + answer + "\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED {victims} named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_OriginOfTheFireInTheEvidence_StillRanksAboveTheCarriedPlace()
    {
        const string Answer = "In June the shells came from Harasta and my brother Karim was killed.";
        const string Content = Header + HomeInDouma + Answer + "\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Harasta date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightThroughAPlace_KeepsThePlaceLeft()
    {
        const string Answer = "We left with my two children, through Damascus, and then to Beirut.";
        var claims = Build(
            Header + "Q: When did you leave Yarmouk?\nA: " + Answer + "\n",
            ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Yarmouk date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightNamingThePlaceLeft_TakesIt()
    {
        const string Answer = "We left Yarmouk with my two children, through Damascus, and then to Beirut.";
        var claims = Build(Header + "Q: How did you leave?\nA: " + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Yarmouk date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightAnsweringWhenAPlaceWasLeft_TakesThePlaceAsked()
    {
        const string Answer = "We slept with my two children in Qudsaya, at my uncle's.";
        var claims = Build(Header + "Q: When did you leave Yarmouk?\nA: " + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Yarmouk date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightNamingThePlaceLeftBesideAMoreSpecificOne_TakesThePlaceLeft()
    {
        const string Answer = "We left Syria with my two children, and now we rent a room in Beirut.";
        var claims = Build(Header + "Q: What happened then?\nA: " + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Syria date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightAfterAnAnswerNamingAnotherPlace_KeepsTheAnswersPlace()
    {
        const string Answer = "After a week we slept with my two children in Qudsaya.";
        var claims = Build(
            Header + "Q: When did you leave Yarmouk?\nA: First we stayed at the school in Babbila. " + Answer + "\n",
            ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e4:Qudsaya date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightToAHouseInAnotherTown_KeepsThePlaceLeft()
    {
        const string Answer = "We left with my two children to the house of my uncle in Saqba.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightForAnotherTown_KeepsThePlaceLeft()
    {
        const string Answer = "We left for Beirut with my two children.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightEndingInAPlaceNamedAfterTheWayThere_KeepsThePlaceLeft()
    {
        const string Answer = "We walked with my two children to the camp, in Harasta.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightArrivingInAPlace_KeepsThePlaceLeft()
    {
        const string Answer = "After three days we arrived in Harasta with my two children.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightWhenTheArmyCameIntoAPlace_TakesThatPlace()
    {
        const string Answer = "When the army came into Harasta we fled with my two children.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            $"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=e2:the army site=e3:Harasta date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{Answer}] confidence=0.72",
            Assert.Single(claims));
    }

    [Fact]
    public void Build_KillingNamedAfterTheWayThere_TakesThePlace()
    {
        const string Answer = "We walked to the market, in Harasta, and a shell killed two men.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("killed two men", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            $"c1 KILLED 2/2 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Harasta date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            Assert.Single(claims));
    }

    [Fact]
    public void Build_KillingOnTheWayToAPlace_TakesThatPlace()
    {
        const string Answer = "A shell fell on the road to the mosque in Saqba and killed two men.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("killed two men", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 2/2 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Saqba date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SideTheShellsCameFrom_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. The shells came from the side of Harasta all night.\nQ: What happened?\nA: One hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[One hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("The shells came from the direction of Harasta all night.")]
    [InlineData("The shells came from the hills of Harasta all night.")]
    public void Build_PlaceTheFireCameFrom_IsNotCarriedOver(string fire)
    {
        var content = Header + "Q: Where were you?\nA: At home in Douma. " + fire + "\nQ: What happened?\nA: One hit the kitchen and my brother Karim was killed.\n";

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal("site=e1:Douma", Assert.Single(claims).Split(' ').Single(part => part.StartsWith("site=", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_TownOfAHospitalAfterAComma_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My sister Rima was at the hospital, in Harasta.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal("site=e1:Douma", Assert.Single(claims).Split(' ').Single(part => part.StartsWith("site=", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_TownOfARadioInTheEvidence_RanksBelowTheCarriedPlace()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma.\nQ: What happened?\nA: The radio of Harasta said a shell killed my brother Karim.\n";

        var claims = Build(Content, ("killed my brother", HarmSet.Killed, Basis.Hearsay));

        Assert.Equal("site=e1:Douma", Assert.Single(claims).Split(' ').Single(part => part.StartsWith("site=", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_TownARoadLeadsTo_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. The tanks came down the Harasta road.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_HospitalNamedBeforeTheHarm_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My sister Rima works at Al-Mujtahid hospital.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Al-Mujtahid hospital");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceWhereSomeoneIsNow_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My sister Rima is in Beirut now.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Beirut");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceWhereTheWitnessWasAway_IsNotCarriedOver()
    {
        const string Content = Header + "Q: What happened in Douma?\nA: I was not there, I was in Beirut. A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Beirut");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceSomeoneIsAlreadyHereIn_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My sister Rima is already here in Beirut.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Beirut");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("people in")]
    [InlineData("people of")]
    public void Build_PlaceOfPeopleWhoTalkOfIt_IsNotCarriedOver(string words)
    {
        var content = Header + $"Q: Where were you?\nA: At home in Douma. The {words} Beirut say it was a drone.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Beirut");

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceWhereAThingWas_IsCarriedOver()
    {
        const string Content = Header + "Q: Where did you live?\nA: In Harasta. My shop was in Douma.\nQ: What happened?\nA: A shell hit the shop and my brother Karim was killed.\n";

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the shop and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceAfterFromAndAnArticle_IsAnOrigin()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My cousin Samir was visiting from the Yarmouk camp.\nQ: What happened?\nA: A shell hit the kitchen and Samir was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Yarmouk");

        var claims = Build(Content, ("Samir was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Samir] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and Samir was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("towards")]
    [InlineData("by")]
    [InlineData("past")]
    public void Build_PlaceSomeoneMovedTowards_IsNotCarriedOver(string movement)
    {
        var content = Header + $"Q: Where were you?\nA: At home in Douma. My cousin Samir drove {movement} Harasta.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAHospitalNamedBeforeTheHarm_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My sister Rima was in the hospital in Harasta.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAHospitalInTheEvidence_RanksBelowTheOtherPlace()
    {
        const string Answer = "My brother Karim died in the hospital of Harasta after a shell hit the market in Douma.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Karim died", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e1:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAHospitalAloneInTheEvidence_RanksBelowTheCarriedPlace()
    {
        const string Answer = "A shell hit the kitchen and my brother Karim died in the hospital of Harasta.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("Karim died", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAHospitalAloneInTheEvidenceWithNoPlaceBefore_IsTheSite()
    {
        const string Answer = "A shell hit the kitchen and my brother Karim died in the hospital of Harasta.";
        var claims = Build(Header + "Q: What happened?\nA: " + Answer + "\n", ("Karim died", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e2:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Harasta date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAPrisonInTheEvidenceOfADetention_IsTheSite()
    {
        const string Answer = "The soldiers took my brother Karim and held him in the prison of Harasta.";
        var claims = Build(Header + HomeInDouma + Answer + "\n", ("took my brother", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [$"c1 DETAINED 1/1 named=[e3:Karim] event=null weapon=null actor=e2:The soldiers site=e4:Harasta date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("went back to")]
    [InlineData("returned to")]
    [InlineData("went back towards")]
    [InlineData("came back toward")]
    public void Build_PlaceSomeoneWentBackTo_IsCarriedOver(string movement)
    {
        var content = Header + $"Q: Where were you?\nA: With my aunt in Harasta. In June my family {movement} Douma.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Douma");

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceSomeoneWentTo_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: With my aunt in Harasta. In June my family went to Douma.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Douma");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Harasta date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOpeningTheAnswerWithFrom_IsCarriedOver()
    {
        const string Content = Header + "Q: Where are you from?\nA: From Douma. My cousin Samir was visiting from Harasta.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Douma");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SecondPlaceOfAListOfOrigins_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. My cousins were visiting from Harasta and Saqba.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Saqba");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("the helicopters circled over Harasta", "Harasta")]
    [InlineData("the soldiers held the bridge over the Euphrates", "Euphrates")]
    public void Build_PlaceNamedAfterOver_IsNotCarriedOver(string sentence, string place)
    {
        var content = Header + $"Q: Where did you live?\nA: In Douma. In March {sentence}.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == place);

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='March' 2018-03-01..2018-03-31 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    private const string HomeInDouma = "Q: Where did you live?\nA: In Douma.\nQ: What happened then?\nA: ";

    /// <summary>A witness who lived in Douma answers two questions, one claim in each answer.</summary>
    private static string AnswersAfterHomeInDouma(string firstQuestion, string first, string secondQuestion, string second) =>
        Header + "Q: Where did you live?\nA: In Douma.\nQ: " + firstQuestion + "\nA: " + first + "\nQ: " + secondQuestion + "\nA: " + second + "\n";

    [Theory]
    [InlineData("we asked in Beirut, nobody knew him.")]
    [InlineData("some say he is in Beirut.")]
    [InlineData("a man told us he saw him in Beirut.")]
    [InlineData("nobody has seen him, not in Homs, not in Beirut.")]
    [InlineData("we have no news of him, not in Beirut.")]
    [InlineData("we went to the Red Cross in Beirut, nothing.")]
    [InlineData("his name is not on the list in Beirut.")]
    [InlineData("we do not know where he is, maybe Beirut.")]
    [InlineData("nobody knows, is he in Beirut or not.")]
    public void Build_PlaceWhereAMissingManIsSoughtOrSaidToBe_RanksBelowTheCarriedPlace(string sentence)
    {
        var answer = "Since then my brother Karim is missing, " + sentence;
        var content = Header + "Q: Where was he taken?\nA: At the checkpoint in Douma.\nQ: What happened after?\nA: " + answer + "\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Beirut");

        var claims = Build(content, ("Karim is missing", HarmSet.Missing, Basis.Experienced));

        Assert.Equal(
            [$"c1 MISSING 1/1 named=[e2:Karim] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("two men took him at the checkpoint in Beirut.")]
    [InlineData("he was not at home, two men took him in Beirut.")]
    public void Build_PlaceWhereAMissingManWasTaken_IsTheSite(string sentence)
    {
        var answer = "Since then my brother Karim is missing, " + sentence;
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened after?\nA: " + answer + "\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Beirut");

        var claims = Build(content, ("Karim is missing", HarmSet.Missing, Basis.Experienced));

        Assert.Equal(
            [$"c1 MISSING 1/1 named=[e2:Karim] event=null weapon=null actor=null site=e3:Beirut date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceSomeoneReached_IsCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: With my aunt in Harasta. In June we reached Douma.\nQ: What happened?\nA: A shell hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Douma");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[A shell hit the kitchen and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("on the Harasta road")]
    [InlineData("on Harasta road")]
    public void Build_RoadNamedAfterOn_IsCarriedOver(string road)
    {
        var content = Header + $"Q: Where were you?\nA: At home in Douma. In June my brother Karim drove his taxi {road}.\nQ: What happened?\nA: A shell hit the taxi and Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e6:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Harasta date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[A shell hit the taxi and Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_RoadToAPlaceAfterOnInTheEvidence_IsTheSite()
    {
        const string Answer = "In June a mine exploded on the road to Harasta and killed my brother Karim.";
        const string Content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened then?\nA: " + Answer + "\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("killed my brother Karim", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e5:Karim] event=LANDMINE weapon=LANDMINE actor=null site=e4:Harasta date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("on the road to Harasta")]
    [InlineData("by the road from Harasta")]
    public void Build_RoadToOrFromAPlaceInTheSentenceBefore_IsCarriedOver(string road)
    {
        var content = Header + $"Q: Where did you live?\nA: In Douma. In June a drone hit a car {road}. My brother Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=DRONE_STRIKE weapon=DRONE_STRIKE actor=null site=e4:Harasta date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_RoadToAPlaceBeforeAnEvidenceOpeningOnLater_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where did you live?\nA: In Douma. In June a drone hit a car on the road to Harasta. Later my brother Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=DRONE_STRIKE weapon=DRONE_STRIKE actor=null site=e1:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[Later my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_RoadToAPlaceAcrossAQuestion_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. In June my brother Karim drove his taxi on the road to Harasta.\nQ: What happened?\nA: A shell hit the taxi and Karim was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e6:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[A shell hit the taxi and Karim was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("outside the gate")]
    [InlineData("at the checkpoint")]
    public void Build_RoadToAPlaceAfterAnEdgeOfTheStorysPlace_IsNotTheSite(string edge)
    {
        var answer = $"In June soldiers shot my brother Karim {edge}, on the road to Harasta.";
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened then?\nA: " + answer + "\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("shot my brother Karim", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e1:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightOnTheRoadToAPlace_KeepsThePlaceLeft()
    {
        const string Answer = "We fled with the children on the road to Harasta.";
        const string Content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened then?\nA: " + Answer + "\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("We fled", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED null/null named=[] event=null weapon=null actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_RoadToAPlaceTaken_IsNotCarriedOver()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma. In June my brother Karim took the road to Harasta.\nQ: What happened?\nA: A shell hit the kitchen and my mother was killed.\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(Content, ("my mother was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='June' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[A shell hit the kitchen and my mother was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceAfterToTheInTheEvidence_RanksBelowTheCarriedPlace()
    {
        const string Answer = "A shell hit the kitchen and my brother Karim was wounded, we carried him to the Harasta hospital.";
        const string Content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened then?\nA: " + Answer + "\n";
        Assert.Contains(Run(Content).Entities, e => e.Type == EntityType.Place && e.Text.StartsWith("Harasta", StringComparison.Ordinal));

        var claims = Build(Content, ("Karim was wounded", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [$"c1 INJURED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("we walked to Harasta side")]
    [InlineData("we walked through the side of Harasta")]
    public void Build_BearingInAFlight_IsNotThePlaceLeft(string route)
    {
        var answer = $"In March {route}, me and my two children.";
        var content = Header + "Q: When did you leave Douma?\nA: " + answer + "\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("two children", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 DISPLACED 3/3 named=[] event=null weapon=null actor=null site=e1:Douma date='March' 2018-03-01..2018-03-31 basis=EXPERIENCED evidence=[{answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAnEarlierClaimOfAnotherDate_IsNotCarriedOver()
    {
        const string First = "In March 2017 a shell hit the market in Saqba and killed two men.";
        const string Second = "In June 2017 a shell fell on our street and my uncle Karim was killed.";
        var claims = Build(
            AnswersAfterHomeInDouma("What happened?", First, "And after that?", Second),
            ("killed two men", HarmSet.Killed, Basis.Witnessed),
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 2/2 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Saqba date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{First}] confidence=0.72",
                $"c2 KILLED 1/1 named=[e7:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e1:Douma date='June 2017' 2017-06-01..2017-06-30 basis=WITNESSED evidence=[{Second}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAnEarlierClaimOfAnotherWeapon_IsNotCarriedOver()
    {
        const string First = "An air strike hit the bakery in Saqba and killed four men.";
        const string Second = "A landmine took the leg of my neighbour Rami.";
        var claims = Build(
            AnswersAfterHomeInDouma("What happened?", First, "And after that?", Second),
            ("killed four men", HarmSet.Killed, Basis.Witnessed),
            ("took the leg", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 4/4 named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e3:Saqba date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{First}] confidence=0.72",
                $"c2 INJURED 1/1 named=[] event=LANDMINE weapon=LANDMINE actor=null site=e1:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Second}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_PlaceOfAnEarlierArrestAcrossAQuestion_IsNotCarriedOver()
    {
        const string First = "Soldiers arrested my brother Sami at the checkpoint in Harasta.";
        const string Second = "A fire burned our house.";
        var claims = Build(
            AnswersAfterHomeInDouma("What happened to your brother?", First, "And your house?", Second),
            ("arrested my brother", HarmSet.Detained, Basis.Witnessed),
            ("burned our house", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(["e3:Harasta", "e1:Douma"], claims.Select(SiteOf));
    }

    [Fact]
    public void Build_PlaceOfAnEarlierKillingAcrossAQuestion_IsCarriedOver()
    {
        const string First = "A shell hit the market in Harasta and killed two men.";
        const string Second = "My uncle Karim was wounded.";
        var claims = Build(
            AnswersAfterHomeInDouma("What happened?", First, "Was anyone else hurt?", Second),
            ("killed two men", HarmSet.Killed, Basis.Witnessed),
            ("Karim was wounded", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(["e3:Harasta", "e3:Harasta"], claims.Select(SiteOf));
    }

    private static string SiteOf(string claim) => claim.Split(" site=")[1].Split(' ')[0];

    [Fact]
    public void Build_PlaceOfAnEarlierClaimOfTheSameEvent_IsCarriedOver()
    {
        const string First = "In March 2017 a shell hit the market in Saqba and killed two men.";
        const string Second = "My uncle Karim was wounded there.";
        var claims = Build(
            AnswersAfterHomeInDouma("What happened?", First, "Anyone else?", Second),
            ("killed two men", HarmSet.Killed, Basis.Witnessed),
            ("Karim was wounded", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 2/2 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Saqba date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{First}] confidence=0.72",
                $"c2 INJURED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Saqba date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{Second}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_PlaceBeforeTheOtherEventIsTheSiteOfAThirdEvent_KeepsTheCarriedPlace()
    {
        const string First = "In May 2016 a shell hit the school in Harasta and killed three children.";
        const string Second = "In March 2017 a shell hit the market in Saqba and killed two men.";
        const string Third = "In June 2017 a shell fell on a bus and my uncle Karim was killed.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + "\nQ: And then?\nA: " + Second + "\nQ: And after that?\nA: " + Third + "\n",
            ("killed three children", HarmSet.Killed, Basis.Witnessed),
            ("killed two men", HarmSet.Killed, Basis.Witnessed),
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(["Harasta", "Saqba", "Saqba"], claims.Select(SiteName));
    }

    [Theory]
    [InlineData("The doctors in Harasta took out the metal.", "Douma")]
    [InlineData("He had surgery in Harasta.", "Douma")]
    [InlineData("The shops in Harasta were closed.", "Harasta")]
    public void Build_TownWhereTheWoundedWereTreated_IsNotCarriedOver(string sentence, string site)
    {
        var content = Header + "Q: Where were you?\nA: At home in Douma. My cousin Samir was hurt in March. " + sentence + "\nQ: What happened then?\nA: A shell hit the kitchen and my brother Karim was killed.\n";

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("The shells came from the army positions in Harasta.", "Douma")]
    [InlineData("The shells came from the army in Harasta.", "Douma")]
    [InlineData("The army shelled Harasta all day.", "Harasta")]
    public void Build_PositionOfTheArmedMenTheFireCameFrom_IsNotCarriedOver(string sentence, string site)
    {
        var content = Header + "Q: Where were you?\nA: At home in Douma. " + sentence + "\nQ: What happened then?\nA: One hit the kitchen and my brother Karim was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Actor);

        var claims = Build(content, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("Soldiers arrested my brother Sami in March and released him in Harasta after a month.", "Douma")]
    [InlineData("Soldiers arrested my brother Sami in March and let him go at Harasta after a month.", "Douma")]
    [InlineData("Soldiers arrested my brother Sami in March in Harasta.", "Harasta")]
    public void Build_PlaceACaptiveWasLetGo_RanksBelowTheCarriedPlace(string answer, string site)
    {
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened to your brother?\nA: " + answer + "\n";

        var claims = Build(content, ("arrested my brother", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("My neighbour Salma, she is from Harasta, lost her leg when a shell hit the market.", "Douma")]
    [InlineData("A shell from Harasta hit the market and my neighbour Salma lost her leg.", "Harasta")]
    public void Build_HomeOfAPersonToldWithIsFrom_RanksBelowTheCarriedPlace(string answer, string site)
    {
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened?\nA: " + answer + "\n";

        var claims = Build(content, ("lost her leg", HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Fact]
    public void Build_TownOfARadioAfterTheArticle_RanksBelowTheCarriedPlace()
    {
        const string Content = Header + "Q: Where were you?\nA: At home in Douma.\nQ: What happened?\nA: The radio of the Harasta council said a shell killed my brother Karim.\n";

        var claims = Build(Content, ("killed my brother", HarmSet.Killed, Basis.Hearsay));

        Assert.Equal("Douma", SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("My name is Karim, people call me Harasta.", "Douma")]
    [InlineData("My name is Karim, I went to school in Harasta.", "Harasta")]
    public void Build_NameAPersonGoesBy_IsNoSite(string sentence, string site)
    {
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: Tell me about yourself.\nA: " + sentence + "\nQ: What happened?\nA: A shell hit the kitchen and my brother Sami was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("I walked to the market with the teacher Kafr Batna.", "Kafr Batna", "Douma")]
    [InlineData("The two sons of Harasta helped us carry the water.", "Harasta", "Douma")]
    [InlineData("Hajji Harasta sold us bread.", "Harasta", "Douma")]
    [InlineData("My daughter studied at the school in Harasta.", "Harasta", "Harasta")]
    public void Build_PersonNamedAfterAKinWordOrTitle_IsNoSite(string sentence, string name, string site)
    {
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: Tell me about your family.\nA: " + sentence + "\nQ: What happened?\nA: A shell hit the kitchen and my brother Sami was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == name);

        var claims = Build(content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("Before that, the army shelled Harasta many times.", "Douma")]
    [InlineData("Before the war I studied at the university in Harasta.", "Douma")]
    [InlineData("Before the war we lived in Harasta.", "Harasta")]
    [InlineData("In May the army shelled Harasta many times.", "Harasta")]
    public void Build_PlaceOfASentenceOpeningOnBefore_IsNotCarriedOver(string sentence, string site)
    {
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: Tell me about that year.\nA: " + sentence + "\nQ: What happened?\nA: A shell hit the kitchen and my brother Sami was killed.\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Fact]
    public void Build_InterviewerQuestionOpeningOnBefore_KeepsItsPlaceCarried()
    {
        const string Content = Header + "Q: Where did you live?\nA: In Douma.\nQ: Before that, was there shelling in Harasta?\nA: Yes. A shell hit the kitchen of my uncle and my brother Sami was killed.\n";

        var claims = Build(Content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal("Harasta", SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("I am from Harasta.", "Harasta")]
    [InlineData("We are from Harasta.", "Harasta")]
    [InlineData("I am from Harasta originally.", "Douma")]
    [InlineData("My cousin came from Harasta.", "Douma")]
    public void Build_HomeToldWithIAmFrom_IsCarriedOver(string sentence, string site)
    {
        var content = Header + "Q: Where were you in the war?\nA: In Douma.\nQ: Tell me about yourself.\nA: " + sentence + "\nQ: What happened?\nA: A shell hit the kitchen and my brother Sami was killed.\n";

        var claims = Build(content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("I am from Harasta, from Saqba.", "Saqba")]
    [InlineData("We are from Harasta, near Saqba.", "Saqba")]
    [InlineData("I am from Harasta, but I study far away.", "Douma")]
    [InlineData("We are from Harasta. We left in the winter, a truck took us to Saqba.", "Douma")]
    public void Build_HomeToldWithAnotherPlaceOrLeft_IsNotCarriedOver(string answer, string site)
    {
        var content = Header + "Q: Where were you in the war?\nA: In Douma.\nQ: Tell me about yourself.\nA: " + answer + "\nQ: What happened?\nA: A shell hit the kitchen and my brother Sami was killed.\n";

        var claims = Build(content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    [Fact]
    public void Build_HomeAskedWithYouAreFrom_IsCarriedOver()
    {
        const string Content = Header + "Q: You are from Harasta?\nA: Yes. A shell hit the kitchen and my brother Sami was killed.\n";

        var claims = Build(Content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal("Harasta", SiteName(Assert.Single(claims)));
    }

    [Theory]
    [InlineData("My brother Sami went to Harasta for bread and Sami was killed by a sniper.", "Harasta")]
    [InlineData("The soldiers came at night to Harasta and Sami was killed by a sniper.", "Harasta")]
    [InlineData("A sniper shot at us, Sami was killed and the wounded went in a car to Harasta.", "Douma")]
    [InlineData("Sami was killed by a sniper, and his mother went to Harasta to ask about the body.", "Douma")]
    public void Build_PlaceArrivedAtInTheEvidence_RanksAboveTheCarriedPlace(string answer, string site)
    {
        var content = Header + "Q: Where did you live?\nA: In Douma.\nQ: What happened?\nA: " + answer + "\n";
        Assert.Contains(Run(content).Entities, e => e.Type == EntityType.Place && e.Text == "Harasta");

        var claims = Build(content, ("Sami was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(site, SiteName(Assert.Single(claims)));
    }

    private static string SiteName(string claim) => claim.Split(' ').Single(part => part.StartsWith("site=", StringComparison.Ordinal)).Split(':')[1];
}
