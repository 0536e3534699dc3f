using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

/// <summary>The context <see cref="SiteLinker"/> gives each site mention. Places are real.</summary>
public sealed class SiteLinkerTests
{
    private const string Content = "We fled Aleppo. The shell hit al-Jadida street in Mosul. Two men died there.";

    private static readonly EntityMention Aleppo = Town("e1", 8, "Aleppo", "SY");
    private static readonly EntityMention Jadida = new("e2", EntityType.Place, 30, 46, "al-Jadida street", null, 0.9);
    private static readonly EntityMention Mosul = Town("e3", 50, "Mosul", "IQ");

    private static readonly Claim Claim = new()
    {
        Id = "c1",
        Harm = Harm.Killed,
        Victims = new VictimCount(2, 2, []),
        Site = "e2",
        Evidence = [new Evidence(57, 76, "Two men died there.")],
        Confidence = 0.9,
    };

    [Fact]
    public void SentencePlaces_WithText_TakesTheSentencesOfTheEvidenceAndTheSite()
    {
        var places = SiteLinker.SentencePlaces(Claim, Jadida, [Aleppo, Jadida, Mosul], Content);

        Assert.Equal(["e2", "e3"], places.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void SentencePlaces_WithoutText_TakesOnlyTheEvidenceAndTheSiteMention()
    {
        var places = SiteLinker.SentencePlaces(Claim, Jadida, [Aleppo, Jadida, Mosul], null);

        Assert.Equal(["e2"], places.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void MostCommonCountry_TieBetweenCountries_TakesOrdinallyFirst()
    {
        Assert.Equal("IQ", SiteLinker.MostCommonCountry([Aleppo, Jadida, Mosul]));
        Assert.Equal("SY", SiteLinker.MostCommonCountry([Aleppo, Town("e4", 60, "Homs", "SY"), Mosul]));
        Assert.Null(SiteLinker.MostCommonCountry([Jadida]));
    }

    private static EntityMention Town(string id, int start, string name, string country) =>
        new(id, EntityType.Place, start, start + name.Length, name, name, 0.95)
        {
            Geo = new GeoPoint(1, 2, country, SitePrecision.Town, null),
        };

    [Theory]
    [InlineData("Place of interview: Gaziantep, Turkey\nA: We lived in Hay al-Thawra.", "Gaziantep", true)]
    [InlineData("Location: Gaziantep\nA: We lived in Hay al-Thawra.", "Gaziantep", true)]
    [InlineData("A: From Gaziantep we went to Mosul.", "Gaziantep", false)]
    [InlineData("Q: Where: Gaziantep?", "Gaziantep", false)]
    public void IsInterviewPlace_PlaceOnALine_TrueOnlyOnAnInterviewPlaceHeader(string content, string name, bool expected)
    {
        var start = content.IndexOf(name, StringComparison.Ordinal);
        var place = new EntityMention("e1", EntityType.Place, start, start + name.Length, name, name, 0.9);

        Assert.Equal(expected, SiteLinker.IsInterviewPlace(content, place));
    }

    [Fact]
    public void FallbackPlaces_AccountNamesATown_HeaderPlaceLeftOut()
    {
        const string Text = "Place: Gaziantep, Turkey\nA: We lived in Mosul, in Hay al-Thawra.";
        var header = Town("e1", Text.IndexOf("Gaziantep", StringComparison.Ordinal), "Gaziantep", "TR");
        var told = Town("e2", Text.IndexOf("Mosul", StringComparison.Ordinal), "Mosul", "IQ");

        var places = SiteLinker.FallbackPlaces([header, told], Text);

        Assert.Equal(["e2"], places.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void FallbackPlaces_AccountNamesNoTown_HeaderPlaceKept()
    {
        const string Text = "Place: Mosul, Iraq\nA: We lived in Hay al-Thawra.";
        var header = Town("e1", Text.IndexOf("Mosul", StringComparison.Ordinal), "Mosul", "IQ");

        var places = SiteLinker.FallbackPlaces([header], Text);

        Assert.Equal(["e1"], places.Select(p => p.Id).ToArray());
    }
}
