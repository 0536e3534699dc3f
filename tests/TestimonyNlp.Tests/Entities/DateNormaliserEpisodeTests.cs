using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;
using TestimonyNlp.Tests.Support;

namespace TestimonyNlp.Tests.Entities;

public sealed class DateNormaliserEpisodeTests
{
    private static readonly ConflictEpisodes Siege = ConflictEpisodes.Load(
        new StringReader("# format: testimony-episodes 1\nUA\t2022-02-24\t2022-05-20\tmariupol\tSiege of Mariupol\n"),
        "episodes.tsv");

    // The DATE mentions of the content, in text order, after the stage ran with the one-siege table; the places are
    // tagged too, since the episode is found by them.
    private static List<EntityMention> Normalise(string content, DateOnly? interview, string[] places, string[] dates)
    {
        var document = CraftedTranscript.WitnessDocument(content, new TestimonyMetadata { InterviewDate = interview });
        var mentions = new List<EntityMention>();
        foreach (var (words, type) in places.Select(p => (p, EntityType.Place)).Concat(dates.Select(d => (d, EntityType.Date))))
        {
            var start = content.IndexOf(words, StringComparison.Ordinal);
            mentions.Add(new EntityMention("e" + mentions.Count, type, start, start + words.Length, words, null, 0.9));
        }

        document.Entities.AddRange(mentions.OrderBy(m => m.Start));
        new DateNormaliser(Siege).Process(document, CancellationToken.None);
        return document.Entities.Where(e => e.Type == EntityType.Date).ToList();
    }

    [Fact]
    public void Process_NoInterviewDateNoYearAndTheEpisodesTown_DayInTheEpisodesYear()
    {
        var dates = Normalise("On the 16th of March the theatre in Mariupol was hit.", null, ["Mariupol"], ["the 16th of March"]);

        Assert.Equal("2022-03-16", Assert.Single(dates).Normalized);
        Assert.Null(dates[0].Yearless);
    }

    [Fact]
    public void Process_NoInterviewDateButAYearTold_DayInThatYearNotTheEpisodes()
    {
        var dates = Normalise(
            "In 2014 we lived in Mariupol. On the 9th of May the shooting began.", null, ["Mariupol"], ["2014", "the 9th of May"]);

        Assert.Equal("2014-05-09", dates[1].Normalized);
    }

    [Fact]
    public void Process_YearToldOnlyAfterTheEvent_EventInTheEpisodesYearLaterDayInTheYearTold()
    {
        var dates = Normalise(
            "On the 16th of March the theatre in Mariupol was hit. In 2014 we had come from Donetsk, and on the 9th of May we moved.",
            null, ["Mariupol"], ["the 16th of March", "2014", "the 9th of May"]);

        Assert.Equal(["2022-03-16", "2014-01-01..2014-12-31", "2014-05-09"], dates.Select(d => d.Normalized));
        Assert.Null(dates[0].Yearless);
    }

    [Fact]
    public void Process_YearToldAfterSince_DayInTheEpisodesYear()
    {
        var dates = Normalise(
            "I have had the bakery in Mariupol since 2009. On the 16th of March the theatre was hit.",
            null, ["Mariupol"], ["2009", "the 16th of March"]);

        Assert.Equal(["2009-01-01..2009-12-31", "2022-03-16"], dates.Select(d => d.Normalized));
    }

    [Fact]
    public void Process_YearToldOfADeathBeforeTheEvent_DayInTheEpisodesYear()
    {
        var dates = Normalise(
            "My brother Taras died in 2017, so I lived alone in Mariupol. On the 16th of March the theatre was hit.",
            null, ["Mariupol"], ["2017", "the 16th of March"]);

        Assert.Equal(["2017-01-01..2017-12-31", "2022-03-16"], dates.Select(d => d.Normalized));
    }

    [Fact]
    public void Process_InterviewDateAndTheEpisodesTown_DayPlacedFromTheInterview()
    {
        var dates = Normalise(
            "On the 16th of March the theatre in Mariupol was hit.", new DateOnly(2023, 4, 2), ["Mariupol"], ["the 16th of March"]);

        Assert.Equal("2023-03-16", Assert.Single(dates).Normalized);
    }

    [Fact]
    public void Process_NoInterviewDateNoYearNoTownOfTheTable_NullButYearless()
    {
        var dates = Normalise("On the 16th of March the theatre in Kherson was hit.", null, ["Kherson"], ["the 16th of March"]);

        Assert.Null(Assert.Single(dates).Normalized);
        Assert.Equal(new DateOnly(2000, 3, 16), dates[0].Yearless?.From);
    }

    [Fact]
    public void Process_MonthToldAfterTheEpisodesEnd_PlacedAfterItNotTheYearBefore()
    {
        var dates = Normalise(
            "In the middle of March the shelling in Mariupol was worst. In September my sister came back.", null, ["Mariupol"],
            ["the middle of March", "September"]);

        Assert.Equal("2022-03-10..2022-03-20", dates[0].Normalized);
        Assert.Equal("2022-09-01..2022-09-30", dates[1].Normalized);
    }

    [Fact]
    public void Process_MonthBeforeTheEpisodeInItsYear_StaysInThatYear()
    {
        var dates = Normalise("In January we still worked in Mariupol.", null, ["Mariupol"], ["January"]);

        Assert.Equal("2022-01-01..2022-01-31", Assert.Single(dates).Normalized);
    }

    [Fact]
    public void Process_LastYearInATestimonyDatedByTheEpisode_CountedFromItsLastDayNotMoved()
    {
        var dates = Normalise("Last year we moved to Mariupol.", null, ["Mariupol"], ["Last year"]);

        Assert.Equal("2021-01-01..2021-12-31", Assert.Single(dates).Normalized);
    }
}
