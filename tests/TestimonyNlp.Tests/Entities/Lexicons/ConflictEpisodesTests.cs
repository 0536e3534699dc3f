using TestimonyNlp.Entities;
using TestimonyNlp.Entities.Lexicons;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Lexicons;

public sealed class ConflictEpisodesTests
{
    private const string Header = "# format: testimony-episodes 1\n";

    private static ConflictEpisodes Parse(string rows) => ConflictEpisodes.Load(new StringReader(Header + rows), "episodes.tsv");

    private static EntityMention Place(string text, string? normalized = null) =>
        new("e1", EntityType.Place, 0, text.Length, text, normalized, 0.9);

    private static readonly ConflictEpisodes TwoSieges = Parse(
        "UA\t2022-02-24\t2022-05-20\tmariupol|azovstal\tSiege of Mariupol\n" +
        "UA\t2022-02-24\t2022-04-03\tchernihiv\tSiege of Chernihiv\n");

    [Fact]
    public void Load_TwoRows_EpisodesInFileOrderWithTheirDays()
    {
        Assert.Equal(
            [
                new ConflictEpisode("Siege of Mariupol", "UA", new DateOnly(2022, 2, 24), new DateOnly(2022, 5, 20)),
                new ConflictEpisode("Siege of Chernihiv", "UA", new DateOnly(2022, 2, 24), new DateOnly(2022, 4, 3)),
            ],
            TwoSieges.Episodes.ToArray());
        Assert.Equal(3, TwoSieges.TownCount);
    }

    [Fact]
    public void EpisodeOf_TownsOfOneEpisodeNamedMost_ThatEpisode()
    {
        var episode = TwoSieges.EpisodeOf([Place("Azovstal"), Place("Mariupol"), Place("Chernihiv")]);

        Assert.Equal("Siege of Mariupol", episode?.Name);
    }

    [Fact]
    public void EpisodeOf_TwoEpisodesNamedEquallyOften_Null()
    {
        Assert.Null(TwoSieges.EpisodeOf([Place("Mariupol"), Place("Chernihiv")]));
    }

    [Fact]
    public void EpisodeOf_WordsNotInTheTableButTheGazetteerNameIs_ThatEpisode()
    {
        var episode = TwoSieges.EpisodeOf([Place("Mariupolis", "Mariupol")]);

        Assert.Equal("Siege of Mariupol", episode?.Name);
    }

    [Fact]
    public void EpisodeOf_TownNamedByAMentionThatIsNoPlace_Null()
    {
        var person = new EntityMention("e1", EntityType.Person, 0, 8, "Mariupol", null, 0.9);

        Assert.Null(TwoSieges.EpisodeOf([person]));
    }

    [Fact]
    public void EpisodeOf_EmptyTable_Null()
    {
        Assert.Null(ConflictEpisodes.Empty.EpisodeOf([Place("Mariupol")]));
    }

    [Theory]
    [InlineData("ua\t2022-02-24\t2022-05-20\tmariupol\tSiege", "episodes.tsv, line 2: country 'ua' is not an upper-case ISO 3166-1 alpha-2 code")]
    [InlineData("UA\t2022-02-30\t2022-05-20\tmariupol\tSiege", "episodes.tsv, line 2: '2022-02-30' is not a day in the form yyyy-MM-dd")]
    [InlineData("UA\t2022-05-20\t2022-02-24\tmariupol\tSiege", "episodes.tsv, line 2: the last day 2022-02-24 comes before the first 2022-05-20")]
    [InlineData("UA\t2022-02-24\t2022-05-20\tMariupol\tSiege", "episodes.tsv, line 2: town 'Mariupol' is not lower case")]
    [InlineData("UA\t2022-02-24\t2022-05-20\tmariupol|mariupól\tSiege", "episodes.tsv, line 2: town 'mariupól' is spelt like another town on this line (it differs only in hyphens, apostrophes or accents)")]
    [InlineData("UA\t2022-02-24\t2022-05-20\tmariupol\tSiege\nUA\t2014-05-09\t2014-06-13\tmariupol\tFirst battle", "episodes.tsv, line 3: town 'mariupol' is in an earlier episode too (or spelt like a town there); a town belongs to one episode")]
    [InlineData("UA\t2022-02-24\t2022-05-20\tmariupol|\tSiege", "episodes.tsv, line 2: empty town")]
    public void Load_MalformedRow_ErrorNamingFileLineAndReason(string rows, string message)
    {
        var error = Assert.Throws<ModelFormatException>(() => Parse(rows));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Load_CommittedTable_EveryTownInOneEpisode()
    {
        var episodes = ConflictEpisodes.Load(LexiconFiles.PathOf("episodes.tsv"));

        Assert.Equal(58, episodes.Episodes.Length);
        Assert.Equal("Siege of Mariupol", episodes.EpisodeOf([Place("Mariupol")])?.Name);
        Assert.Equal("Battle of Mosul", episodes.EpisodeOf([Place("Gogjali")])?.Name);
        Assert.Equal("Israel and Hezbollah war of 2023 and 2024", episodes.EpisodeOf([Place("Sour")])?.Name);
        Assert.Equal("Offensive on Tripoli", episodes.EpisodeOf([Place("Abu Sleem")])?.Name);
        Assert.Equal("Arakan Army offensive in central and northern Rakhine", episodes.EpisodeOf([Place("Mrauk U")])?.Name);
        Assert.Equal("Operation 1027 in northern Shan, up to the Lashio ceasefire", episodes.EpisodeOf([Place("Namhsan")])?.Name);
    }
}
