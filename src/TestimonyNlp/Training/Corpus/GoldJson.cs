using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TestimonyNlp.Model;
using TestimonyNlp.Serialization;

namespace TestimonyNlp.Training.Corpus;

/// <summary>
/// Reads and writes one line of <c>gold.jsonl</c>: the testimony JSON of CONTRACT.md (source, testimony_id,
/// metadata, entities, claims) extended with the corpus <c>id</c>, <c>incidents</c>, <c>witness</c> and
/// <c>content_sha256</c>. Claims name their actor by canonical name, their victims and site by entity id.
/// </summary>
public static class GoldJson
{
    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = 16 };

    /// <summary>The line for <paramref name="gold"/>, without line terminator.</summary>
    public static string Serialize(GoldTestimony gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, TestimonyJsonWriter.Options))
        {
            Write(json, gold);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes <paramref name="gold"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter json, GoldTestimony gold)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(gold);
        json.WriteStartObject();
        json.WriteString("id", gold.Id);
        json.WriteString("source", gold.Source);
        json.WriteString("testimony_id", gold.TestimonyId);
        TestimonyJsonWriter.WriteMetadata(json, gold.Metadata);

        json.WriteStartArray("entities");
        foreach (var entity in gold.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("type", entity.Type.ToWire());
            json.WriteString("text", entity.Text);
            json.WriteNumber("start", entity.Start);
            json.WriteNumber("end", entity.End);
            json.WriteOrNull("normalized", entity.Normalized);
            if (entity.Type == EntityType.Weapon)
            {
                json.WriteOrNull("category", entity.Category?.ToWire());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var claim in gold.Claims)
        {
            WriteClaim(json, claim);
        }

        json.WriteEndArray();

        json.WriteStartArray("incidents");
        foreach (var incident in gold.Incidents)
        {
            json.WriteStringValue(incident);
        }

        json.WriteEndArray();
        json.WriteString("witness", gold.Witness);
        json.WriteString("content_sha256", gold.ContentSha256);
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, GoldClaim claim)
    {
        json.WriteStartObject();
        json.WriteString("id", claim.Id);
        json.WriteString("harm", claim.Harm.ToWire());
        TestimonyJsonWriter.WriteVictims(json, claim.Victims);
        json.WriteOrNull("weapon", claim.Weapon?.ToWire());
        json.WriteOrNull("actor", claim.Actor);
        json.WriteOrNull("site", claim.Site);
        if (claim.Date is { } date)
        {
            TestimonyJsonWriter.WriteDate(json, date.Text, date.From, date.To);
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteString("basis", claim.Basis.ToWire());
        TestimonyJsonWriter.WriteEvidenceSpans(json, claim.Evidence);
        json.WriteString("incident", claim.Incident);
        json.WriteEndObject();
    }

    /// <summary>
    /// Reads one line. Every structural problem (a missing field, a value of the wrong kind, a name outside a closed
    /// vocabulary) is added to <paramref name="problems"/> without quoting text; the result is null when there is any.
    /// </summary>
    public static GoldTestimony? Parse(string line, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(problems);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, ReaderOptions);
        }
        catch (JsonException e)
        {
            var position = e.BytePositionInLine is { } p ? (p + 1).ToString(CultureInfo.InvariantCulture) : "?";
            problems.Add($"invalid JSON (at byte {position})");
            return null;
        }

        using (document)
        {
            var before = problems.Count;
            var reader = new Reader(problems);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("not a JSON object");
                return null;
            }

            var gold = reader.Testimony(root);
            return problems.Count > before ? null : gold;
        }
    }

    private sealed class Reader(List<string> problems)
    {
        public GoldTestimony Testimony(JsonElement root)
        {
            // Fields are read in the order they are written, so problems come in that order too.
            var id = String(root, "id", "id") ?? string.Empty;
            var source = String(root, "source", "source") ?? string.Empty;
            var testimonyId = String(root, "testimony_id", "testimony_id") ?? string.Empty;
            var metadata = Metadata(root);
            var entities = Array(root, "entities", "entities", Entity);
            var claims = Array(root, "claims", "claims", Claim);
            var incidents = Array(root, "incidents", "incidents", (element, where) => StringValue(element, where) ?? string.Empty);
            return new GoldTestimony
            {
                Id = id,
                Source = source,
                TestimonyId = testimonyId,
                Metadata = metadata,
                Entities = entities,
                Claims = claims,
                Incidents = incidents,
                Witness = String(root, "witness", "witness") ?? string.Empty,
                ContentSha256 = String(root, "content_sha256", "content_sha256") ?? string.Empty,
            };
        }

        private TestimonyMetadata Metadata(JsonElement root)
        {
            if (!Object(root, "metadata", "metadata", out var metadata))
            {
                return TestimonyMetadata.Empty;
            }

            DateOnly? date = null;
            if (NullableString(metadata, "interview_date", "metadata.interview_date") is { } text)
            {
                if (IsoDateRange.TryParseDay(text, out var day))
                {
                    date = day;
                }
                else
                {
                    problems.Add("metadata.interview_date is not a yyyy-mm-dd date");
                }
            }

            return new TestimonyMetadata
            {
                InterviewId = NullableString(metadata, "interview_id", "metadata.interview_id"),
                InterviewDate = date,
                Place = NullableString(metadata, "place", "metadata.place"),
                Language = NullableString(metadata, "language", "metadata.language"),
                Interviewer = NullableString(metadata, "interviewer", "metadata.interviewer"),
                Interpreter = NullableString(metadata, "interpreter", "metadata.interpreter"),
                Speaker = NullableString(metadata, "speaker", "metadata.speaker"),
            };
        }

        private GoldEntity Entity(JsonElement element, string where)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} is not an object");
                return new GoldEntity(string.Empty, default, string.Empty, 0, 0, null, null);
            }

            var id = String(element, "id", where + ".id") ?? string.Empty;
            where = id.Length > 0 ? "entity " + id : where;
            var typeName = String(element, "type", where + " type");
            var type = default(EntityType);
            if (typeName is not null && !Vocabulary.TryParseEntityType(typeName, out type))
            {
                problems.Add($"{where}: unknown type");
            }

            WeaponCategory? category = null;
            var categoryName = NullableString(element, "category", where + " category");
            if (type == EntityType.Weapon)
            {
                if (categoryName is null)
                {
                    problems.Add($"{where}: WEAPON without category");
                }
                else if (Vocabulary.TryParseWeaponCategory(categoryName, out var parsed))
                {
                    category = parsed;
                }
                else
                {
                    problems.Add($"{where}: unknown weapon category");
                }
            }
            else if (categoryName is not null)
            {
                problems.Add($"{where}: category on a non-WEAPON entity");
            }

            return new GoldEntity(
                id,
                type,
                String(element, "text", where + " text") ?? string.Empty,
                Int(element, "start", where + " start"),
                Int(element, "end", where + " end"),
                NullableString(element, "normalized", where + " normalized"),
                category);
        }

        private GoldClaim Claim(JsonElement element, string where)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} is not an object");
                return new GoldClaim { Id = string.Empty, Harm = default, Basis = default, Evidence = [], Incident = string.Empty };
            }

            var id = String(element, "id", where + ".id") ?? string.Empty;
            where = id.Length > 0 ? "claim " + id : where;
            var harm = default(Harm);
            if (String(element, "harm", where + " harm") is { } harmName && !Vocabulary.TryParseHarm(harmName, out harm))
            {
                problems.Add($"{where}: unknown harm");
            }

            var basis = default(Basis);
            if (String(element, "basis", where + " basis") is { } basisName && !Vocabulary.TryParseBasis(basisName, out basis))
            {
                problems.Add($"{where}: unknown basis");
            }

            WeaponCategory? weapon = null;
            if (NullableString(element, "weapon", where + " weapon") is { } weaponName)
            {
                if (Vocabulary.TryParseWeaponCategory(weaponName, out var parsed))
                {
                    weapon = parsed;
                }
                else
                {
                    problems.Add($"{where}: unknown weapon category");
                }
            }

            var victims = new VictimCount(null, null, []);
            if (Object(element, "victims", where + " victims", out var victimsElement))
            {
                victims = new VictimCount(
                    NullableInt(victimsElement, "min", where + " victims.min"),
                    NullableInt(victimsElement, "max", where + " victims.max"),
                    Array(victimsElement, "named", where + " victims.named", (e, w) => StringValue(e, w) ?? string.Empty));
            }

            var spans = Array(element, "evidence_spans", where + " evidence_spans", Evidence);
            if (spans.IsEmpty)
            {
                problems.Add($"{where}: no evidence spans");
            }

            if (Object(element, "evidence", where + " evidence", out var main) && !spans.IsEmpty && Evidence(main, where + " evidence") != spans[0])
            {
                problems.Add($"{where}: evidence is not the first of evidence_spans");
            }

            return new GoldClaim
            {
                Id = id,
                Harm = harm,
                Victims = victims,
                Weapon = weapon,
                Actor = NullableString(element, "actor", where + " actor"),
                Site = NullableString(element, "site", where + " site"),
                Date = Date(element, where),
                Basis = basis,
                Evidence = spans,
                Incident = String(element, "incident", where + " incident") ?? string.Empty,
            };
        }

        private GoldDate? Date(JsonElement claim, string where)
        {
            if (!claim.TryGetProperty("date", out var date) || date.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (date.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} date is not an object or null");
                return null;
            }

            return new GoldDate(
                NullableString(date, "text", where + " date.text"),
                Day(NullableString(date, "from", where + " date.from"), where + " date.from"),
                Day(NullableString(date, "to", where + " date.to"), where + " date.to"));
        }

        private DateOnly? Day(string? text, string where)
        {
            if (text is null)
            {
                return null;
            }

            if (IsoDateRange.TryParseDay(text, out var day))
            {
                return day;
            }

            problems.Add($"{where} is not a yyyy-mm-dd date");
            return null;
        }

        private Evidence Evidence(JsonElement element, string where)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} is not an object");
                return new Evidence(0, 0, string.Empty);
            }

            return new Evidence(
                Int(element, "start", where + ".start"),
                Int(element, "end", where + ".end"),
                String(element, "quote", where + ".quote") ?? string.Empty);
        }

        private ImmutableArray<T> Array<T>(JsonElement parent, string name, string where, Func<JsonElement, string, T> item)
        {
            if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{where} is missing or not an array");
                return [];
            }

            var builder = ImmutableArray.CreateBuilder<T>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                builder.Add(item(element, string.Create(CultureInfo.InvariantCulture, $"{where}[{index}]")));
                index++;
            }

            return builder.ToImmutable();
        }

        private bool Object(JsonElement parent, string name, string where, out JsonElement value)
        {
            if (parent.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            problems.Add($"{where} is missing or not an object");
            return false;
        }

        private string? String(JsonElement parent, string name, string where)
        {
            if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            problems.Add($"{where} is missing or not a string");
            return null;
        }

        private string? StringValue(JsonElement element, string where)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return element.GetString();
            }

            problems.Add($"{where} is not a string");
            return null;
        }

        private string? NullableString(JsonElement parent, string name, string where)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            problems.Add($"{where} is not a string or null");
            return null;
        }

        private int Int(JsonElement parent, string name, string where)
        {
            if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }

            problems.Add($"{where} is missing or not an integer");
            return 0;
        }

        private int? NullableInt(JsonElement parent, string name, string where)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }

            problems.Add($"{where} is not an integer or null");
            return null;
        }
    }
}
