using System.Text;
using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Serialization;

namespace TestimonyNlp.Tests.Serialization;

public sealed class TestimonyJsonWriterTests
{
    private const string Content = "Q: When?\nA: On 9 September 2016 a barrel bomb hit Deir al-Zour.";

    [Fact]
    public void Write_ResultWithEntitiesAndClaim_WritesContractShape()
    {
        var testimony = new Testimony
        {
            Source = "interviews/dz-031.txt",
            TestimonyId = "DZ-031",
            Content = Content,
            ContentSha256 = "abc",
            Format = "text",
            Metadata = new TestimonyMetadata { InterviewId = "DZ-031", InterviewDate = new DateOnly(2019, 4, 2), Language = "Arabic" },
            Segments =
            [
                new Segment(3, 8, SpeakerRole.Interviewer, "Q", 0),
                new Segment(12, 64, SpeakerRole.Witness, "A", 1, TimeSpan.FromSeconds(75.5)),
            ],
        };
        var weapon = new EntityMention("e1", EntityType.Weapon, 33, 44, "barrel bomb", "barrel bomb", 0.99) { Category = WeaponCategory.BarrelBomb };
        var place = new EntityMention("e2", EntityType.Place, 49, 61, "Deir al-Zour", "Deir ez-Zor", 0.987654)
        {
            Geo = new GeoPoint(35.34, 40.14, "SY", SitePrecision.Town, 170794),
        };
        var claim = new Claim
        {
            Id = "c1",
            Event = "BARREL_BOMB",
            Harm = Harm.PropertyDamage,
            Weapon = WeaponCategory.BarrelBomb,
            Site = "e2",
            Date = new DateRange("9 September 2016", new DateOnly(2016, 9, 9), new DateOnly(2016, 9, 9)),
            Basis = Basis.Witnessed,
            Evidence = [new Evidence(12, 62, Content[12..62])],
            Confidence = 0.9,
        };

        var json = Write(new TestimonyResult(testimony, [weapon, place], [claim], 11));

        Assert.Equal(
            "{\"source\":\"interviews/dz-031.txt\",\"testimony_id\":\"DZ-031\"," +
            "\"metadata\":{\"interview_id\":\"DZ-031\",\"interview_date\":\"2019-04-02\",\"place\":null,\"language\":\"Arabic\",\"interviewer\":null,\"interpreter\":null,\"speaker\":null}," +
            "\"entities\":[" +
            "{\"id\":\"e1\",\"type\":\"WEAPON\",\"text\":\"barrel bomb\",\"start\":33,\"end\":44,\"normalized\":\"barrel bomb\",\"category\":\"BARREL_BOMB\",\"confidence\":0.99}," +
            "{\"id\":\"e2\",\"type\":\"PLACE\",\"text\":\"Deir al-Zour\",\"start\":49,\"end\":61,\"normalized\":\"Deir ez-Zor\",\"geo\":{\"lat\":35.34,\"lon\":40.14,\"country\":\"SY\",\"precision\":\"TOWN\",\"geonames_id\":170794},\"confidence\":0.9877}]," +
            "\"claims\":[{\"id\":\"c1\",\"event\":\"BARREL_BOMB\",\"harm\":\"PROPERTY_DAMAGE\",\"victims\":{\"min\":null,\"max\":null,\"named\":[]}," +
            "\"weapon\":\"BARREL_BOMB\",\"actor\":null,\"site\":\"e2\",\"date\":{\"text\":\"9 September 2016\",\"from\":\"2016-09-09\",\"to\":\"2016-09-09\"}," +
            "\"basis\":\"WITNESSED\",\"evidence\":{\"start\":12,\"end\":62,\"quote\":\"On 9 September 2016 a barrel bomb hit Deir al-Zour\"}," +
            "\"evidence_spans\":[{\"start\":12,\"end\":62,\"quote\":\"On 9 September 2016 a barrel bomb hit Deir al-Zour\"}],\"confidence\":0.9}]," +
            "\"format\":\"text\",\"content_sha256\":\"abc\",\"words\":11,\"warnings\":[]," +
            "\"segments\":[{\"start\":3,\"end\":8,\"role\":\"INTERVIEWER\",\"speaker\":\"Q\",\"turn\":0,\"time_start\":null,\"time_end\":null}," +
            "{\"start\":12,\"end\":64,\"role\":\"WITNESS\",\"speaker\":\"A\",\"turn\":1,\"time_start\":\"00:01:15.500\",\"time_end\":null}]," +
            "\"content\":\"Q: When?\\nA: On 9 September 2016 a barrel bomb hit Deir al-Zour.\"}",
            json);
    }

    [Fact]
    public void Write_NonAsciiText_KeptUnescaped()
    {
        var testimony = new Testimony
        {
            Source = "ş.txt",
            TestimonyId = "şanlıurfa",
            Content = "Medellín",
            ContentSha256 = "x",
            Format = "text",
        };

        var json = Write(new TestimonyResult(testimony, [], [], 1));

        using var document = JsonDocument.Parse(json);
        Assert.Contains("\"content\":\"Medellín\"", json, StringComparison.Ordinal);
        Assert.Equal("şanlıurfa", document.RootElement.GetProperty("testimony_id").GetString());
    }

    private static string Write(TestimonyResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, TestimonyJsonWriter.Options))
        {
            TestimonyJsonWriter.Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
