using TestimonyNlp.Tests.Support;
using System.Text;
using System.Text.Json;
using CsvHelper;
using FsCheck;
using FsCheck.Xunit;
using TestimonyNlp.Model;
using TestimonyNlp.Store;

namespace TestimonyNlp.Tests.Store;

public sealed class CsvExporterTests : IDisposable
{
    private const string TestimoniesHeader =
        "testimony_id,source,content_sha256,interview_date,language,words,entities,claims,status";

    private const string EntitiesHeader =
        "entity_id,testimony_id,source,type,text,start,end,normalized,category,confidence,review_status";

    private const string ClaimsHeader =
        "claim_id,testimony_id,source,incident_id,site_id,event,harm,victims_min,victims_max,weapon,actor,date_from,"
        + "date_to,basis,confidence,quote,review_status,link_review_status";

    private const string IncidentsHeader =
        "incident_id,site_id,date_from,date_to,weapon,actor,victims_min,victims_max,testimonies,independent_sources,"
        + "grade,previous_ids,conflicts,review_status";

    private const string SitesHeader = "site_id,name,aliases,parent_site_id,lat,lon,precision,geonames_id";

    private const string SitesAndIncidentsSql =
        """
        INSERT INTO sites (site_id, name, aliases, parent_site_id, lat, lon, precision, geonames_id) VALUES
            ('S0001', 'Douma', '["Duma"]', NULL, 33.5711, 36.4028, 'TOWN', 170592),
            ('S0002', 'Douma market', '["Souq Douma","the old market"]', 'S0001', 33.5725, 36.4015, 'BUILDING', NULL),
            ('S0003', 'Harasta farm road', '[]', NULL, NULL, NULL, NULL, NULL);
        INSERT INTO incidents (incident_id, site_id, date_from, date_to, weapon, actor, victims_min, victims_max,
                testimonies, independent_sources, grade, previous_ids, conflicts) VALUES
            ('I0001', 'S0002', '2016-09-09', '2016-09-09', 'BARREL_BOMB', 'Government forces', 7, 7,
                '["DM-007","DM-012"]', 2, 'CORROBORATED', '["I0004"]', '[]'),
            ('I0002', 'S0002', '2016-10-01', '2016-10-31', 'MORTAR', NULL, 2, 4, '["DM-012"]', 1, 'SINGLE_SOURCE', '[]', '[]'),
            ('I0003', 'S0001', NULL, NULL, NULL, NULL, 3, NULL, '["DM-020","DM-021"]', 2, 'CONTESTED', '[]',
                '["date","toll"]');
        UPDATE claims SET incident_id = 'I0001', site_id = 'S0002';
        """;

    private readonly TempDirectory _folder = new();
    private readonly SqliteTestimonyStore _store;
    private readonly CsvExporter _exporter = new();
    private int _saved;

    public CsvExporterTests()
    {
        _store = SqliteTestimonyStore.Open(DatabasePath);
    }

    private string DatabasePath => _folder.File("testimony.db");

