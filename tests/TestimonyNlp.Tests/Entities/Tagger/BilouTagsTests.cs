using TestimonyNlp.Entities.Tagger;
using TestimonyNlp.Model;

namespace TestimonyNlp.Tests.Entities.Tagger;

public sealed class BilouTagsTests
{
    [Fact]
    public void Count_FiveTypes_TwentyOneTags()
    {
        Assert.Equal(21, BilouTags.Count);
    }

    [Fact]
    public void Encode_UnitAndThreeTokenSpan_BilouTags()
    {
        var tags = new byte[6];

        BilouTags.Encode([new TokenSpan(0, 1, EntityType.Person), new TokenSpan(2, 3, EntityType.Date)], tags);

        Assert.Equal(["U-PERSON", "O", "B-DATE", "I-DATE", "L-DATE", "O"], tags.Select(BilouTags.Name).ToArray());
    }

    [Fact]
    public void Decode_EncodedSpans_SameSpans()
    {
        TokenSpan[] spans = [new(1, 2, EntityType.Place), new(3, 1, EntityType.Weapon), new(5, 4, EntityType.Actor)];
        var tags = new byte[10];
        BilouTags.Encode(spans, tags);
        var decoded = new List<TokenSpan>();

        BilouTags.Decode(tags, decoded);

        Assert.Equal(spans, decoded);
    }

    [Fact]
    public void Decode_BeginWithoutLast_SpanEndsAtLastInside()
    {
        byte[] tags =
        [
            BilouTags.Tag(EntityType.Place, BilouPosition.Begin),
            BilouTags.Tag(EntityType.Place, BilouPosition.Inside),
            BilouTags.Outside,
            BilouTags.Tag(EntityType.Date, BilouPosition.Last),
        ];
        var decoded = new List<TokenSpan>();

        BilouTags.Decode(tags, decoded);

        Assert.Equal([new TokenSpan(0, 2, EntityType.Place), new TokenSpan(3, 1, EntityType.Date)], decoded);
    }

    [Fact]
    public void TypeOfAndPositionOf_EveryTag_RoundTrip()
    {
        foreach (var type in Enum.GetValues<EntityType>())
        {
            foreach (var position in new[] { BilouPosition.Begin, BilouPosition.Inside, BilouPosition.Last, BilouPosition.Unit })
            {
                var tag = BilouTags.Tag(type, position);
                Assert.Equal((type, position), (BilouTags.TypeOf(tag), BilouTags.PositionOf(tag)));
            }
        }
    }
}
