using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>Which weapon a claim takes from the event being told when its evidence names none.</summary>
public sealed class ClaimWeaponTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";

    [Fact]
    public void Build_MunitionOfTheEventBeforeANearerAircraft_WinsOverIt()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The helicopters dropped barrel bombs on our street in Douma. Then the planes came again. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=BARREL_BOMB weapon=BARREL_BOMB actor=null site=e3:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftAloneBeforeTheEvidence_IsTheWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes came over our street in Douma. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e3:Karim] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_GunsInAnEarlierAnswerAndNoShotInTheEvidence_NoWeapon()
    {
        var claims = Build(
            Header + "Q: Who came?\nA: Men with Kalashnikovs came to our street in Gao.\nQ: And then?\nA: My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e3:Karim] event=null weapon=null actor=null site=e2:Gao date=null basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_GunsInAnEarlierAnswerAndAShotInTheEvidence_SmallArms()
    {
        var claims = Build(
            Header + "Q: Who came?\nA: Men with Kalashnikovs came to our street in Gao.\nQ: And then?\nA: They shot my brother Karim at the door.\n",
            ("shot my brother", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e3:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e2:Gao date=null basis=WITNESSED evidence=[They shot my brother Karim at the door.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ShotInTheSentenceBeforeTheEvidence_SmallArms()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: Men with Kalashnikovs came to our street in Gao and fired at the houses. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e3:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e2:Gao date=null basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_BurningAfterGunsWithoutAShot_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: Men with Kalashnikovs came to our street in Gao. Later they burned the house of my brother Karim.\n",
            ("they burned", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            ["c1 PROPERTY_DAMAGE null/null named=[] event=null weapon=null actor=null site=e2:Gao date=null basis=WITNESSED evidence=[Later they burned the house of my brother Karim.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_DeathToldAsAShootingWithNoWeaponNamed_SmallArms()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: They shot my brother Karim at the door in Gao.\n",
            ("shot my brother", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e1:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e2:Gao date=null basis=WITNESSED evidence=[They shot my brother Karim at the door in Gao.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ShootingAfterAnAircraftInAnEarlierAnswer_SmallArmsOverTheAircraft()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The jets bombed the market in Gao.\nQ: And then?\nA: Soldiers shot my brother Karim at the door.\n",
            ("shot my brother", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e3:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e2:Gao date=null basis=WITNESSED evidence=[Soldiers shot my brother Karim at the door.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_DamageAfterMinesNamedOutsideTheEvidence_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: They laid mines on the road to Gao. Later they burned the house of my brother Karim.\n",
            ("they burned", HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            ["c1 PROPERTY_DAMAGE null/null named=[] event=null weapon=null actor=null site=null date=null basis=WITNESSED evidence=[Later they burned the house of my brother Karim.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftInAnEarlierAnswerAndATimeOfDayBetween_IsTheWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: And then?\nA: In the evening we went home. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftInAnEarlierAnswerAndAMonthBetween_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: And then?\nA: In March we went home. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=null weapon=null actor=null site=e2:Douma date='March' 2018-03-01..2018-03-31 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ExplosionInAnEarlierAnswerAndATimeOfDayBetween_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: We heard the bombardment of our street in Douma.\nQ: And then?\nA: In the evening we went home. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=null weapon=null actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }
    [Fact]
    public void Build_AircraftInAnEarlierAnswerAndATimeOfDayAskedBetween_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: Who was killed that night?\nA: My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=null weapon=null actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }
    [Fact]
    public void Build_AircraftMoreThanThreeTurnsBackAndATimeOfDayBetween_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: Where were you?\nA: At home with my mother.\nQ: And then?\nA: In the evening we went home. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=null weapon=null actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftInAnAnswerOfSeveralWitnessTurnsAndATimeOfDayBetween_IsTheWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nA: We ran to the cellar.\nA: We stayed there an hour.\nQ: And then?\nA: In the evening we went home. My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftTurnsBackAndThatDayAskedBetween_IsTheWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: Where were you?\nA: At home with my mother.\nQ: And then?\nA: We ran to the basement.\nQ: Who was killed that day?\nA: My brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e4:Karim] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[My brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftTurnsBackAndThatDayAskedBetweenAndADateInTheEvidence_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: Where were you?\nA: At home with my mother.\nQ: And then?\nA: We ran to the basement.\nQ: Who was killed that day?\nA: That day my brother Karim was killed.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            ["c1 KILLED 1/1 named=[e5:Karim] event=null weapon=null actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[That day my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightToldAfterADrone_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What did you do then?\nA: After the drone, we left Kafr Nabl, the six of us, to Sarmada.\n",
            ("we left Kafr Nabl", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            ["c1 DISPLACED 6/6 named=[] event=null weapon=null actor=null site=e2:Kafr Nabl date=null basis=EXPERIENCED evidence=[After the drone, we left Kafr Nabl, the six of us, to Sarmada.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightToldAfterTheSecondStrike_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What did you do then?\nA: After the second strike we left Kafr Nabl, the six of us.\n",
            ("we left Kafr Nabl", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            ["c1 DISPLACED 6/6 named=[] event=null weapon=null actor=null site=e2:Kafr Nabl date=null basis=EXPERIENCED evidence=[After the second strike we left Kafr Nabl, the six of us.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_FlightWhileTheShellingWentOn_IsTheWeapon()
    {
        var claims = Build(
            Header + "Q: What did you do then?\nA: The shelling was in our street every day, so we left Kafr Nabl, the six of us.\n",
            ("we left Kafr Nabl", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            ["c1 DISPLACED 6/6 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Kafr Nabl date=null basis=EXPERIENCED evidence=[The shelling was in our street every day, so we left Kafr Nabl, the six of us.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ArrestAtTheMine_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened to your son?\nA: Four armed men came to the mine near Segovia and took my son Julian.\n",
            ("took my son", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            ["c1 DETAINED 1/1 named=[e3:Julian] event=null weapon=null actor=null site=e2:Segovia date=null basis=WITNESSED evidence=[Four armed men came to the mine near Segovia and took my son Julian.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftInAnEarlierAnswerAndTheEvidenceDatedByTheCalendar_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: And your house?\nA: In March my cousin Karim went back and our house was destroyed.\n",
            ("our house was destroyed", HarmSet.PropertyDamage, Basis.Hearsay));

        Assert.Equal(
            ["c1 PROPERTY_DAMAGE null/null named=[e4:Karim] event=null weapon=null actor=null site=e2:Douma date='March' 2018-03-01..2018-03-31 basis=HEARSAY evidence=[In March my cousin Karim went back and our house was destroyed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftInTheSameAnswerAsTheEvidenceDatedByTheCalendar_IsTheWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma. In March my cousin Karim went back and our house was destroyed.\n",
            ("our house was destroyed", HarmSet.PropertyDamage, Basis.Hearsay));

        Assert.Equal(
            ["c1 PROPERTY_DAMAGE null/null named=[e4:Karim] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Douma date='March' 2018-03-01..2018-03-31 basis=HEARSAY evidence=[In March my cousin Karim went back and our house was destroyed.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_AircraftInAnEarlierAnswerAndShellsNamedAfterTheEvidenceDatedByTheCalendar_NoWeapon()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: The planes bombed our street in Douma.\nQ: And your house?\nA: In March my cousin Karim went back and our house was destroyed. The planes or the shells, I don't know.\n",
            ("our house was destroyed", HarmSet.PropertyDamage, Basis.Hearsay));

        Assert.Equal(
            ["c1 PROPERTY_DAMAGE null/null named=[e4:Karim] event=null weapon=null actor=null site=e2:Douma date='March' 2018-03-01..2018-03-31 basis=HEARSAY evidence=[In March my cousin Karim went back and our house was destroyed.] confidence=0.72"],
            claims);
    }
}
