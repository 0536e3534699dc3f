using TestimonyNlp.Claims;
using TestimonyNlp.Model;
using static TestimonyNlp.Tests.Claims.Building.ClaimBuilderTestHelper;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>Which actor a claim takes when its evidence names none and the witness names one before or after the harm.</summary>
public sealed class ClaimActorTests
{
    private const string Header = "Date of interview: 14 May 2018\n\n";
    private const string Answer = "A shell hit our house in Douma and my brother Karim was killed.";

    /// <summary>The claims of <see cref="Answer"/>, told in answer to "What happened?", followed by <paramref name="exchange"/>.</summary>
    private static List<string> BuildAnswerThen(string exchange) =>
        Build(Header + "Q: What happened?\nA: " + Answer + "\n" + exchange, ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

    /// <summary>Builds the killing of <see cref="Answer"/>, told with its burial in March 2017 in the same answer, then
    /// <paramref name="exchange"/>.</summary>
    private static List<string> BuildKillingBuriedLater(string exchange) =>
        Build(
            Header + "Q: What happened?\nA: " + Answer + " In March 2017 we buried him.\n" + exchange,
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

    /// <summary>The one claim <see cref="BuildKillingBuriedLater"/> gives: dated March 2017, with <paramref name="actor"/>.</summary>
    private static string KilledByShellBuriedLater(string actor) =>
        $"c1 KILLED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor={actor} site=e2:Douma date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{Answer}] confidence=0.72";

    /// <summary>The one claim <see cref="BuildAnswerThen"/> gives: Karim killed by the shell, with <paramref name="actor"/>.</summary>
    private static string KilledByShell(string actor) =>
        $"c1 KILLED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor={actor} site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72";

    [Fact]
    public void Build_ActorNamedAfterTheHarm_IsTheActor()
    {
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\nQ: Who fired it?\nA: The regime, from the hill.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor=e4:The regime site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("People say the regime, from the hill.")]
    [InlineData("Maybe the regime, from the hill.")]
    [InlineData("I don't know, the regime or the others.")]
    [InlineData("It was not the regime.")]
    public void Build_ActorNamedAfterTheHarmInDoubt_IsNoActor(string reply)
    {
        var claims = Build(
            Header + "Q: What happened?\nA: " + Answer + "\nQ: Who fired it?\nA: " + reply + "\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e2:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ActorNamedAsOthersWordBeforeTheHarm_IsNoActor()
    {
        const string Death = "A shell killed my neighbour Salim in Douma.";
        var claims = Build(
            Header + "Q: Who held the hill?\nA: Some said the regime.\nQ: What happened then?\nA: " + Death + "\n",
            ("Salim", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Salim] event=ARTILLERY weapon=ARTILLERY actor=null site=e4:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Death}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData(HarmSet.Detained, "DETAINED", "e1:The regime")]
    [InlineData(HarmSet.Killed, "KILLED", "null")]
    public void Build_HarmAfterANewDate_TakesTheActorNamedBeforeOnlyForATaking(HarmSet harm, string wire, string actor)
    {
        const string Taking = "At the checkpoint they took my brother Karim.";
        var claims = Build(
            Header + "Q: Who held your town?\nA: The regime held Douma for years.\nQ: What happened in March 2015?\nA: " + Taking + "\n",
            ("Karim", harm, Basis.Witnessed));

        Assert.Equal(
            [$"c1 {wire} 1/1 named=[e4:Karim] event=null weapon=null actor={actor} site=e2:Douma date='March 2015' 2015-03-01..2015-03-31 basis=WITNESSED evidence=[{Taking}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("The regime had mortars on the hill.", "e1:The regime")]
    [InlineData("The regime had snipers on the roofs.", "null")]
    public void Build_WeaponInEvidenceAndActorInAnEarlierAnswer_TakesTheActorOnlyWithThatWeapon(string earlier, string actor)
    {
        const string Death = "A mortar fell on our house in Douma and killed my brother Karim.";
        var claims = Build(
            Header + "Q: Who was around the town?\nA: " + earlier + "\nQ: What happened to your brother?\nA: " + Death + "\n",
            ("Karim", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e5:Karim] event=MORTAR weapon=MORTAR actor={actor} site=e4:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Death}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("Q: Were there regime soldiers near your house?\nA: No, only families.\n")]
    [InlineData("Q: Were there fighters near your house?\nA: The regime had a post on the hill, far away.\n")]
    public void Build_ActorNamedAfterTheHarmInAQuestionOfPresenceOrItsAnswer_IsNoActor(string exchange)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell("null")], claims);
    }

    [Theory]
    [InlineData("Q: Do you know who fired it?\nA: No. The regime held the hill.\n", "null")]
    [InlineData("Q: Do you know who fired it?\nA: Yes. The regime held the hill.\n", "e4:The regime")]
    [InlineData("Q: And then?\nA: The regime held the hill. Nobody knows whose shell it was.\n", "null")]
    [InlineData("Q: Who held the hill?\nA: The regime held the hill. I don't know who was hurt.\n", "e4:The regime")]
    public void Build_WitnessSaysTheAttackerIsNotKnown_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: The regime does not fire on its own town.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime has no guns on that side.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime, from the hill, not the others.\n", "e4:The regime")]
    public void Build_ActorDeniedRightAfterItsName_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: My cousin was in the regime army then.\n", "null")]
    [InlineData("Q: Who fired it?\nA: They asked my cousin if he was with the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: They shouted at us, you are the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: It was the regime, from the hill.\n", "e4:the regime")]
    public void Build_ActorNamedAsTheSideAPersonBelongsTo_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Fact]
    public void Build_ActorNamedBeforeTheHarmAsTheVictimsSide_IsNotCarried()
    {
        const string Death = "My neighbour Salim was killed in Douma.";
        var claims = Build(
            Header + "Q: Who was Salim?\nA: Salim was in the Free Army.\nQ: What happened then?\nA: " + Death + "\n",
            ("was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e4:Salim] event=null weapon=null actor=null site=e5:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Death}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: Before that, a shell hit a truck of the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: Before that, they shot at the soldiers of the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: Before that, they fired rockets on the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The shell was fired by the regime.\n", "e5:the regime")]
    public void Build_ActorNamedAsWhatAnAttackHit_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: Before that, they took my cousin, accusing him of helping the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: Before that, they called my cousin a spy for the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: Before that, they took my cousins as army informers.\n", "null")]
    [InlineData("Q: Who fired it?\nA: It was the regime, from the hill.\n", "e4:the regime")]
    public void Build_ActorNamedAsTheSideAPersonIsAccusedOfServing_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: The regime or the Russians, who knows.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime says the Free Army, the Free Army says the regime.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime or the Russians. Later the regime came to the square.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime, people said, it was for the Free Army.\n", "e4:The regime")]
    [InlineData("Q: Who fired it?\nA: The regime, from the hill. The Free Army said nothing.\n", "e4:The regime")]
    public void Build_ActorNamedAfterTheHarmWeighedAgainstAnotherSide_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Fact]
    public void Build_TakingAfterTheSideTheVictimWasAccusedOfServing_TakesTheTakersNamedBefore()
    {
        const string Taking = "In March 2015 they took my brother Karim at the checkpoint.";
        var claims = Build(
            Header + "Q: Who held your town?\nA: The regime held Douma for years.\nQ: What happened to Karim?\nA: They accused him of helping the Free Army. " + Taking + "\n",
            ("they took", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal(
            [$"c1 DETAINED 1/1 named=[e6:Karim] event=null weapon=null actor=e1:The regime site=e2:Douma date='March 2015' 2015-03-01..2015-03-31 basis=WITNESSED evidence=[{Taking}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: Before that, four men of the regime were killed on the hill.\n", "null")]
    [InlineData("Q: Who fired it?\nA: Before that, the regime soldiers had been wounded on the hill.\n", "null")]
    [InlineData("Q: Who fired it?\nA: Before that, the Free Army also died on the hill.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime killed many on the hill.\n", "e4:The regime")]
    public void Build_ActorNamedAsTheDeadOrWounded_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("They asked where is the Free Army.", "e1:The regime")]
    [InlineData("They questioned him for an hour, about his friends, about the Free Army.", "e1:The regime")]
    [InlineData("In his phone there was a chat of the Free Army.", "e1:The regime")]
    [InlineData("They said he was talking with the Free Army.", "e1:The regime")]
    [InlineData("Then the Free Army came to the checkpoint.", "e4:the Free Army")]
    [InlineData("Then men who were the Free Army came to the checkpoint.", "e4:the Free Army")]
    public void Build_TakingAfterTheSideTheTakersHunted_TakesTheTakersNamedBefore(string hunt, string actor)
    {
        const string Taking = "In March 2015 they took my brother Karim at the checkpoint.";
        var claims = Build(
            Header + "Q: Who held your town?\nA: The regime held Douma for years.\nQ: What happened to Karim?\nA: " + hunt + " " + Taking + "\n",
            ("they took", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("They asked him about his cousin in the Free Army.", "e1:The regime")]
    [InlineData("He was a soldier before, in the Free Army.", "e1:The regime")]
    [InlineData("Then men in the Free Army uniforms came to the checkpoint.", "e4:the Free Army")]
    public void Build_TakingAfterTheSideOfARelativeOrASoldier_TakesTheTakersNamedBefore(string side, string actor)
    {
        const string Taking = "In March 2015 they took my brother Karim at the checkpoint.";
        var claims = Build(
            Header + "Q: Who held your town?\nA: The regime held Douma for years.\nQ: What happened to Karim?\nA: " + side + " " + Taking + "\n",
            ("they took", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: The regime held the hill. I cannot say who fired it.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime held the hill. I will not swear whose shell it was.\n", "null")]
    [InlineData("Q: Who fired it?\nA: The regime held the hill. I cannot say how many died.\n", "e4:The regime")]
    public void Build_WitnessCannotSayWhoFired_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("A: I don't know. The regime shelled the town.", "null")]
    [InlineData("A: Who knows. The regime shelled the town.", "null")]
    [InlineData("A: No. The regime shelled the town.", "null")]
    [InlineData("A: Nobody saw it. The regime shelled the town.", "null")]
    [InlineData("A: The regime shelled the town.", "e1:The regime")]
    public void Build_ActorNamedInAnAnswerToWhoThatOpensNotKnowing_IsNoActor(string answer, string actor)
    {
        var claims = Build(
            Header + "Q: Do you know who fired on the town?\n" + answer + "\nQ: What happened?\nA: " + Answer + "\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e4:Karim] event=ARTILLERY weapon=ARTILLERY actor={actor} site=e3:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("In December a shell hit our house in Douma and my brother Karim was killed.", "null", "'December' 2017-12-01..2017-12-31")]
    [InlineData("That night a shell hit our house in Douma and my brother Karim was killed.", "e1:The regime", "'Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14")]
    public void Build_HarmDatedByTheCalendarInItsEvidence_TakesNoActorOfAnEarlierTurn(string death, string actor, string date)
    {
        var claims = Build(
            Header + "Q: Who shelled the town?\nA: The regime shelled the town.\nQ: Is there anything else?\nA: " + death + "\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor={actor} site=e4:Douma date={date} basis=WITNESSED evidence=[{death}] confidence=0.72"],
            claims);
    }

    [Fact]
    public void Build_ActorNamedBeforeAndAttackerNotKnownInTheTurn_IsNoActor()
    {
        const string Turn = "The regime was on the hill. A shell hit our house in Douma and my brother Karim was killed. I don't know who fired it.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Turn + "\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e4:Karim] event=ARTILLERY weapon=ARTILLERY actor=null site=e3:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[A shell hit our house in Douma and my brother Karim was killed.] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("They shot my brother Karim at the door of our house in Douma.", "SMALL_ARMS", "e1:The regime")]
    [InlineData("They hit my brother Karim at the door of our house in Douma.", "null", "null")]
    public void Build_TheyDidTheHarmByHandWithNoActorNear_TakesTheLastActorNamed(string death, string weapon, string actor)
    {
        var claims = Build(
            Header + "Q: Who held the town?\nA: The regime held the town.\nQ: What happened in March 2016?\nA: " + death + "\n",
            ("Karim", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e3:Karim] event={weapon} weapon={weapon} actor={actor} site=e4:Douma date='March 2016' 2016-03-01..2016-03-31 basis=WITNESSED evidence=[{death}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("Q: When did the regime come to the town?\nA: In the spring.\n", "null")]
    [InlineData("Q: Was it the regime?\nA: Yes.\n", "e4:the regime")]
    [InlineData("Q: Was the shell fired by the regime?\nA: Yes.\n", "e5:the regime")]
    public void Build_ActorNamedAfterTheHarmInAQuestionOfTheSideItself_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Why did you leave?\nA: The regime took my cousin at the checkpoint.\n", "null")]
    [InlineData("Q: Where did it come from?\nA: The regime, from the hill.\n", "e4:The regime")]
    [InlineData("Q: And then?\nA: I told him. The regime fired it.\n", "null")]
    [InlineData("Q: And who was it?\nA: I told him. The regime fired it.\n", "e4:The regime")]
    public void Build_ActorNamedAfterTheHarmInAnAnswerNotOfWhoDidIt_IsNoActor(string exchange, string actor)
    {
        var claims = BuildAnswerThen(exchange);

        Assert.Equal([KilledByShell(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: The regime, from the hill.\n", "e5:The regime")]
    [InlineData("Q: Did you stay in the town?\nA: The regime, from the hill.\n", "null")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: And then?\nA: Yes.\nQ: Who fired it?\nA: The regime, from the hill.\n", "null")]
    public void Build_ActorAnsweringWhoFiredPastANewDate_IsTheActorOnlyInTheNextAnswers(string exchange, string actor)
    {
        var claims = BuildKillingBuriedLater(exchange);

        Assert.Equal([KilledByShellBuriedLater(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: And then?\nA: Yes.\nQ: Who fired it?\nA: The regime.\n", "e5:The regime")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: And then?\nA: Yes.\nQ: Who fired it?\nA: It was the regime.\n", "e5:the regime")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: And then?\nA: Yes.\nQ: Did they come back?\nA: The regime.\n", "null")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: And then?\nA: Yes.\nQ: Who fired it?\nA: The regime, from the hill.\n", "null")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: And then?\nA: Yes.\nQ: And after?\nA: Yes.\nQ: And later?\nA: Yes.\nQ: Who fired it?\nA: The regime.\n", "null")]
    public void Build_SideNamedAloneAnsweringWhoFiredPastANewDate_IsTheActorWithinFourAnswers(string exchange, string actor)
    {
        var claims = BuildKillingBuriedLater(exchange);

        Assert.Equal([KilledByShellBuriedLater(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Who fired it?\nA: The regime.\n", "e7:The regime")]
    [InlineData("Q: Did you stay?\nA: The regime.\n", "e1:The Free Army")]
    public void Build_SideNamedAloneAnsweringWhoFired_WinsOverTheSideNamedBefore(string exchange, string actor)
    {
        const string Turn = "The Free Army was shelling from the hill. " + Answer + " In March 2017 we buried him.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Turn + "\nQ: Did you stay?\nA: Yes.\n" + exchange,
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor={actor} site=e4:Douma date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: Who fired it?\nA: Only the regime had guns on that hill.\n", "e5:the regime")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: Who fired it?\nA: The regime, who else had guns on that hill?\n", "e5:The regime")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: Did they come back?\nA: Only the regime came back.\n", "null")]
    [InlineData("Q: Did you stay?\nA: Yes.\nQ: Who fired it?\nA: The regime came back to the hill later.\n", "null")]
    public void Build_SideNamedByRulingOthersOutAnsweringWhoFiredPastANewDate_IsTheActor(string exchange, string actor)
    {
        var claims = BuildKillingBuriedLater(exchange);

        Assert.Equal([KilledByShellBuriedLater(actor)], claims);
    }

    [Theory]
    [InlineData("Q: Did you stay?\nA: Yes. The regime said on its channel that they hit a base of fighters.\n", "e5:The regime")]
    [InlineData("Q: Did you stay?\nA: Yes. The regime said on its channel that they hit a base of fighters. Or the Russians.\n", "null")]
    [InlineData("Q: Did you stay?\nA: Yes. The regime said on its channel that the road was closed.\n", "null")]
    public void Build_SideClaimingTheAttackPastANewDate_IsTheActor(string exchange, string actor)
    {
        var claims = BuildKillingBuriedLater(exchange);

        Assert.Equal([KilledByShellBuriedLater(actor)], claims);
    }

    [Fact]
    public void Build_SideNamedByRulingOthersOutAnsweringWhoFired_LeavesTheSideNamedBefore()
    {
        const string Turn = "The Free Army was shelling from the hill. " + Answer + " In March 2017 we buried him.";
        var claims = Build(
            Header + "Q: What happened?\nA: " + Turn + "\nQ: Did you stay?\nA: Yes.\nQ: Who fired it?\nA: Only the regime had guns on that hill.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e5:Karim] event=ARTILLERY weapon=ARTILLERY actor=e1:The Free Army site=e4:Douma date='March 2017' 2017-03-01..2017-03-31 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("The regime fired artillery on the town all week.", "e7:Karim", "e6:Douma", "e2:The regime")]
    [InlineData("The regime snipers fired on the town all week.", "e7:Karim", "e6:Douma", "null")]
    [InlineData("The regime jets bombed the town all week.", "e7:Karim", "e6:Douma", "null")]
    [InlineData("The regime and the rebels fired artillery on the town all week.", "e8:Karim", "e7:Douma", "null")]
    [InlineData("The regime held the town all week.", "e6:Karim", "e5:Douma", "null")]
    public void Build_ActorNamedWithTheClaimsWeaponBeforeANewDate_IsTheActor(string before, string victim, string site, string actor)
    {
        var claims = Build(
            Header + "Q: What happened in the winter?\nA: " + before + "\nQ: And in March 2016?\nA: " + Answer + "\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[{victim}] event=ARTILLERY weapon=ARTILLERY actor={actor} site={site} date='March 2016' 2016-03-01..2016-03-31 basis=WITNESSED evidence=[{Answer}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("When the regime took Douma, we left with the children.", "e1:the regime")]
    [InlineData("In May we left Douma with the children in the trucks of the regime.", "null")]
    [InlineData("When the regime left Douma, we left with the children.", "null")]
    [InlineData("Before the regime entered Douma, we left with the children.", "null")]
    [InlineData("People said the regime was coming to Douma, so we left with the children.", "null")]
    public void Build_FlightNamingASidePassedLeavingOrNotYetCome_IsNoActor(string flight, string actor)
    {
        var claims = Build(Header + "Q: When did you leave?\nA: " + flight + "\n", ("we left", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("In May we walked from Douma to the regime post at dawn.", "null")]
    [InlineData("In May we walked out of Douma toward the regime lines.", "null")]
    [InlineData("In May the regime came to Douma and we left with the children.", "e2:the regime")]
    public void Build_FlightNamingTheSidePeopleWentTo_IsNoActor(string flight, string actor)
    {
        var claims = Build(Header + "Q: When did you leave?\nA: " + flight + "\n", ("we", HarmSet.Displaced, Basis.Experienced));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("The regime. Everybody says the regime.", "null")]
    [InlineData("The regime. That is what people say.", "null")]
    [InlineData("The regime. They said it on their radio.", "e4:The regime")]
    [InlineData("The regime. I saw the guns on the hill.", "e4:The regime")]
    public void Build_SideNamedAloneThenHandedOnAsCommonWord_IsNoActor(string reply, string actor)
    {
        var claims = BuildAnswerThen("Q: Who fired it?\nA: " + reply + "\n");

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("There was fighting between the regime and the Free Army in our street.", "null")]
    [InlineData("The regime and the Free Army were fighting in our street.", "null")]
    [InlineData("A pickup of the Free Army was fighting with the regime in our street.", "null")]
    [InlineData("The regime shelled our street.", "e1:The regime")]
    public void Build_HarmToldBesideTwoSidesFighting_IsNoActor(string before, string actor)
    {
        var claims = Build(Header + "Q: What happened?\nA: " + before + " " + Answer + "\n", ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("There was fighting between the regime and the Free Army in our street. ", "null")]
    [InlineData("", "e4:The regime")]
    public void Build_SideNamedAfterAHarmToldBesideTwoSidesFighting_IsNoActor(string before, string actor)
    {
        var claims = Build(
            Header + "Q: What happened?\nA: " + before + Answer + "\nQ: Who was shooting at whom?\nA: Both. The regime was in the school.\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("In the fighting between the regime and the Free Army a shell hit our house in Douma and my brother Karim was killed.", "null")]
    [InlineData("The regime shelled our street and my brother Karim was killed.", "e1:The regime")]
    public void Build_EvidenceNamingTwoSidesFighting_IsNoActor(string death, string actor)
    {
        var claims = Build(Header + "Q: What happened?\nA: " + death + "\n", ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("There was fighting between the regime and the Free Army. In March 2015 they took my brother Karim at the checkpoint.", "e3:the Free Army")]
    public void Build_TakingToldBesideTwoSidesFighting_KeepsTheLastSideNamed(string turn, string actor)
    {
        var claims = Build(Header + "Q: What happened to Karim?\nA: " + turn + "\n", ("they took", HarmSet.Detained, Basis.Witnessed));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }

    [Theory]
    [InlineData("The local council wrote on its page that my brother Karim was killed.", "null")]
    [InlineData("The list of the council said my brother Karim was killed.", "null")]
    [InlineData("The neighbours told us that my brother Karim was killed.", "e2:The regime")]
    public void Build_EvidenceCitesACouncilsCount_TakesNoActorNamedOutsideIt(string death, string actor)
    {
        var claims = Build(
            Header + "Q: Who shelled Douma?\nA: The regime shelled Douma all week.\nQ: What happened then?\nA: " + death + "\n",
            ("Karim was killed", HarmSet.Killed, Basis.Witnessed));

        Assert.Equal(
            [$"c1 KILLED 1/1 named=[e4:Karim] event=null weapon=null actor={actor} site=e3:Douma date='Offensive on Eastern Ghouta, 2018' 2018-02-18..2018-04-14 basis=WITNESSED evidence=[{death}] confidence=0.72"],
            claims);
    }

    [Theory]
    [InlineData("The council wrote on its page that my brother Karim is still missing.", "null")]
    [InlineData("Since then my brother Karim is still missing.", "e2:The regime")]
    public void Build_DisappearanceCitesACouncilsList_TakesNoActorNamedOutsideIt(string disappearance, string actor)
    {
        var claims = Build(
            Header + "Q: Who held Douma?\nA: The regime held Douma all year.\nQ: What happened then?\nA: " + disappearance + "\n",
            ("Karim is still missing", HarmSet.Missing, Basis.Hearsay));

        Assert.Equal([actor], claims.Select(c => c.Split(" actor=")[1].Split(" site=")[0]));
    }
}
