using TestimonyNlp.Model;

namespace TestimonyNlp.Entities.Tagger;

/// <summary>The position of a token inside an entity span in the BILOU scheme.</summary>
public enum BilouPosition : byte
{
    /// <summary>Outside every span.</summary>
    Outside,

    /// <summary>First token of a span of two or more tokens.</summary>
    Begin,

    /// <summary>Inner token of a span of three or more tokens.</summary>
    Inside,

    /// <summary>Last token of a span of two or more tokens.</summary>
    Last,

    /// <summary>The only token of a one-token span.</summary>
    Unit,
}

/// <summary>A span of whole tokens with an entity type; token indices are relative to the tagged sequence.</summary>
public readonly record struct TokenSpan(int FirstToken, int TokenCount, EntityType Type)
{
    /// <summary>The index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// The 21 BILOU tags over the five entity types: tag 0 is O, then B, I, L, U for each <see cref="EntityType"/> in
/// enum order (tag = 1 + 4 × type + position − 1).
/// </summary>
public static class BilouTags
{
    /// <summary>The tag of tokens outside every span.</summary>
    public const byte Outside = 0;

    /// <summary>The number of entity types tagged.</summary>
    public const int TypeCount = 5;

    /// <summary>The number of tags.</summary>
    public const int Count = 1 + (4 * TypeCount);

    /// <summary>The tag of <paramref name="type"/> at <paramref name="position"/>.</summary>
    public static byte Tag(EntityType type, BilouPosition position) =>
        position == BilouPosition.Outside ? Outside : (byte)(1 + (4 * (int)type) + ((int)position - 1));

    /// <summary>The position of <paramref name="tag"/>.</summary>
    public static BilouPosition PositionOf(byte tag) => tag == Outside ? BilouPosition.Outside : (BilouPosition)(((tag - 1) % 4) + 1);

    /// <summary>The entity type of <paramref name="tag"/>; meaningless for <see cref="Outside"/>.</summary>
    public static EntityType TypeOf(byte tag) => (EntityType)((tag - 1) / 4);

    /// <summary>The wire name of <paramref name="tag"/> (<c>O</c>, <c>B-PERSON</c>, ...).</summary>
    public static string Name(byte tag) => tag == Outside
        ? "O"
        : "BILU"[(int)PositionOf(tag) - 1] + "-" + TypeOf(tag).ToWire();

    /// <summary>
    /// Writes the tags of <paramref name="spans"/> into <paramref name="tags"/> (cleared to O first). Spans must not
    /// overlap and must lie inside the sequence.
    /// </summary>
    public static void Encode(ReadOnlySpan<TokenSpan> spans, Span<byte> tags)
    {
        tags.Clear();
        foreach (var span in spans)
        {
            if (span.TokenCount == 1)
            {
                tags[span.FirstToken] = Tag(span.Type, BilouPosition.Unit);
                continue;
            }

            tags[span.FirstToken] = Tag(span.Type, BilouPosition.Begin);
            for (var i = span.FirstToken + 1; i < span.EndToken - 1; i++)
            {
                tags[i] = Tag(span.Type, BilouPosition.Inside);
            }

            tags[span.EndToken - 1] = Tag(span.Type, BilouPosition.Last);
        }
    }

    /// <summary>
    /// Appends the spans of <paramref name="tags"/> to <paramref name="spans"/>. Decoding is lenient: a span starts at
    /// any non-O tag and runs through the following I and L tags of its type, ending at the first L.
    /// </summary>
    public static void Decode(ReadOnlySpan<byte> tags, List<TokenSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var i = 0;
        while (i < tags.Length)
        {
            var tag = tags[i];
            if (tag == Outside)
            {
                i++;
                continue;
            }

            var type = TypeOf(tag);
            var position = PositionOf(tag);
            var end = i + 1;
            if (position is BilouPosition.Begin or BilouPosition.Inside)
            {
                var inside = Tag(type, BilouPosition.Inside);
                var last = Tag(type, BilouPosition.Last);
                while (end < tags.Length && tags[end] == inside)
                {
                    end++;
                }

                if (end < tags.Length && tags[end] == last)
                {
                    end++;
                }
            }

            spans.Add(new TokenSpan(i, end - i, type));
            i = end;
        }
    }
}