    private string OutPath => _folder.File("out");

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Export_EmptyStore_WritesSixFilesWithExactHeaders()
    {
        var summary = _exporter.Export(_store, OutPath);

        Assert.Equal(new ExportSummary(OutPath, 0, 0, 0, 0, 0, 0), summary);
        Assert.Equal(
            ["claims.csv", "entities.csv", "incidents.csv", "sites.csv", "sites.geojson", "testimonies.csv"],
            Directory.GetFiles(OutPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(TestimoniesHeader + "\r\n", ReadOut("testimonies.csv"));
        Assert.Equal(EntitiesHeader + "\r\n", ReadOut("entities.csv"));
        Assert.Equal(ClaimsHeader + "\r\n", ReadOut("claims.csv"));
        Assert.Equal(IncidentsHeader + "\r\n", ReadOut("incidents.csv"));
        Assert.Equal(SitesHeader + "\r\n", ReadOut("sites.csv"));
        Assert.Equal("""{"type":"FeatureCollection","features":[]}""", ReadOut("sites.geojson"));
    }

    [Fact]
    public void Export_SampleResult_WritesExactRows()
    {
        _store.Save(StoreSamples.Result());

        var summary = _exporter.Export(_store, OutPath);

        Assert.Equal(new ExportSummary(OutPath, 1, 2, 1, 0, 0, 0), summary);
        Assert.Equal(
            [TestimoniesHeader, $"DM-007,interviews/dm-007.txt,{StoreSamples.HashA},2019-04-02,Arabic,20,2,1,PROCESSED"],
            ReadLines("testimonies.csv"));
        Assert.Equal(
            [
                EntitiesHeader,
                "e1,DM-007,interviews/dm-007.txt,WEAPON,barrel bomb,7,18,barrel bomb,BARREL_BOMB,0.99,UNREVIEWED",
                "e2,DM-007,interviews/dm-007.txt,PLACE,Douma,27,32,Douma,,0.9765,UNREVIEWED",
            ],
            ReadLines("entities.csv"));
        Assert.Equal(
            [
                ClaimsHeader,
                "c1,DM-007,interviews/dm-007.txt,,,BARREL_BOMB,KILLED,7,7,BARREL_BOMB,,2016-09-09,2016-09-09,WITNESSED,"
                + "0.91,The barrel bomb fell on Douma market at noon.,UNREVIEWED,UNREVIEWED",
            ],
            ReadLines("claims.csv"));
    }

    [Fact]
    public void Export_ClaimWithActorAndNulls_WritesActorIdAndEmptyCells()
    {
        var claim = StoreSamples.Claim with
        {
            Event = null,
            Harm = Harm.Injured,
            Victims = new VictimCount(30, null, []),
            Weapon = null,
            Actor = "e4",
            Date = null,
            Basis = null,
            Evidence = [],
            Confidence = 0.5,
        };
        _store.Save(StoreSamples.Result() with { Claims = [claim] });

        _exporter.Export(_store, OutPath);

        Assert.Equal(
            [ClaimsHeader, "c1,DM-007,interviews/dm-007.txt,,,,INJURED,30,,,e4,,,,0.5,,UNREVIEWED,UNREVIEWED"],
            ReadLines("claims.csv"));
    }

    [Fact]
    public void Export_CellsWithCommaQuoteAndNewline_RoundTripThroughCsvReader()
    {
        const string name = "Hamza \"Abu Ali\", the baker\r\nof Harasta";
        const string quote = "He said, \"run\"\nand we ran.";
        var result = StoreSamples.Result();
        result = result with
        {
            Entities = [StoreSamples.Weapon with { Text = name, Normalized = name }],
            Claims = [StoreSamples.Claim with { Evidence = [new Evidence(0, 10, quote)] }],
        };
        _store.Save(result);

        _exporter.Export(_store, OutPath);

        using (var entities = CsvReader.FromFile(Path.Combine(OutPath, "entities.csv"), ReaderOptions))
        {
            Assert.True(entities.Read());
            Assert.Equal((name, name, "BARREL_BOMB"), (entities.GetString(4), entities.GetString(7), entities.GetString(8)));
            Assert.False(entities.Read());
        }

        using var claims = CsvReader.FromFile(Path.Combine(OutPath, "claims.csv"), ReaderOptions);
        Assert.True(claims.Read());
        Assert.Equal(18, claims.FieldCount);
        Assert.Equal(quote, claims.GetString(15));
        Assert.False(claims.Read());
    }

    [Fact]
    public void Export_SupersededTestimony_ListedWithStatusButItsEntitiesAndClaimsOmitted()
    {
        _store.Save(StoreSamples.Result(StoreSamples.HashA));
        _store.Save(StoreSamples.Result(StoreSamples.HashB) with { Entities = [StoreSamples.Place], Claims = [] });

        var summary = _exporter.Export(_store, OutPath);

        Assert.Equal(new ExportSummary(OutPath, 2, 1, 0, 0, 0, 0), summary);
        Assert.Equal(
            [
                TestimoniesHeader,
                $"DM-007,interviews/dm-007.txt,{StoreSamples.HashA},2019-04-02,Arabic,20,2,1,SUPERSEDED",
                $"DM-007,interviews/dm-007.txt,{StoreSamples.HashB},2019-04-02,Arabic,20,1,0,PROCESSED",
            ],
            ReadLines("testimonies.csv"));
        Assert.Equal(
            [EntitiesHeader, "e2,DM-007,interviews/dm-007.txt,PLACE,Douma,27,32,Douma,,0.9765,UNREVIEWED"],
            ReadLines("entities.csv"));
        Assert.Equal([ClaimsHeader], ReadLines("claims.csv"));
    }

    [Fact]
    public void Export_SitesAndIncidents_WritesExactRowsAndClaimLinks()
    {
        _store.Save(StoreSamples.Result());
        SqliteProbe.Execute(DatabasePath, SitesAndIncidentsSql);

        var summary = _exporter.Export(_store, OutPath);

        Assert.Equal(new ExportSummary(OutPath, 1, 2, 1, 3, 3, 2), summary);
        Assert.Equal(
            [
                IncidentsHeader,
                "I0001,S0002,2016-09-09,2016-09-09,BARREL_BOMB,Government forces,7,7,DM-007;DM-012,2,CORROBORATED,I0004,,UNREVIEWED",
                "I0002,S0002,2016-10-01,2016-10-31,MORTAR,,2,4,DM-012,1,SINGLE_SOURCE,,,UNREVIEWED",
                "I0003,S0001,,,,,3,,DM-020;DM-021,2,CONTESTED,,date;toll,UNREVIEWED",
            ],
            ReadLines("incidents.csv"));
        Assert.Equal(
            [
                SitesHeader,
                "S0001,Douma,Duma,,33.5711,36.4028,TOWN,170592",
                "S0002,Douma market,Souq Douma;the old market,S0001,33.5725,36.4015,BUILDING,",
                "S0003,Harasta farm road,,,,,,",
            ],
            ReadLines("sites.csv"));
        Assert.StartsWith("c1,DM-007,interviews/dm-007.txt,I0001,S0002,BARREL_BOMB,", ReadLines("claims.csv")[1]);
    }

    [Fact]
    public void Export_SitesGeoJson_IsFeatureCollectionWithLonLatIncidentsAndTolls()
    {
        _store.Save(StoreSamples.Result());
        SqliteProbe.Execute(DatabasePath, SitesAndIncidentsSql);

        _exporter.Export(_store, OutPath);

        using var document = JsonDocument.Parse(ReadOut("sites.geojson"));
        var root = document.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);

        var town = features[0];
        Assert.Equal(("Feature", "S0001", "Point"),
            (town.GetProperty("type").GetString(), town.GetProperty("id").GetString(),
             town.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.Equal([36.4028, 33.5711], Coordinates(town));
        var townProperties = town.GetProperty("properties");
        Assert.Equal(("S0001", "Douma", "TOWN", 170592L),
            (townProperties.GetProperty("site_id").GetString(), townProperties.GetProperty("name").GetString(),
             townProperties.GetProperty("precision").GetString(), townProperties.GetProperty("geonames_id").GetInt64()));
        Assert.Equal(["I0003"], Strings(townProperties.GetProperty("incidents")));
        Assert.Equal("""{"victims_min":3,"victims_max":null}""", townProperties.GetProperty("toll").GetRawText());

        var market = features[1];
        Assert.Equal([36.4015, 33.5725], Coordinates(market));
        var marketProperties = market.GetProperty("properties");
        Assert.Equal(JsonValueKind.Null, marketProperties.GetProperty("geonames_id").ValueKind);
        Assert.Equal(["I0001", "I0002"], Strings(marketProperties.GetProperty("incidents")));
        Assert.Equal("""{"victims_min":9,"victims_max":11}""", marketProperties.GetProperty("toll").GetRawText());
    }

    [Fact]
    public void Export_SiteWithoutIncidents_HasEmptyIncidentsAndNullToll()
    {
        SqliteProbe.Execute(DatabasePath,
            "INSERT INTO sites (site_id, name, lat, lon, precision) VALUES ('S0001', 'Darayya', 33.4586, 36.2356, 'TOWN')");

        _exporter.Export(_store, OutPath);

        Assert.Equal(
            """{"type":"FeatureCollection","features":[{"type":"Feature","id":"S0001","geometry":{"type":"Point","coordinates":[36.2356,33.4586]},"properties":{"site_id":"S0001","name":"Darayya","precision":"TOWN","geonames_id":null,"incidents":[],"toll":{"victims_min":null,"victims_max":null}}}]}""",
            ReadOut("sites.geojson"));
    }

    [Fact]
    public void Export_ExistingFiles_AreReplacedWithoutLeftoverTemporaryFiles()
    {
        Directory.CreateDirectory(OutPath);
        File.WriteAllText(Path.Combine(OutPath, "testimonies.csv"), "old export with many more bytes than the new one\n");
        File.WriteAllText(Path.Combine(OutPath, "notes.txt"), "kept");

        _exporter.Export(_store, OutPath);

        Assert.Equal(TestimoniesHeader + "\r\n", ReadOut("testimonies.csv"));
        Assert.Equal(
            ["claims.csv", "entities.csv", "incidents.csv", "notes.txt", "sites.csv", "sites.geojson", "testimonies.csv"],
            Directory.GetFiles(OutPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Export_NonAsciiText_IsUtf8WithoutByteOrderMark()
    {
        var result = StoreSamples.Result();
        _store.Save(result with { Entities = [StoreSamples.Place with { Text = "دوما", Normalized = "Douma" }] });

        _exporter.Export(_store, OutPath);

        var bytes = File.ReadAllBytes(Path.Combine(OutPath, "entities.csv"));
        Assert.Equal((byte)'e', bytes[0]);
        Assert.Equal(
            [EntitiesHeader, "e2,DM-007,interviews/dm-007.txt,PLACE,دوما,27,32,Douma,,0.9765,UNREVIEWED"],
            Encoding.UTF8.GetString(bytes).Split("\r\n")[..^1]);
    }

    [Property(MaxTest = 60)]
    public bool Export_AnyEntityTextAndQuote_RoundTripThroughStoreAndCsv(UnicodeString text)
    {
        // Unpaired surrogates cannot be encoded as UTF-8 (the writers replace them), so they are paired off here.
        return RoundTrips(WithoutLoneSurrogates(text.Get ?? string.Empty));
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\r")]
    [InlineData("a\r\n\r\nb")]
    [InlineData("\"\"")]
    [InlineData(" , ")]
    [InlineData("=1+2")]
    [InlineData("\t\u00a0\u200f\ud83d\ude00")]
    public void Export_AwkwardText_RoundTripsThroughStoreAndCsv(string value)
    {
        Assert.True(RoundTrips(value));
    }

    private bool RoundTrips(string value)
    {
        _saved++;
        var result = StoreSamples.Result(_saved.ToString("x64", System.Globalization.CultureInfo.InvariantCulture));
        _store.Save(result with
        {
            Entities = [StoreSamples.Weapon with { Text = value }],
            Claims = [StoreSamples.Claim with { Evidence = [new Evidence(0, 1, value)] }],
        });

        _exporter.Export(_store, OutPath);

        var entityText = LastField("entities.csv", 4);
        var quote = LastField("claims.csv", 15);
        return entityText == value && quote == value;
    }

    private static CsvReaderOptions ReaderOptions => CsvReaderOptions.Default with { Separator = ',' };

    private string ReadOut(string name) => File.ReadAllText(Path.Combine(OutPath, name));

    private string[] ReadLines(string name) => ReadOut(name).Split("\r\n")[..^1];

    private string LastField(string file, int index)
    {
        using var reader = CsvReader.FromFile(Path.Combine(OutPath, file), ReaderOptions with { SkipEmptyLines = false });
        var value = string.Empty;
        while (reader.Read())
        {
            value = reader.GetString(index);
        }

        return value;
    }

    private static double[] Coordinates(JsonElement feature) =>
        feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();

    private static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "(null)").ToArray();

    private static string WithoutLoneSurrogates(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value, i, 2);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(value[i]) ? '?' : value[i]);
            }
        }

        return builder.ToString();
    }
}
