using System.Text;
using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Training.Corpus;
using TestimonyNlp.Training.Evaluation;
using TestimonyNlp.Tests.Entities.Places;

namespace TestimonyNlp.Tests.Training;

/// <summary>Geocoding scores against the committed gazetteer. Gold spans are hand-made; places are real.</summary>
public sealed class GeocodingScorerTests
{
    private const string Id = "iq-mosul-901";

    private static readonly GeoPoint MosulPoint = new(36.335, 43.11889, "IQ", SitePrecision.Town);

    [Fact]
    public void GoldEntry_NameOfTheCountry_FirstRankedEntryThere()
    {
        var scorer = new GeocodingScorer(PlacesTestData.Gazetteer);

        Assert.Equal(("Basrah", "IQ"), (scorer.GoldEntry("Basra", "IQ")!.Name, scorer.GoldEntry("Basra", "IQ")!.Country));
        Assert.Equal("Mosul", scorer.GoldEntry("Mosul", "IQ")!.Name);
        Assert.Null(scorer.GoldEntry("Mosul", "LY"));
        Assert.Null(scorer.GoldEntry("Hay al-Thawra", "IQ"));
    }

    [Fact]
    public void Add_ExactSpanAtTheGoldPoint_Correct()
    {
        var scores = Score(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, MosulPoint)]);

        Assert.Equal([("IQ", new GeocodingCounts(1, 0, 0, 0))], scores.ByCountry.ToArray());
        Assert.Equal(1.0, scores.Overall.Accuracy);
    }

    [Fact]
    public void Add_PointTwentyKilometresAway_WrongWithTheDistance()
    {
        var away = MosulPoint with { Lat = MosulPoint.Lat + 0.18 };

        var scores = Score(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, away)], maxErrors: 5);

        Assert.Equal(new GeocodingCounts(0, 1, 0, 0), scores.Overall);
        Assert.Equal(
            "iq-mosul-901 0-5 Wrong \"Mosul\" (Mosul/IQ) -> \"Mosul\"/IQ 20.0 km",
            Assert.Single(scores.Errors).ToString());
    }

    [Fact]
    public void Add_PointNineKilometresAway_Correct()
    {
        var near = MosulPoint with { Lat = MosulPoint.Lat + 0.08 };

        Assert.Equal(new GeocodingCounts(1, 0, 0, 0), Score(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, near)]).Overall);
    }

    [Fact]
    public void Add_PlaceWithoutCoordinates_NotGeocoded()
    {
        Assert.Equal(new GeocodingCounts(0, 0, 1, 0), Score(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, null)]).Overall);
    }

    [Fact]
    public void Add_PersonAtTheSpan_MissedEntity()
    {
        var person = new EntityMention("e1", EntityType.Person, 0, 5, "Mosul", null, 0.9);

        var scores = Score(Id, [Gold(0, 5, "Mosul")], [person], maxErrors: 5);

        Assert.Equal(new GeocodingCounts(0, 0, 0, 1), scores.Overall);
        Assert.Equal("iq-mosul-901 0-5 MissedEntity \"Mosul\" (Mosul/IQ) -> -", Assert.Single(scores.Errors).ToString());
    }

    [Fact]
    public void Add_NoExactSpan_PlaceOverlappingMostScored()
    {
        var longer = Place(0, 12, null) with { Text = "Mosul bridge" };
        var overlapping = Place(3, 5, MosulPoint);

        Assert.Equal(new GeocodingCounts(0, 0, 1, 0), Score(Id, [Gold(0, 5, "Mosul")], [overlapping, longer]).Overall);
    }

    [Fact]
    public void Add_PlaceNotInTheGazetteerOrPrefixWithoutCountry_NotCounted()
    {
        var scorer = new GeocodingScorer(PlacesTestData.Gazetteer);

        scorer.Add(Id, [Gold(0, 13, "Hay al-Thawra")], []);
        scorer.Add("xx-mosul-902", [Gold(0, 5, "Mosul")], []);

        Assert.Empty(scorer.Build().ByCountry);
        Assert.Null(scorer.Build().Overall.Accuracy);
    }

    [Fact]
    public void Build_OneRightOneWrongTestimony_AccuracyIntervalFromNoneToAll()
    {
        var scorer = new GeocodingScorer(PlacesTestData.Gazetteer);
        scorer.Add(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, MosulPoint)]);
        scorer.Add("iq-mosul-902", [Gold(0, 5, "Mosul")], [Place(0, 5, null)]);

        var scores = scorer.Build();

        Assert.Equal(new ScoreInterval(0.0, 1.0), scores.AccuracyInterval);
        Assert.Null(Score(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, MosulPoint)]).AccuracyInterval);
    }

    [Fact]
    public void WriteJson_TwoTestimonies_CountsPerTestimonyInOrderAdded()
    {
        var scorer = new GeocodingScorer(PlacesTestData.Gazetteer);
        scorer.Add(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, MosulPoint)]);
        scorer.Add("iq-mosul-902", [Gold(0, 5, "Mosul")], [Place(0, 5, null)]);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            scorer.Build().WriteJson(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var rows = json.RootElement.GetProperty("by_testimony").EnumerateArray()
            .Select(t => $"{t.GetProperty("id").GetString()} {t.GetProperty("correct").GetInt32()} {t.GetProperty("gazetteer_places").GetInt32()}");
        Assert.Equal([Id + " 1 1", "iq-mosul-902 0 1"], rows);
    }

    [Fact]
    public void Add_TwoCountries_CountsPerCountryInCodeOrder()
    {
        var scorer = new GeocodingScorer(PlacesTestData.Gazetteer);
        var aleppo = PlacesTestData.Gazetteer.Resolve("Aleppo", "SY")!.Entry.ToGeoPoint();

        scorer.Add("sy-aleppo-901", [Gold(0, 6, "Aleppo"), Gold(10, 14, "Homs")], [Place(0, 6, aleppo)]);
        scorer.Add(Id, [Gold(0, 5, "Mosul")], [Place(0, 5, MosulPoint)]);
        var scores = scorer.Build();

        Assert.Equal([("IQ", new GeocodingCounts(1, 0, 0, 0)), ("SY", new GeocodingCounts(1, 0, 0, 1))], scores.ByCountry.ToArray());
        Assert.Equal((3, 2.0 / 3), (scores.Overall.Places, scores.Overall.Accuracy!.Value));
    }

    [Theory]
    [InlineData("sy-aleppo-014", "SY")]
    [InlineData("ps-rafah-317", "PS")]
    [InlineData("gz-rafah-1", "PS")]
    [InlineData("am-martuni-610", "AM")]
    public void TryGetCountry_KnownPrefix_IsoCode(string id, string country)
    {
        Assert.True(GeocodingCountries.TryGetCountry(id, out var found));
        Assert.Equal(country, found);
    }

    [Theory]
    [InlineData("mixed-intake-001")]
    [InlineData("dz")]
    public void TryGetCountry_PrefixWithoutCountry_False(string id)
    {
        Assert.False(GeocodingCountries.TryGetCountry(id, out var found));
        Assert.Null(found);
    }

    [Fact]
    public void WriteText_OneCountry_TableWithTotal()
    {
        var scores = new GeocodingScores { ByCountry = [("IQ", new GeocodingCounts(3, 1, 0, 0))] };
        using var writer = new StringWriter();

        scores.WriteText(writer);

        Assert.Equal(
            "geocoding (gold gazetteer places; correct within 10 km)\n"
            + "country  places  correct  wrong  not_geocoded  missed_entity  accuracy\n"
            + "IQ            4        3      1             0              0     0.750\n"
            + "all           4        3      1             0              0     0.750\n",
            writer.ToString());
    }

    [Fact]
    public void WriteJson_OneCountry_OverallAndByCountry()
    {
        var scores = new GeocodingScores { ByCountry = [("IQ", new GeocodingCounts(3, 1, 0, 0))] };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            scores.WriteJson(writer);
        }

        const string Counts = "{\"gazetteer_places\":4,\"correct\":3,\"wrong\":1,\"not_geocoded\":0,\"missed_entity\":0,\"accuracy\":0.75}";
        Assert.Equal("{\"overall\":" + Counts + ",\"by_country\":{\"IQ\":" + Counts + "}}", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static GeocodingScores Score(string id, GoldEntity[] gold, EntityMention[] predicted, int maxErrors = 0)
    {
        var scorer = new GeocodingScorer(PlacesTestData.Gazetteer, maxErrors);
        scorer.Add(id, gold, predicted);
        return scorer.Build();
    }

    private static GoldEntity Gold(int start, int end, string name) =>
        new("e1", EntityType.Place, name, start, end, name, null);

    private static EntityMention Place(int start, int end, GeoPoint? geo) =>
        new("e1", EntityType.Place, start, end, "Mosul", geo is null ? null : "Mosul", 0.9) { Geo = geo };
}
