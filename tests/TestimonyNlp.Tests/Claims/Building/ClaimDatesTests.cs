using TestimonyNlp.Claims;
using TestimonyNlp.Claims.Building;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Claims.Building;

/// <summary>The date each claim of a crafted transcript takes, read through the real stages (tagger, date
/// normaliser, claim builder).</summary>
public sealed class ClaimDatesTests
{
    private static List<string> Dates(string content, params string[] harmFragments) =>
        Dates(content, HarmSet.Killed, harmFragments);

    private static List<string> Dates(string content, HarmSet harm, params string[] harmFragments)
    {
        var document = ClaimBuilderTestHelper.Run(content);
        var marks = harmFragments.Select(f => (f, harm, Basis.Witnessed)).ToArray();
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, ClaimBuilderTestHelper.Assess(document, marks), claims);
        return claims.Select(c => c.Date is null ? "null" : $"{IsoDate.ToText(c.Date.From)}..{IsoDate.ToText(c.Date.To)}").ToList();
    }

    private static List<string> TakingDates(string content, string taking, string missing)
    {
        var document = ClaimBuilderTestHelper.Run(content);
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, ClaimBuilderTestHelper.Assess(document, (taking, HarmSet.Detained, Basis.Witnessed), (missing, HarmSet.Missing, Basis.Witnessed)), claims);
        return claims.Select(c => $"{c.Harm}:{(c.Date is null ? "null" : $"{IsoDate.ToText(c.Date.From)}..{IsoDate.ToText(c.Date.To)}")}").ToList();
    }

    [Fact]
    public void Build_DayAndMonthWithoutYearOrInterviewDate_NoDateButKeptYearless()
    {
        var document = ClaimBuilderTestHelper.Run(
            "Q: What happened to the Haddad house?\nA: On the 12th of March a shell killed my cousin Rami in Khuza'a.\n");
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, ClaimBuilderTestHelper.Assess(document, ("Rami", HarmSet.Killed, Basis.Witnessed)), claims);

        var claim = Assert.Single(claims);
        Assert.Null(claim.Date);
        Assert.Equal("2000-03-12..2000-03-12", $"{IsoDate.ToText(claim.YearlessDate?.From)}..{IsoDate.ToText(claim.YearlessDate?.To)}");
    }

    [Fact]
    public void Build_DayAndMonthWithAnInterviewDate_DatedAndNotYearless()
    {
        var document = ClaimBuilderTestHelper.Run(
            "Date of interview: 12 February 2024\n\nQ: What happened to the Haddad house?\nA: On the 12th of March a shell killed my cousin Rami in Jabalia.\n");
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, ClaimBuilderTestHelper.Assess(document, ("Rami", HarmSet.Killed, Basis.Witnessed)), claims);

        var claim = Assert.Single(claims);
        Assert.Equal(new DateOnly(2023, 3, 12), claim.Date?.From);
        Assert.Null(claim.YearlessDate);
    }

    [Theory]
    [InlineData("20 November 2017", "'Clearance operations in northern Rakhine, 2017' 2017-08-25..2017-10-31")]
    [InlineData("20 November 2016", "null")]
    public void Build_NoDateWordsInATownOfAnEpisode_TheEpisodesDaysOnlyWhenItBeganBeforeTheInterview(string interview, string date)
    {
        var document = ClaimBuilderTestHelper.Run(
            "Date of interview: " + interview + "\n\nQ: What happened in your village?\nA: The soldiers came and killed my uncle Karim in Tula Toli.\n");
        var claims = new List<Claim>();
        new ClaimBuilder().Build(document, ClaimBuilderTestHelper.Assess(document, ("Karim", HarmSet.Killed, Basis.Witnessed)), claims);

        var claim = Assert.Single(claims);
        Assert.Equal(date, claim.Date is null ? "null" : $"'{claim.Date.Text}' {IsoDate.ToText(claim.Date.From)}..{IsoDate.ToText(claim.Date.To)}");
        Assert.Null(claim.YearlessDate);
    }

    [Fact]
    public void Build_DayRightAfterAWeekday_IsTheLastSuchDayThatFellOnIt()
    {
        var dates = Dates(
            "Date of interview: 12 February 2024\n\nQ: What happened to the Haddad house?\nA: Sunday, the 22nd. A shell killed my cousin Rami in Jabalia.\n",
            "Rami");

        Assert.Equal(["2023-10-22..2023-10-22"], dates);
    }

    [Fact]
    public void Build_DayAfterASeasonWithItsYear_TakesThatYear()
    {
        var dates = Dates(
            "Date of interview: 4 December 2016\n\nQ: When did your son go to the base?\nA: In the spring of 2014. On the 11th of June the militants killed him near Tikrit.\n",
            "militants");

        Assert.Equal(["2014-06-11..2014-06-11"], dates);
    }

    [Fact]
    public void Build_DayAfterTheEndOfAMonth_IsTheNextMonthsWhenNearer()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: The army began its operation at the end of October 2019. It was the 5th when the raiders killed eight people in Beni.\n",
            "eight");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_NoDateInTheEvidence_CarriesTheDateToldBefore()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: On 5 November 2019 the raiders came at night.\nQ: What did you see?\nA: They killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_EvidenceWithARelativeDateThenOneWithItsYear_TakesTheOneWithItsYear()
    {
        var dates = Dates(
            "Date of interview: 4 December 2016\n\nQ: When did you leave Ariha?\nA: On 20 May 2015 we left Ariha.\nQ: And your brother?\nA: Two days later, on 3 June 2015, a barrel bomb killed my brother Yusuf in Ariha.\n",
            "Yusuf");

        Assert.Equal(["2015-06-03..2015-06-03"], dates);
    }

    [Fact]
    public void Build_AsideDateBetweenTheEventAndTheEvidence_IsNotCarried()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: On 5 November 2019 the raiders came at night.\nQ: What did you see?\nA: My cousin moved to Goma in 2012, but that is another story. They killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_DayADateIsRememberedByBeforeTheEvidence_IsNotCarried()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: It was 5 November 2019. I remember because it was the day before the school trip. They killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_DayCountedBackInThePastPerfectBeforeTheEvidence_IsNotCarried()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: It was 5 November 2019. The soldiers had left the town two days before. They killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_PeriodStartBetweenTheEventAndTheEvidence_IsNotCarried()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: On 5 November 2019 the raiders came at night.\nQ: What did you see?\nA: We lived in Beni since 2012. They killed my uncle Musa there.\n",
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_DisappearanceAfterADateCountedOn_TakesTheDayOfTheTaking()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did they take your son?\nA: On 5 November 2019 the soldiers took my son Idris at the market in Beni.\nQ: What did you do?\nA: Two weeks later we went to the camp to ask. Since then, nothing, my son Idris is still missing.\n",
            HarmSet.Missing,
            "missing");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_KillingAfterADateCountedOn_TakesTheDateCountedOn()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: On 5 November 2019 the raiders came at night.\nQ: And then?\nA: Two weeks later they came back and killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-11-19..2019-11-19"], dates);
    }

    [Fact]
    public void Build_KillingHeardOfOnADayCountedOn_TakesTheDayOfTheAttack()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When was the shelling?\nA: On 5 November 2019 the shells fell on the market in Beni.\nQ: And your uncle?\nA: My aunt heard on the radio two days later that my uncle Musa was killed there.\n",
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_DayOfABurialBeforeTheEvidence_IsNotCarried()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When was the shelling?\nA: On 5 November 2019 the shells fell on the market in Beni. We buried the dead two days later.\nQ: Who was hurt?\nA: My uncle Musa lost his leg there.\n",
            HarmSet.Injured,
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_DayOfAVisitBeforeTheEvidence_IsNotCarried()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When was the shelling?\nA: On 5 November 2019 the shells fell on the market in Beni. I went there the next morning with my brother.\nQ: Who was hurt?\nA: My uncle Musa lost his leg there.\n",
            HarmSet.Injured,
            "Musa");

        Assert.Equal(["2019-11-05..2019-11-05"], dates);
    }

    [Theory]
    [InlineData("Two weeks later, on the 6th of March, the planes came back and killed my uncle Musa in Oicha.", "2020-03-06..2020-03-06")]
    [InlineData("About a week later, the 15th or the 16th, the raiders came back and killed my uncle Musa in Oicha.", "2020-02-15..2020-02-16")]
    [InlineData("Two weeks later, the Friday, the raiders came back and killed my uncle Musa in Oicha.", "2020-02-21..2020-02-21")]
    public void Build_TimeCountedOnThenADayOfTheCalendarInTheEvidence_TakesTheDay(string answer, string expected)
    {
        var dates = Dates(
            "Date of interview: 18 May 2020\n\nQ: When did the raid happen?\nA: On 5 February 2020 the raiders came to Oicha at night.\nQ: And then?\nA: " + answer + "\n",
            "Musa");

        Assert.Equal([expected], dates);
    }

    [Fact]
    public void Build_FlightWithAReturnDatedInItsEvidence_TakesTheFlightsDate()
    {
        var dates = Dates(
            "Date of interview: 18 May 2021\n\nQ: When was the attack?\nA: On 11 October 2020 the rocket fell on our street in Ganja.\nQ: What did the family do?\nA: They went to her sister in Baku with the children, and came back at the end of November.\n",
            HarmSet.Displaced,
            "went to her sister");

        Assert.Equal(["2020-10-11..2020-10-11"], dates);
    }

    [Fact]
    public void Build_ReturnThenAFlightInOneEvidence_TakesTheFlightsDate()
    {
        var dates = Dates(
            "Date of interview: 18 May 2021\n\nQ: Where did they go?\nA: In 2018 they went back up to Razeh, because the rent was too much, and in the spring of 2019 they ran again, to Saada, with nothing.\n",
            HarmSet.Displaced,
            "ran again");

        Assert.Equal(["2019-03-01..2019-05-31"], dates);
    }

    [Fact]
    public void Build_TimeCountedOnThenATimeOfDayInTheEvidence_TakesTheTimeCountedOn()
    {
        var dates = Dates(
            "Date of interview: 18 May 2020\n\nQ: When did the raid happen?\nA: On 5 February 2020 the raiders came to Oicha at night.\nQ: And then?\nA: Two weeks later, in the morning, the raiders came back and killed my uncle Musa in Oicha.\n",
            "Musa");

        Assert.Equal(["2020-02-19..2020-02-19"], dates);
    }

    [Fact]
    public void Build_PartOfADayThenAMonthInTheEvidence_TakesTheMonth()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did you leave Beni?\nA: On 5 November 2019 we left Beni for Oicha.\nQ: What happened in Oicha?\nA: That night, in the middle of December, the raiders killed my uncle Musa in Oicha.\n",
            "Musa");

        Assert.Equal(["2019-12-10..2019-12-20"], dates);
    }

    [Fact]
    public void Build_DisappearanceCarryingALaterDateAfterATaking_TakesTheTakingsDate()
    {
        var dates = TakingDates(
            "Date of interview: 18 February 2022\n\nQ: When did they take your son?\nA: On 5 November 2019 the soldiers took my son Idris at the checkpoint in Beni.\nQ: What did you do?\nA: In December we asked at the camp.\nA: Since then my son Idris is missing.\n",
            "took",
            "missing");

        Assert.Equal(["Detained:2019-11-05..2019-11-05", "Missing:2019-11-05..2019-11-05"], dates);
    }

    [Fact]
    public void Build_DisappearanceTellingALaterYearAfterATaking_TakesTheTakingsDate()
    {
        var dates = TakingDates(
            "Date of interview: 18 February 2022\n\nQ: When did they take your son?\nA: In March 2013 the soldiers took my son Idris at the checkpoint in Hama.\nA: A man released in 2014 said he saw him, but my son Idris is still missing.\n",
            "took",
            "missing");

        Assert.Equal(["Detained:2013-03-01..2013-03-31", "Missing:2013-03-01..2013-03-31"], dates);
    }

    [Fact]
    public void Build_TakingDatedByACountOn_PassesNoDateToTheDisappearance()
    {
        var dates = TakingDates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: On 5 November 2019 the raiders came to Beni.\nA: Two weeks later the soldiers took my son Idris at the market.\nQ: What did you do?\nA: In December we asked at the camp.\nA: Since then my son Idris is missing.\n",
            "took",
            "missing");

        Assert.Equal(["Detained:2019-11-19..2019-11-19", "Missing:2019-12-01..2019-12-31"], dates);
    }

    [Fact]
    public void Build_DayTakenBackInTheEvidence_TakesTheDayToldInItsPlace()
    {
        var dates = Dates(
            "Date of interview: 12 February 2024\n\nQ: What happened in Jabalia in January?\nA: On the 9th, no, wait, the 8th, a shell killed my cousin Rami there.\n",
            "Rami");

        Assert.Equal(["2024-01-08..2024-01-08"], dates);
    }

    [Fact]
    public void Build_DayDoubtedWithMaybe_KeepsTheDayToldFirst()
    {
        // "Maybe" doubts the 9th without taking it back.
        var dates = Dates(
            "Date of interview: 12 February 2024\n\nQ: What happened in Jabalia?\nA: On the 9th of January, no, maybe the 10th, a shell killed my cousin Rami there.\n",
            "Rami");

        Assert.Equal(["2024-01-09..2024-01-09"], dates);
    }

    [Fact]
    public void Build_DayThenNotAWeekday_KeepsTheDay()
    {
        // "Not" sets aside what follows it: the day told first stands.
        var dates = Dates(
            "Date of interview: 12 February 2024\n\nQ: What happened in Jabalia?\nA: On the 9th of January, not the Sunday, a shell killed my cousin Rami there.\n",
            "Rami");

        Assert.Equal(["2024-01-09..2024-01-09"], dates);
    }

    [Theory]
    [InlineData("A Sunday in March, 2021, the raiders killed my uncle Musa in Beni.", "2021-03-01..2021-03-31")]
    [InlineData("The first Saturday of December, 2020, the raiders killed my uncle Musa in Beni.", "2020-12-05..2020-12-05")]
    [InlineData("In March, 2021, on the 5th, the raiders killed my uncle Musa in Beni.", "2021-03-05..2021-03-05")]
    public void Build_DateThenItsYearAfterAComma_KeepsTheDate(string answer, string date)
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: What happened in Beni?\nA: " + answer + "\n",
            "Musa");

        Assert.Equal([date], dates);
    }

    [Fact]
    public void Build_YearThenAMonthAfterAComma_TakesTheMonth()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: What happened in Beni?\nA: In 2019, in October, the raiders killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-10-01..2019-10-31"], dates);
    }

    [Fact]
    public void Build_MonthThenAHedgedDayAfterAComma_TakesTheDay()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: What happened in Beni?\nA: It was October 2019, maybe the 20th, when the raiders killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-10-20..2019-10-20"], dates);
    }

    [Fact]
    public void Build_YearThenAMonthThenADay_TakesTheDay()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: What happened in Beni?\nA: In 2019, in October, the 20th, the raiders killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-10-20..2019-10-20"], dates);
    }

    [Fact]
    public void Build_YearThenADateAfterBefore_KeepsTheYear()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: What happened in Beni?\nA: In 2019, before the 20th of October, the raiders killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2019-01-01..2019-12-31"], dates);
    }

    [Fact]
    public void Build_CarriedMonthThenItsSeasonAfterAComma_CarriesTheMonth()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: In June, in the summer, the raiders came to Beni.\nQ: What did you see?\nA: They killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2021-06-01..2021-06-30"], dates);
    }

    [Fact]
    public void Build_CarriedWeekdayAloneThenItsMonthAfterAComma_CarriesTheMonth()
    {
        var dates = Dates(
            "Date of interview: 18 February 2022\n\nQ: When did the raid happen?\nA: On the 2nd of March 2021 the water was cut. A Tuesday, in March, the raiders came to Beni.\nQ: What did you see?\nA: They killed my uncle Musa in Beni.\n",
            "Musa");

        Assert.Equal(["2021-03-01..2021-03-31"], dates);
    }

    [Fact]
    public void Build_DateOfAnEarlierEventAskedAbout_NotCarriedPastTheNextQuestion()
    {
        var dates = Dates(
            "Date of interview: 10 October 2021\n\nQ: What happened on the 4th of June?\nA: The shells fell on the square of Tamba.\nQ: Was the square shelled before?\nA: In March, yes, once.\nQ: What did you see then?\nA: I saw that my uncle Musa was dead.\nQ: Were others hurt?\nA: My cousin Lina was killed too.\n",
            "Musa", "Lina");

        Assert.Equal(["2021-03-01..2021-03-31", "2021-06-04..2021-06-04"], dates);
    }
}
