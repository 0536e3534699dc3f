using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TestimonyNlp.Model;

namespace TestimonyNlp.Training.Reviewed;

/// <summary>An entity a reviewer rejected: the model's mention at this span is not one of this type.</summary>
/// <param name="Id">The entity's id in its testimony.</param>
/// <param name="Type">The type the model gave it.</param>
/// <param name="Text">The mention: <c>content[Start..End]</c>.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record RejectedEntity(string Id, EntityType Type, string Text, int Start, int End);

/// <summary>A claim a reviewer rejected: its evidence does not assert this harm.</summary>
/// <param name="Id">The claim's id in its testimony.</param>
/// <param name="Harm">The harm the model read.</param>
/// <param name="Evidence">Its evidence spans in text order.</param>
public sealed record RejectedClaim(string Id, Harm Harm, ImmutableArray<Evidence> Evidence);

/// <summary>
/// The <c>"rejected"</c> extension of a reviewed export line: the entities and claims a reviewer rejected, kept out
/// of the gold <c>entities</c> and <c>claims</c> (so the gold reader never sees them) and read by
/// <see cref="ReviewedSet"/> as negatives: a rejected entity's tokens are taught as no entity (unless a kept entity
/// covers them), a rejected claim's sentences as not asserting that harm (unless a kept claim asserts it there).
/// </summary>
/// <remarks>
/// Shape: <c>"rejected": {"entities": [{"id", "type", "text", "start", "end"}], "claims": [{"id", "harm",
/// "evidence_spans": [{"start", "end", "quote"}]}]}</c>, offsets into the same transcript as the gold fields.
/// </remarks>
/// <param name="Entities">The rejected entities in text order.</param>
/// <param name="Claims">The rejected claims in text order of their first evidence span.</param>
public sealed record ReviewedRejections(ImmutableArray<RejectedEntity> Entities, ImmutableArray<RejectedClaim> Claims)
{
    /// <summary>Nothing rejected (also a line without the field, as written before it existed).</summary>
    public static ReviewedRejections None { get; } = new([], []);

    /// <summary>The field as a JSON object, to add to a gold line under <see cref="Defaults.Field"/>.</summary>
    public JsonObject ToJson()
    {
        var entities = new JsonArray();
        foreach (var entity in Entities)
        {
            entities.Add(new JsonObject
            {
                ["id"] = entity.Id,
                ["type"] = entity.Type.ToWire(),
                ["text"] = entity.Text,
                ["start"] = entity.Start,
                ["end"] = entity.End,
            });
        }

        var claims = new JsonArray();
        foreach (var claim in Claims)
        {
            var spans = new JsonArray();
            foreach (var evidence in claim.Evidence)
            {
                spans.Add(new JsonObject { ["start"] = evidence.Start, ["end"] = evidence.End, ["quote"] = evidence.Quote });
            }

            claims.Add(new JsonObject { ["id"] = claim.Id, ["harm"] = claim.Harm.ToWire(), ["evidence_spans"] = spans });
        }

        return new JsonObject { ["entities"] = entities, ["claims"] = claims };
    }

    /// <summary>
    /// Reads the field of a line's <paramref name="root"/>: <see cref="None"/> when absent; a structural problem is
    /// added to <paramref name="problems"/> without quoting text.
    /// </summary>
    public static ReviewedRejections Parse(JsonElement root, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!root.TryGetProperty(Defaults.Field, out var field) || field.ValueKind == JsonValueKind.Null)
        {
            return None;
        }

        if (field.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{Defaults.Field} is not an object");
            return None;
        }

        var entities = ImmutableArray.CreateBuilder<RejectedEntity>();
        foreach (var (item, where) in Items(field, "entities", problems))
        {
            var type = default(EntityType);
            if (Text(item, "type", where, problems) is { } typeName && !Vocabulary.TryParseEntityType(typeName, out type))
            {
                problems.Add($"{where}: unknown type");
            }

            var (start, end) = Span(item, where, problems);
            entities.Add(new RejectedEntity(Text(item, "id", where, problems) ?? string.Empty, type, Text(item, "text", where, problems) ?? string.Empty, start, end));
        }

        var claims = ImmutableArray.CreateBuilder<RejectedClaim>();
        foreach (var (item, where) in Items(field, "claims", problems))
        {
            var harm = default(Harm);
            if (Text(item, "harm", where, problems) is { } harmName && !Vocabulary.TryParseHarm(harmName, out harm))
            {
                problems.Add($"{where}: unknown harm");
            }

            var spans = ImmutableArray.CreateBuilder<Evidence>();
            foreach (var (span, spanWhere) in Items(item, "evidence_spans", problems, where))
            {
                var (start, end) = Span(span, spanWhere, problems);
                spans.Add(new Evidence(start, end, Text(span, "quote", spanWhere, problems) ?? string.Empty));
            }

            if (spans.Count == 0)
            {
                problems.Add($"{where}: no evidence spans");
            }

            claims.Add(new RejectedClaim(Text(item, "id", where, problems) ?? string.Empty, harm, spans.ToImmutable()));
        }

        return new ReviewedRejections(entities.ToImmutable(), claims.ToImmutable());
    }

    private static IEnumerable<(JsonElement Item, string Where)> Items(JsonElement parent, string name, List<string> problems, string? owner = null)
    {
        var where = (owner ?? Defaults.Field) + "." + name;
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{where} is missing or not an array");
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemWhere = string.Create(CultureInfo.InvariantCulture, $"{where}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{itemWhere} is not an object");
                continue;
            }

            yield return (item, itemWhere);
        }
    }

    private static (int Start, int End) Span(JsonElement item, string where, List<string> problems)
    {
        var start = Number(item, "start", where, problems);
        var end = Number(item, "end", where, problems);
        if (end < start)
        {
            problems.Add($"{where}: end before start");
        }

        return (start, end);
    }

    private static int Number(JsonElement item, string name, string where, List<string> problems)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }

        problems.Add($"{where} {name} is missing or not an offset");
        return 0;
    }

    private static string? Text(JsonElement item, string name, string where, List<string> problems)
    {
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problems.Add($"{where} {name} is missing or not a string");
        return null;
    }

    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The field of a reviewed export line.</summary>
        public const string Field = "rejected";
    }
}
