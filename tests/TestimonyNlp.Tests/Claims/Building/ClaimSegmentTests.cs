using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>
/// How the claim builder cuts the classifier's harm sentences into claims: which runs become one claim, which
/// merge, and which harms are folded into another harm of the same sentences (a beating in detention, a flight with a
/// killing, the fatal wound of a death, a death only doubted, supposed, restated or denied).
/// </summary>
public sealed class ClaimSegmentTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const HarmSet Killed = HarmSet.Killed;

    [Fact]
    public void Build_DamageToldInTwoAnswers_GivesTwoClaims()
    {
        const string House = "A shell hit our house in Aleppo and destroyed the kitchen.";
        const string Shop = "The shop of my neighbour Karim was destroyed too.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + House + "\nQ: And the neighbours?\nA: " + Shop + "\n",
            (House[..12], HarmSet.PropertyDamage, Basis.Experienced),
            (Shop[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Aleppo date=null basis=EXPERIENCED evidence=[{House}] confidence=0.72",
                $"c2 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[{Shop}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_BeatingInDetention_IsPartOfTheDetention()
    {
        const string Answer = "They kept my brother Karim in a cell in Homs for a month and beat him every day.";
        var claims = Build(
            Header + "Q: What happened to your brother?\nA: " + Answer + "\n",
            (Answer[..12], HarmSet.Detained | HarmSet.Injured, Basis.Hearsay));

        Assert.Equal(
            [$"c1 DETAINED 1/1 named=[e1:Karim] event=null weapon=null actor=null site=e2:Homs date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_InjuryToldBeyondTheDetention_IsItsOwnClaim()
    {
        const string Detention = "They kept my brother Karim in a cell in Homs for a month and beat him every day.";
        const string Injury = "His arm was broken when he came out.";
        var claims = Build(
            Header + "Q: What happened to your brother?\nA: " + Detention + " " + Injury + "\n",
            (Detention[..12], HarmSet.Detained | HarmSet.Injured, Basis.Hearsay),
            (Injury[..12], HarmSet.Injured, Basis.Hearsay));

        Assert.Equal(
            [
                $"c1 INJURED 1/1 named=[e1:Karim] event=null weapon=null actor=null site=e2:Homs date=null basis=HEARSAY evidence=[{Detention} {Injury}] confidence=0.72",
                $"c2 DETAINED 1/1 named=[e1:Karim] event=null weapon=null actor=null site=e2:Homs date=null basis=HEARSAY evidence=[{Detention}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_WoundToldOnlyInTheSentenceOfADeath_IsNoClaimOfItsOwn()
    {
        const string Answer = "A sniper shot my cousin Karim in the chest near the bakery in Homs.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            (Answer[..12], HarmSet.Killed | HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e2:Karim] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e3:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_WoundToALimbInTheSentenceOfADeath_StaysAClaim()
    {
        const string Answer = "A sniper killed my cousin Karim near the bakery in Homs and shot his son Omar in the leg.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            (Answer[..12], HarmSet.Killed | HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 2/2 named=[e2:Karim, e4:Omar] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e3:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
                $"c2 INJURED 1/1 named=[e2:Karim, e4:Omar] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e3:Homs date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FlightInTheSentenceOfAKilling_IsNoClaimOfItsOwn()
    {
        const string Answer = "When the planes killed my husband Samir in Idlib we left the same night.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            (Answer[..12], HarmSet.Killed | HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e2:Samir] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e3:Idlib date=null basis=EXPERIENCED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SentenceWithoutHarmInsideARun_StaysInTheEvidence()
    {
        const string Answer = "Seventeen people were killed in the market in Idlib. The elders counted them at the mosque. My cousin Karim died there too.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            ("Seventeen", HarmSet.Killed, Basis.Witnessed),
            ("My cousin", HarmSet.Killed, Basis.Witnessed));

        // The bridged sentence's own confidence (that it asserts nothing) enters the mean: (0.9 + 1 + 0.9) / 3 * 0.8.
        Assert.Equal(
            [$"c1 KILLED 17/17 named=[e2:Karim] event=null weapon=null actor=null site=e1:Idlib date=null basis=WITNESSED evidence=[{Answer}] confidence=0.747"],
            claims);
    }

    [Fact]
    public void Build_TollAfterASentenceWithoutHarm_StartsAnotherClaim()
    {
        const string Answer = "Seventeen people were killed in the market in Idlib. I saw it. Three more people died in the hospital.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            ("Seventeen", HarmSet.Killed, Basis.Witnessed),
            ("Three more", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 17/17 named=[] event=null weapon=null actor=null site=e1:Idlib date=null basis=WITNESSED evidence=[Seventeen people were killed in the market in Idlib.] confidence=0.72",
                "c2 KILLED 3/3 named=[] event=null weapon=null actor=null site=e1:Idlib date=null basis=WITNESSED evidence=[Three more people died in the hospital.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SentenceWithoutHarmBeforeAnotherTurn_EndsTheRun()
    {
        const string Answer = "Seventeen people were killed in the market in Idlib. The elders counted them at the mosque.";
        const string Later = "My cousin Karim died there too.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\nQ: Did you know them?\nA: " + Later + "\n",
            ("Seventeen", HarmSet.Killed, Basis.Witnessed),
            ("My cousin", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 17/17 named=[] event=null weapon=null actor=null site=e1:Idlib date=null basis=WITNESSED evidence=[Seventeen people were killed in the market in Idlib.] confidence=0.72",
                $"c2 KILLED 1/1 named=[e2:Karim] event=null weapon=null actor=null site=e1:Idlib date=null basis=WITNESSED evidence=[{Later}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageOnlyInTheSentenceOfAKilling_IsItsOwnClaim()
    {
        const string Answer = "The shell fell on the house of my uncle in Hama and killed his wife Salma.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            (Answer[..12], HarmSet.Killed | HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Hama date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
                $"c2 PROPERTY_DAMAGE null/null named=[e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Hama date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageToldBeyondTheKilling_IsItsOwnClaim()
    {
        const string Killing = "The shell fell on the house of my uncle in Hama and killed his wife Salma.";
        const string Damage = "The whole house was burned to the ground.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Killing + " " + Damage + "\n",
            (Killing[..12], HarmSet.Killed | HarmSet.PropertyDamage, Basis.Witnessed),
            (Damage[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Hama date=null basis=WITNESSED evidence=[{Killing}] confidence=0.72",
                $"c2 PROPERTY_DAMAGE null/null named=[e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Hama date=null basis=WITNESSED evidence=[{Killing} {Damage}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_TollOfThePeopleJustListed_StaysInTheClaim()
    {
        const string Listed = "The shell killed my uncle Yousef, his wife Salma and two of their sons in Hama.";
        const string Total = "All four of them died at once.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Listed + " " + Total + "\n",
            (Listed[..12], HarmSet.Killed, Basis.Witnessed),
            (Total[..12], HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 4/4 named=[e2:Yousef, e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Hama date=null basis=WITNESSED evidence=[{Listed} {Total}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_NewTollAfterATollInTheRun_StartsAnotherClaim()
    {
        const string First = "Seven people died in the market in Hama.";
        const string Second = "Near the bakery twelve people died.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + " " + Second + "\n",
            (First[..12], HarmSet.Killed, Basis.Witnessed),
            (Second[..12], HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 7/7 named=[] event=null weapon=null actor=null site=e1:Hama date=null basis=WITNESSED evidence=[{First}] confidence=0.72",
                $"c2 KILLED 12/12 named=[] event=null weapon=null actor=null site=e1:Hama date=null basis=WITNESSED evidence=[{Second}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_CountedDamageInTheSentenceOfAKilling_IsItsOwnClaim()
    {
        const string Answer = "The shell destroyed two houses in Hama and killed my neighbour Salma.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\n",
            (Answer[..12], HarmSet.Killed | HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 1/1 named=[e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Hama date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
                $"c2 PROPERTY_DAMAGE 2/2 named=[e3:Salma] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Hama date=null basis=WITNESSED evidence=[{Answer}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageSentenceOpeningOnOtherProperty_StartsAnotherClaim()
    {
        const string House = "The shell hit our house in Aleppo and burned the kitchen.";
        const string Shop = "And the shop of my neighbour was destroyed too.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + House + " " + Shop + "\n",
            (House[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Shop[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[{House}] confidence=0.72",
                $"c2 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[{Shop}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageSentenceOpeningOnTimeGoneBy_StartsAnotherClaim()
    {
        const string Market = "The shell hit the market in Aleppo and burned the stalls.";
        const string School = "Three days later the school lost its windows.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Market + " " + School + "\n",
            (Market[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (School[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal([Market, School], claims.Select(EvidenceOf));
    }

    [Fact]
    public void Build_DamageSentenceTellingTimeGoneByAtItsEnd_StaysInTheClaim()
    {
        const string Market = "The shell hit the market in Aleppo and burned the stalls.";
        const string Fire = "The fire went on until the morning, three days later it still smoked.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Market + " " + Fire + "\n",
            (Market[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Fire[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal([Market + " " + Fire], claims.Select(EvidenceOf));
    }

    private static string EvidenceOf(string rendered)
    {
        var start = rendered.IndexOf("evidence=[", StringComparison.Ordinal) + "evidence=[".Length;
        return rendered[start..rendered.IndexOf("] confidence=", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Build_DamageSentenceGoingOnWithTheSameHouse_StaysInTheClaim()
    {
        const string House = "The shell hit our house in Aleppo and burned the kitchen.";
        const string Roof = "And the roof fell in on the beds.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + House + " " + Roof + "\n",
            (House[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Roof[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [$"c1 PROPERTY_DAMAGE null/null named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[{House} {Roof}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SameTollToldAfterADateInAnotherAnswer_StaysTwoClaims()
    {
        const string First = "A mortar fell on the market in Douma. Four people were killed.";
        const string Later = "In March 2016 a mortar fell on the school in Douma. Four people were killed.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + "\nQ: And after that?\nA: " + Later + "\n",
            ("Four people were killed.", Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[Four people were killed.] confidence=0.72",
                "c2 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e5:Douma date='March 2016' 2016-03-01..2016-03-31 basis=WITNESSED evidence=[Four people were killed.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SameTollToldAfterTheNightOfItsDay_MergesIntoOneClaim()
    {
        const string First = "On the 5th of March 2016 a mortar fell on the market in Douma. Four people were killed.";
        const string Later = "That night we buried them. Four people were killed, all of them my neighbours.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + "\nQ: And after that?\nA: " + Later + "\n",
            ("Four people were killed", Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e3:Douma date='the 5th of March 2016' 2016-03-05..2016-03-05 basis=WITNESSED evidence=[Four people were killed.] + [Four people were killed, all of them my neighbours.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SameTollToldAfterADateMonthsFromTheFirst_StaysTwoClaims()
    {
        const string First = "On the 5th of March 2016 a mortar fell on the market in Douma. Four people were killed.";
        const string Later = "In May the school was hit. Four people were killed in 2016, all of them my neighbours.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + "\nQ: And after that?\nA: " + Later + "\n",
            ("Four people were killed", Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e3:Douma date='the 5th of March 2016' 2016-03-05..2016-03-05 basis=WITNESSED evidence=[Four people were killed.] confidence=0.72",
                "c2 KILLED 4/4 named=[] event=null weapon=null actor=null site=e3:Douma date='2016' 2016-01-01..2016-12-31 basis=WITNESSED evidence=[Four people were killed in 2016, all of them my neighbours.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageRunGoingOnToOwnPropertyAfterTwoSentences_StartsAnotherClaim()
    {
        const string District = "Half of the old market in Aleppo was on the ground.";
        const string When = "The planes hit it in the night, in December.";
        const string House = "Our house, the roof was down.";
        var claims = Build(
            Header + "Q: What did you find?\nA: " + District + " " + When + " " + House + "\n",
            (District[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (When[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (House[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 PROPERTY_DAMAGE null/null named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e1:Aleppo date='December' 2017-12-01..2017-12-31 basis=WITNESSED evidence=[Half of the old market in Aleppo was on the ground. The planes hit it in the night, in December.] confidence=0.72",
                "c2 PROPERTY_DAMAGE null/null named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e1:Aleppo date='December' 2017-12-01..2017-12-31 basis=WITNESSED evidence=[Our house, the roof was down.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageSentenceOpeningOnOwnPropertyAfterOneSentence_StaysInTheClaim()
    {
        const string Lead = "Everything in our street in Aleppo burned.";
        const string House = "Our house, the roof was down.";
        var claims = Build(
            Header + "Q: What did you find?\nA: " + Lead + " " + House + "\n",
            (Lead[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (House[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            ["c1 PROPERTY_DAMAGE null/null named=[] event=null weapon=null actor=null site=e1:Aleppo date=null basis=WITNESSED evidence=[Everything in our street in Aleppo burned. Our house, the roof was down.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SpeakersFlightAfterACrowdsExodus_StartsAnotherClaim()
    {
        const string Crowd = "Everybody went to the west, thousands from all the villages around Homs.";
        const string Family = "Me, with my wife and my son Karim, we slept under a tree for ten nights.";
        var claims = Build(
            Header + "Q: What happened to the people?\nA: " + Crowd + " " + Family + "\n",
            (Crowd[..12], HarmSet.Displaced, Basis.Experienced),
            (Family[..12], HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            [
                "c1 DISPLACED 2000/null named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=EXPERIENCED evidence=[Everybody went to the west, thousands from all the villages around Homs.] confidence=0.72",
                "c2 DISPLACED 3/3 named=[e2:Karim] event=null weapon=null actor=null site=e1:Homs date=null basis=EXPERIENCED evidence=[Me, with my wife and my son Karim, we slept under a tree for ten nights.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SpeakersWoundAfterACrowdsWounding_StartsAnotherClaim()
    {
        const string Crowd = "Many were hurt in Homs, I cannot count them.";
        const string Own = "I was hit too, glass cut my hand.";
        var claims = Build(
            Header + "Q: Was anyone hurt?\nA: " + Crowd + " " + Own + "\n",
            (Crowd[..12], HarmSet.Injured, Basis.Witnessed),
            (Own[..12], HarmSet.Injured, Basis.Experienced));

        Assert.Equal(
            [
                "c1 INJURED null/null named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=WITNESSED evidence=[Many were hurt in Homs, I cannot count them.] confidence=0.72",
                "c2 INJURED 1/1 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=EXPERIENCED evidence=[I was hit too, glass cut my hand.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_CrowdsWoundingAfterTheSpeakers_StaysInTheClaim()
    {
        const string Own = "I was hit in Homs, a small piece in the hand.";
        const string Crowd = "Many were hurt, I cannot count them.";
        var claims = Build(
            Header + "Q: Was anyone hurt?\nA: " + Own + " " + Crowd + "\n",
            (Own[..12], HarmSet.Injured, Basis.Experienced),
            (Crowd[..12], HarmSet.Injured, Basis.Witnessed));

        Assert.Equal(
            ["c1 INJURED 1/1 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=EXPERIENCED evidence=[I was hit in Homs, a small piece in the hand.] + [Many were hurt, I cannot count them.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_CrowdsExodusToldWithTheSpeakers_StaysInTheClaim()
    {
        const string Crowd = "Everybody who could walk left Homs, we walked to the camps.";
        const string Family = "I stayed in the camp for two years.";
        var claims = Build(
            Header + "Q: Did you leave?\nA: " + Crowd + " " + Family + "\n",
            (Crowd[..12], HarmSet.Displaced, Basis.Experienced),
            (Family[..12], HarmSet.Displaced, Basis.Experienced));

        Assert.Equal(
            ["c1 DISPLACED null/null named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=EXPERIENCED evidence=[Everybody who could walk left Homs, we walked to the camps. I stayed in the camp for two years.] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SameTollToldAfterTheAttackCameAgain_StaysTwoClaims()
    {
        const string First = "On the 5th of March 2016 a mortar fell on the market in Douma. Four people were killed.";
        const string Later = "Then the mortars came again. Four people were killed, all of them my neighbours.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + "\nQ: And after that?\nA: " + Later + "\n",
            ("Four people were killed", Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e3:Douma date='the 5th of March 2016' 2016-03-05..2016-03-05 basis=WITNESSED evidence=[Four people were killed.] confidence=0.72",
                "c2 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e3:Douma date='the 5th of March 2016' 2016-03-05..2016-03-05 basis=WITNESSED evidence=[Four people were killed, all of them my neighbours.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_SameTollToldHoursLater_StaysTwoClaims()
    {
        const string First = "On the 5th of March 2016 a mortar fell on the market in Douma. Four people were killed.";
        const string Later = "Two hours later a shell hit the bakery. Four people were killed, all of them my neighbours.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + First + "\nQ: And after that?\nA: " + Later + "\n",
            ("Four people were killed", Killed, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e3:Douma date='the 5th of March 2016' 2016-03-05..2016-03-05 basis=WITNESSED evidence=[Four people were killed.] confidence=0.72",
                "c2 KILLED 4/4 named=[] event=MORTAR weapon=MORTAR actor=null site=e3:Douma date='Two hours later' 2016-03-05..2016-03-05 basis=WITNESSED evidence=[Four people were killed, all of them my neighbours.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageSentenceOpeningOnAnotherPlace_StartsAnotherClaim()
    {
        const string House = "The fire burned our street in Aleppo.";
        const string Elsewhere = "And in Homs, the fire burned a whole street.";
        var claims = Build(
            Header + "Q: What did you hear?\nA: " + House + " " + Elsewhere + "\n",
            (House[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Elsewhere[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 PROPERTY_DAMAGE null/null named=[] event=null weapon=null actor=null site=e1:Aleppo date=null basis=WITNESSED evidence=[{House}] confidence=0.72",
                $"c2 PROPERTY_DAMAGE null/null named=[] event=null weapon=null actor=null site=e2:Homs date=null basis=WITNESSED evidence=[{Elsewhere}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageSentenceOpeningOnAWellFiveWordsIn_IsAnotherSpanOfTheStrikesClaim()
    {
        const string Street = "A rocket hit our street in Aleppo and the shops burned.";
        const string Well = "And the big old stone well of the village was broken.";
        var claims = Build(
            Header + "Q: What was damaged?\nA: " + Street + " " + Well + "\n",
            (Street[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Well[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 PROPERTY_DAMAGE null/null named=[] event=ROCKET weapon=ROCKET actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[A rocket hit our street in Aleppo and the shops burned.] + [And the big old stone well of the village was broken.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_DamageCountedSentenceAfterTwoUncountedOnes_IsAnotherSpanOfTheStrikesClaim()
    {
        const string Market = "The planes hit the market in Aleppo in the night.";
        const string Roof = "The roof of the mosque fell down.";
        const string Shops = "Five shops near the bridge burned.";
        var claims = Build(
            Header + "Q: What was damaged?\nA: " + Market + " " + Roof + " " + Shops + "\n",
            (Market[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Roof[..12], HarmSet.PropertyDamage, Basis.Witnessed),
            (Shops[..12], HarmSet.PropertyDamage, Basis.Witnessed));

        Assert.Equal(
            [
                "c1 PROPERTY_DAMAGE 5/5 named=[] event=AIRSTRIKE weapon=AIRSTRIKE actor=null site=e2:Aleppo date=null basis=WITNESSED evidence=[The planes hit the market in Aleppo in the night. The roof of the mosque fell down.] + [Five shops near the bridge burned.] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FigureFromTheRadioAfterTheWitnessToll_StartsItsOwnClaim()
    {
        const string Seen = "Six people were killed near the bakery in Aleppo.";
        const string Radio = "On the radio they said thirty.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Seen + " " + Radio + "\n",
            (Seen[..12], Killed, Basis.Witnessed),
            (Radio[..12], Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 6/6 named=[] event=null weapon=null actor=null site=e1:Aleppo date=null basis=WITNESSED evidence=[{Seen}] confidence=0.72",
                $"c2 KILLED 30/30 named=[] event=null weapon=null actor=null site=e1:Aleppo date=null basis=WITNESSED evidence=[{Radio}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_LargerFigurePeopleSayAfterTheWitnessToll_StartsItsOwnClaim()
    {
        const string Seen = "I counted five bodies in the street in Homs.";
        const string Said = "People in the camp said twelve.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Seen + " " + Said + "\n",
            (Seen[..12], Killed, Basis.Witnessed),
            (Said[..12], Killed, Basis.Witnessed));

        Assert.Equal(
            [
                $"c1 KILLED 5/5 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=WITNESSED evidence=[{Seen}] confidence=0.72",
                $"c2 KILLED 12/12 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=WITNESSED evidence=[{Said}] confidence=0.72",
            ],
            claims);
    }

    [Fact]
    public void Build_FigureSomePeopleSayAfterTheWitnessToll_StaysInTheClaim()
    {
        const string Seen = "I counted five bodies in the street in Homs.";
        const string Said = "Some people said seven.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Seen + " " + Said + "\n",
            (Seen[..12], Killed, Basis.Witnessed),
            (Said[..12], Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 5/7 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=WITNESSED evidence=[{Seen} {Said}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_SmallerListFigureAfterTheWitnessToll_DoesNotMergeIntoIt()
    {
        const string Seen = "Twelve men were shot at the checkpoint in Homs.";
        const string Listed = "The council put four names on the list.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Seen + " " + Listed + "\n",
            (Seen[..12], Killed, Basis.Witnessed),
            (Listed[..12], Killed, Basis.Reported));

        Assert.Equal(
            [
                $"c1 KILLED 12/12 named=[] event=SMALL_ARMS weapon=SMALL_ARMS actor=null site=e1:Homs date=null basis=WITNESSED evidence=[{Seen}] confidence=0.72",
                $"c2 KILLED 4/4 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=REPORTED evidence=[{Listed}] confidence=0.72",
            ],
            claims);
    }
    [Fact]
    public void Build_DeathDoubtedAndPlacedLater_IsNoClaim()
    {
        const string Answer = "Maybe two died later in the hospital in Homs, I don't know.";
        var claims = Build(
            Header + "Q: Did anyone else die?\nA: " + Answer + "\n",
            (Answer[..12], Killed, Basis.Hearsay));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_DeathDoubtedWithoutALaterWord_StaysAClaim()
    {
        const string Answer = "Maybe two died in the market in Homs, I don't know.";
        var claims = Build(
            Header + "Q: Did anyone else die?\nA: " + Answer + "\n",
            (Answer[..12], Killed, Basis.Hearsay));

        Assert.Equal(
            [$"c1 KILLED 2/2 named=[] event=null weapon=null actor=null site=e1:Homs date=null basis=HEARSAY evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_DeathSupposed_IsNoClaim()
    {
        const string Answer = "If Karim was killed in Homs, someone would tell us.";
        var claims = Build(
            Header + "Q: What do you think happened to him?\nA: " + Answer + "\n",
            (Answer[..12], Killed, Basis.Hearsay));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_TollTheWitnessRestates_IsNoClaim()
    {
        const string Answer = "I said eleven people died.";
        var claims = Build(
            Header + "Q: How many died in Homs?\nA: " + Answer + "\n",
            (Answer[..12], Killed, Basis.Witnessed));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_DeathDenied_IsNoClaim()
    {
        const string Answer = "Karim did not die, people say he died, but no, he is in Homs now.";
        var claims = Build(
            Header + "Q: And the baker?\nA: " + Answer + "\n",
            (Answer[..12], Killed, Basis.Witnessed));

        Assert.Empty(claims);
    }

    [Fact]
    public void Build_DeathDeniedAfterATollInTheRun_StaysInTheClaim()
    {
        const string Toll = "A shell killed four people at the bakery in Homs.";
        const string Denied = "The baker did not die, he lost his hand.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Toll + " " + Denied + "\n",
            (Toll[..12], Killed, Basis.Witnessed),
            (Denied[..12], Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 4/4 named=[] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Homs date=null basis=WITNESSED evidence=[{Toll} {Denied}] confidence=0.72"],
            claims);
    }
}
